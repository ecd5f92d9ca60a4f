//! Atom feeds (RFC 4287): the whole site's and each series'.
//!
//! Dates come from the articles' `published` dates, never the clock: the feed's `updated` is
//! its newest article's date, so the same archive always gives the same bytes.

use std::fmt::Write;

use kroniek_model::{Edtf, Entry, SiteConfig};

use crate::body;
use crate::date;
use crate::escape::{push_xml, xml};
use crate::i18n::Strings;
use crate::markdown;

/// How many articles a feed carries: readers poll for what is new, not for the archive.
pub(crate) const FEED_LIMIT: usize = 20;

/// What a feed is about.
#[derive(Debug)]
pub(crate) struct FeedSpec<'a> {
    /// The feed's title.
    pub(crate) title: &'a str,
    /// One line under it.
    pub(crate) subtitle: Option<&'a str>,
    /// The feed's own site path (`/feed.xml`).
    pub(crate) self_path: &'a str,
    /// The page it belongs to (`/`).
    pub(crate) alternate_path: &'a str,
}

/// The Atom document for `entries` (newest first; only the first [`FEED_LIMIT`] are used).
pub(crate) fn atom(config: &SiteConfig, spec: &FeedSpec<'_>, entries: &[&Entry]) -> String {
    let entries = &entries[..entries.len().min(FEED_LIMIT)];
    // Atom requires `updated`; with no dated article at all, the epoch keeps it deterministic.
    let newest = entries.iter().filter_map(|e| e.article.published.as_ref()).max();
    let updated = newest.map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), date::rfc3339);
    let mut out = String::with_capacity(4096 + entries.len() * 16_384);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\" xml:base=\"{}\">",
        xml(config.language.code()),
        xml(config.base_url.as_str())
    );
    element(&mut out, "  ", "id", &config.absolute(spec.self_path));
    element(&mut out, "  ", "title", spec.title);
    if let Some(subtitle) = spec.subtitle {
        element(&mut out, "  ", "subtitle", subtitle);
    }
    element(&mut out, "  ", "updated", &updated);
    link(&mut out, "  ", "self", "application/atom+xml", &config.absolute(spec.self_path));
    link(&mut out, "  ", "alternate", "text/html", &config.absolute(spec.alternate_path));
    out.push_str("  <author>\n");
    element(&mut out, "    ", "name", &config.publication);
    out.push_str("  </author>\n");
    out.push_str("  <generator>kroniek</generator>\n");
    for entry in entries {
        push_entry(&mut out, config, entry, &updated);
    }
    out.push_str("</feed>\n");
    out
}

fn push_entry(out: &mut String, config: &SiteConfig, entry: &Entry, feed_updated: &str) {
    let a = &entry.article;
    let url = config.absolute(&entry.url_path());
    let published = a.published.as_ref().map(date::rfc3339);
    // An entry in another language than the feed says so, for readers that hyphenate or speak.
    if a.language == config.language {
        out.push_str("  <entry>\n");
    } else {
        let _ = writeln!(out, "  <entry xml:lang=\"{}\">", xml(a.language.code()));
    }
    element(out, "    ", "id", &url);
    element(out, "    ", "title", &markdown::plain_text(&a.title));
    link(out, "    ", "alternate", "text/html", &url);
    if let Some(published) = &published {
        element(out, "    ", "published", published);
    }
    // An undated article is as new as the feed: Atom wants a date on every entry.
    element(out, "    ", "updated", published.as_deref().unwrap_or(feed_updated));
    for name in &a.authors {
        out.push_str("    <author>\n");
        element(out, "      ", "name", name);
        out.push_str("    </author>\n");
    }
    let _ = writeln!(out, "    <category term=\"{}\"/>", xml(entry.series.as_str()));
    if let Some(summary) = summary(entry) {
        element(out, "    ", "summary", &summary);
    }
    out.push_str("    <content type=\"html\">");
    push_xml(out, &content_html(entry));
    out.push_str("</content>\n  </entry>\n");
}

/// The entry's summary: the given one, else the start of the lead.
pub(crate) fn summary(entry: &Entry) -> Option<String> {
    match &entry.summary {
        Some(summary) => Some(markdown::plain_text(summary)),
        None => entry.article.lead().map(|lead| markdown::truncate_words(&markdown::plain_text(lead), 300)),
    }
}

/// The article as a feed reader shows it: subtitle, body, notes and works.
fn content_html(entry: &Entry) -> String {
    let a = &entry.article;
    let strings = Strings::for_language(a.language.code());
    let body = body::render(a, &entry.slug, strings, &crate::mention_links::MentionPlan::new());
    let mut html = String::with_capacity(body.html.len() + 1024);
    if let Some(subtitle) = &a.subtitle {
        let _ = writeln!(html, "<p><em>{}</em></p>", markdown::inline_html(subtitle));
    }
    html.push_str(&body.html);
    if !body.notes.is_empty() {
        let _ = writeln!(html, "<h2>{}</h2>\n<ol>", strings.footnotes);
        for note in &body.notes {
            let _ = write!(html, "<li id=\"{}\">{}", note.id, note.html.as_str().unwrap_or(""));
            for back in &note.backrefs {
                let _ = write!(html, " <a href=\"{}\">↩{}</a>", back.href, back.letter);
            }
            html.push_str("</li>\n");
        }
        html.push_str("</ol>\n");
    }
    if !body.works.is_empty() {
        let _ = writeln!(html, "<h2>{}</h2>", strings.works);
        for group in &body.works {
            if let Some(label) = &group.label {
                let _ = writeln!(html, "<p>{}</p>", crate::escape::html(label));
            }
            html.push_str("<ul>\n");
            for item in &group.items {
                let _ = write!(html, "<li><cite>{}</cite>", crate::escape::html(&item.title));
                if let Some(date) = &item.date {
                    let _ = write!(html, " ({date})");
                }
                html.push_str("</li>\n");
            }
            html.push_str("</ul>\n");
        }
    }
    html
}

fn element(out: &mut String, indent: &str, name: &str, text: &str) {
    let _ = write!(out, "{indent}<{name}>");
    push_xml(out, text);
    let _ = writeln!(out, "</{name}>");
}

fn link(out: &mut String, indent: &str, rel: &str, kind: &str, href: &str) {
    let _ = writeln!(out, "{indent}<link rel=\"{rel}\" type=\"{kind}\" href=\"{}\"/>", xml(href));
}

/// The newest publication date among entries (for `updated`), exposed for the sitemap.
pub(crate) fn newest<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Option<&'a Edtf> {
    entries.into_iter().filter_map(|e| e.article.published.as_ref()).max()
}
