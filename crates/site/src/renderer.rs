//! The site renderer: compiles the theme once, lists the site's pages and renders each one.

use std::collections::BTreeMap;
use std::sync::Arc;

use std::sync::OnceLock;

use kroniek_model::{Archive, Diagnostic, Entry, Id, Position, Severity};
use minijinja::{AutoEscape, Environment, ErrorKind, Output, State, Value, context};
use rayon::prelude::*;

use crate::article_anchors::ArticleAnchors;
use crate::article_page::{ArticleContext, ArticleView};
use crate::data;
use crate::escape;
use crate::feed::{self, FeedSpec};
use crate::i18n::Strings;
use crate::knowledge_data::{article_knowledge_path, days_of_the_year, on_this_day_path};
use crate::knowledge_pages::knowledge_pages;
use crate::markdown;
use crate::sitemap::{self, SitemapUrl};
use crate::view::{Card, FeedLink, LinkView, PageMeta, PaginationView, SeriesView, SiteView, page_count};
use crate::{FragmentCache, KnowledgeIndex, Page, RenderError, SiteFiles, Theme};

/// Templates every theme must have: one per kind of HTML page.
const PAGE_TEMPLATES: [&str; 8] = [
    "front.html",
    "series.html",
    "article.html",
    "404.html",
    "timeline.html",
    "timeline-year.html",
    "entity.html",
    "entities.html",
];

/// Renders an archive's pages with a theme whose templates are compiled once, up front.
///
/// The renderer only reads the archive; it can render any page on its own (for incremental
/// rebuilds while serving) or all of them in parallel.
#[derive(Debug)]
pub struct SiteRenderer<'a> {
    pub(crate) archive: &'a Archive,
    theme: &'a Theme,
    env: Environment<'a>,
    /// The path internal links start with: the base URL's path, ending in `/`.
    base: String,
    pub(crate) strings: &'static Strings,
    /// Events by year and day, mentions by record: gathered once per archive, or handed in
    /// up to date by the caller (`with_knowledge`).
    pub(crate) knowledge: Arc<KnowledgeIndex>,
    /// Each entry's fragment ids, made when first needed.
    anchors: Vec<OnceLock<ArticleAnchors>>,
    /// Every series with its entries (indices into `archive.entries`, newest first): declared
    /// ones in the configuration's order, then any that articles name but the configuration
    /// does not, by id, so that no kicker links to a missing page.
    series: Vec<SeriesInfo<'a>>,
    /// The `site` value every template gets, built once.
    site: Value,
    /// Interface strings as template values: nl, fr, en.
    string_values: [Value; 3],
    /// Per-entry pieces of the archive-wide files kept between renders, when the caller keeps
    /// renderers' work across rebuilds (`serve`).
    fragments: Option<&'a FragmentCache>,
}

#[derive(Debug)]
struct SeriesInfo<'a> {
    id: &'a Id,
    title: &'a str,
    description: Option<&'a str>,
    entries: Vec<usize>,
}

impl<'a> SiteRenderer<'a> {
    /// Compiles the theme's templates for rendering `archive` and gathers its knowledge. A
    /// template that does not compile, or a missing page template, is an error naming
    /// `templates/<name>`.
    pub fn new(archive: &'a Archive, theme: &'a Theme) -> Result<Self, RenderError> {
        Self::with_knowledge(archive, theme, Arc::new(KnowledgeIndex::new(archive)))
    }

