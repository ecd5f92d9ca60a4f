//! The words the date grammar knows, per language, compiled once into a lookup table.
//!
//! Each language lists its words in `lexicon/<code>.rs` as plain data ([`LanguageData`]); this
//! file turns them into one [`Lexicon`]: every known word gets a small id, so that the grammar
//! compares integers instead of strings, and multi-word phrases ("het jaar daarop", "à l'âge
//! de # ans") become token patterns indexed by their first word.

mod de;
mod en;
mod es;
mod fr;
mod nl;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use kroniek_model::Language;

use super::token::{Kind, raw_tokens};

/// Word classes, as bits of [`Entry::flags`].
pub(super) mod flag {
    /// "de", "het", "le", "la", "l", "the", "der", "el": may open a date's noun phrase.
    pub(crate) const ARTICLE: u32 = 1;
    /// "van", "de", "of", "von", "del": links a day, month or season to its year.
    pub(crate) const OF: u32 = 1 << 1;
    /// "tot", "à", "to", "until", "bis", "a": closes a range.
    pub(crate) const TO: u32 = 1 << 2;
    /// "en", "et", "and", "und", "y": closes a "between" range.
    pub(crate) const AND: u32 = 1 << 3;
    /// "jaren", "années", "Jahre", "años": the noun of a decade.
    pub(crate) const DECADES: u32 = 1 << 4;
    /// "eeuw", "siècle", "century", "Jahrhundert", "siglo".
    pub(crate) const CENTURY: u32 = 1 << 5;
    /// A noun that makes the number before it a count, an amount or a time of day.
    pub(crate) const COUNT: u32 = 1 << 6;
    /// A marker that makes the number after it a page, issue or amount ("p.", "blz.", "nr.", "fr.").
    pub(crate) const MARKER: u32 = 1 << 7;
    /// "meer", "plus", "more": with [`THAN`], the number after is a count.
    pub(crate) const COMPARATIVE: u32 = 1 << 8;
    /// "dan", "de", "than", "als", "que".
    pub(crate) const THAN: u32 = 1 << 9;
    /// "geboren", "né", "born": a birth statement.
    pub(crate) const BIRTH: u32 = 1 << 10;
    /// "broer", "frère", "brother": the sentence is about someone else's life.
    pub(crate) const KIN: u32 = 1 << 11;
    /// "maandag", "lundi", "Monday".
    pub(crate) const WEEKDAY: u32 = 1 << 12;
    /// "onwards", "af": after "from X", the range stays open.
    pub(crate) const ONWARDS: u32 = 1 << 13;
    /// An ordinal suffix after digits: "1er", "19e", "30th", "2de".
    pub(crate) const ORDINAL_SUFFIX: u32 = 1 << 14;
    /// A decade suffix after digits: "1930s", "1930er".
    pub(crate) const DECADE_SUFFIX: u32 = 1 << 15;
    /// A word that names a decade by itself after an article: "the thirties".
    pub(crate) const DECADE_SELF: u32 = 1 << 16;
    /// A decade adjective before the decades noun: "dertiger jaren", "dreißiger Jahre".
    pub(crate) const DECADE_ADJECTIVE: u32 = 1 << 17;
    /// "ruim", "bijna", "nearly", "presque": the number after is a count.
    pub(crate) const ABOUT_COUNT: u32 = 1 << 18;
}

/// What a phrase means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meaning {
    /// A whole expression relative to the last date: shift by this many units.
    Shift(Unit, i32),
    /// Like [`Meaning::Shift`], the amount being the phrase's number times the sign.
    ShiftBy(Unit, i32),
    /// An age: the phrase's number is the subject's age.
    Age,
    /// Prefix: approximately ("rond", "vers", "around").
    Approximate,
    /// Prefix: uncertain ("vermoedelijk", "probablement", "probably").
    Uncertain,
    /// Prefix: an interval open at the end ("sinds", "depuis", "since").
    Since,
    /// Prefix: an interval open at the start ("tot", "jusqu'en", "until").
    Until,
    /// Prefix: the start of a range ("van", "de", "from"), closed by a [`flag::TO`] word.
    From,
    /// Prefix: the start of a range closed by an [`flag::AND`] word ("tussen", "entre").
    Between,
    /// Prefix: a part of the period that follows ("begin", "fin de", "the early").
    Part(Part),
    /// Prefix: a plain preposition, kept in the expression ("in", "op", "en", "à", "on").
    In,
    /// Prefix: "het jaar", "l'an", "the year": a short number after it is a year.
    YearNoun,
}

