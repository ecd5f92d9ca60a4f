//! `kroniek serve`'s glue: the driver's incremental [`Session`] as the server's [`SiteBuilder`].
//!
//! The server knows nothing of archives and the driver nothing of HTTP; this adapter keeps the
//! served files and the JSON API in step with the session, copying only what a rebuild changed.

use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use kroniek_driver::{ExtractReport, Session, SiteChange};
use kroniek_model::{Diagnostic, Entry};
use kroniek_serve::{SiteBuilder, SiteSearch, SiteSnapshot};

use crate::live_knowledge::LiveKnowledge;
use crate::live_search::LiveSearch;

/// The archive being served.
pub(crate) struct LiveArchive {
    session: Session,
    snapshot: SiteSnapshot,
    search: Arc<LiveSearch>,
}

impl LiveArchive {
    pub(crate) fn new(session: Session) -> Self {
        Self { session, snapshot: SiteSnapshot::default(), search: LiveSearch::new() }
    }

    /// Applies a site change to the served snapshot: only changed files and the API documents
    /// of changed articles are made again.
    fn apply(&mut self, change: &SiteChange) -> SiteSnapshot {
        let Some(compiled) = self.session.current() else { return self.snapshot.clone() };
        self.search.follow(self.session.root(), &compiled.archive, change);
        if change.full {
            self.snapshot.files.clear();
            self.snapshot.api.clear();
        }
        for path in &change.removed {
            self.snapshot.files.remove(path);
        }
        for path in &change.written {
            if let Some(bytes) = compiled.site.0.get(path) {
                self.snapshot.files.insert(path.clone(), Bytes::from(bytes.clone()));
            }
        }
        // The API: the list is the site's own data file; each article is the extract contract.
        if let Some(list) = self.snapshot.files.get("data/articles.json") {
            self.snapshot.api.insert("articles".to_owned(), list.clone());
        }
        let entries = &compiled.archive.entries;
        let changed: Box<dyn Iterator<Item = &Arc<Entry>>> = if change.full {
            Box::new(entries.iter())
        } else {
            Box::new(change.articles.iter().filter_map(|&index| entries.get(index)))
        };
        for entry in changed {
            let key = format!("articles/{}/{}", entry.series, entry.slug);
            let report = ExtractReport::for_entry(entry);
            self.snapshot
                .api
                .insert(key, Bytes::from(serde_json::to_vec_pretty(&report).unwrap_or_default()));
        }
        // The knowledge API (events, entities) is drawn from the whole archive: answered on
        // request from this build rather than made at every edit.
        self.snapshot.documents = Some(Arc::new(LiveKnowledge::new(compiled.knowledge_api())));
        self.snapshot.diagnostics = compiled.warnings.clone();
        self.snapshot.clone()
    }
}

impl SiteBuilder for LiveArchive {
    fn build(&mut self) -> Result<SiteSnapshot, Vec<Diagnostic>> {
        let change = self.session.build().map_err(|failed| failed.diagnostics)?;
        Ok(self.apply(&change))
    }

    fn rebuild(&mut self, changed: &[PathBuf]) -> Result<SiteSnapshot, Vec<Diagnostic>> {
        let change = self.session.rebuild(changed).map_err(|failed| failed.diagnostics)?;
        Ok(self.apply(&change))
    }

    fn search(&self) -> Option<Arc<dyn SiteSearch>> {
        Some(Arc::clone(&self.search) as Arc<dyn SiteSearch>)
    }

    fn watch_paths(&self) -> Vec<PathBuf> {
        self.session.root().map(|root| vec![root.to_path_buf()]).unwrap_or_default()
    }
}
