//! What the text says beyond its structure: dated events and named entities.
//! Filled by the extract stage; the model carries the types so every stage agrees on them.

use serde::{Deserialize, Serialize};

use crate::Edtf;

/// The run of text a piece of knowledge was found in. Offsets elsewhere count characters
/// (Unicode scalar values) in the passage's *plain* text: inline Markdown (emphasis, links,
/// note references) removed, as `kroniek_extract::text` produces it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "in", rename_all = "lowercase")]
pub enum Passage {
    /// The article's title.
    Title,
    /// The article's subtitle.
    Subtitle,
    /// A section's heading.
    Heading {
        /// Index into `Article::sections`.
        section: usize,
    },
    /// A block of a section (a paragraph, quote, sub-heading or one item of a list).
    Block {
        /// Index into `Article::sections`.
        section: usize,
        /// Index into that section's blocks.
        block: usize,
        /// Index of the list item, for lists.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<usize>,
    },
    /// A footnote's text.
    Footnote {
        /// The note's label.
        label: String,
    },
}

/// Where in an article something was found, precise enough for the site to link to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    /// The passage.
    #[serde(flatten)]
    pub passage: Passage,
    /// First character, counted in the passage's plain text.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

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
    /// Where it occurs.
    pub position: Position,
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

impl EntityKind {
    /// Every kind, in the order pages list them.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::Periodical,
        EntityKind::Work,
    ];

    /// The lowercase name used in JSON and URLs' singular form.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Periodical => "periodical",
            EntityKind::Work => "work",
        }
    }
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

/// One place where an article names an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// What it is.
    pub kind: EntityKind,
    /// The words as written ("Luikse", "Serge").
    pub text: String,
    /// The name it stands for: the record's preferred name when linked, else the fullest form
    /// the article uses ("Victor Serge" for a later "Serge").
    pub name: String,
    /// The authority record it links to.
    pub id: Option<String>,
    /// The sentence it occurs in.
    pub sentence: String,
    /// Where it occurs.
    pub position: Position,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Knowledge {
    /// Dated events, in timeline order (`kroniek_extract::dates::chronological`: by start,
    /// coarser first on a shared start; text order on ties).
    pub events: Vec<Event>,
    /// Entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}
