//! Watches the archive and rebuilds after each edit, once per save however many steps the
//! editor's save takes.
//!
//! A dedicated thread owns the [`SiteBuilder`]: it waits for a change that matters, keeps
//! collecting until the archive has been quiet for the debounce window, then rebuilds and
//! publishes. Builds never run on the request threads, and never two at once.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use kroniek_model::{Diagnostic, Severity};
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::broadcast;

use crate::editor_noise::is_editor_noise;
use crate::live_site::LiveSite;
use crate::serve_error::ServeError;
use crate::serve_event::{BuildReport, ServeEvent};
use crate::site_builder::{SiteBuilder, SiteSnapshot};

/// However busy the archive is (a `git checkout` of thousands of files), a rebuild starts
/// after this long.
const MAX_BATCH_WAIT: Duration = Duration::from_secs(2);

/// A running watcher and its rebuild thread; dropping it stops both.
#[derive(Debug)]
pub(crate) struct ChangeWatcher {
    watcher: Option<RecommendedWatcher>,
    messages: Sender<Message>,
    thread: Option<JoinHandle<()>>,
}

enum Message {
    Changed(notify::Result<notify::Event>),
    Stop,
}

impl ChangeWatcher {
    /// Starts watching `builder.watch_paths()`; `None` when there is nothing to watch.
    ///
    /// # Errors
    /// A folder that cannot be watched, or a thread that cannot be started.
    pub(crate) fn start(
        builder: Box<dyn SiteBuilder>,
        site: Arc<LiveSite>,
        reports: broadcast::Sender<ServeEvent>,
        debounce: Duration,
    ) -> Result<Option<Self>, ServeError> {
        let roots = builder.watch_paths();
        if roots.is_empty() {
            return Ok(None);
        }
        let (messages, received) = mpsc::channel();
        let forward = messages.clone();
        let mut watcher = notify::recommended_watcher(move |event| {
            // The rebuild thread is gone only during shutdown.
            let _ = forward.send(Message::Changed(event));
        })
        .map_err(|error| ServeError::Watch {
            path: roots.first().cloned().unwrap_or_default(),
            message: error.to_string(),
        })?;
        for root in &roots {
            watcher
                .watch(root, RecursiveMode::Recursive)
                .map_err(|error| ServeError::Watch { path: root.clone(), message: error.to_string() })?;
        }
        let rebuilder = Rebuilder { builder, site, reports, roots, debounce, needs_full_build: false };
        let thread = std::thread::Builder::new()
            .name("kroniek-rebuild".to_owned())
            .spawn(move || rebuilder.run(&received))
            .map_err(|error| ServeError::Internal(format!("cannot start the rebuild thread: {error}")))?;
        Ok(Some(Self { watcher: Some(watcher), messages, thread: Some(thread) }))
    }
}

impl Drop for ChangeWatcher {
    /// Stops watching, lets a rebuild in progress finish, and waits for the thread.
    fn drop(&mut self) {
        drop(self.watcher.take());
        let _ = self.messages.send(Message::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Rebuilder {
    builder: Box<dyn SiteBuilder>,
    site: Arc<LiveSite>,
    reports: broadcast::Sender<ServeEvent>,
    roots: Vec<PathBuf>,
    debounce: Duration,
    /// Set after the builder panicked: its state may be half-updated, so it starts over.
    needs_full_build: bool,
}

/// The changes collected for one rebuild.
#[derive(Default)]
struct Batch {
    paths: BTreeSet<PathBuf>,
    /// The watcher lost track (queue overflow, error): rebuild everything.
    full: bool,
}

impl Rebuilder {
    fn run(mut self, messages: &Receiver<Message>) {
        loop {
            let mut batch = Batch::default();
            while batch.is_empty() {
                match messages.recv() {
                    Ok(Message::Changed(event)) => {
                        self.collect(&mut batch, event);
                    }
                    Ok(Message::Stop) | Err(_) => return,
                }
            }
            // Wait until nothing that matters has changed for the debounce window. Opening and
            // reading files (the builder's own reads among them) does not count.
            let started = Instant::now();
            let mut quiet_from = started;
            loop {
                let now = Instant::now();
                let quiet_left = (quiet_from + self.debounce).saturating_duration_since(now);
                let cap_left = (started + MAX_BATCH_WAIT).saturating_duration_since(now);
                let wait = quiet_left.min(cap_left);
                if wait.is_zero() {
                    break;
                }
                match messages.recv_timeout(wait) {
                    Ok(Message::Changed(event)) => {
                        if self.collect(&mut batch, event) {
                            quiet_from = Instant::now();
                        }
                    }
                    Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            self.rebuild(batch);
        }
    }

    /// Adds an event's paths to the batch; whether it was a change that matters.
    fn collect(&self, batch: &mut Batch, event: notify::Result<notify::Event>) -> bool {
        let event = match event {
            Ok(event) => event,
            Err(error) => {
                let _ = self.reports.send(ServeEvent::WatchFailed { message: error.to_string() });
                batch.full = true;
                return true;
            }
        };
        if event.need_rescan() {
            batch.full = true;
            return true;
        }
        if matches!(event.kind, EventKind::Access(_)) {
            return false;
        }
        let before = batch.paths.len();
        batch.paths.extend(event.paths.into_iter().filter(|path| !is_editor_noise(path, &self.roots)));
        batch.paths.len() > before
    }

    fn rebuild(&mut self, batch: Batch) {
        let changed: Vec<PathBuf> = batch.paths.into_iter().collect();
        let full = batch.full || self.needs_full_build || !self.site.current().has_good_build();
        let started = Instant::now();
        let builder = &mut self.builder;
        let (result, panicked) = guarded(|| if full { builder.build() } else { builder.rebuild(&changed) });
        self.needs_full_build = panicked;
        let outcome = self.site.publish(result);
        // Until the new site is swapped in: what an editor waits for after the debounce.
        let elapsed = started.elapsed();
        let _ = self.reports.send(ServeEvent::Built(BuildReport { changed, elapsed, outcome }));
    }
}

impl Batch {
    fn is_empty(&self) -> bool {
        self.paths.is_empty() && !self.full
    }
}

/// Runs a build; a panic in the builder becomes a diagnostic instead of killing the server.
pub(crate) fn guarded(
    build: impl FnOnce() -> Result<SiteSnapshot, Vec<Diagnostic>>,
) -> (Result<SiteSnapshot, Vec<Diagnostic>>, bool) {
    match catch_unwind(AssertUnwindSafe(build)) {
        Ok(result) => (result, false),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".to_owned());
            let diagnostic =
                Diagnostic::file(Severity::Error, "kroniek", format!("the site builder crashed: {message}"))
                    .with_help("this is a bug in kroniek; the next edit rebuilds the whole site");
            (Err(vec![diagnostic]), true)
        }
    }
}
