//! API documents made when they are asked for, not at every build.
//!
//! Some documents of the JSON API (the knowledge API: every event, every record, one record
//! with all its mentions) are drawn from the whole archive. Making them all again after each
//! edit would cost in proportion to the archive; a builder hands the server an
//! [`ApiDocuments`] with each snapshot instead, and the server asks it for the one document a
//! request names.

use bytes::Bytes;

/// Answers paths under `/api/` that the snapshot's `api` map does not hold.
pub trait ApiDocuments: Send + Sync + std::fmt::Debug + 'static {
    /// The JSON document at `path` (under `/api/`, no leading slash: `events`,
    /// `entities/person/victor-serge`), or `None` when there is none. Must not fail otherwise.
    fn document(&self, path: &str) -> Option<Bytes>;
}
