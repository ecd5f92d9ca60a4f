//! The extract stage applied to an archive: every entry's knowledge, computed in parallel and
//! reused for entries that did not change since the last build.

use std::collections::HashMap;
use std::path::Path;

use kroniek_extract::Extractor;
use kroniek_model::{Archive, Entry};
use rayon::prelude::*;

/// Fills every entry's knowledge. An entry whose article and subjects equal those of the same
/// file in `previous` keeps that knowledge: `previous` must have been extracted with an
/// extractor built from the same authority records.
pub(crate) fn extract_knowledge(archive: &mut Archive, extractor: &Extractor, previous: Option<&Archive>) {
    let before: HashMap<&Path, &Entry> =
        previous.map(|p| p.entries.iter().map(|e| (e.path.as_path(), e)).collect()).unwrap_or_default();
    archive.entries.par_iter_mut().for_each(|entry| {
        let unchanged = before
            .get(entry.path.as_path())
            .filter(|old| old.article == entry.article && old.subjects == entry.subjects);
        entry.knowledge = match unchanged {
            Some(old) => old.knowledge.clone(),
            None => extractor.extract(&entry.article, &entry.subjects),
        };
    });
}
