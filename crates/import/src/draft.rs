//! The format-neutral middle of an import: what the text and HTML readers recover, before
//! footnotes are linked, bibliographies read and sections built.

use kroniek_model::{Edtf, Language};

use crate::headline::Headline;
use crate::inline::Inline;
use crate::{DroppedLine, ImportWarning};

/// A page read into blocks, with the metadata the reader found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub(crate) headline: Headline,
    pub(crate) authors: Vec<String>,
    pub(crate) publication: Option<String>,
    pub(crate) published: Option<Edtf>,
    /// The language the page declares (`<html lang>`), used when detection is unsure.
    pub(crate) declared_language: Option<Language>,
    pub(crate) blocks: Vec<DraftBlock>,
    /// Notes the reader identified by markup (HTML note lists); text pages leave this empty
    /// and their notes are found among the blocks.
    pub(crate) notes: Vec<DraftNote>,
    pub(crate) dropped: Vec<DroppedLine>,
    pub(crate) warnings: Vec<ImportWarning>,
}

/// A block with the page line it started on (text pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DraftBlock {
    pub(crate) line: Option<usize>,
    pub(crate) kind: BlockKind,
}

/// The kinds of block a reader recovers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph(Inline),
    /// `level` 2 opens a section; deeper levels are headings inside one.
    Heading {
        level: u8,
        text: Inline,
    },
    /// One list item; consecutive items with the same `list` form one list.
    Item {
        list: usize,
        ordered: bool,
        number: Option<u32>,
        text: Inline,
    },
    Quote(Inline),
}

/// A numbered note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DraftNote {
    pub(crate) label: String,
    pub(crate) text: Inline,
    pub(crate) line: Option<usize>,
}

impl Draft {
    pub(crate) fn add_author(&mut self, name: String) {
        if !self.authors.contains(&name) {
            self.authors.push(name);
        }
    }
}

impl DraftBlock {
    pub(crate) fn new(line: Option<usize>, kind: BlockKind) -> Self {
        Self { line, kind }
    }

    pub(crate) fn inline(&self) -> &Inline {
        match &self.kind {
            BlockKind::Paragraph(t) | BlockKind::Quote(t) => t,
            BlockKind::Heading { text, .. } | BlockKind::Item { text, .. } => text,
        }
    }

    pub(crate) fn inline_mut(&mut self) -> &mut Inline {
        match &mut self.kind {
            BlockKind::Paragraph(t) | BlockKind::Quote(t) => t,
            BlockKind::Heading { text, .. } | BlockKind::Item { text, .. } => text,
        }
    }
}
