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
    /// Every authority record.
    pub authorities: Authorities,
}

impl Archive {
    /// Orders entries newest first, undated last, ties by path — the order every list uses,
    /// fixed here so that output never depends on the order files were read.
    pub fn sort_entries(&mut self) {
        self.entries
            .sort_by(|a, b| b.article.published.cmp(&a.article.published).then_with(|| a.path.cmp(&b.path)));
    }

    /// The entries of one series, newest first.
    pub fn series_entries<'a>(&'a self, series: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().map(Arc::as_ref).filter(move |e| e.series.as_str() == series)
    }
}
