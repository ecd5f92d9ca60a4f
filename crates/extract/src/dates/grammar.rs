//! The date grammar: tokens → temporal expressions with their readings.
//!
//! An expression is: prefixes (qualifiers "rond"/"vermoedelijk", a frame "sinds"/"tot"/
//! "van … tot"/"tussen … en", a preposition "in"/"op"/"en"), then either a relative phrase
//! ("het jaar daarop"), an age ("op 15-jarige leeftijd") or a point (see `point.rs`) and
//! perhaps a second point closing a range ("1926-29", "van 1933 tot 1936"). The expression's
//! text runs from its first prefix to its last word, except that a lone "van"/"de"/"from" is
//! left out (it is "of", not the start of a range).

use kroniek_model::Qualifier;

use super::guard;
use super::lexicon::{Entry, Item, Lexicon, Meaning, Phrase, flag};
use super::reading::{Grain, Point, Reading, YearRef, combine};
use super::token::{Kind, Token, tokenize};

/// A temporal expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    /// First byte.
    pub(super) start: usize,
    /// One past the last byte.
    pub(super) end: usize,
    pub(super) reading: Reading,
    pub(super) qualifier: Qualifier,
    /// The sentence says this is the subject's birth ("werd geboren … op").
    pub(super) birth: bool,
}