    /// As [`new`](Self::new), with the archive's knowledge already gathered: `knowledge` must
    /// be `archive`'s own (made by [`KnowledgeIndex::new`] for it, or brought up to date for it
    /// by [`KnowledgeIndex::updated`]). `serve` keeps it between edits.
    pub fn with_knowledge(
        archive: &'a Archive,
        theme: &'a Theme,
        knowledge: Arc<KnowledgeIndex>,
    ) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        env.set_debug(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_formatter(format_value);
        for (name, source) in theme.templates() {
            env.add_template(name, source).map_err(|e| RenderError::template(&e, theme))?;
        }
        if let Some(missing) = PAGE_TEMPLATES.iter().find(|t| theme.template(t).is_none()) {
            let diagnostic =
                Diagnostic::file(Severity::Error, format!("templates/{missing}"), "template is missing");
            return Err(RenderError::Template(Box::new(diagnostic)));
        }

        let config = &archive.config;
        let mut by_series: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (index, entry) in archive.entries.iter().enumerate() {
            by_series.entry(entry.series.as_str()).or_default().push(index);
        }
        let mut series: Vec<SeriesInfo<'a>> = config
            .series
            .iter()
            .map(|s| SeriesInfo {
                id: &s.id,
                title: &s.title,
                description: s.description.as_deref(),
                entries: by_series.remove(s.id.as_str()).unwrap_or_default(),
            })
            .collect();
        for entries in by_series.into_values() {
            if let Some(entry) = entries.first().and_then(|&i| archive.entries.get(i)) {
                let title = entry.article.series.as_deref().unwrap_or(entry.series.as_str());
                series.push(SeriesInfo { id: &entry.series, title, description: None, entries });
            }
        }

        let mut base = config.base_url.path().to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        let strings = Strings::for_language(config.language.code());
        let string_values = ["nl", "fr", "en"].map(|code| Value::from_serialize(Strings::for_language(code)));
        let mut renderer = SiteRenderer {
            archive,
            theme,
            env,
            base,
            strings,
            series,
            site: Value::UNDEFINED,
            string_values,
            knowledge,
            anchors: archive.entries.iter().map(|_| OnceLock::new()).collect(),
            fragments: None,
        };
        renderer.site = renderer.site_value();
        Ok(renderer)
    }

    /// The archive's knowledge as gathered for this renderer, to keep for the next edit.
    pub fn knowledge(&self) -> &Arc<KnowledgeIndex> {
        &self.knowledge
    }

    /// Keeps per-entry pieces of `data/articles.json` and `sitemap.xml` in `fragments` and
    /// reuses those of unchanged entries (the same shared `Entry`), so that rendering these
    /// files again after an edit costs about one entry's piece. The bytes are the same as
    /// without it.
    pub fn with_fragments(mut self, fragments: &'a FragmentCache) -> Self {
        self.fragments = Some(fragments);
        self
    }

