//! Why an index could not be built, opened or written.

use std::path::PathBuf;

/// A failure of the index itself (never of a query: queries always answer).
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// tantivy refused.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

impl SearchError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        SearchError::Io { path: path.into(), source }
    }
}
