//! kroniek's live server: serves a built site from memory over HTTP and keeps it current while
//! the archive is edited.
//!
//! Stage: serve, after the driver. Input: a [`SiteBuilder`] that produces [`SiteSnapshot`]s
//! (every output file, the JSON API, diagnostics) and names the folders to watch. Output: HTTP
//! answers — files with content types, ETags, gzip and brotli, ranges, the site's 404 page,
//! security headers — plus live reload: the server adds a same-origin script to pages it serves
//! (never to built sites), which reloads open pages after an edit or shows a broken edit's
//! problems over them.
//!
//! It must not depend on the driver or any stage crate but `model`: the driver implements
//! [`SiteBuilder`], and the command line wires the two together.

mod api_documents;
mod byte_range;
mod change_watcher;
mod conditional;
mod content_coding;
mod editor_noise;
mod event_query;
mod live_reload;
mod live_site;
mod overlay;
mod prepared_file;
mod request_path;
mod responder;
mod router;
mod serve_error;
mod serve_event;
mod serve_options;
mod server;
mod site_builder;
mod site_search;

pub use api_documents::ApiDocuments;
pub use serve_error::ServeError;
pub use serve_event::{BuildOutcome, BuildReport, ServeEvent};
pub use serve_options::ServeOptions;
pub use server::{Server, serve, shutdown_signal};
pub use site_builder::{SiteBuilder, SiteSnapshot};
pub use site_search::{RESULTS_MARKER, SiteSearch};
