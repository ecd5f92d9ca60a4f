//! The site stage: an [`Archive`](kroniek_model::Archive) and a [`Theme`] become the static
//! site's files, in memory.
//!
//! Stage: render. Input: the archive (configuration, articles, authorities) and a theme
//! (minijinja templates and static files, the built-in one embedded in the binary). Output:
//! [`SiteFiles`], output path → bytes: HTML pages, Atom feeds, sitemap, robots.txt, 404,
//! `data/articles.json`, static files. [`SiteRenderer`] renders one [`Page`] at a time (for
//! incremental rebuilds) or all of them in parallel.
//!
//! Rendering is deterministic: no clock, no unordered iteration; the same archive gives the
//! same bytes. It does no I/O (the driver writes files) and depends on `kroniek-model` only,
//! never on the source, import or driver stages.

mod anchor;
mod article_page;
mod body;
mod data;
mod date;
mod error;
mod escape;
mod feed;
mod footnote;
mod i18n;
mod jsonld;
mod markdown;
mod page;
mod renderer;
mod search_strings;
mod share;
mod sitemap;
mod theme;
mod view;

#[cfg(test)]
mod tests;

pub use error::RenderError;
pub use page::{Page, SiteFiles};
pub use renderer::SiteRenderer;
pub use theme::Theme;
