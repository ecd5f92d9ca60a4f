//! The site's configuration, validated: what `kroniek.toml` says, as typed values.

use std::num::NonZeroUsize;

use serde::Serialize;
use url::Url;

use crate::{Id, Language};

/// The validated `kroniek.toml`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteConfig {
    /// The site's name.
    pub title: String,
    /// Where the site is published; always ends in `/`.
    pub base_url: Url,
    /// The site's language: interface strings and the default for articles.
    pub language: Language,
    /// The publisher's name (JSON-LD, imports); the title when not given.
    pub publication: String,
    /// The front page's "about" text and the feeds' subtitle.
    pub description: Option<String>,
    /// Articles per page on series pages.
    pub per_page: NonZeroUsize,
    /// The series, in the order the file lists them.
    pub series: Vec<Series>,
}

/// A series of articles (`[[series]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    /// The URL segment and the folder under `content/`.
    pub id: Id,
    /// The title readers see (the kicker).
    pub title: String,
    /// One or two sentences for the series page.
    pub description: Option<String>,
}

impl SiteConfig {
    /// The series with an id.
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id.as_str() == id)
    }

    /// The absolute URL of a site path (`/archieven/x/` → `https://example.org/archieven/x/`).
    pub fn absolute(&self, path: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }
}
