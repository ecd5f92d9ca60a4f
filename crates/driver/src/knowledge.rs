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
    cache: Option<&mut ArticleCache>,
) -> usize {
    let previous = previous.filter(|p| {
        Arc::ptr_eq(&p.authorities, &archive.authorities) || p.authorities == archive.authorities
    });
    let address = |entry: &Arc<Entry>| Arc::as_ptr(entry) as usize;
    // An edit leaves most entries where they were: only the positions holding another entry
    // than before can hold a new one, and only their previous entries need looking up.
    let old: &[Arc<Entry>] = previous.map_or(&[], |p| &p.entries);
    let entries = &archive.entries;
    let known: HashSet<usize> = (0..entries.len().max(old.len()))
        .filter(|&i| entries.get(i).is_none_or(|e| moved_at(old, i, e)))
        .filter_map(|i| old.get(i).map(address))
        .collect();
    // Previous entries are alive while this runs, so no new entry can have one's address.
    let fresh: Vec<&mut Arc<Entry>> = archive
        .entries
        .iter_mut()
        .enumerate()
        .filter(|(i, entry)| moved_at(old, *i, entry) && !known.contains(&address(entry)))
        .map(|(_, entry)| entry)
        .collect();
    let count = fresh.len();
    let fresh: Vec<&Arc<Entry>> = fresh
        .into_par_iter()
        .map(|entry| {
            let knowledge = extractor.extract(&entry.article, &entry.subjects);
            // Copies the entry only when another owner (the cache) still holds the parse.
            Arc::make_mut(entry).knowledge = knowledge;
            &*entry
        })
        .collect();
    if let Some(cache) = cache {
        for entry in fresh {
            cache.keep(entry);
        }
    }
    count
}

/// Whether position `i` holds another entry than `old` had there.
fn moved_at(old: &[Arc<Entry>], i: usize, entry: &Arc<Entry>) -> bool {
    old.get(i).is_none_or(|o| !Arc::ptr_eq(o, entry))
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
