//! An article's structure: the shape `kroniek extract --json` prints and the site renders.
//!
//! Text fields hold *inline Markdown* (CommonMark inline syntax: emphasis, links, code) with
//! footnote references kept as `[^label]`. One representation serves every origin — written
//! sources, imported text, imported HTML — so the renderer and the extractor see one thing.

use serde::{Deserialize, Serialize};

use crate::{Edtf, Language};

/// One article, as recovered from a source file or a scraped page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The series' title as a reader sees it (the kicker), if the article belongs to one.
    pub series: Option<String>,
    /// The headline.
    pub title: String,
    /// The line under the headline.
    pub subtitle: Option<String>,
    /// Bylines, in order.
    pub authors: Vec<String>,
    /// The article's language.
    pub language: Language,
    /// The periodical or site that published it.
    pub publication: Option<String>,
    /// When it was published.
    pub published: Option<Edtf>,
    /// The body; the first section (heading `None`) holds the lead.
    pub sections: Vec<Section>,
    /// Numbered or labelled notes, in order of definition.
    pub footnotes: Vec<Footnote>,
    /// Works from bibliography lists.
    pub works: Vec<Work>,
}

/// A run of blocks under one heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The heading text; `None` for the lead.
    pub heading: Option<String>,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

/// A block of an article's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph of inline Markdown.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A bulleted or numbered list.
    List {
        /// One inline-Markdown string per item.
        items: Vec<String>,
        /// Whether the items are numbered.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        ordered: bool,
    },
    /// A quotation; paragraphs inside are separated by a blank line.
    Quote {
        /// The quoted text.
        text: String,
    },
    /// A heading below section level.
    Heading {
        /// The heading text.
        text: String,
    },
}

/// A note and how often the text refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The label used in references (`1`, `bron`).
    pub label: String,
    /// The note's inline Markdown.
    pub text: String,
    /// How many references point at it.
    pub refs: usize,
}

/// A work from a bibliography list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Work {
    /// The title, without quotes or emphasis markers.
    pub title: String,
    /// When it appeared (`1932`, `1926/1929`).
    pub date: Option<Edtf>,
    /// The label of the list it came from ("In het Nederlands").
    pub group: Option<String>,
}

impl Article {
    /// An empty article with a title, in a language.
    pub fn new(title: impl Into<String>, language: Language) -> Self {
        Self {
            series: None,
            title: title.into(),
            subtitle: None,
            authors: Vec::new(),
            language,
            publication: None,
            published: None,
            sections: Vec::new(),
            footnotes: Vec::new(),
            works: Vec::new(),
        }
    }

    /// Every block of the body, in order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.sections.iter().flat_map(|s| &s.blocks)
    }

    /// The first paragraph of the lead, for summaries when the source gives none.
    pub fn lead(&self) -> Option<&str> {
        self.blocks().find_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
    }

    /// Number of words in the body, for reading times and benchmarks.
    pub fn word_count(&self) -> usize {
        self.blocks()
            .map(|b| match b {
                Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => {
                    text.split_whitespace().count()
                }
                Block::List { items, .. } => items.iter().map(|i| i.split_whitespace().count()).sum(),
            })
            .sum()
    }
}
