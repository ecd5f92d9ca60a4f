//! The extract stage applied to an archive: every entry's knowledge, computed in parallel and
//! reused for entries that did not change since the last build.

use std::collections::HashSet;
use std::sync::Arc;

use kroniek_extract::Extractor;
use kroniek_extract::entities::frequent_unlinked;
use kroniek_model::{Archive, AuthorityKind, Diagnostic, EntityKind, Entry, Severity};
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

/// Names mentioned at least this often without a record earn a `check` warning…
const UNLINKED_MIN_MENTIONS: usize = 5;
/// …when at least this many articles use them (one article's own hero is not a gap).
const UNLINKED_MIN_ARTICLES: usize = 2;
/// Warnings beyond this many are summed up in one line: `kroniek suggest` lists them all.
const UNLINKED_MAX_WARNINGS: usize = 10;

/// `kroniek check`'s warnings about names the archive uses often without an authority record,
/// each on the authority file its record would go in.
pub(crate) fn unlinked_warnings(archive: &Archive) -> Vec<Diagnostic> {
    let paths: Vec<String> =
        archive.entries.iter().map(|e| e.path.to_string_lossy().replace('\\', "/")).collect();
    let names = frequent_unlinked(
        archive.entries.iter().zip(&paths).map(|(e, p)| (p.as_str(), e.knowledge.mentions.as_slice())),
        UNLINKED_MIN_MENTIONS,
    );
    let names: Vec<_> = names.into_iter().filter(|n| n.articles.len() >= UNLINKED_MIN_ARTICLES).collect();
    let mut warnings: Vec<Diagnostic> = names
        .iter()
        .take(UNLINKED_MAX_WARNINGS)
        .map(|n| {
            let file = format!("authorities/{}.toml", authority_kind(n.kind).plural());
            Diagnostic::file(
                Severity::Warning,
                file,
                format!(
                    "{} `{}` is named {} times in {} articles but has no record",
                    n.kind.as_str(),
                    n.name,
                    n.mentions,
                    n.articles.len()
                ),
            )
            .with_help("`kroniek suggest` prints a record to paste here")
        })
        .collect();
    if names.len() > UNLINKED_MAX_WARNINGS {
        warnings.push(
            Diagnostic::file(
                Severity::Warning,
                "authorities",
                format!("{} more names are used often without a record", names.len() - UNLINKED_MAX_WARNINGS),
            )
            .with_help("`kroniek suggest` lists them all"),
        );
    }
    warnings
}

fn authority_kind(kind: EntityKind) -> AuthorityKind {
    match kind {
        EntityKind::Person | EntityKind::Work => AuthorityKind::Person,
        EntityKind::Organisation => AuthorityKind::Organisation,
        EntityKind::Place => AuthorityKind::Place,
        EntityKind::Periodical => AuthorityKind::Periodical,
    }
}
