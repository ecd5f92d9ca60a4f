//! People, organisations, places, periodicals and works named in a text, linked to authority
//! records.
//!
//! Knowledge comes from three places: the archive's authority records (names and aliases,
//! [`authority_index`]), the built-in [`gazetteer`] of places and given names, and cue words
//! around a name ([`lexicon`]). The flow for one article:
//!
//! 1. [`finder`]: per passage, runs in italics (titles: works, or periodicals and records when
//!    named so), works in quotation marks, authority names, then runs of capitalised words,
//!    each classified by [`classifier`] ([`demonyms`] name peoples, not persons; a lone
//!    unknown word is a person only with evidence);
//! 2. [`linker`]: names shared by several records are settled by the subjects and the other
//!    mentions, or left unlinked;
//! 3. [`coreference`]: a surname or given name alone becomes the full name the article gives,
//!    an organisation's head word alone the one organisation named in full with it; a lone
//!    word without evidence counts only if the article names it elsewhere.
//!
//! [`unlinked`] gathers, across an archive, the names no record carries, for `kroniek suggest`
//! and `kroniek check`.

mod authority_index;
mod classifier;
mod coreference;
mod demonyms;
mod finder;
pub mod gazetteer;
mod lexicon;
mod linker;
mod tokens;
pub mod unlinked;

use std::ops::Range;
use std::sync::Arc;

use kroniek_model::{Authorities, Entity, EntityKind, Id, Language, Mention, Position};
use serde::Serialize;

use self::authority_index::{AuthorityIndex, entity_kind};
pub use self::classifier::Form;
use self::classifier::Found;
use crate::text::{PlainPassage, sentence_at, sentences};

pub use unlinked::{UnlinkedName, frequent_unlinked, suggestions_toml};

/// An entity named in a text. Offsets are byte offsets into the text given.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntitySpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// What it is.
    pub kind: EntityKind,
    /// The authority record it links to.
    pub id: Option<String>,
    /// For a place named by an adjective or its people's word rather than by its name; absent
    /// from the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
}

/// The recogniser and linker, compiled once from the authority records and the built-in
/// gazetteers; cheap to clone and shared by every article.
#[derive(Debug, Clone, Default)]
pub struct Recogniser {
    index: Arc<AuthorityIndex>,
}

impl Recogniser {
    /// Compiles the names of `authorities` (and the built-in gazetteers).
    pub fn new(authorities: &Authorities) -> Self {
        Self { index: Arc::new(AuthorityIndex::new(authorities)) }
    }

    /// Every mention in an article's passages, in text order; `subjects` (the authority ids the
    /// article is about) settle ambiguous names.
    pub fn mentions(&self, passages: &[PlainPassage], language: &Language, subjects: &[Id]) -> Vec<Mention> {
        let texts: Vec<(&str, &[Range<usize>])> =
            passages.iter().map(|p| (p.text.as_str(), p.emphasis.as_slice())).collect();
        let founds = self.recognise(&texts, language, subjects);
        let mut out = Vec::new();
        for (passage, founds) in passages.iter().zip(founds) {
            let spans = sentences(&passage.text);
            let mut chars = CharCounter::new(&passage.text);
            for found in founds {
                let (start, end) = (chars.at(found.span.start), chars.at(found.span.end));
                let (name, id) = self.name_and_id(&found);
                out.push(Mention {
                    kind: self.kind(&found),
                    text: passage.text[found.span.clone()].to_owned(),
                    name,
                    id,
                    sentence: sentence_at(&passage.text, &spans, &found.span).to_owned(),
                    position: Position { passage: passage.passage.clone(), start, end },
                });
            }
        }
        out
    }

    /// Every entity named in one plain text, in text order.
    pub fn find(&self, text: &str, language: &Language) -> Vec<EntitySpan> {
        self.find_in_document(&[text], language).pop().unwrap_or_default()
    }

    /// Every entity named in each of the plain-text passages of one document (its paragraphs,
    /// or the sentences of a corpus given one a line), in text order; offsets are bytes into
    /// each passage. As in an article, a surname alone or a word that opens a sentence counts
    /// when another passage names it in full.
    pub fn find_in_document(&self, texts: &[&str], language: &Language) -> Vec<Vec<EntitySpan>> {
        let with_emphasis: Vec<(&str, &[Range<usize>])> = texts.iter().map(|t| (*t, &[][..])).collect();
        let founds = self.recognise(&with_emphasis, language, &[]);
        texts
            .iter()
            .zip(founds)
            .map(|(text, founds)| {
                founds
                    .into_iter()
                    .map(|found| EntitySpan {
                        start: found.span.start,
                        end: found.span.end,
                        text: text[found.span.clone()].to_owned(),
                        kind: self.kind(&found),
                        id: self.name_and_id(&found).1,
                        form: found.form,
                    })
                    .collect()
            })
            .collect()
    }

    /// Each text with its italic runs → its classified, linked names.
    fn recognise(
        &self,
        texts: &[(&str, &[Range<usize>])],
        language: &Language,
        subjects: &[Id],
    ) -> Vec<Vec<Found>> {
        let mut founds: Vec<Vec<Found>> = texts
            .iter()
            .map(|(text, emphasis)| finder::find_in_passage(text, emphasis, language, &self.index))
            .collect();
        linker::link(&mut founds, &self.index, subjects);
        let texts: Vec<&str> = texts.iter().map(|(text, _)| *text).collect();
        coreference::resolve(&mut founds, &texts);
        founds
    }

    fn kind(&self, found: &Found) -> EntityKind {
        match found.records.as_slice() {
            [only] => entity_kind(self.index.record(*only).kind),
            _ => found.kind,
        }
    }

    fn name_and_id(&self, found: &Found) -> (String, Option<String>) {
        match found.records.as_slice() {
            [only] => {
                let record = self.index.record(*only);
                (record.name.clone(), Some(record.id.clone()))
            }
            _ => (found.name.clone(), None),
        }
    }
}

/// Byte offsets → character offsets, for offsets that only grow (one pass over the text).
struct CharCounter<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCounter<'t> {
    fn new(text: &'t str) -> Self {
        Self { text, byte: 0, chars: 0 }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            return self.text[..byte].chars().count();
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Mentions gathered per entity, most mentioned first (ties by name).
pub fn tally(mentions: &[Mention]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for m in mentions {
        match entities.iter_mut().find(|e| e.kind == m.kind && e.id == m.id && e.name == m.name) {
            Some(e) => e.mentions += 1,
            None => {
                entities.push(Entity { kind: m.kind, name: m.name.clone(), id: m.id.clone(), mentions: 1 })
            }
        }
    }
    entities.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
    entities
}

#[cfg(test)]
mod tests;
