//! An article's dated events: every temporal expression of its passages, resolved in reading
//! order, with its sentence, footnote and position, sorted by time.

use std::cmp::{Ordering, Reverse};

use kroniek_model::{Edtf, EdtfDate, Event, IntervalEnd, Language, Passage, Position};

use super::anaphora::{Resolver, birth_statement, life_span};
use super::grammar::{Found, recognise};
use super::lexicon::Lexicon;
use crate::text::{PlainPassage, sentence_at, sentences};

/// The dated events of an article's passages (from [`crate::text::passages`]), in
/// [`chronological`] order (ties keep text order). `birth` is the subject's birth from the
/// authority records, when known; without it the text's own birth statement ("werd geboren …
/// op 30 december 1890", "né le …", "born on …") anchors ages, and failing that a life span
/// in the title ("Victor Serge, 1890-1947").
pub fn events(passages: &[PlainPassage], language: &Language, birth: Option<Edtf>) -> Vec<Event> {
    let lexicon = Lexicon::for_language(language);
    let found: Vec<Vec<Found>> = passages
        .iter()
        .map(|p| {
            let mut found = recognise(&p.text, lexicon);
            // Dropped before resolving, so that a title's year anchors no "datzelfde jaar".
            found.retain(|f| !in_italic_title(p, f));
            found
        })
        .collect();
    let birth =
        birth.and_then(|b| b.start()).or_else(|| birth_statement(found.iter().flatten())).or_else(|| {
            let heading = passages
                .iter()
                .zip(&found)
                .take_while(|(p, _)| matches!(p.passage, Passage::Title | Passage::Subtitle));
            life_span(heading.flat_map(|(_, f)| f))
        });
    let mut resolver = Resolver::new(birth);
    let mut events = Vec::new();
    for (passage, found) in passages.iter().zip(&found) {
        let footnote = match &passage.passage {
            Passage::Footnote { label } => {
                resolver.forget_anchor();
                Some(label.clone())
            }
            _ => None,
        };
        let text = passage.text.as_str();
        let sentences = sentences(text);
        let mut chars = CharCursor::default();
        for f in found {
            let Some(date) = resolver.resolve(f) else { continue };
            let start = chars.to(text, f.start);
            let end = start + text[f.start..f.end].chars().count();
            events.push(Event {
                date,
                expression: text[f.start..f.end].to_owned(),
                sentence: sentence_at(text, &sentences, &(f.start..f.end)).to_owned(),
                footnote: footnote.clone(),
                position: Position { passage: passage.passage.clone(), start, end },
            });
        }
    }
    events.sort_by(|a, b| chronological(&a.date, &b.date));
    events
}

/// Whether an expression lies inside a run the Markdown italicised that reads as a title (its
/// first letter a capital): "*Lenin in 1917*" names a book, "*Henriette Roland Holst
/// 1869-1952*" a biography. A lower-case italic run is emphasis ("*pas in 1917*") and counts.
fn in_italic_title(passage: &PlainPassage, f: &Found) -> bool {
    passage.emphasis_around(&(f.start..f.end)).is_some_and(|run| {
        passage.text[run].chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
    })
}

/// Timeline order: by the first day a value may mean; on the same first day the longer span
/// first, so a coarser date comes before a finer one (1917, then 1917-04, then 1917-04-12; an
/// open interval `1917/..` before all of them). An open or unknown start sorts first.
///
/// This differs from [`Edtf`]'s own `Ord`, which puts the shorter span first on a shared
/// start: a timeline reads from the general to the particular.
pub fn chronological(a: &Edtf, b: &Edtf) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

type Day = (i32, u8, u8);

fn sort_key(value: &Edtf) -> (Day, Reverse<Day>) {
    const FIRST: Day = (i32::MIN, 0, 0);
    const LAST: Day = (i32::MAX, 13, 32);
    let (start, end) = match value {
        Edtf::Date(d) => (d.earliest(), d.latest()),
        Edtf::Interval(a, b) => {
            (end_day(a, EdtfDate::earliest).unwrap_or(FIRST), end_day(b, EdtfDate::latest).unwrap_or(LAST))
        }
    };
    (start, Reverse(end))
}

fn end_day(end: &IntervalEnd, day: fn(&EdtfDate) -> Day) -> Option<Day> {
    match end {
        IntervalEnd::Date(d) => Some(day(d)),
        IntervalEnd::Open | IntervalEnd::Unknown => None,
    }
}

/// Byte offsets → character offsets, walking forward (expressions come in text order).
#[derive(Debug, Default)]
pub(super) struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    /// The character offset of `byte`; counts from the last call when it is further on.
    pub(super) fn to(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = Self::default();
        }
        self.chars += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(values: &[&str]) -> Vec<String> {
        let mut v: Vec<Edtf> = values.iter().map(|t| Edtf::parse(t).unwrap()).collect();
        v.sort_by(chronological);
        v.iter().map(ToString::to_string).collect()
    }

    fn dates(markdown: &str) -> Vec<String> {
        let passages = [PlainPassage::new(Passage::Title, markdown)];
        events(&passages, &Language::dutch(), None).iter().map(|e| e.date.to_string()).collect()
    }

    #[test]
    fn a_year_in_an_italic_title_is_no_event() {
        assert_eq!(dates("In 1930 verscheen *Lenin in 1917* en datzelfde jaar meer."), ["1930", "1930"]);
        assert_eq!(dates("Zie *Liefde is het leven niet. Henriette 1869-1952* (1996)."), ["1996"]);
        assert_eq!(dates("Het gebeurde *pas in 1917*."), ["1917"]);
    }

    #[test]
    fn coarser_dates_come_first_on_the_same_start() {
        assert_eq!(
            sorted(&["1917-01-12", "1917-01", "1917", "1917/..", "1916", "1917-22", "191X"]),
            ["191X", "1916", "1917/..", "1917", "1917-01", "1917-01-12", "1917-22"]
        );
        assert_eq!(sorted(&["1923", "../1923", "1922-12-31"]), ["../1923", "1922-12-31", "1923"]);
    }

    #[test]
    fn the_char_cursor_counts_characters_not_bytes() {
        let text = "été 1917 — été 1918";
        let mut c = CharCursor::default();
        assert_eq!(c.to(text, text.find("1917").unwrap()), 4);
        assert_eq!(c.to(text, text.rfind("1918").unwrap()), 15);
        assert_eq!(c.to(text, 0), 0);
    }
}