/// The unit of a relative shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// Years: "twee jaar later".
    Year,
    /// Months: "drie maanden later".
    Month,
    /// Days: "de dag daarop".
    Day,
}

/// A part of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// "begin", "début", "early", "Anfang".
    Begin,
    /// "midden", "mi-", "mid-", "Mitte".
    Middle,
    /// "eind", "fin", "late", "Ende".
    End,
}

/// One language's words, as written in `lexicon/<code>.rs`.
pub(super) struct LanguageData {
    /// Month names, January first.
    pub(super) months: [&'static str; 12],
    /// Other month names and abbreviations (abbreviations may take a full stop).
    pub(super) month_variants: &'static [(&'static str, u8)],
    /// Seasons: 21 spring, 22 summer, 23 autumn, 24 winter.
    pub(super) seasons: &'static [(&'static str, u8)],
    /// Number words.
    pub(super) cardinals: &'static [(&'static str, u16)],
    /// Infixes that glue a unit to a ten in one word ("eenentwintig", "einundzwanzig").
    pub(super) number_glue: &'static [&'static str],
    /// Ordinal words, for centuries.
    pub(super) ordinals: &'static [(&'static str, u16)],
    /// Decade words: 2 for the twenties … 9 for the nineties (with DECADE_SELF or
    /// DECADE_ADJECTIVE in `words` when they stand alone or before the noun).
    pub(super) decades: &'static [(&'static str, u8)],
    /// Words by class.
    pub(super) words: &'static [(u32, &'static [&'static str])],
    /// Phrases; `#` stands for a number (digits or words), `#suffix` for a number word glued
    /// to that suffix ("#jarige" matches "vijftienjarige").
    pub(super) phrases: &'static [(&'static str, Meaning)],
    /// Month names only count when capitalised (English "may", "march").
    pub(super) months_capitalised: bool,
    /// "December 30, 1890" is a usual order.
    pub(super) month_first: bool,
}

/// What the lexicon knows about one word.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Entry {
    /// The month, 1–12, or 0.
    pub(super) month: u8,
    /// Whether this form of the month is an abbreviation.
    pub(super) abbreviation: bool,
    /// The season, 21–24, or 0.
    pub(super) season: u8,
    /// The number the word names, or 0.
    pub(super) cardinal: u16,
    /// The ordinal the word names, or 0.
    pub(super) ordinal: u16,
    /// The decade the word names (3 for the thirties), or 0.
    pub(super) decade: u8,
    /// [`flag`] bits.
    pub(super) flags: u32,
    /// Whether an expression may start at this word (computed when the lexicon is built).
    pub(super) starts: bool,
}

/// One element of a phrase pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    /// A word, by id.
    Word(u16),
    /// A punctuation mark.
    Punct(char),
    /// A number in digits or words.
    Number,
    /// A number word glued to this lowercase suffix.
    NumberGlued(String),
}

/// A compiled phrase.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    pub(super) items: Vec<Item>,
    pub(super) meaning: Meaning,
}

/// A cheap, deterministic hasher for short word keys (FNV-1a); the standard SipHash costs more
/// than the rest of the word's handling.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordMap = HashMap<String, u16, BuildHasherDefault<Fnv>>;

/// A language's compiled lexicon.
#[derive(Debug)]
pub(super) struct Lexicon {
    ids: WordMap,
    entries: Vec<Entry>,
    phrases: Vec<Phrase>,
    /// Phrase indexes by the id of their first word.
    by_first_word: Vec<Vec<u16>>,
    /// Phrases that start with a number.
    by_first_number: Vec<u16>,
    number_glue: Vec<&'static str>,
    glued_suffixes: Vec<String>,
    longest_word: usize,
    /// See [`LanguageData::months_capitalised`].
    pub(super) months_capitalised: bool,
    /// See [`LanguageData::month_first`].
    pub(super) month_first: bool,
}

