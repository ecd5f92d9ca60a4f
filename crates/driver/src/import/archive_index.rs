//! What the archive already holds that an import must not clash with: the pages imported
//! before (by the hash in their `[origin]`) and the URLs articles already have.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use kroniek_model::SiteConfig;
use kroniek_source::parse_article;
use rayon::prelude::*;

use crate::location::is_ignored;

/// The archive's articles as an import sees them.
#[derive(Debug, Default)]
pub(crate) struct ArchiveIndex {
    /// `origin.hash` → the article that records it (relative to the archive).
    hashes: HashMap<String, PathBuf>,
    /// `(series, slug)` → the article with that URL.
    urls: HashMap<(String, String), PathBuf>,
}

impl ArchiveIndex {
    /// Reads every `content/**/*.md` of the archive at `root`. A file that cannot be read or
    /// placed is left out: it still occupies its path, which the import checks on disk, and
    /// `kroniek check` reports it.
    pub(crate) fn read(root: &Path, config: &SiteConfig) -> Self {
        let mut files = Vec::new();
        collect_sources(root, Path::new("content"), &mut files);
        let entries: Vec<_> = files
            .into_par_iter()
            .filter_map(|rel| {
                let text = fs::read_to_string(root.join(&rel)).ok()?;
                parse_article(&rel, &text, Some(config)).value
            })
            .collect();
        let mut index = Self::default();
        for entry in entries {
            if let Some(origin) = entry.origin {
                index.hashes.entry(origin.hash).or_insert_with(|| entry.path.clone());
            }
            index.urls.entry((entry.series.to_string(), entry.slug)).or_insert(entry.path);
        }
        index
    }

    /// The article that was imported from a page with this hash, if any.
    pub(crate) fn imported_from(&self, hash: &str) -> Option<&Path> {
        self.hashes.get(hash).map(PathBuf::as_path)
    }

    /// The article that has the URL `/<series>/<slug>/`, if any.
    pub(crate) fn url_owner(&self, series: &str, slug: &str) -> Option<&Path> {
        self.urls.get(&(series.to_owned(), slug.to_owned())).map(PathBuf::as_path)
    }

    /// Records the URL of an article this import wrote, so later pages of the run see it.
    pub(crate) fn claim_url(&mut self, series: &str, slug: &str, path: &Path) {
        self.urls.insert((series.to_owned(), slug.to_owned()), path.to_path_buf());
    }
}

/// The `.md` files under `root/rel`, relative to `root`.
fn collect_sources(root: &Path, rel: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(root.join(rel)) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_ignored(name) {
            continue;
        }
        let child = rel.join(name);
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => collect_sources(root, &child, found),
            Ok(_) if name.ends_with(".md") => found.push(child),
            _ => {}
        }
    }
}
