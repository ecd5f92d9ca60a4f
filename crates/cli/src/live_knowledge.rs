//! The served knowledge API: documents made on request from the current build.
//!
//! The knowledge API's documents (every event, every record, a record with all its mentions)
//! are drawn from the whole archive. Making them at each edit cost more than the edit itself
//! at 10,000 articles; instead each snapshot carries this handle on its build, which makes a
//! document when first asked and keeps it until the next edit replaces the handle.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use bytes::Bytes;
use kroniek_driver::KnowledgeApi;
use kroniek_serve::ApiDocuments;

/// One build's knowledge API, with the documents asked for so far.
#[derive(Debug)]
pub(crate) struct LiveKnowledge {
    api: KnowledgeApi,
    made: Mutex<HashMap<String, Bytes>>,
}

impl LiveKnowledge {
    pub(crate) fn new(api: KnowledgeApi) -> Self {
        Self { api, made: Mutex::new(HashMap::new()) }
    }
}

impl ApiDocuments for LiveKnowledge {
    fn document(&self, path: &str) -> Option<Bytes> {
        if let Some(made) = self.made.lock().unwrap_or_else(PoisonError::into_inner).get(path) {
            return Some(made.clone());
        }
        // Made outside the lock: a slow document does not hold up the others.
        let made = self.api.document(path).map(Bytes::from);
        // Only paths that exist are kept, so that a crawler's made-up paths cannot grow the map.
        if let Some(made) = &made {
            self.made.lock().unwrap_or_else(PoisonError::into_inner).insert(path.to_owned(), made.clone());
        }
        made
    }
}
