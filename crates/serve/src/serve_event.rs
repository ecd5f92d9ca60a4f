//! What the server reports while it runs, for the command line to print and tests to await.

use std::path::PathBuf;
use std::time::Duration;

use kroniek_model::Diagnostic;

/// Something that happened in a running server.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ServeEvent {
    /// A build or rebuild finished, good or broken.
    Built(BuildReport),
    /// The file watcher reported a problem; edits may go unnoticed until it recovers.
    WatchFailed {
        /// What the watcher said.
        message: String,
    },
}

/// How one build went.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// The files whose change caused this build, editors' swap and temp files left out; empty
    /// for the build at start (and possibly when the watcher lost track of changes and the whole
    /// site was built again).
    pub changed: Vec<PathBuf>,
    /// How long the build took, and after an edit the swap of the new site too.
    pub elapsed: Duration,
    /// Whether the result is being served.
    pub outcome: BuildOutcome,
}

/// Whether a build's result is being served.
#[derive(Debug, Clone)]
pub enum BuildOutcome {
    /// The new site is served and open pages were told to reload.
    Swapped {
        /// How many files the site has.
        files: usize,
        /// Warnings of the build; they do not stop a swap.
        warnings: Vec<Diagnostic>,
    },
    /// The build failed: the last good site stays served, with these problems over every page.
    Broken {
        /// The problems, errors among them.
        diagnostics: Vec<Diagnostic>,
    },
}

impl BuildOutcome {
    /// Whether the build's result is being served.
    pub fn is_swapped(&self) -> bool {
        matches!(self, BuildOutcome::Swapped { .. })
    }
}
