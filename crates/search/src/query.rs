//! The query language readers type, parsed once into a [`ParsedQuery`] that both the tantivy
//! searcher and (re-implemented in its JS client) the static bundle understand.
//!
//! `word`, `"a phrase"`, `prefix*`, `-excluded`, `a OR b`, and filters `series:` (`reeks:`,
//! `serie:`), `taal:`/`lang:`/`langue:`, `auteur:`/`author:`, `persoon:`/`person:`/`personne:`,
//! `organisatie:`/`organisation:`, `plaats:`/`place:`/`lieu:`, `jaar:`/`year:`/`annee:` with a
//! year or a range (`1917..1923`, `1917/1923`, `..1923`, `1917..`). Parsing never fails: what
//! cannot be understood becomes words or is dropped, and a [`QueryNote`] says so.

use serde::Serialize;

use crate::{Analysis, fold};

/// Longer queries are cut here: no reader types more, and it bounds the work a request costs.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// At most this many words and phrases are searched for.
pub const MAX_UNITS: usize = 16;

/// One thing to look for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "text", rename_all = "lowercase")]
pub enum Unit {
    /// A word, as typed (analysed later, per language).
    Word(String),
    /// Words that must follow each other.
    Phrase(String),
    /// The start of a word, folded.
    Prefix(String),
}

/// What a result must satisfy besides its words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Filters {
    /// Series ids (any of).
    pub series: Vec<String>,
    /// Language codes (any of).
    pub languages: Vec<String>,
    /// Author names, folded (each must match a byline's words).
    pub authors: Vec<String>,
    /// Authority ids the article must name or be about (all of).
    pub entities: Vec<String>,
    /// First year, inclusive.
    pub year_from: Option<i32>,
    /// Last year, inclusive.
    pub year_to: Option<i32>,
}

impl Filters {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &Filters::default()
    }
}

/// Something the parser changed or ignored, said to the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryNote {
    /// A stable code for programs (`unbalanced-quote`, `stop-words`, …).
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
}

impl QueryNote {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

/// A query as understood.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedQuery {
    /// Every group must match; a group matches when any of its units does (`a OR b`).
    pub groups: Vec<Vec<Unit>>,
    /// No result may match any of these.
    pub excluded: Vec<Unit>,
    /// Filters.
    pub filters: Filters,
    /// What was changed or ignored.
    pub notes: Vec<QueryNote>,
}

impl ParsedQuery {
    /// Whether there is anything to search for (words or filters).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.filters.is_empty()
    }

    /// Parses what a reader typed.
    pub fn parse(input: &str) -> ParsedQuery {
        let mut query = ParsedQuery::default();
        if input.chars().any(char::is_control) {
            query
                .notes
                .push(QueryNote::new("control-characters", "Control characters in the query were ignored."));
        }
        let mut text: String =
            input.chars().map(|c| if c.is_control() { ' ' } else { c }).take(MAX_QUERY_CHARS + 1).collect();
        if text.chars().count() > MAX_QUERY_CHARS {
            text = text.chars().take(MAX_QUERY_CHARS).collect();
            query.notes.push(QueryNote::new(
                "too-long",
                format!("Only the first {MAX_QUERY_CHARS} characters of the query were used."),
            ));
        }
        let mut stop_words = Vec::new();
        let mut pending_or = false;
        for token in lex(&text, &mut query.notes) {
            match token {
                Token::Or => pending_or = !query.groups.is_empty(),
                Token::Filter(key, value) => {
                    pending_or = false;
                    query.filter(&key, &value);
                }
                Token::Unit { unit, negated } => {
                    let unit = match unit {
                        Unit::Word(word) if is_stop_word(&word) => {
                            stop_words.push(word);
                            continue;
                        }
                        other => other,
                    };
                    if query.groups.len() + query.excluded.len() >= MAX_UNITS {
                        if !query.notes.iter().any(|n| n.code == "too-many-words") {
                            query.notes.push(QueryNote::new(
                                "too-many-words",
                                format!("Only the first {MAX_UNITS} words or phrases were searched for."),
                            ));
                        }
                        continue;
                    }
                    if negated {
                        query.excluded.push(unit);
                    } else if pending_or {
                        if let Some(last) = query.groups.last_mut() {
                            last.push(unit);
                        }
                    } else {
                        query.groups.push(vec![unit]);
                    }
                    pending_or = false;
                }
            }
        }
        if !stop_words.is_empty() {
            query.notes.push(QueryNote::new(
                "stop-words",
                format!("Common words were left out: {}.", stop_words.join(", ")),
            ));
        }
        if query.is_empty() && query.excluded.is_empty() {
            query
                .notes
                .push(QueryNote::new("nothing-to-search", "There is nothing to search for in this query."));
        } else if query.groups.is_empty() && !query.excluded.is_empty() && query.filters.is_empty() {
            query.notes.push(QueryNote::new(
                "only-exclusions",
                "A query needs at least one word or filter besides the excluded ones.",
            ));
        }
        query
    }

    fn filter(&mut self, key: &str, value: &str) {
        let filters = &mut self.filters;
        match key {
            "series" | "serie" | "reeks" | "série" => filters.series.push(fold(value)),
            "taal" | "lang" | "language" | "langue" => filters.languages.push(fold(value)),
            "auteur" | "author" | "door" | "by" | "par" => filters.authors.push(fold(value)),
            "persoon" | "person" | "personne" | "organisatie" | "organisation" | "org" | "plaats"
            | "place" | "lieu" | "id" | "over" | "about" => filters.entities.push(fold(value)),
            "jaar" | "year" | "annee" | "année" | "date" | "datum" => match year_range(value) {
                Some((from, to)) => {
                    filters.year_from = from.or(filters.year_from);
                    filters.year_to = to.or(filters.year_to);
                }
                None => self.notes.push(QueryNote::new(
                    "bad-year",
                    format!("`{value}` is not a year or a range of years (write 1917 or 1917..1923)."),
                )),
            },
            // `lex` only makes filters of FILTER_KEYS, all matched above.
            _ => {}
        }
    }
}