/// Every temporal expression in a text, in text order.
pub(super) fn recognise(text: &str, lexicon: &Lexicon) -> Vec<Found> {
    let parser = Parser { text, lexicon, tokens: tokenize(text, lexicon) };
    let mut out = Vec::new();
    let mut i = 0;
    while i < parser.tokens.len() {
        if parser.may_start(i)
            && let Some((found, end)) = parser.expression(i)
        {
            if let Some(found) = found
                && !guard::inside_title(text, found.start, found.end)
            {
                out.push(found);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// The grammar over one text's tokens.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) lexicon: &'a Lexicon,
    pub(super) tokens: Vec<Token>,
}

/// The frame prefixes put around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    None,
    Since,
    Until,
    From,
    Between,
}

impl Parser<'_> {
    /// Whether an expression may start at `i`: a number or a word the lexicon knows.
    fn may_start(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            Kind::Word { .. } => {
                let entry = self.lexicon.get(t.id);
                // An article alone opens nothing: it needs a known word or a number after it.
                entry.starts
                    && (entry.flags & flag::ARTICLE == 0
                        || self.tokens.get(i + 1).is_some_and(|n| match n.kind {
                            // A Roman numeral ("le XIXe siècle") is not in the lexicon.
                            Kind::Word { upper } => {
                                n.id != 0 || (upper && b"IVXLC".contains(&self.text.as_bytes()[n.start]))
                            }
                            _ => true,
                        }))
            }
            Kind::Number { .. } | Kind::Suffixed { .. } => true,
            Kind::Punct(c) => matches!(c, '±' | '\''),
        }
    }

    /// The longest expression starting at token `i`, and the token after it; `None` inside
    /// when the tokens were read and found not to be a date (a count, a page number).
    fn expression(&self, i: usize) -> Option<(Option<Found>, usize)> {
        let mut j = i;
        let mut qualifier = Qualifier::Exact;
        let mut frame = Frame::None;
        let mut short = false;
        let mut preposition = false;
        let mut core = None;
        for _ in 0..5 {
            // One look-up per position: the longest phrase decides whether it is the
            // expression itself, a prefix, or a part that `point` reads.
            let Some((end, meaning, number)) = self.phrase(j, |_| true) else { break };
            match meaning {
                Meaning::Approximate => qualifier = combine(qualifier, Qualifier::Approximate),
                Meaning::Uncertain => qualifier = combine(qualifier, Qualifier::Uncertain),
                Meaning::Since if frame == Frame::None => frame = Frame::Since,
                Meaning::Until if frame == Frame::None => frame = Frame::Until,
                Meaning::From if frame == Frame::None => frame = Frame::From,
                Meaning::Between if frame == Frame::None => frame = Frame::Between,
                Meaning::In => preposition = true,
                Meaning::YearNoun => short = true,
                m if is_core(m) => {
                    core = Some((end, meaning, number));
                    break;
                }
                _ => break,
            }
            j = end;
        }

        if let Some((end, meaning, number)) = core {
            let reading = match meaning {
                Meaning::Shift(unit, n) => Reading::Shift(unit, n),
                Meaning::ShiftBy(unit, sign) => Reading::Shift(unit, sign * i32::from(number?)),
                Meaning::Age => {
                    // "à cinq ans de prison", "at the age of 15 of …": a sentence, not an age.
                    if self.has(end, flag::OF) || number? > 120 {
                        return None;
                    }
                    Reading::Age { years: number?, subject: !self.kin_before(i) }
                }
                _ => return None,
            };
            let found = self.found(i, end, reading, qualifier);
            return Some((Some(found), end));
        }

        if let Some(end) = self.impossible_date(j) {
            return Some((None, end));
        }
        let point_at = j;
        if let Some((end, first, last)) = self.month_day_range(j) {
            let found = self.found(i, end, Reading::Range(Some(first), Some(last)), qualifier);
            return Some((Some(found), end));
        }
        let (mut end, left) = self.day_range_left(j).or_else(|| self.point(j, short))?;
        let closing = match frame {
            Frame::Between => self.range_end(end, &left, flag::AND, short),
            Frame::Until => None,
            _ => self.range_end(end, &left, flag::TO, short),
        };
        let mut start_token = i;
        let reading = match (frame, closing) {
            (_, Some((after, left, right))) => {
                end = after;
                Reading::Range(Some(left), Some(right))
            }
            (Frame::Since, None) => Reading::Range(Some(left), None),
            (Frame::Until, None) => Reading::Range(None, Some(left)),
            (Frame::From, None) if self.has(end, flag::ONWARDS) => {
                end += 1;
                Reading::Range(Some(left), None)
            }
            (Frame::From | Frame::Between, None) => {
                start_token = point_at;
                Reading::Point(left)
            }
            (Frame::None, None) => Reading::Point(left),
        };
        // A yearless date ("mei", "12 mei") needs a word that makes it a date.
        if let Reading::Point(p) = reading
            && p.year.is_none()
            && !preposition
            && p.part.is_none()
            && frame == Frame::None
        {
            return None;
        }
        if self.is_bare_number(point_at) && !guard::bare_year_ok(self, point_at, end, &reading) {
            // The number is a count, a page or an amount: skip past it without a date.
            return Some((None, end));
        }
        // "1917 (?)": the source doubts it.
        if self.punct(end) == Some('(')
            && self.punct(end + 1) == Some('?')
            && self.punct(end + 2) == Some(')')
        {
            qualifier = combine(qualifier, Qualifier::Uncertain);
            end += 3;
        }
        let mut found = self.found(start_token, end, reading, qualifier);
        found.birth =
            !matches!(reading, Reading::Shift(..) | Reading::Age { .. }) && self.birth_around(i, end);
        Some((Some(found), end))
    }

    fn found(&self, first: usize, end: usize, reading: Reading, qualifier: Qualifier) -> Found {
        Found {
            start: self.tokens[first].start,
            end: self.tokens[end - 1].end,
            reading,
            qualifier,
            birth: false,
        }
    }

    /// "12-15 mei 1920", "du 12 au 15 mai": a bare day, a connector, then a full date whose
    /// month and year it shares. Returns the left day as a point; the range is closed later.
    fn day_range_left(&self, j: usize) -> Option<(usize, Point)> {
        let (after, day) = self.day(j)?;
        let connector = self.punct(after) == Some('-') || self.has(after, flag::TO);
        if !connector || self.month(after).is_some() {
            return None;
        }
        let (_, right) = self.point(after + 1, false)?;
        let Grain::Day(month, _) = right.grain else { return None };
        Some((after, Point { year: None, grain: Grain::Day(month, day), part: None }))
    }

    /// The second point of a range after `left` (ending at token `k`): a dash, a slash or a
    /// connector word of class `connector`, then a point. The left point takes the right's
    /// year (and month) when it has none. Returns the end and both points.
    fn range_end(
        &self,
        k: usize,
        left: &Point,
        connector: u32,
        short: bool,
    ) -> Option<(usize, Point, Point)> {
        let dash = matches!(self.punct(k), Some('-' | '/')) && connector == flag::TO;
        if !dash && !self.has(k, connector) {
            return None;
        }
        let mut left = *left;
        // "1926-29", "1926-'29": the end year's last two digits.
        if dash
            && left.grain == Grain::Year
            && let Some(YearRef::Absolute(first)) = left.year
        {
            let at = k + 1 + usize::from(self.punct(k + 1) == Some('\''));
            if let Some((yy, 2)) = self.digits(at)
                && !self.is_continued(at)
            {
                let year = first - first % 100 + yy as i32;
                if year <= first {
                    return None;
                }
                let right = Point { year: Some(YearRef::Absolute(year)), grain: Grain::Year, part: None };
                return Some((at + 1, left, right));
            }
        }
        let (end, right) = self.point(k + 1, short)?;
        if self.is_bare_number(k + 1) && !guard::bare_year_ok(self, k + 1, end, &Reading::Point(right)) {
            return None;
        }
        right.year?;
        if left.year.is_none() {
            left.year = right.year;
        }
        if let (Some(a), Some(b)) = (left.order_key(), right.order_key())
            && a > b
        {
            return None;
        }
        Some((end, left, right))
    }

    /// A number followed tightly by more digits ("19.17", "1917,50").
    fn is_continued(&self, k: usize) -> bool {
        matches!(self.punct(k + 1), Some('.' | ',' | ':'))
            && self.adjacent(k + 1)
            && self.digits(k + 2).is_some()
            && self.adjacent(k + 2)
    }

    /// Whether the point at `k` starts with a number on its own (no word to say it is a year).
    fn is_bare_number(&self, k: usize) -> bool {
        self.digits(k).is_some()
    }

    /// The longest phrase at token `i` whose meaning passes `want`: its end, meaning and number.
    pub(super) fn phrase(
        &self,
        i: usize,
        want: impl Fn(Meaning) -> bool,
    ) -> Option<(usize, Meaning, Option<u16>)> {
        let t = self.tokens.get(i)?;
        let mut best: Option<(usize, Meaning, Option<u16>)> = None;
        let mut consider = |phrase: &Phrase| {
            if want(phrase.meaning)
                && let Some((end, number)) = self.match_items(i, &phrase.items)
                && best.is_none_or(|(e, ..)| end > e)
            {
                best = Some((end, phrase.meaning, number));
            }
        };
        if let Kind::Word { .. } = t.kind
            && t.id != 0
        {
            self.lexicon.phrases_from_word(t.id).for_each(&mut consider);
        }
        let numberish = match t.kind {
            Kind::Number { .. } | Kind::Punct(_) => true,
            Kind::Word { .. } => self.lexicon.get(t.id).cardinal > 0,
            Kind::Suffixed { .. } => false,
        };
        if numberish {
            self.lexicon.phrases_from_number().for_each(&mut consider);
        }
        best
    }

    fn match_items(&self, mut i: usize, items: &[Item]) -> Option<(usize, Option<u16>)> {
        let mut number = None;
        for item in items {
            let t = self.tokens.get(i)?;
            match item {
                Item::Word(id) => {
                    if !matches!(t.kind, Kind::Word { .. }) || t.id != *id {
                        return None;
                    }
                    i += 1;
                }
                Item::Punct(c) => {
                    if t.kind != Kind::Punct(*c) {
                        return None;
                    }
                    i += 1;
                }
                Item::Number => {
                    let (end, n) = self.number(i)?;
                    number = Some(n);
                    i = end;
                }
                Item::NumberGlued(suffix) => {
                    if !matches!(t.kind, Kind::Word { .. }) {
                        return None;
                    }
                    number = Some(self.lexicon.glued(&self.text[t.start..t.end], suffix)?);
                    i += 1;
                }
            }
        }
        Some((i, number))
    }

    /// Whether a word of class `bits` comes earlier in the sentence of token `i`.
    fn kin_before(&self, i: usize) -> bool {
        self.sentence_before(i).any(|k| self.has(k, flag::KIN))
    }

    /// A birth statement around tokens `i..end`: a birth word earlier in the sentence (with
    /// no relative named before it) or just after ("die in 1890 geboren werd").
    fn birth_around(&self, i: usize, end: usize) -> bool {
        let mut before = self.sentence_before(i).take(14);
        let said_before = before.any(|k| self.has(k, flag::BIRTH));
        let said_after = (end..(end + 3).min(self.tokens.len())).any(|k| self.has(k, flag::BIRTH));
        (said_before || said_after) && !self.kin_before(i)
    }

    /// Token indexes before `i`, back to the start of its sentence.
    fn sentence_before(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..i)
            .rev()
            .take(40)
            .take_while(move |&k| !matches!(self.tokens[k].kind, Kind::Punct('.' | '!' | '?' | ';')))
    }

    pub(super) fn entry(&self, k: usize) -> Option<&Entry> {
        let t = self.tokens.get(k)?;
        matches!(t.kind, Kind::Word { .. }).then(|| self.lexicon.get(t.id))
    }

    /// Whether the word at `k` has class `bits`.
    pub(super) fn has(&self, k: usize, bits: u32) -> bool {
        self.entry(k).is_some_and(|e| e.flags & bits != 0)
    }

    pub(super) fn punct(&self, k: usize) -> Option<char> {
        match self.tokens.get(k)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Whether token `k` touches the one before it.
    pub(super) fn adjacent(&self, k: usize) -> bool {
        k > 0 && self.tokens.get(k).is_some_and(|t| t.start == self.tokens[k - 1].end)
    }
}

fn is_core(m: Meaning) -> bool {
    matches!(m, Meaning::Shift(..) | Meaning::ShiftBy(..) | Meaning::Age)
}
