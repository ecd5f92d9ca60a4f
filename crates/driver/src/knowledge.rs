//! The extract stage applied to an archive: every entry's knowledge, computed in parallel and
//! reused for entries that did not change since the last build.

use std::collections::HashMap;
use std::path::Path;

use kroniek_extract::Extractor;
use kroniek_extract::entities::frequent_unlinked;
use kroniek_model::{Archive, AuthorityKind, Diagnostic, EntityKind, Entry, Severity};
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
