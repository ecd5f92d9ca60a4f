//! What the text says beyond its structure: dated events and named entities.
//! Filled by the extract stage; the foundation carries the types so every stage agrees on them.

use serde::{Deserialize, Serialize};

use crate::Edtf;

/// A dated event found in an article's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The date, in EDTF.
    pub date: Edtf,
    /// The words that express it ("in de herfst van 1923").
    pub expression: String,
    /// The sentence it occurs in.
    pub sentence: String,
    /// The footnote it occurs in, if not the body.
    pub footnote: Option<String>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation.
    Organisation,
    /// A place.
    Place,
    /// A periodical.
    Periodical,
    /// A book, pamphlet or other work.
    Work,
}

/// A named entity and how often an article names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// The name as the text gives it (or the record's preferred name when linked).
    pub name: String,
    /// The authority record it links to.
    pub id: Option<String>,
    /// How many times it is named.
    pub mentions: usize,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Knowledge {
    /// Dated events, in text order.
    pub events: Vec<Event>,
    /// Entities, most mentioned first.
    pub entities: Vec<Entity>,
}