/// Filter keys; a `key:value` with another key is searched as words.
const FILTER_KEYS: &[&str] = &[
    "series",
    "serie",
    "reeks",
    "série",
    "taal",
    "lang",
    "language",
    "langue",
    "auteur",
    "author",
    "door",
    "by",
    "par",
    "persoon",
    "person",
    "personne",
    "organisatie",
    "organisation",
    "org",
    "plaats",
    "place",
    "lieu",
    "id",
    "over",
    "about",
    "jaar",
    "year",
    "annee",
    "année",
    "date",
    "datum",
];

fn is_stop_word(word: &str) -> bool {
    Analysis::STEMMED.iter().any(|a| a.is_stop_word(word))
}

/// A year, or a range of years, as a filter value: `1917`, `1917..1923`, `1917/1923`, `..1923`,
/// `1917..`, `1917/..`, or an EDTF date whose year is taken (`1917-03`).
pub fn year_range(value: &str) -> Option<(Option<i32>, Option<i32>)> {
    let year = |s: &str| -> Option<Option<i32>> {
        let s = s.trim();
        if s.is_empty() || s == ".." {
            return Some(None);
        }
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let rest = &s[digits.len()..];
        let valid_rest = rest.is_empty() || rest.starts_with('-') || rest.ends_with(['~', '?', '%']);
        (digits.len() == 4 && valid_rest).then(|| digits.parse().ok()).flatten().map(Some)
    };
    let (from, to) = if let Some((a, b)) = value.split_once('/') {
        (year(a)?, year(b)?)
    } else if let Some((a, b)) = value.split_once("..") {
        (year(a)?, year(b)?)
    } else {
        let y = year(value)?;
        (y, y)
    };
    match (from, to) {
        (None, None) => None,
        (Some(a), Some(b)) if a > b => Some((Some(b), Some(a))),
        other => Some(other),
    }
}

enum Token {
    Unit { unit: Unit, negated: bool },
    Filter(String, String),
    Or,
}

fn lex(text: &str, notes: &mut Vec<QueryNote>) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let negated = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        if negated {
            i += 1;
        }
        if chars[i] == '"' || chars[i] == '“' || chars[i] == '„' {
            let start = i + 1;
            let end =
                chars[start..].iter().position(|&c| c == '"' || c == '”' || c == '“').map(|p| p + start);
            let close = end.unwrap_or(chars.len());
            if end.is_none() {
                notes.push(QueryNote::new(
                    "unbalanced-quote",
                    "A quotation mark was not closed; the rest of the query was read as one phrase.",
                ));
            }
            let phrase: String = chars[start..close].iter().collect();
            if words(&phrase).next().is_some() {
                tokens.push(Token::Unit { unit: Unit::Phrase(phrase.trim().to_owned()), negated });
            }
            i = close + 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '"' {
            i += 1;
        }
        let raw: String = chars[start..i].iter().collect();
        if raw == "OR" || raw == "|" || raw == "OF" || raw == "OU" {
            tokens.push(Token::Or);
            continue;
        }
        if let Some((key, value)) = raw.split_once(':') {
            let key = key.to_lowercase();
            if FILTER_KEYS.contains(&key.as_str()) && !value.is_empty() {
                tokens.push(Token::Filter(key, value.to_owned()));
                continue;
            }
        }
        let prefix = raw.ends_with('*');
        let mut parts: Vec<String> = words(&raw).map(str::to_owned).collect();
        match (prefix, parts.len()) {
            (_, 0) => {
                if !raw.chars().all(|c| c == '-') {
                    notes.push(QueryNote::new(
                        "ignored-symbols",
                        format!("`{raw}` has no letters or digits."),
                    ));
                }
            }
            (true, _) => {
                let last = parts.pop().unwrap_or_default();
                for word in parts {
                    tokens.push(Token::Unit { unit: Unit::Word(word), negated });
                }
                let folded = fold(&last);
                if folded.chars().count() < 2 {
                    notes.push(QueryNote::new("short-prefix", format!("`{raw}` is too short a prefix.")));
                } else {
                    tokens.push(Token::Unit { unit: Unit::Prefix(folded), negated });
                }
            }
            (false, 1) => tokens.push(Token::Unit { unit: Unit::Word(parts.remove(0)), negated }),
            // "Roland-Holst", "l'Humanité": the parts belong together.
            (false, _) => tokens.push(Token::Unit { unit: Unit::Phrase(parts.join(" ")), negated }),
        }
    }
    tokens
}

