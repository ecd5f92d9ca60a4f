//! Where an imported article came from: the scraped page it was recovered from.

use serde::Serialize;

/// The page an article was imported from, recorded in its front matter (`[origin]`) so that
/// the editor can go back to the original and a second import of the same page is recognised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Origin {
    /// The page's path as it was given to `kroniek import` (forward slashes).
    pub file: String,
    /// A hash of the page's bytes, prefixed with its algorithm: `xxh3:<32 hex digits>`.
    pub hash: String,
}
