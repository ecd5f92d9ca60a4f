//! The site stage: an [`Archive`](kroniek_model::Archive) and a [`Theme`] become the static
//! site's files, in memory.
//!
//! Stage: render. Input: the archive (configuration, articles, authorities) and a theme
//! (minijinja templates and static files, the built-in one embedded in the binary). Output:
//! [`SiteFiles`], output path → bytes: HTML pages (front, series, articles, the timeline and
//! its years, a page per authority record and an index per kind), Atom feeds, sitemap,
//! robots.txt, 404, `data/articles.json`, `data/knowledge.json`, one knowledge file per
//! article, one "on this day" file per day of the year, static files. [`SiteRenderer`] renders one [`Page`] at a time (for incremental rebuilds)
//! or all of them in parallel; it names the pages that show an entry (`pages_for_entry`) and
//! can keep per-entry pieces of the archive-wide files in a [`FragmentCache`] and the
//! archive's [`KnowledgeIndex`] (updated, not gathered again) across rebuilds.
//!
//! Rendering is deterministic: no clock, no unordered iteration; the same archive gives the
//! same bytes. It does no I/O (the driver writes files) and depends on `kroniek-model` only,
//! never on the source, import or driver stages.

mod anchor;
mod article_anchors;
mod article_page;
mod body;
mod data;
mod date;
mod entity_pages;
mod error;
mod escape;
mod feed;
mod footnote;
mod fragment_cache;
mod i18n;
mod jsonld;
mod knowledge_data;
mod knowledge_index;
mod knowledge_pages;
mod map_svg;
mod markdown;
mod mention_links;
mod page;
mod renderer;
mod search_strings;
mod share;
mod sitemap;
mod theme;
mod timeline_svg;
mod view;

#[cfg(test)]
mod tests;

pub use article_anchors::position_fragment;
pub use error::RenderError;
pub use fragment_cache::FragmentCache;
pub use knowledge_index::KnowledgeIndex;
pub use page::{Page, SiteFiles};
pub use renderer::SiteRenderer;
pub use theme::Theme;
