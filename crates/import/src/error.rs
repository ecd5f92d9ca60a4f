//! Why a page could not be imported at all.

use thiserror::Error;

/// A page that yields no article. Everything short of this is an [`crate::ImportWarning`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    /// The file has no bytes, or only whitespace.
    #[error("the page is empty")]
    Empty,
    /// The bytes are not text (NUL bytes, control characters or a known binary signature).
    #[error("the page is not text but binary data ({0}); import only .txt or .html pages")]
    Binary(&'static str),
    /// The file is larger than [`crate::ImportOptions::max_bytes`].
    #[error("the page is {bytes} bytes, above the import limit of {limit} bytes")]
    TooLarge {
        /// The page's size.
        bytes: usize,
        /// The limit it exceeded.
        limit: usize,
    },
    /// Every line was site furniture ("Delen:", cookie notices, menus); nothing is an article.
    #[error("the page holds only site leftovers ({dropped} lines dropped), no article")]
    OnlyBoilerplate {
        /// How many lines were dropped.
        dropped: usize,
    },
    /// A headline was found but no body text under it (an HTML page without a body, a
    /// text page of one line).
    #[error("the page has no body text{}", .title.as_ref().map(|t| format!(" under “{t}”")).unwrap_or_default())]
    NoBody {
        /// The headline, when there was one.
        title: Option<String>,
    },
}
