//! The site being served: the current prepared files, swapped whole after each build.
//!
//! Requests read a snapshot of the state without locking (`arc-swap`); a build prepares a new
//! state beside it and swaps it in at once, so no request ever sees half a rebuild.

use std::collections::HashMap;
use std::sync::Arc;

use arc_swap::{ArcSwap, Guard};
use bytes::Bytes;
use kroniek_model::Diagnostic;
use tokio::sync::broadcast;

use crate::ApiDocuments;
use crate::live_reload::LiveEvent;
use crate::overlay::Overlay;
use crate::prepared_file::PreparedFile;
use crate::request_path::nfc;
use crate::serve_event::BuildOutcome;
use crate::site_builder::SiteSnapshot;

type Files = Arc<HashMap<String, Arc<PreparedFile>>>;

/// The served site and the channel that tells open pages about builds.
#[derive(Debug)]
pub(crate) struct LiveSite {
    state: ArcSwap<SiteState>,
    events: broadcast::Sender<LiveEvent>,
}

/// One consistent view of the site: files, API documents and, after a broken edit, the overlay.
#[derive(Debug, Default)]
pub(crate) struct SiteState {
    files: Files,
    api: Files,
    /// What makes the API documents that `api` does not hold, on request.
    documents: Option<Arc<dyn ApiDocuments>>,
    overlay: Option<Arc<Overlay>>,
    has_good_build: bool,
}

impl LiveSite {
    /// An empty site, before the first build.
    pub(crate) fn new() -> Self {
        // Pages that fall this far behind are told to reload anyway (see `Listener`).
        let (events, _) = broadcast::channel(16);
        Self { state: ArcSwap::from_pointee(SiteState::default()), events }
    }

    /// The state to answer one request from.
    pub(crate) fn current(&self) -> Guard<Arc<SiteState>> {
        self.state.load()
    }

    /// Listens for builds.
    pub(crate) fn subscribe(&self) -> broadcast::Receiver<LiveEvent> {
        self.events.subscribe()
    }

    /// Serves a build's result: a good snapshot is swapped in and open pages reload; a broken
    /// one (an `Err`, or a snapshot with errors) leaves the last good files and shows its
    /// problems over every page.
    pub(crate) fn publish(&self, result: Result<SiteSnapshot, Vec<Diagnostic>>) -> BuildOutcome {
        let snapshot = match result {
            Ok(snapshot) if !snapshot.diagnostics.iter().any(Diagnostic::is_error) => snapshot,
            Ok(snapshot) => return self.break_with(snapshot.diagnostics),
            Err(diagnostics) => return self.break_with(diagnostics),
        };
        let old = self.state.load_full();
        let files = prepare(snapshot.files, &old.files, PreparedFile::for_path);
        let api = prepare(snapshot.api, &old.api, |_, built| PreparedFile::new(built, "application/json"));
        let count = files.len();
        let documents = snapshot.documents;
        let retired = self.state.swap(Arc::new(SiteState {
            files,
            api,
            documents,
            overlay: None,
            has_good_build: true,
        }));
        // Freeing tens of thousands of entries would hold up the reload: do it aside.
        let _ = std::thread::Builder::new().name("kroniek-retire".to_owned()).spawn(move || drop(retired));
        // No open page is not an error.
        let _ = self.events.send(LiveEvent::Reload);
        BuildOutcome::Swapped { files: count, warnings: snapshot.diagnostics }
    }

    fn break_with(&self, diagnostics: Vec<Diagnostic>) -> BuildOutcome {
        let old = self.state.load_full();
        let overlay = Arc::new(Overlay::new(&diagnostics, old.has_good_build));
        self.state.store(Arc::new(SiteState {
            files: Arc::clone(&old.files),
            api: Arc::clone(&old.api),
            documents: old.documents.clone(),
            overlay: Some(Arc::clone(&overlay)),
            has_good_build: old.has_good_build,
        }));
        let _ = self.events.send(LiveEvent::Broken(overlay));
        BuildOutcome::Broken { diagnostics }
    }
}

/// Prepares a build's files, keeping the prepared form (and its compressed forms) of every file
/// whose bytes did not change.
fn prepare(
    built: impl IntoIterator<Item = (String, Bytes)>,
    old: &HashMap<String, Arc<PreparedFile>>,
    make: impl Fn(&str, Bytes) -> PreparedFile,
) -> Files {
    let prepared = built
        .into_iter()
        .map(|(key, bytes)| {
            // An ASCII key is NFC already: keep it rather than copy it.
            let key = if key.is_ascii() { key } else { nfc(&key) };
            let file = match old.get(&key) {
                Some(kept) if kept.has_source(&bytes) => Arc::clone(kept),
                _ => Arc::new(make(&key, bytes)),
            };
            (key, file)
        })
        .collect();
    Arc::new(prepared)
}