    /// Every page of the site, in a fixed order: front, series pages, articles, feeds,
    /// sitemap, robots.txt, 404, data, static files.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Front];
        for s in &self.series {
            let count = page_count(s.entries.len(), self.per_page());
            pages.extend((1..=count).map(|page| Page::Series { id: s.id.clone(), page }));
        }
        pages.extend((0..self.archive.entries.len()).map(|index| Page::Article { index }));
        pages.extend((0..self.archive.entries.len()).map(|index| Page::ArticleKnowledge { index }));
        pages.extend(knowledge_pages(self.archive, &self.knowledge));
        pages.push(Page::Feed);
        pages.extend(self.series.iter().map(|s| Page::SeriesFeed { id: s.id.clone() }));
        pages.extend([
            Page::Sitemap,
            Page::Robots,
            Page::NotFound,
            Page::Search,
            Page::ArticlesJson,
            Page::KnowledgeJson,
        ]);
        pages.extend(days_of_the_year().map(|(month, day)| Page::OnThisDay { month, day }));
        pages.extend(
            self.theme
                .static_names()
                .filter(|n| is_safe_static_name(n))
                .map(|name| Page::Static { name: name.to_owned() }),
        );
        pages
    }

    /// Every page whose bytes depend on the entry at `index`, on what it says or on where it
    /// stands: its own page, the series page and the front page that list it, the feeds that
    /// carry it, the sitemap and `articles.json` — and what its knowledge shows on: its own
    /// knowledge file, the timeline and the years of its events, the pages (and index pages)
    /// of the records it names and `knowledge.json` (their counts), and the front page and
    /// the "on this day" files of the days its day-precise events fall on.
    ///
    /// This is what makes rebuilds incremental: after an edit, `serve` renders only the pages
    /// named here, by the previous archive and by the new one, for every position whose entry
    /// changed (an entry that moved shifts the ones between its old and new place, so those
    /// positions count as changed too). A page kind that shows an entry must be named here for
    /// that entry, or an edit leaves it stale.
    pub fn pages_for_entry(&self, index: usize) -> Vec<Page> {
        let Some(entry) = self.archive.entries.get(index) else { return Vec::new() };
        let per_page = self.per_page();
        let mut pages = vec![Page::Article { index }, Page::ArticleKnowledge { index }];
        if index < per_page {
            pages.push(Page::Front);
        }
        let series = self.series_info(entry.series.as_str());
        let position = series.and_then(|s| s.entries.binary_search(&index).ok());
        if let (Some(s), Some(position)) = (series, position) {
            pages.push(Page::Series { id: s.id.clone(), page: position / per_page + 1 });
        }
        if index < feed::FEED_LIMIT {
            pages.push(Page::Feed);
        }
        if let (Some(s), Some(position)) = (series, position)
            && position < feed::FEED_LIMIT
        {
            pages.push(Page::SeriesFeed { id: s.id.clone() });
        }
        pages.extend([Page::Sitemap, Page::ArticlesJson]);
        pages.extend(self.knowledge_pages_of(entry));
        let mut seen = std::collections::BTreeSet::new();
        pages.retain(|p| seen.insert(p.clone()));
        pages
    }

    /// Renders one page: its output path (relative to the site's root) and its bytes.
    pub fn render(&self, page: &Page) -> Result<(String, Vec<u8>), RenderError> {
        let config = &self.archive.config;
        match page {
            Page::Timeline => Ok(("timeline/index.html".to_owned(), self.timeline()?)),
            Page::TimelineYear { year } => {
                Ok((format!("timeline/{year}/index.html"), self.timeline_year(*year)?))
            }
            Page::EntityIndex { kind } => {
                Ok((format!("{}/index.html", kind.plural()), self.entity_index(*kind)?))
            }
            Page::Entity { kind, id } => {
                let record = self
                    .archive
                    .authorities
                    .get(*kind, id.as_str())
                    .ok_or_else(|| no_such(format!("/{}/{id}/", kind.plural())))?;
                Ok((output_path(&record.url_path()), self.entity(record)?))
            }
            Page::KnowledgeJson => Ok(("data/knowledge.json".to_owned(), self.knowledge_json()?)),
            Page::ArticleKnowledge { index } => {
                let entry =
                    self.archive.entries.get(*index).ok_or_else(|| no_such(format!("article {index}")))?;
                if !is_safe_segment(&entry.slug) {
                    return Err(RenderError::UnsafeSlug(entry.path.display().to_string()));
                }
                Ok((article_knowledge_path(entry), self.article_knowledge_json(*index)?))
            }
            Page::OnThisDay { month, day } => {
                Ok((on_this_day_path(*month, *day), self.on_this_day_json(*month, *day)?))
            }
            Page::Front => Ok(("index.html".to_owned(), self.front()?)),
            Page::Series { id, page } => {
                let s = self.series_info(id.as_str()).ok_or_else(|| no_such(page_name(id, *page)))?;
                let html = self.series_page(s, *page)?;
                Ok((output_path(&series_page_path(id, *page)), html))
            }
            Page::Article { index } => {
                let entry =
                    self.archive.entries.get(*index).ok_or_else(|| no_such(format!("article {index}")))?;
                if !is_safe_segment(&entry.slug) {
                    return Err(RenderError::UnsafeSlug(entry.path.display().to_string()));
                }
                Ok((output_path(&entry.url_path()), self.article(*index, entry)?))
            }
            Page::Feed => {
                let entries: Vec<&Entry> =
                    self.archive.entries.iter().take(feed::FEED_LIMIT).map(Arc::as_ref).collect();
                let spec = FeedSpec {
                    title: &config.title,
                    subtitle: config.description.as_deref(),
                    self_path: "/feed.xml",
                    alternate_path: "/",
                };
                Ok(("feed.xml".to_owned(), feed::atom(config, &spec, &entries).into_bytes()))
            }
            Page::SeriesFeed { id } => {
                let s = self.series_info(id.as_str()).ok_or_else(|| no_such(format!("/{id}/feed.xml")))?;
                let entries: Vec<&Entry> = s
                    .entries
                    .iter()
                    .take(feed::FEED_LIMIT)
                    .filter_map(|&i| self.archive.entries.get(i))
                    .map(Arc::as_ref)
                    .collect();
                let title = format!("{} — {}", s.title, config.title);
                let self_path = format!("/{id}/feed.xml");
                let alternate_path = format!("/{id}/");
                let spec = FeedSpec {
                    title: &title,
                    subtitle: s.description.or(config.description.as_deref()),
                    self_path: &self_path,
                    alternate_path: &alternate_path,
                };
                Ok((format!("{id}/feed.xml"), feed::atom(config, &spec, &entries).into_bytes()))
            }
            Page::Sitemap => {
                let entries = &self.archive.entries;
                let line = |e: &Entry| Arc::from(sitemap::url_line(config, &entry_url(e)));
                let lines = match self.fragments {
                    Some(fragments) => fragments.sitemap_pieces(config, entries, line),
                    None => entries.iter().map(|e| line(e)).collect(),
                };
                let xml = sitemap::sitemap(config, &self.sitemap_urls(), &lines);
                Ok(("sitemap.xml".to_owned(), xml.into_bytes()))
            }
            Page::Robots => Ok(("robots.txt".to_owned(), sitemap::robots(config).into_bytes())),
            Page::NotFound => {
                let meta = self.meta(self.strings.not_found, None, "/404.html", "website");
                Ok(("404.html".to_owned(), self.template("404.html", context! { page => meta })?))
            }
            Page::Search => {
                let meta = self.meta(self.strings.search.title, None, "/search/", "website");
                Ok((
                    "search/index.html".to_owned(),
                    self.template("search.html", context! { page => meta, current => "search" })?,
                ))
            }
            Page::ArticlesJson => {
                let path = "data/articles.json";
                let bytes = data::articles_json(config, &self.archive.entries, self.fragments)
                    .map_err(|e| RenderError::Data { path: path.to_owned(), message: e.to_string() })?;
                Ok((path.to_owned(), bytes))
            }
            Page::Static { name } => {
                let bytes = self
                    .theme
                    .static_file(name)
                    .filter(|_| is_safe_static_name(name))
                    .ok_or_else(|| no_such(format!("static/{name}")))?;
                Ok((format!("static/{name}"), bytes.to_vec()))
            }
        }
    }

    /// Renders every page, in parallel across cores. On failure, the error of the first
    /// failing page in [`pages`](Self::pages) order, so the same archive always reports the same.
    pub fn render_all(&self) -> Result<SiteFiles, RenderError> {
        let results: Vec<Result<(String, Vec<u8>), RenderError>> =
            self.pages().par_iter().map(|page| self.render(page)).collect();
        let mut files = BTreeMap::new();
        for result in results {
            let (path, bytes) = result?;
            files.insert(path, bytes);
        }
        Ok(SiteFiles(files))
    }

    /// Renders every page in parallel and hands each to `sink` as soon as it is ready, so that a
    /// build writing to disk never holds the whole site in memory. Returns how many files were
    /// made; stops at the first error (of rendering, or of the sink).
    pub fn render_each<E, F>(&self, sink: F) -> Result<usize, E>
    where
        E: From<RenderError> + Send,
        F: Fn(String, Vec<u8>) -> Result<(), E> + Sync,
    {
        let pages = self.pages();
        pages.par_iter().try_for_each(|page| {
            let (path, bytes) = self.render(page)?;
            sink(path, bytes)
        })?;
        Ok(pages.len())
    }

    fn per_page(&self) -> usize {
        self.archive.config.per_page.get()
    }

    fn series_info(&self, id: &str) -> Option<&SeriesInfo<'a>> {
        self.series.iter().find(|s| s.id.as_str() == id)
    }

    /// The fragment ids of an entry's page.
    pub(crate) fn anchors(&self, index: usize) -> Option<&ArticleAnchors> {
        let entry = self.archive.entries.get(index)?;
        Some(self.anchors.get(index)?.get_or_init(|| ArticleAnchors::new(&entry.article, &entry.slug)))
    }

    /// A link to the place `position` points at in entry `index`.
    pub(crate) fn position_link(&self, index: usize, position: &Position) -> String {
        let Some(entry) = self.archive.entries.get(index) else { return self.link("/") };
        let fragment = self.anchors(index).map(|a| a.fragment(&position.passage)).unwrap_or_default();
        format!("{}#{fragment}", self.link(&entry.url_path()))
    }

    /// A site path (`/archieven/`) as a link from any page (`/archief/archieven/` under a sub-path).
    pub(crate) fn link(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }

    pub(crate) fn string_value(&self, strings: &Strings) -> Value {
        let index = match strings.code {
            "nl" => 0,
            "fr" => 1,
            _ => 2,
        };
        self.string_values.get(index).cloned().unwrap_or_default()
    }

    fn site_value(&self) -> Value {
        let config = &self.archive.config;
        let series = self.series.iter().map(|s| self.series_view(s)).collect();
        Value::from_serialize(SiteView {
            title: &config.title,
            description: config
                .description
                .as_deref()
                .map(|d| Value::from_safe_string(markdown::inline_html(d))),
            language: config.language.code(),
            publication: &config.publication,
            base: &self.base,
            url: config.base_url.as_str(),
            series,
        })
    }

    fn series_view<'s>(&self, s: &SeriesInfo<'s>) -> SeriesView<'s> {
        SeriesView {
            id: s.id.as_str(),
            title: s.title,
            description: s.description.map(|d| Value::from_safe_string(markdown::inline_html(d))),
            url: self.link(&format!("/{}/", s.id)),
            feed_url: self.link(&format!("/{}/feed.xml", s.id)),
            count: self.strings.count_articles(s.entries.len()),
        }
    }

    /// Page facts for a page titled `og_title` ("" for the site itself) at a site path.
    pub(crate) fn meta(
        &self,
        og_title: &str,
        description: Option<String>,
        path: &str,
        og_type: &'static str,
    ) -> PageMeta {
        let site = &self.archive.config.title;
        let (title, og_title) = if og_title.is_empty() {
            (site.clone(), site.clone())
        } else {
            (format!("{og_title} — {site}"), og_title.to_owned())
        };
        PageMeta {
            title,
            og_title,
            description,
            canonical: self.archive.config.absolute(path),
            og_type,
            locale: self.strings.locale,
            feed: Some(FeedLink { href: self.link("/feed.xml"), title: site.clone() }),
        }
    }

    /// Renders a template with the values every page gets (`site`, `t`) plus `extra`.
    pub(crate) fn template(&self, name: &str, extra: Value) -> Result<Vec<u8>, RenderError> {
        let template = self.env.get_template(name).map_err(|e| RenderError::template(&e, self.theme))?;
        let ctx = context! { site => self.site.clone(), t => self.string_value(self.strings), ..extra };
        template.render(ctx).map(String::into_bytes).map_err(|e| RenderError::template(&e, self.theme))
    }

    fn card(&self, entry: &Entry) -> Card {
        let kicker = match self.series_info(entry.series.as_str()) {
            Some(s) => LinkView { title: s.title.to_owned(), url: self.link(&format!("/{}/", s.id)) },
            None => {
                LinkView { title: entry.series.to_string(), url: self.link(&format!("/{}/", entry.series)) }
            }
        };
        Card::new(entry, self.link(&entry.url_path()), kicker)
    }

    fn front(&self) -> Result<Vec<u8>, RenderError> {
        let config = &self.archive.config;
        let articles: Vec<Card> =
            self.archive.entries.iter().take(self.per_page()).map(|e| self.card(e)).collect();
        let description =
            config.description.as_deref().map(|d| markdown::truncate_words(&markdown::plain_text(d), 200));
        let meta = self.meta("", description, "/", "website");
        let on_this_day = self.on_this_day();
        self.template(
            "front.html",
            context! {
                page => meta, articles => articles, on_this_day => on_this_day,
                on_this_day_json => self.link("/data/on-this-day/"),
                timeline_url => self.link("/timeline/"), current => "front", current_page => true,
            },
        )
    }

    fn series_page(&self, s: &SeriesInfo<'_>, page: usize) -> Result<Vec<u8>, RenderError> {
        let per_page = self.per_page();
        let pages = page_count(s.entries.len(), per_page);
        if page == 0 || page > pages {
            return Err(no_such(page_name(s.id, page)));
        }
        let articles: Vec<Card> = s
            .entries
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .filter_map(|&i| self.archive.entries.get(i))
            .map(|e| self.card(e))
            .collect();
        let pagination = PaginationView {
            page,
            pages,
            label: self.strings.page_of(page, pages),
            prev: (page > 1).then(|| self.link(&series_page_path(s.id, page - 1))),
            next: (page < pages).then(|| self.link(&series_page_path(s.id, page + 1))),
        };
        let title =
            if page == 1 { s.title.to_owned() } else { format!("{} ({})", s.title, pagination.label) };
        let description = s.description.map(|d| markdown::truncate_words(&markdown::plain_text(d), 200));
        let mut meta = self.meta(&title, description, &series_page_path(s.id, page), "website");
        meta.feed =
            Some(FeedLink { href: self.link(&format!("/{}/feed.xml", s.id)), title: s.title.to_owned() });
        let series = self.series_view(s);
        self.template(
            "series.html",
            context! {
                page => meta, series => series, articles => articles, pagination => pagination,
                current => s.id.as_str(), current_page => page == 1,
            },
        )
    }

    fn article(&self, index: usize, entry: &Entry) -> Result<Vec<u8>, RenderError> {
        let config = &self.archive.config;
        let (series_title, series_url) = match self.series_info(entry.series.as_str()) {
            Some(s) => (s.title, self.link(&format!("/{}/", s.id))),
            None => (entry.series.as_str(), self.link(&format!("/{}/", entry.series))),
        };
        let description = feed::summary(entry).map(|s| markdown::truncate_words(&s, 200));
        let article_strings = Strings::for_language(entry.article.language.code());
        let view = ArticleView::new(
            entry,
            ArticleContext {
                config,
                series_title,
                series_url,
                site_strings: self.strings,
                strings_value: self.string_value(article_strings),
                description: description.as_deref(),
                mentions: self.mention_plan(entry),
                knowledge: self.article_knowledge(index, article_strings),
            },
        );
        let title = markdown::plain_text(&entry.article.title);
        let mut meta = self.meta(&title, description, &entry.url_path(), "article");
        meta.locale = article_strings.locale;
        self.template(
            "article.html",
            context! { page => meta, article => view, current => entry.series.as_str(), current_page => false },
        )
    }

    /// The sitemap's URLs other than the articles' (those come from [`entry_url`]).
    fn sitemap_urls(&self) -> Vec<SitemapUrl> {
        let entries = &self.archive.entries;
        let lastmod =
            |indices: &mut dyn Iterator<Item = &Entry>| feed::newest(indices).map(crate::date::first_day);
        let mut urls =
            vec![SitemapUrl { path: "/".to_owned(), lastmod: lastmod(&mut entries.iter().map(Arc::as_ref)) }];
        for s in &self.series {
            let per_page = self.per_page();
            for page in 1..=page_count(s.entries.len(), per_page) {
                let mut on_page = s
                    .entries
                    .iter()
                    .skip((page - 1) * per_page)
                    .take(per_page)
                    .filter_map(|&i| entries.get(i))
                    .map(Arc::as_ref);
                urls.push(SitemapUrl { path: series_page_path(s.id, page), lastmod: lastmod(&mut on_page) });
            }
        }
        urls.extend(self.knowledge_sitemap_urls());
        urls
    }
}

