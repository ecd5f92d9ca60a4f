//! The seam between the server and whatever builds the site (the driver, or a test's fake).
//!
//! The server never reads the archive itself: it asks a [`SiteBuilder`] for a [`SiteSnapshot`]
//! (every output file in memory) and, after an edit, for a new one. That keeps this crate free of
//! the driver and lets tests serve an in-memory map.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use kroniek_model::Diagnostic;

use crate::ApiDocuments;

/// Everything a build produced, held in memory and served as is.
#[derive(Debug, Clone, Default)]
pub struct SiteSnapshot {
    /// The site's files by their path under the site root, with `/` separators and no leading
    /// slash: `index.html`, `archieven/victor-serge/index.html`, `static/style.css`, `404.html`.
    /// A folder's page is its `index.html`; `404.html` at the root is the not-found page.
    pub files: BTreeMap<String, Bytes>,
    /// JSON documents of the API by their path under `/api/`: `articles`,
    /// `articles/<series>/<slug>`.
    pub api: BTreeMap<String, Bytes>,
    /// Documents of the API made on request, for paths that `api` does not hold (the
    /// knowledge API is drawn from the whole archive: made when asked, not at every edit).
    pub documents: Option<Arc<dyn ApiDocuments>>,
    /// Problems the build found. Errors among them mark a broken edit: the server keeps the
    /// last good files and shows these in an overlay. Warnings alone do not stop a swap.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds the site for the server, first in full, then again after each edit.
///
/// Both methods run on a blocking thread of their own, never on the server's request threads,
/// so they may take their time and do file I/O.
pub trait SiteBuilder: Send + 'static {
    /// Builds the whole site. Called once at start, and again after an edit when no build has
    /// succeeded yet (there is nothing to rebuild from).
    ///
    /// # Errors
    /// The diagnostics that keep the site from being built.
    fn build(&mut self) -> Result<SiteSnapshot, Vec<Diagnostic>>;

    /// Builds the site again after the files in `changed` were written, created, renamed or
    /// removed (absolute paths under [`watch_paths`](Self::watch_paths), editors' swap and
    /// backup files already left out). A builder that keeps its last state rebuilds only what
    /// the change touches.
    ///
    /// # Errors
    /// The diagnostics of a broken edit; the server then keeps serving the last good site.
    fn rebuild(&mut self, changed: &[PathBuf]) -> Result<SiteSnapshot, Vec<Diagnostic>>;

    /// The folders to watch for edits, each recursively. Empty when nothing can change (the
    /// built-in demo archive), and then the server watches nothing.
    fn watch_paths(&self) -> Vec<PathBuf>;

    /// What answers `/api/search` and the search page's queries; asked once, at start. `None`
    /// (the default) leaves search to the site's own files.
    fn search(&self) -> Option<std::sync::Arc<dyn crate::SiteSearch>> {
        None
    }
}