impl SiteState {
    /// The site file at `key` (`archieven/x/index.html`).
    pub(crate) fn file(&self, key: &str) -> Option<&Arc<PreparedFile>> {
        self.files.get(key)
    }

    /// The API document at `key` (`articles/serge/elan`): a prepared one, or one made now.
    pub(crate) fn api(&self, key: &str) -> Option<Arc<PreparedFile>> {
        if let Some(file) = self.api.get(key) {
            return Some(Arc::clone(file));
        }
        let made = self.documents.as_ref()?.document(key)?;
        Some(Arc::new(PreparedFile::new(made, "application/json")))
    }

    /// The problems to show over every page while an edit is broken.
    pub(crate) fn overlay(&self) -> Option<&Arc<Overlay>> {
        self.overlay.as_ref()
    }

    /// Whether any build has succeeded.
    pub(crate) fn has_good_build(&self) -> bool {
        self.has_good_build
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use bytes::Bytes;
    use kroniek_model::{Diagnostic, Severity};

    use super::LiveSite;
    use crate::content_coding::ContentCoding;
    use crate::live_reload::LiveEvent;
    use crate::site_builder::SiteSnapshot;

    fn snapshot(pages: &[(&str, &str)]) -> SiteSnapshot {
        let files = pages.iter().map(|(k, v)| ((*k).to_owned(), Bytes::from(v.repeat(50)))).collect();
        SiteSnapshot { files, ..SiteSnapshot::default() }
    }

    #[test]
    fn unchanged_files_keep_their_prepared_form() {
        let site = LiveSite::new();
        assert!(site.publish(Ok(snapshot(&[("a.html", "<p>a</p>"), ("b.html", "<p>b</p>")]))).is_swapped());
        let before = site.current();
        let a_before = Arc::clone(before.file("a.html").unwrap());
        let b_before = Arc::clone(before.file("b.html").unwrap());
        // Compress once; the kept file must not compress again.
        let br = a_before.representation(ContentCoding::Brotli).unwrap();
        site.publish(Ok(snapshot(&[("a.html", "<p>a</p>"), ("b.html", "<p>B</p>")])));
        let after = site.current();
        assert!(Arc::ptr_eq(&a_before, after.file("a.html").unwrap()));
        assert!(!Arc::ptr_eq(&b_before, after.file("b.html").unwrap()));
        assert_eq!(
            after.file("a.html").unwrap().representation(ContentCoding::Brotli).unwrap().body,
            br.body
        );
    }

    #[test]
    fn keys_are_normalised_to_nfc() {
        let site = LiveSite::new();
        site.publish(Ok(snapshot(&[("archieven/e\u{301}te\u{301}/index.html", "x")])));
        assert!(site.current().file("archieven/été/index.html").is_some());
    }

    #[test]
    fn a_broken_build_keeps_the_files_and_sets_the_overlay() {
        let site = LiveSite::new();
        site.publish(Ok(snapshot(&[("index.html", "good")])));
        let mut events = site.subscribe();
        let broken = Diagnostic::file(Severity::Error, "content/a.md", "not UTF-8");
        assert!(!site.publish(Err(vec![broken])).is_swapped());
        let state = site.current();
        assert!(state.file("index.html").is_some());
        assert!(state.overlay().unwrap().html().contains("content/a.md: error: not UTF-8"));
        assert!(matches!(events.try_recv(), Ok(LiveEvent::Broken(_))));
    }

    #[test]
    fn errors_inside_a_snapshot_break_it_but_warnings_do_not() {
        let site = LiveSite::new();
        let mut warned = snapshot(&[("index.html", "one")]);
        warned.diagnostics.push(Diagnostic::file(Severity::Warning, "a.md", "odd"));
        assert!(site.publish(Ok(warned)).is_swapped());
        let mut failed = snapshot(&[("index.html", "two")]);
        failed.diagnostics.push(Diagnostic::file(Severity::Error, "a.md", "bad"));
        assert!(!site.publish(Ok(failed)).is_swapped());
        assert!(site.current().file("index.html").unwrap().has_source("one".repeat(50).as_bytes()));
        assert!(site.publish(Ok(snapshot(&[("index.html", "three")]))).is_swapped());
        assert!(site.current().overlay().is_none());
    }
}
