//! What templates see: the serialisable views of the site, a page, an article card, a series
//! and its pagination. Every field is documented in the theme's README-like comments in
//! `theme/templates/base.html`.

use kroniek_model::{Edtf, Entry};
use minijinja::Value;
use serde::Serialize;

use crate::date;
use crate::i18n::Strings;
use crate::markdown;

/// The site as every template sees it (`site`).
#[derive(Debug, Serialize)]
pub(crate) struct SiteView<'a> {
    /// The site's name.
    pub(crate) title: &'a str,
    /// The "about" text as HTML.
    pub(crate) description: Option<Value>,
    /// The site's language code (`<html lang>`).
    pub(crate) language: &'a str,
    /// The publisher's name.
    pub(crate) publication: &'a str,
    /// The path every internal link starts with (`/`, or `/archief/` under a sub-path).
    pub(crate) base: &'a str,
    /// The absolute base URL.
    pub(crate) url: &'a str,
    /// Every series, in the configuration's order.
    pub(crate) series: Vec<SeriesView<'a>>,
}

/// A series (`series`, and each of `site.series`).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SeriesView<'a> {
    /// Its id.
    pub(crate) id: &'a str,
    /// Its title.
    pub(crate) title: &'a str,
    /// Its description as HTML.
    pub(crate) description: Option<Value>,
    /// Link to its first page.
    pub(crate) url: String,
    /// Link to its feed.
    pub(crate) feed_url: String,
    /// "12 artikelen".
    pub(crate) count: String,
}

/// Facts about the page being rendered (`page`).
#[derive(Debug, Serialize)]
pub(crate) struct PageMeta {
    /// The `<title>`.
    pub(crate) title: String,
    /// The page's own title, without the site's name (OpenGraph).
    pub(crate) og_title: String,
    /// The meta description.
    pub(crate) description: Option<String>,
    /// The absolute canonical URL.
    pub(crate) canonical: String,
    /// `website` or `article` (OpenGraph).
    pub(crate) og_type: &'static str,
    /// OpenGraph locale of the page's content (`nl_BE`).
    pub(crate) locale: &'static str,
    /// The feed to advertise in `<link rel="alternate">`.
    pub(crate) feed: Option<FeedLink>,
}

/// A feed link.
#[derive(Debug, Serialize)]
pub(crate) struct FeedLink {
    /// Its site path, with the base.
    pub(crate) href: String,
    /// Its title.
    pub(crate) title: String,
}

/// A date as the templates show it: words and `<time datetime>`.
#[derive(Debug, Serialize)]
pub(crate) struct DateView {
    /// "30 december 1890".
    pub(crate) human: String,
    /// `1890-12-30`, when it fits ISO 8601.
    pub(crate) machine: Option<String>,
}

impl DateView {
    pub(crate) fn new(date: &Edtf, strings: &Strings) -> Self {
        Self { human: date::human(date, strings), machine: date::machine(date) }
    }
}

/// A link with a label (the kicker's series, pagination).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LinkView {
    /// The words.
    pub(crate) title: String,
    /// Where it goes.
    pub(crate) url: String,
}

/// An article in a list (front page, series pages).
#[derive(Debug, Serialize)]
pub(crate) struct Card {
    /// Link to the article.
    pub(crate) url: String,
    /// The article's language.
    pub(crate) lang: String,
    /// Its series.
    pub(crate) kicker: LinkView,
    /// The title as HTML.
    pub(crate) title: Value,
    /// The subtitle as HTML.
    pub(crate) subtitle: Option<Value>,
    /// The summary (or the lead's start) as HTML.
    pub(crate) summary: Option<Value>,
    /// "door A en B".
    pub(crate) byline: Option<String>,
    /// The publication date.
    pub(crate) date: Option<DateView>,
    /// "Lees verder" in the article's language.
    pub(crate) read_more: &'static str,
}

impl Card {
    /// The card of `entry`; `url` and `kicker` are site links built by the renderer.
    pub(crate) fn new(entry: &Entry, url: String, kicker: LinkView) -> Self {
        let a = &entry.article;
        let strings = Strings::for_language(a.language.code());
        let summary = match &entry.summary {
            Some(summary) => Some(markdown::inline_html(summary)),
            None => a
                .lead()
                .map(|lead| crate::escape::html(&markdown::truncate_words(&markdown::plain_text(lead), 280))),
        };
        Card {
            url,
            lang: a.language.code().to_owned(),
            kicker,
            title: Value::from_safe_string(markdown::inline_html(&a.title)),
            subtitle: a.subtitle.as_deref().map(|s| Value::from_safe_string(markdown::inline_html(s))),
            summary: summary.map(Value::from_safe_string),
            byline: strings.byline(&a.authors),
            date: a.published.as_ref().map(|d| DateView::new(d, strings)),
            read_more: strings.read_more,
        }
    }
}

/// Where a series page sits among its siblings (`pagination`).
#[derive(Debug, Serialize)]
pub(crate) struct PaginationView {
    /// This page's number, from 1.
    pub(crate) page: usize,
    /// How many pages there are.
    pub(crate) pages: usize,
    /// "Pagina 2 van 5".
    pub(crate) label: String,
    /// Link to the previous page.
    pub(crate) prev: Option<String>,
    /// Link to the next page.
    pub(crate) next: Option<String>,
}

/// How many pages `count` articles fill at `per_page` a page (at least one, even when empty).
pub(crate) fn page_count(count: usize, per_page: usize) -> usize {
    count.div_ceil(per_page.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_up_and_an_empty_series_has_one() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
        assert_eq!(page_count(100, 20), 5);
        assert_eq!(page_count(5, 0), 5, "a zero page size cannot divide by zero");
    }
}
