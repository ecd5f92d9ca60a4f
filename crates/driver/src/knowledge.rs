//! The extract stage applied to an archive: every entry's knowledge, computed in parallel and
//! reused for entries that did not change since the last build.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use kroniek_extract::Extractor;
use kroniek_model::{Archive, Authorities, AuthorityKind, Entry};
use kroniek_source::ArticleCache;
use rayon::prelude::*;

/// Fills the knowledge of every entry that needs it and returns how many did.
///
/// An entry shared with `previous` (the same `Arc`: the same parse of the same source) keeps
/// the knowledge it has there, when `previous` has the same authority records (it must have
/// been extracted with an extractor built from them): no entry is compared or copied. The
/// others are extracted, in parallel, and handed back to `cache`, so that the next load gives
/// them out with their knowledge.
pub(crate) fn extract_knowledge(
    archive: &mut Archive,
    extractor: &Extractor,
    previous: Option<&Archive>,
    mut cache: Option<&mut ArticleCache>,
) -> usize {
    let previous = previous.filter(|p| p.authorities == archive.authorities);
    let address = |entry: &Arc<Entry>| Arc::as_ptr(entry) as usize;
    let known: HashSet<usize> = previous.map(|p| p.entries.iter().map(address).collect()).unwrap_or_default();
    // Previous entries are alive while this runs, so no new entry can have one's address.
    let is_fresh = |entry: &Arc<Entry>| !known.contains(&address(entry));
    archive.entries.par_iter_mut().filter(|entry| is_fresh(entry)).for_each(|entry| {
        let knowledge = extractor.extract(&entry.article, &entry.subjects);
        // Copies the entry only when another owner (the cache) still holds the parse.
        Arc::make_mut(entry).knowledge = knowledge;
    });
    let mut fresh = 0;
    for entry in archive.entries.iter().filter(|entry| is_fresh(entry)) {
        fresh += 1;
        if let Some(cache) = cache.as_deref_mut() {
            cache.keep(entry);
        }
    }
    fresh
}

/// The authority records of the archive at `root`, for extracting outside a build
/// (`kroniek extract`, `annotate`): files that do not parse are skipped, since `kroniek check`
/// is where their problems are reported.
pub fn read_authorities(root: &Path) -> Authorities {
    let mut authorities = Authorities::default();
    for kind in AuthorityKind::ALL {
        let relative = Path::new("authorities").join(format!("{}.toml", kind.plural()));
        let Ok(text) = std::fs::read_to_string(root.join(&relative)) else { continue };
        let parsed = kroniek_source::parse_authorities(kind, &relative, &text);
        for record in parsed.value.into_iter().flatten() {
            authorities.insert(record);
        }
    }
    authorities
}
