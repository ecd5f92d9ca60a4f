//! What an import returns: the article together with everything it lost or doubted.

use kroniek_model::{Article, Id};
use serde::Serialize;

/// A recovered article, its warnings, and every line that did not make it into the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Imported {
    /// The article.
    pub article: Article,
    /// The id of the declared series the headline matched, if any.
    pub series_id: Option<Id>,
    /// Doubts the editor should look at (unmatched footnotes, guessed language, …).
    pub warnings: Vec<ImportWarning>,
    /// Every non-blank line (text) or text block (HTML) left out of the article, in page order.
    pub dropped: Vec<DroppedLine>,
    /// The encoding the bytes were read in: `"UTF-8"`, `"windows-1252"`, `"ISO-8859-1"`, or
    /// another WHATWG encoding name when the page declares or strongly suggests one.
    pub encoding: &'static str,
}

/// A line of the page that is not in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedLine {
    /// The 1-based line in the page (text pages); `None` for HTML, where a dropped block is
    /// reported by its text.
    pub line: Option<usize>,
    /// The line's text, trimmed.
    pub text: String,
    /// Why it was dropped.
    pub reason: DropReason,
}

/// Why a line was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DropReason {
    /// Site furniture: share and print buttons, "Lees ook", menus, tags, copyright lines,
    /// picture credits and gallery controls.
    Boilerplate,
    /// A cookie or consent notice.
    Cookie,
    /// A link to the publication's front page; its name went into `Article::publication`.
    Publication,
    /// Only punctuation or symbols (`***`, `|`, a lone bullet).
    Decoration,
    /// The same text as the headline, repeated on the page.
    Duplicate,
    /// HTML outside the main content: navigation, sidebars, footers, comments.
    OutsideContent,
}

impl DropReason {
    /// A short phrase for the command line's list of dropped lines.
    pub fn describe(self) -> &'static str {
        match self {
            DropReason::Boilerplate => "site leftover",
            DropReason::Cookie => "cookie notice",
            DropReason::Publication => "publication link (kept as publication)",
            DropReason::Decoration => "decoration",
            DropReason::Duplicate => "repeats the headline",
            DropReason::OutsideContent => "outside the main content",
        }
    }
}

/// Something the import recovered with doubt, or could not place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportWarning {
    /// The 1-based line in the page, when the warning is about one (text pages).
    pub line: Option<usize>,
    /// What happened, in a sentence an editor can act on.
    pub message: String,
}

impl ImportWarning {
    pub(crate) fn new(line: Option<usize>, message: impl Into<String>) -> Self {
        Self { line, message: message.into() }
    }
}
