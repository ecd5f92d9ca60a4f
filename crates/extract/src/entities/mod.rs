//! People, organisations, places, periodicals and works named in a text, linked to authority
//! records. (Filled by the entities issue; this is the contract the rest of the crate calls.)

use kroniek_model::{Authorities, Entity, EntityKind, Id, Language, Mention};
use serde::Serialize;

use crate::text::PlainPassage;

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
}

/// The recogniser and linker, compiled once from the authority records and the built-in
/// gazetteers.
#[derive(Debug, Clone, Default)]
pub struct Recogniser {}

impl Recogniser {
    /// Compiles the names of `authorities` (and the built-in gazetteers).
    pub fn new(_authorities: &Authorities) -> Self {
        Self {}
    }

    /// Every mention in an article's passages, in text order; `subjects` (the authority ids the
    /// article is about) settle ambiguous names.
    pub fn mentions(
        &self,
        _passages: &[PlainPassage],
        _language: &Language,
        _subjects: &[Id],
    ) -> Vec<Mention> {
        Vec::new()
    }

    /// Every entity named in one plain text, in text order.
    pub fn find(&self, _text: &str, _language: &Language) -> Vec<EntitySpan> {
        Vec::new()
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
