//! A loaded archive: the configuration, every article and every authority record.

use std::path::PathBuf;
use std::sync::Arc;

use crate::{Article, Authorities, Id, Knowledge, Origin, SiteConfig};

/// An article as the archive keeps it: the article plus where it lives and what it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The source file, relative to the archive's root.
    pub path: PathBuf,
    /// The series id (first URL segment).
    pub series: Id,
    /// The slug (second URL segment).
    pub slug: String,
    /// One sentence for lists and feeds.
    pub summary: Option<String>,
    /// Authority ids the article is about.
    pub subjects: Vec<Id>,
    /// The article itself.
    pub article: Article,
    /// The scraped page it was imported from, when it was imported.
    pub origin: Option<Origin>,
    /// What the extract stage found in it; empty until the driver runs that stage.
    pub knowledge: Knowledge,
}

impl Entry {
    /// The article's path on the site: `/<series>/<slug>/`.
    pub fn url_path(&self) -> String {
        format!("/{}/{}/", self.series, self.slug)
    }

    /// Where this entry goes before or after `other` in an archive: newest first, undated
    /// last, ties by path (see [`Archive::sort_entries`]). Paths are unique, so no two entries
    /// of an archive are equal in this order and one can be found by binary search.
    pub fn archive_order(&self, other: &Entry) -> std::cmp::Ordering {
        other.article.published.cmp(&self.article.published).then_with(|| self.path.cmp(&other.path))
    }
}

/// Everything the site is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Archive {
    /// The validated configuration.
    pub config: SiteConfig,
    /// Every article that loaded, newest first (undated last), then by path.
    ///
    /// Shared, not owned: a rebuild after an edit makes a new archive that shares every entry
    /// it did not re-read with the previous one, so that unchanged articles are neither
    /// copied nor compared (`Arc::ptr_eq` says "the same parse").
    pub entries: Vec<Arc<Entry>>,
    /// Every authority record; shared, as an edit to an article leaves them as they are.
    pub authorities: Arc<Authorities>,
}

impl Archive {
    /// Orders entries newest first, undated last, ties by path — the order every list uses,
    /// fixed here so that output never depends on the order files were read.
    pub fn sort_entries(&mut self) {
        self.entries.sort_by(|a, b| a.archive_order(b));
    }

    /// The entries of one series, newest first.
    pub fn series_entries<'a>(&'a self, series: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().map(Arc::as_ref).filter(move |e| e.series.as_str() == series)
    }
}