impl Lexicon {
    /// The lexicon for a language; languages without their own use all of them together.
    pub(super) fn for_language(language: &Language) -> &'static Lexicon {
        static NL: OnceLock<Lexicon> = OnceLock::new();
        static FR: OnceLock<Lexicon> = OnceLock::new();
        static EN: OnceLock<Lexicon> = OnceLock::new();
        static DE: OnceLock<Lexicon> = OnceLock::new();
        static ES: OnceLock<Lexicon> = OnceLock::new();
        static ANY: OnceLock<Lexicon> = OnceLock::new();
        match language.code() {
            "nl" => NL.get_or_init(|| Lexicon::build(&[&nl::DATA])),
            "fr" => FR.get_or_init(|| Lexicon::build(&[&fr::DATA])),
            "en" => EN.get_or_init(|| Lexicon::build(&[&en::DATA])),
            "de" => DE.get_or_init(|| Lexicon::build(&[&de::DATA])),
            "es" => ES.get_or_init(|| Lexicon::build(&[&es::DATA])),
            _ => ANY.get_or_init(|| Lexicon::build(&[&en::DATA, &nl::DATA, &fr::DATA, &de::DATA, &es::DATA])),
        }
    }

    /// Compiles languages' data; on a word two languages both define, classes add up and the
    /// first language's values win.
    fn build(languages: &[&LanguageData]) -> Lexicon {
        let mut lexicon = Lexicon {
            ids: WordMap::default(),
            entries: vec![Entry::default()],
            phrases: Vec::new(),
            by_first_word: Vec::new(),
            by_first_number: Vec::new(),
            number_glue: Vec::new(),
            glued_suffixes: Vec::new(),
            longest_word: 0,
            months_capitalised: languages.iter().any(|l| l.months_capitalised),
            month_first: languages.iter().any(|l| l.month_first),
        };
        for data in languages {
            for (i, month) in data.months.iter().enumerate() {
                let e = lexicon.entry(month);
                if e.month == 0 {
                    e.month = i as u8 + 1;
                }
            }
            for &(word, month) in data.month_variants {
                let e = lexicon.entry(word);
                if e.month == 0 {
                    e.month = month;
                    e.abbreviation = true;
                }
            }
            for &(word, season) in data.seasons {
                let e = lexicon.entry(word);
                if e.season == 0 {
                    e.season = season;
                }
            }
            for &(word, n) in data.cardinals {
                let e = lexicon.entry(word);
                if e.cardinal == 0 {
                    e.cardinal = n;
                }
            }
            for &(word, n) in data.ordinals {
                let e = lexicon.entry(word);
                if e.ordinal == 0 {
                    e.ordinal = n;
                }
            }
            for &(word, n) in data.decades {
                let e = lexicon.entry(word);
                if e.decade == 0 {
                    e.decade = n;
                }
            }
            for &(bits, words) in data.words {
                for word in words {
                    lexicon.entry(word).flags |= bits;
                }
            }
            lexicon.number_glue.extend_from_slice(data.number_glue);
            for &(pattern, meaning) in data.phrases {
                let items = lexicon.compile(pattern);
                if !items.is_empty() {
                    lexicon.phrases.push(Phrase { items, meaning });
                }
            }
        }
        lexicon.by_first_word = vec![Vec::new(); lexicon.entries.len()];
        for (index, phrase) in lexicon.phrases.iter().enumerate() {
            match phrase.items[0] {
                Item::Word(id) => lexicon.by_first_word[usize::from(id)].push(index as u16),
                _ => lexicon.by_first_number.push(index as u16),
            }
        }
        // Words that open nothing ("en", "dan", "doden") are skipped without trying the grammar.
        const OPENERS: u32 = flag::ARTICLE
            | flag::WEEKDAY
            | flag::DECADES
            | flag::CENTURY
            | flag::DECADE_SELF
            | flag::DECADE_ADJECTIVE;
        for (id, entry) in lexicon.entries.iter_mut().enumerate() {
            entry.starts = !lexicon.by_first_word[id].is_empty()
                || entry.month > 0
                || entry.season > 0
                || entry.cardinal > 0
                || entry.ordinal > 0
                || entry.flags & OPENERS != 0;
        }
        lexicon.longest_word = lexicon.ids.keys().map(String::len).max().unwrap_or(0);
        lexicon
    }

    fn entry(&mut self, word: &str) -> &mut Entry {
        let id = self.intern(word);
        &mut self.entries[usize::from(id)]
    }

    fn intern(&mut self, word: &str) -> u16 {
        let key = word.to_lowercase();
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.entries.len() as u16;
        self.entries.push(Entry::default());
        self.ids.insert(key, id);
        id
    }

    /// A phrase's text → its pattern. Words not yet known get an id of their own.
    fn compile(&mut self, pattern: &str) -> Vec<Item> {
        let mut items = Vec::new();
        for token in raw_tokens(pattern) {
            let text = &pattern[token.start..token.end];
            match token.kind {
                Kind::Punct('#') => items.push(Item::Number),
                Kind::Punct(c) => items.push(Item::Punct(c)),
                Kind::Word { .. }
                    if items.last() == Some(&Item::Number)
                        && token.start > 0
                        && pattern.as_bytes()[token.start - 1] == b'#' =>
                {
                    // `#jarige`: a number word glued to a suffix.
                    let suffix = text.to_lowercase();
                    items.pop();
                    if !self.glued_suffixes.contains(&suffix) {
                        self.glued_suffixes.push(suffix.clone());
                    }
                    items.push(Item::NumberGlued(suffix));
                }
                _ => items.push(Item::Word(self.intern(text))),
            }
        }
        items
    }

    /// The id of a word as written (any case), 0 when unknown.
    pub(super) fn id(&self, word: &str, buffer: &mut String) -> u16 {
        if word.len() > self.longest_word {
            return 0;
        }
        buffer.clear();
        if word.is_ascii() {
            buffer.push_str(word);
            buffer.make_ascii_lowercase();
        } else {
            buffer.extend(word.chars().flat_map(char::to_lowercase));
        }
        self.ids.get(buffer.as_str()).copied().unwrap_or(0)
    }

    /// What is known about a word id.
    pub(super) fn get(&self, id: u16) -> &Entry {
        self.entries.get(usize::from(id)).unwrap_or(&self.entries[0])
    }

    /// The phrases that may start with a word id.
    pub(super) fn phrases_from_word(&self, id: u16) -> impl Iterator<Item = &Phrase> {
        self.by_first_word.get(usize::from(id)).into_iter().flatten().map(|&i| &self.phrases[usize::from(i)])
    }

    /// The phrases that start with a number.
    pub(super) fn phrases_from_number(&self) -> impl Iterator<Item = &Phrase> {
        self.by_first_number.iter().map(|&i| &self.phrases[usize::from(i)])
    }

    /// The number a single word names: a listed number word, or a unit and a ten glued
    /// together ("eenentwintig", "einundzwanzig", "tweeëntwintig").
    pub(super) fn cardinal(&self, word: &str) -> Option<u16> {
        let mut buffer = String::new();
        let id = self.id(word, &mut buffer);
        let known = self.get(id).cardinal;
        if known > 0 {
            return Some(known);
        }
        // Glued numbers are long words ("eenentwintig"); most words are not tried at all.
        if self.number_glue.is_empty() || word.len() < 8 || word.len() > 24 {
            return None;
        }
        let lower = word.to_lowercase();
        for glue in &self.number_glue {
            let mut from = 0;
            while let Some(at) = lower[from..].find(glue) {
                let at = from + at;
                let (unit, ten) = (&lower[..at], &lower[at + glue.len()..]);
                let unit = self.ids.get(unit).map(|&id| self.get(id).cardinal).unwrap_or(0);
                let ten = self.ids.get(ten).map(|&id| self.get(id).cardinal).unwrap_or(0);
                if (1..10).contains(&unit) && ten >= 20 && ten.is_multiple_of(10) && ten < 100 {
                    return Some(unit + ten);
                }
                from = at + glue.len();
            }
        }
        None
    }

    /// A number word glued to a known suffix ("vijftienjarige" → 15 with "jarige").
    pub(super) fn glued(&self, word: &str, suffix: &str) -> Option<u16> {
        let cut = word.len().checked_sub(suffix.len()).filter(|&c| c > 0 && word.is_char_boundary(c))?;
        if !word[cut..].eq_ignore_ascii_case(suffix) && word[cut..].to_lowercase() != suffix {
            return None;
        }
        self.cardinal(&word[..cut])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_compose_as_each_language_writes_them() {
        let nl = Lexicon::for_language(&Language::dutch());
        assert_eq!(nl.cardinal("vijftien"), Some(15));
        assert_eq!(nl.cardinal("eenentwintig"), Some(21));
        assert_eq!(nl.cardinal("tweeëntwintig"), Some(22));
        assert_eq!(nl.cardinal("leeftijd"), None);
        assert_eq!(nl.glued("vijftienjarige", "jarige"), Some(15));
        let de = Lexicon::for_language(&Language::new("de").unwrap());
        assert_eq!(de.cardinal("einundzwanzig"), Some(21));
    }

    #[test]
    fn every_language_compiles_its_phrases() {
        for code in ["nl", "fr", "en", "de", "es", "it"] {
            let lexicon = Lexicon::for_language(&Language::new(code).unwrap());
            assert!(!lexicon.phrases.is_empty(), "{code}");
            assert!(lexicon.phrases.iter().all(|p| !p.items.is_empty()));
        }
    }
}