/// An article's URL in the sitemap.
fn entry_url(entry: &Entry) -> SitemapUrl {
    SitemapUrl {
        path: entry.url_path(),
        lastmod: entry.article.published.as_ref().map(crate::date::first_day),
    }
}

/// Writes a template value, escaping plain strings with [`escape::push_html`] in HTML templates.
fn format_value(out: &mut Output<'_>, state: &State<'_, '_>, value: &Value) -> Result<(), minijinja::Error> {
    match value.as_str() {
        Some(text) if !value.is_safe() && state.auto_escape() == AutoEscape::Html => {
            escape::write_html(out, text)
                .map_err(|e| minijinja::Error::new(ErrorKind::WriteFailure, e.to_string()))
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// `/<series>/` for page 1, `/<series>/page/<n>/` after.
fn series_page_path(id: &Id, page: usize) -> String {
    if page <= 1 { format!("/{id}/") } else { format!("/{id}/page/{page}/") }
}

/// The file that serves a site path: `/a/b/` → `a/b/index.html`.
pub(crate) fn output_path(site_path: &str) -> String {
    format!("{}index.html", site_path.trim_start_matches('/'))
}

fn page_name(id: &Id, page: usize) -> String {
    format!("page {page} of series `{id}`")
}

pub(crate) fn no_such(what: impl Into<String>) -> RenderError {
    RenderError::NoSuchPage(what.into())
}

/// A slug that is one URL segment and one file name, and safe inside an HTML attribute.
fn is_safe_segment(slug: &str) -> bool {
    !slug.is_empty()
        && slug != "."
        && slug != ".."
        && !slug.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '/' | '\\' | '"' | '\'' | '<' | '>' | '&' | '#' | '?' | '%')
        })
}

/// A static file name that stays inside `static/`: relative, `/`-separated, no `..`.
fn is_safe_static_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && name.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}
