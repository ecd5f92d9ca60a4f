//! The pages of a site and the files they become.

use std::collections::BTreeMap;

use kroniek_model::{AuthorityKind, Id};

/// One page (or file) of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// `/`: the latest articles, the series, a short "about".
    Front,
    /// `/<series>/` and `/<series>/page/<n>/`: a series' articles, newest first; pages count from 1.
    Series {
        /// The series.
        id: Id,
        /// The page number, from 1.
        page: usize,
    },
    /// `/<series>/<slug>/`: one article.
    Article {
        /// Index into `archive.entries`.
        index: usize,
    },
    /// `/feed.xml`: the site's Atom feed.
    Feed,
    /// `/<series>/feed.xml`: one series' Atom feed.
    SeriesFeed {
        /// The series.
        id: Id,
    },
    /// `/sitemap.xml`.
    Sitemap,
    /// `/robots.txt`, pointing at the sitemap.
    Robots,
    /// `/404.html`.
    NotFound,
    /// `/search/`: the search form (the search stage supplies the engine's files).
    Search,
    /// `/data/articles.json`: every article as data.
    ArticlesJson,
    /// `/timeline/`: the years that have events, by decade, with counts.
    Timeline,
    /// `/timeline/<year>/`: every event of one year, in timeline order.
    TimelineYear {
        /// The year (negative before the common era).
        year: i32,
    },
    /// `/people/`, `/organisations/`, `/places/`, `/periodicals/`: every record of a kind,
    /// alphabetically, with how often the archive names it.
    EntityIndex {
        /// The kind.
        kind: AuthorityKind,
    },
    /// `/people/<id>/` …: one authority record and everything the archive says of it.
    Entity {
        /// The record's kind.
        kind: AuthorityKind,
        /// The record's id.
        id: Id,
    },
    /// `/data/knowledge.json`: every record as data, and where each article's knowledge is.
    KnowledgeJson,
    /// `/data/knowledge/<series>/<slug>.json`: one article's events and mentions.
    ArticleKnowledge {
        /// Index into `archive.entries`.
        index: usize,
    },
    /// `/data/on-this-day/MM-DD.json`: one day's day-precise events, for the front page's
    /// script; every day of the year has one.
    OnThisDay {
        /// 1–12.
        month: u8,
        /// 1–31.
        day: u8,
    },
    /// `/static/<name>`: a theme file.
    Static {
        /// The file's name inside the theme's `static/` folder.
        name: String,
    },
}

/// The rendered site: output path (relative to the site's root, `/`-separated) → bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteFiles(pub BTreeMap<String, Vec<u8>>);

impl SiteFiles {
    /// A file's bytes, by output path (`archieven/victor-serge/index.html`).
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.0.get(path).map(Vec::as_slice)
    }

    /// A file as text, when it is UTF-8.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
