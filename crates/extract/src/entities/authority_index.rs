//! The archive's authority records as a name index: every name and alias, split into words,
//! looked up by its first word and then its second, so that matching a text costs one or two
//! hash lookups per word however many records there are (with 10,000 records, 600 names may
//! share the first word "Jan").

use std::collections::HashMap;

use kroniek_model::{Authorities, AuthorityKind, EntityKind};

use super::gazetteer::gazetteer;
use super::tokens::{Token, tokenize};

/// A record as the linker needs it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RecordInfo {
    /// What it describes.
    pub(crate) kind: AuthorityKind,
    /// Its id.
    pub(crate) id: String,
    /// Its preferred name.
    pub(crate) name: String,
    /// Ids it refers to (birth and death places, seat, part of): co-mentions that support it.
    pub(crate) related: Vec<String>,
}

#[derive(Debug, Clone)]
struct NameEntry {
    words: Vec<String>,
    records: Vec<u32>,
}

/// The names that open with one word: the records named by that word alone, and the longer
/// names by their second word, longest first.
#[derive(Debug, Clone, Default)]
struct FirstWord {
    alone: Vec<u32>,
    by_second_word: HashMap<String, Vec<NameEntry>>,
}

/// Names of authority records, compiled for matching.
#[derive(Debug, Clone, Default)]
pub(crate) struct AuthorityIndex {
    records: Vec<RecordInfo>,
    by_first_word: HashMap<String, FirstWord>,
    /// Gazetteer place id → place records naming that place, so "Ixelles" or "Elsense" link to
    /// the record called "Elsene".
    by_place: HashMap<String, Vec<u32>>,
}

/// The entity kind of a record kind.
pub(crate) fn entity_kind(kind: AuthorityKind) -> EntityKind {
    match kind {
        AuthorityKind::Person => EntityKind::Person,
        AuthorityKind::Organisation => EntityKind::Organisation,
        AuthorityKind::Place => EntityKind::Place,
        AuthorityKind::Periodical => EntityKind::Periodical,
    }
}

