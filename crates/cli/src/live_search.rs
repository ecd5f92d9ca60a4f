//! `kroniek serve`'s search: the archive's tantivy index (in its cache folder, or in memory for
//! the demo) answering the server's queries, brought up to date after every rebuild — one
//! article re-indexed after an article edit, a full sync after anything else.

use std::sync::{Arc, RwLock};

use bytes::Bytes;
use kroniek_driver::{SiteChange, search_index_dir};
use kroniek_model::Archive;
use kroniek_search::{SearchIndex, SearchRequest, SearchResults};
use kroniek_serve::SiteSearch;

/// The index the server searches; empty until the first good build.
#[derive(Debug, Default)]
pub(crate) struct LiveSearch {
    index: RwLock<Option<SearchIndex>>,
}

impl LiveSearch {
    pub(crate) fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Follows a (re)build: opens the index the first time, then updates what changed.
    pub(crate) fn follow(&self, root: Option<&std::path::Path>, archive: &Archive, change: &SiteChange) {
        let Ok(mut slot) = self.index.write() else { return };
        let result = match slot.as_mut() {
            None => {
                let opened = match root {
                    Some(root) => SearchIndex::open(&search_index_dir(root), archive).map(|(index, _)| index),
                    None => SearchIndex::in_memory(archive),
                };
                // A cache folder that cannot be used still leaves search in memory.
                opened.or_else(|_| SearchIndex::in_memory(archive)).map(|index| {
                    *slot = Some(index);
                })
            }
            Some(index) if change.full => index.sync(archive).map(drop),
            Some(index) => {
                // The driver names the positions of the articles whose text changed.
                let urls: Vec<String> = change
                    .articles
                    .iter()
                    .filter_map(|&index| archive.entries.get(index))
                    .map(|entry| entry.url_path())
                    .collect();
                index.update(archive, &urls).map(drop)
            }
        };
        if let Err(error) = result {
            eprintln!("search index: {error}");
        }
    }

    fn results(&self, query: &str, request: SearchRequest) -> SearchResults {
        match self.index.read() {
            Ok(guard) => match guard.as_ref() {
                Some(index) => index.search(query, request),
                None => SearchResults::default(),
            },
            Err(_) => SearchResults::default(),
        }
    }
}

impl SiteSearch for LiveSearch {
    fn search_json(&self, query: &str, offset: usize, limit: usize) -> Bytes {
        let results = self.results(query, SearchRequest { offset, limit });
        Bytes::from(serde_json::to_vec(&results).unwrap_or_else(|_| b"{\"total\":0,\"hits\":[]}".to_vec()))
    }

    fn results_html(&self, query: &str) -> String {
        self.results(query, SearchRequest::default()).to_html_narrowing(Some(query))
    }
}