/// The words of a piece of query text: runs of letters and digits.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str) -> Unit {
        Unit::Word(w.to_owned())
    }

    #[test]
    fn words_phrases_prefixes_exclusions_and_or() {
        let q = ParsedQuery::parse(r#"staking "Victor Serge" revol* -Trotski Lenin OR Stalin"#);
        assert_eq!(
            q.groups,
            vec![
                vec![word("staking")],
                vec![Unit::Phrase("Victor Serge".into())],
                vec![Unit::Prefix("revol".into())],
                vec![word("Lenin"), word("Stalin")],
            ]
        );
        assert_eq!(q.excluded, vec![word("Trotski")]);
        assert!(q.notes.is_empty(), "{:?}", q.notes);
    }

    #[test]
    fn filters_in_three_languages() {
        let q = ParsedQuery::parse(
            "taal:FR reeks:archieven auteur:Verlinde persoon:victor-serge jaar:1917..1923",
        );
        assert_eq!(q.filters.languages, vec!["fr"]);
        assert_eq!(q.filters.series, vec!["archieven"]);
        assert_eq!(q.filters.authors, vec!["verlinde"]);
        assert_eq!(q.filters.entities, vec!["victor-serge"]);
        assert_eq!((q.filters.year_from, q.filters.year_to), (Some(1917), Some(1923)));
        assert!(q.groups.is_empty());
        assert!(!q.is_empty());
    }

    #[test]
    fn year_ranges_in_every_spelling() {
        assert_eq!(year_range("1917"), Some((Some(1917), Some(1917))));
        assert_eq!(year_range("1917/1923"), Some((Some(1917), Some(1923))));
        assert_eq!(year_range("..1923"), Some((None, Some(1923))));
        assert_eq!(year_range("1917/.."), Some((Some(1917), None)));
        assert_eq!(year_range("1923..1917"), Some((Some(1917), Some(1923))));
        assert_eq!(year_range("1917-03"), Some((Some(1917), Some(1917))));
        assert_eq!(year_range("19x7"), None);
        assert_eq!(year_range(".."), None);
    }

    #[test]
    fn an_unclosed_quote_reads_the_rest_as_a_phrase() {
        let q = ParsedQuery::parse(r#"Serge "Parti ouvrier"#);
        assert_eq!(q.groups[1], vec![Unit::Phrase("Parti ouvrier".into())]);
        assert_eq!(q.notes[0].code, "unbalanced-quote");
    }

    #[test]
    fn only_stop_words_leave_nothing_and_say_so() {
        let q = ParsedQuery::parse("de het the les");
        assert!(q.is_empty());
        let codes: Vec<_> = q.notes.iter().map(|n| n.code).collect();
        assert_eq!(codes, ["stop-words", "nothing-to-search"]);
    }

    #[test]
    fn hostile_input_is_cut_cleaned_and_never_fails() {
        let long = "revolutie ".repeat(2_000);
        let q = ParsedQuery::parse(&long);
        assert!(q.notes.iter().any(|n| n.code == "too-long"));
        assert!(q.notes.iter().any(|n| n.code == "too-many-words"));
        assert_eq!(q.groups.len(), MAX_UNITS);
        let q = ParsedQuery::parse("(.*)+ [a-z]{3} \\d ^$ \u{0}\u{7}staking\u{1b}");
        assert_eq!(q.groups.last(), Some(&vec![word("staking")]));
        assert!(q.notes.iter().any(|n| n.code == "ignored-symbols"));
        for input in ["\"", "-", "*", "OR", "jaar:", "jaar:abc", ":::", "- - -", "\"\"\"", "a*"] {
            let _ = ParsedQuery::parse(input);
        }
    }

    #[test]
    fn hyphenated_and_elided_words_become_phrases() {
        let q = ParsedQuery::parse("Roland-Holst");
        assert_eq!(q.groups, vec![vec![Unit::Phrase("Roland Holst".into())]]);
    }
}