impl AuthorityIndex {
    /// Compiles every name and alias of `authorities`.
    pub(crate) fn new(authorities: &Authorities) -> Self {
        let mut index = AuthorityIndex::default();
        let mut entries: HashMap<Vec<String>, Vec<u32>> = HashMap::new();
        for record in authorities.iter() {
            let number = index.records.len() as u32;
            let related = [&record.place, &record.end_place].into_iter().flatten().map(|id| id.to_string());
            index.records.push(RecordInfo {
                kind: record.kind,
                id: record.id.to_string(),
                name: record.name.clone(),
                related: related.collect(),
            });
            for name in record.names() {
                let words: Vec<String> =
                    tokenize(name, &[]).iter().map(|t| t.text(name).to_owned()).collect();
                if words.is_empty() {
                    continue;
                }
                let owners = entries.entry(words).or_default();
                if !owners.contains(&number) {
                    owners.push(number);
                }
                if record.kind == AuthorityKind::Place
                    && let Some(place) = gazetteer().place(name)
                {
                    let owners = index.by_place.entry(place.id.clone()).or_default();
                    if !owners.contains(&number) {
                        owners.push(number);
                    }
                }
            }
        }
        for (words, records) in entries {
            let first = index.by_first_word.entry(words[0].clone()).or_default();
            match words.get(1) {
                None => first.alone = records,
                Some(second) => {
                    let second = second.clone();
                    first.by_second_word.entry(second).or_default().push(NameEntry { words, records });
                }
            }
        }
        for first in index.by_first_word.values_mut() {
            for list in first.by_second_word.values_mut() {
                // Longest name first: "Jan van der Berg" before "Jan van".
                list.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then_with(|| a.words.cmp(&b.words)));
            }
        }
        index
    }

    /// The record behind a number from a match.
    pub(crate) fn record(&self, number: u32) -> &RecordInfo {
        &self.records[number as usize]
    }

    /// The longest name that starts at word `at`: how many words it covers and the records that
    /// carry it (more than one when records share the name).
    pub(crate) fn longest_at(&self, text: &str, tokens: &[Token], at: usize) -> Option<(usize, &[u32])> {
        self.longest_from(tokens[at].text(text), text, tokens, at)
    }

    /// "l’Escuela Moderna", "d’Élisée Reclus": a name after a French elided article, with the
    /// article's length in bytes (the name starts after it).
    pub(crate) fn elided_at(
        &self,
        text: &str,
        tokens: &[Token],
        at: usize,
    ) -> Option<(usize, &[u32], usize)> {
        let word = tokens[at].text(text);
        if !word.starts_with(['l', 'd', 'L', 'D']) {
            return None;
        }
        let rest = ["l’", "l'", "d’", "d'", "L’", "L'", "D’", "D'"]
            .iter()
            .find_map(|prefix| word.strip_prefix(prefix))
            .filter(|rest| rest.chars().next().is_some_and(char::is_uppercase))?;
        let (len, records) = self.longest_from(rest, text, tokens, at)?;
        Some((len, records, word.len() - rest.len()))
    }

    fn longest_from(&self, first: &str, text: &str, tokens: &[Token], at: usize) -> Option<(usize, &[u32])> {
        let names = self.by_first_word.get(first)?;
        let second = tokens.get(at + 1).filter(|t| t.joined);
        let longer = second.and_then(|t| names.by_second_word.get(t.text(text))).and_then(|entries| {
            entries.iter().find_map(|entry| {
                let end = at + entry.words.len();
                let fits = end <= tokens.len()
                    && entry.words.iter().enumerate().skip(2).all(|(k, word)| {
                        let token = &tokens[at + k];
                        token.joined && token.text(text) == word
                    });
                fits.then_some((entry.words.len(), entry.records.as_slice()))
            })
        });
        longer.or_else(|| (!names.alone.is_empty()).then_some((1, names.alone.as_slice())))
    }

    /// A Dutch genitive of a person's name: "Roland Holsts", "Nins" for a record named "Roland
    /// Holst" or "Nin" (the word with its `s`, as [`AuthorityIndex::longest_at`] counts it).
    pub(crate) fn genitive_at(&self, text: &str, tokens: &[Token], at: usize) -> Option<(usize, &[u32])> {
        let is_person =
            |records: &[u32]| records.iter().all(|&r| self.record(r).kind == AuthorityKind::Person);
        let first = tokens[at].text(text);
        if let Some(stem) = first.strip_suffix('s')
            && stem.chars().count() >= 3
            && let Some(records) = self.one_word(stem)
            && is_person(records)
        {
            return Some((1, records));
        }
        // A longer name needs a later word with an `s`: look that up before hashing.
        let later_s =
            tokens[at + 1..].iter().take(3).take_while(|t| t.joined).any(|t| t.text(text).ends_with('s'));
        if !later_s {
            return None;
        }
        let names = self.by_first_word.get(first)?;
        let second = tokens[at + 1].text(text);
        // "Roland Holsts": the second word may be the last, with its `s`.
        let candidates = [Some(second), second.strip_suffix('s')];
        candidates.into_iter().flatten().filter_map(|w| names.by_second_word.get(w)).flatten().find_map(
            |entry| {
                if !is_person(&entry.records) {
                    return None;
                }
                let end = at + entry.words.len();
                let fits = end <= tokens.len()
                    && entry.words.iter().enumerate().skip(1).all(|(k, word)| {
                        let token = &tokens[at + k];
                        let written = token.text(text);
                        token.joined
                            && (written == word
                                || (k + 1 == entry.words.len()
                                    && written.strip_suffix('s') == Some(word.as_str())))
                    });
                fits.then_some((entry.words.len(), entry.records.as_slice()))
            },
        )
    }

    /// The records whose whole name (or an alias) is this one word.
    pub(crate) fn one_word(&self, word: &str) -> Option<&[u32]> {
        let names = self.by_first_word.get(word)?;
        (!names.alone.is_empty()).then_some(names.alone.as_slice())
    }

    /// The place records that name a gazetteer place.
    pub(crate) fn places_named(&self, gazetteer_id: &str) -> &[u32] {
        self.by_place.get(gazetteer_id).map_or(&[], Vec::as_slice)
    }

    /// Whether there are no records.
    pub(crate) fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use kroniek_model::{Authority, Id};

    use super::*;
    use crate::text::sentences;

    fn authorities() -> Authorities {
        let mut a = Authorities::default();
        let mut nin = Authority::new(AuthorityKind::Person, Id::new("andres-nin").unwrap(), "Andres Nin");
        nin.aliases.push("Andreu Nin".into());
        a.insert(nin);
        a.insert(Authority::new(AuthorityKind::Person, Id::new("andres").unwrap(), "Andres"));
        a.insert(Authority::new(AuthorityKind::Place, Id::new("elsene").unwrap(), "Elsene"));
        a
    }

    #[test]
    fn longest_name_wins_and_needs_joined_words() {
        let index = AuthorityIndex::new(&authorities());
        let text = "Andres Nin en Andres, Nin.";
        let tokens = tokenize(text, &sentences(text));
        let (len, records) = index.longest_at(text, &tokens, 0).unwrap();
        assert_eq!((len, index.record(records[0]).id.as_str()), (2, "andres-nin"));
        let (len, records) = index.longest_at(text, &tokens, 3).unwrap();
        assert_eq!((len, index.record(records[0]).id.as_str()), (1, "andres"));
        assert!(index.longest_at(text, &tokens, 1).is_none());
    }

    #[test]
    fn place_records_are_found_through_the_gazetteer() {
        let index = AuthorityIndex::new(&authorities());
        let elsene = gazetteer().place("Ixelles").unwrap();
        assert_eq!(index.places_named(&elsene.id).len(), 1);
    }
}
