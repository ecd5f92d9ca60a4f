//! The view of one article page: everything `article.html` shows.

use kroniek_model::{Entry, SiteConfig};
use minijinja::Value;
use serde::Serialize;

use crate::body::{self, OutlineItem, WorkGroup};
use crate::footnote::NoteView;
use crate::i18n::{Strings, fill};
use crate::jsonld;
use crate::knowledge_pages::ArticleKnowledge;
use crate::markdown;
use crate::mention_links::MentionPlan;
use crate::share::{self, ShareLink};
use crate::view::{DateView, LinkView};

/// An article as `article.html` sees it (`article`).
#[derive(Debug, Serialize)]
pub(crate) struct ArticleView<'a> {
    /// The article's language code (`<article lang>`).
    lang: &'a str,
    /// Interface strings in the article's language.
    t: Value,
    /// The page's absolute URL.
    canonical: String,
    /// What ids on the page start with (the slug): `<prefix>-notes`, `<prefix>-works`.
    id_prefix: &'a str,
    /// The series, as a link.
    kicker: LinkView,
    /// The title as HTML.
    title: Value,
    /// The subtitle as HTML.
    subtitle: Option<Value>,
    /// "door A en B".
    byline: Option<String>,
    /// The publication date.
    date: Option<DateView>,
    /// "7 min. leestijd".
    reading_time: String,
    /// The body as HTML.
    body: Value,
    /// Section headings, for a table of contents.
    outline: Vec<OutlineItem>,
    /// The notes.
    notes: Vec<NoteView>,
    /// Works not already listed in the body, by group.
    works: Vec<WorkGroup>,
    /// A suggested citation.
    citation: String,
    /// schema.org JSON-LD, ready for a `<script>` element.
    jsonld: Value,
    /// Share links.
    share: Vec<ShareLink>,
    /// Events and named entities, when the article has any.
    knowledge: Option<ArticleKnowledge>,
}

/// What the article page needs from the renderer besides the entry.
#[derive(Debug)]
pub(crate) struct ArticleContext<'r> {
    /// The configuration.
    pub(crate) config: &'r SiteConfig,
    /// The series title.
    pub(crate) series_title: &'r str,
    /// The series page's link.
    pub(crate) series_url: String,
    /// Strings of the site's language (share links sit outside the article).
    pub(crate) site_strings: &'static Strings,
    /// The article's strings as a template value.
    pub(crate) strings_value: Value,
    /// The meta description.
    pub(crate) description: Option<&'r str>,
    /// The mentions whose first occurrence links to an entity page.
    pub(crate) mentions: MentionPlan,
    /// The article's events and entities, for the sidebar and the timeline picture.
    pub(crate) knowledge: Option<ArticleKnowledge>,
}

impl<'a> ArticleView<'a> {
    /// The view of `entry`.
    pub(crate) fn new(entry: &'a Entry, cx: ArticleContext<'_>) -> Self {
        let a = &entry.article;
        let strings = Strings::for_language(a.language.code());
        let body = body::render(a, &entry.slug, strings, &cx.mentions);
        let canonical = cx.config.absolute(&entry.url_path());
        let title_text = markdown::plain_text(&a.title);
        let date = a.published.as_ref().map(|d| DateView::new(d, strings));
        // About 220 words a minute, never "0 minutes".
        let words = body::word_count(a);
        let minutes = words.div_ceil(220).max(1);
        let citation = citation(entry, &title_text, date.as_ref(), &canonical, cx.config, strings);
        ArticleView {
            lang: a.language.code(),
            t: cx.strings_value,
            kicker: LinkView { title: cx.series_title.to_owned(), url: cx.series_url },
            title: Value::from_safe_string(markdown::inline_html(&a.title)),
            subtitle: a.subtitle.as_deref().map(|s| Value::from_safe_string(markdown::inline_html(s))),
            byline: strings.byline(&a.authors),
            date,
            reading_time: fill(strings.reading_time, &minutes.to_string()),
            body: Value::from_safe_string(body.html),
            outline: body.outline,
            notes: body.notes,
            id_prefix: &entry.slug,
            works: body.works,
            citation,
            jsonld: Value::from_safe_string(jsonld::article(
                entry,
                cx.config,
                cx.series_title,
                cx.description,
                words,
            )),
            share: share::links(&title_text, &canonical, cx.site_strings.share_by_email),
            canonical,
            knowledge: cx.knowledge,
        }
    }
}

/// "A en B, “Titel”, Publicatie, 30 december 1890, https://…".
fn citation(
    entry: &Entry,
    title: &str,
    date: Option<&DateView>,
    url: &str,
    config: &SiteConfig,
    strings: &Strings,
) -> String {
    let (open, close) = if strings.code == "fr" { ("« ", " »") } else { ("“", "”") };
    let mut parts = Vec::with_capacity(5);
    if !entry.article.authors.is_empty() {
        parts.push(strings.join_names(&entry.article.authors));
    }
    parts.push(format!("{open}{title}{close}"));
    parts.push(entry.article.publication.clone().unwrap_or_else(|| config.publication.clone()));
    if let Some(date) = date {
        parts.push(date.human.clone());
    }
    parts.push(url.to_owned());
    parts.join(", ")
}
