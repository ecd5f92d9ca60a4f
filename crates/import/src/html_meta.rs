//! What a saved page says about its article outside the text: headline, kicker, byline,
//! date, publication and language, from meta tags and the usual page elements.

use dom_query::{Document, Selection};
use kroniek_model::{Edtf, EdtfDate, Language};

/// The metadata found in a page, before it is reconciled with the content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PageMetadata {
    pub(crate) title: Option<String>,
    /// The `<title>` element, a last resort for the headline.
    pub(crate) document_title: Option<String>,
    pub(crate) kicker: Option<String>,
    pub(crate) subtitle: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<Edtf>,
    pub(crate) publication: Option<String>,
    pub(crate) language: Option<Language>,
}

const KICKER_SELECTORS: &str = ".kicker, .field-kicker, .overline, .eyebrow, .surtitre, .rubriek, .reeks, \
    .series, .article-series, .section-label, .post-category, .entry-category";
const BREADCRUMB_SELECTORS: &str = "nav.breadcrumb, .breadcrumb, .breadcrumbs, [aria-label=breadcrumb], [aria-label=Breadcrumb], #breadcrumb";
const SUBTITLE_SELECTORS: &str = ".subtitle, .sub-title, .subtitel, .field-subtitle, .standfirst, .sous-titre, \
    .article-subtitle, hgroup p, hgroup h2";
const BYLINE_SELECTORS: &str =
    "[rel=author], [itemprop=author], .byline, .author, .auteur, .field-author, .username";

/// Reads the metadata of a parsed page.
pub(crate) fn read(doc: &Document) -> PageMetadata {
    let h1s = doc.select("body h1");
    let h1 = (h1s.length() == 1).then(|| clean(&h1s.text())).flatten();
    let title = h1.or_else(|| meta(doc, "meta[property='og:title'], meta[name='twitter:title']"));
    let authors = meta(doc, "meta[name=author], meta[property='article:author']")
        .filter(|a| !a.starts_with("http"))
        .map(|a| vec![a])
        .unwrap_or_else(|| byline_authors(&doc.select(BYLINE_SELECTORS)));
    PageMetadata {
        title,
        document_title: clean(&doc.select("head title").text()),
        kicker: first_text(&doc.select(KICKER_SELECTORS)).or_else(|| breadcrumb(doc)),
        subtitle: first_text(&doc.select(SUBTITLE_SELECTORS)),
        authors,
        published: meta(doc, "meta[property='article:published_time'], meta[name=date], meta[name='dc.date'], meta[itemprop=datePublished]")
            .or_else(|| doc.select("time[datetime]").iter().next().and_then(|t| t.attr("datetime").map(|d| d.to_string())))
            .and_then(|d| parse_date(&d)),
        publication: meta(doc, "meta[property='og:site_name'], meta[name='application-name']"),
        language: doc
            .select("html[lang]")
            .attr("lang")
            .and_then(|l| l.split(['-', '_']).next().map(str::to_ascii_lowercase))
            .and_then(|l| Language::new(&l).ok()),
    }
}

fn meta(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).iter().find_map(|m| m.attr("content").and_then(|c| clean(&c)))
}

fn first_text(selection: &Selection<'_>) -> Option<String> {
    selection.iter().find_map(|s| clean(&s.text()))
}

/// The last crumb that is not the home page: the section the article sits in.
fn breadcrumb(doc: &Document) -> Option<String> {
    let trail = doc.select(BREADCRUMB_SELECTORS);
    let crumbs: Vec<String> = trail.select("a").iter().filter_map(|a| clean(&a.text())).collect();
    crumbs.into_iter().rev().find(|c| {
        !["home", "start", "accueil", "voorpagina", "homepage"].contains(&c.to_lowercase().as_str())
    })
}

fn byline_authors(selection: &Selection<'_>) -> Vec<String> {
    for node in selection.iter() {
        let text = node.text();
        if let Some(names) = crate::byline::parse(&text) {
            return names;
        }
        if let Some(name) =
            clean(&text).filter(|t| t.split_whitespace().count() <= 5 && !t.contains(['·', '|', ':']))
        {
            return vec![name];
        }
    }
    Vec::new()
}

/// The date part of an ISO 8601 timestamp: `2022-05-01T08:00:00+02:00` → `2022-05-01`.
pub(crate) fn parse_date(text: &str) -> Option<Edtf> {
    let date = text.trim().split(['T', ' ']).next()?;
    let parts: Vec<&str> = date.split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = i32::try_from(number(0)?).ok().filter(|_| parts.first().is_some_and(|y| y.len() == 4))?;
    let date =
        match (number(1).and_then(|m| u8::try_from(m).ok()), number(2).and_then(|d| u8::try_from(d).ok())) {
            (Some(m), Some(d)) => EdtfDate::ymd(year, m, d).ok()?,
            (Some(m), None) => EdtfDate::ym(year, m).ok()?,
            _ => EdtfDate::year(year),
        };
    Some(Edtf::Date(date))
}

fn clean(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_tags_and_page_elements() {
        let doc = Document::from(
            "<html lang='fr-BE'><head><title>X - Site</title><meta property='og:site_name' content='Le Site'>\
             <meta property='article:published_time' content='2019-03-18T10:00:00Z'></head><body>\
             <nav class='breadcrumb'><a href='/'>Accueil</a> › <a href='/p'>Portraits</a></nav>\
             <h1> Louise  Michel </h1><p class='byline'>par Marc Dubois</p></body></html>",
        );
        let m = read(&doc);
        assert_eq!(m.title.as_deref(), Some("Louise Michel"));
        assert_eq!(m.kicker.as_deref(), Some("Portraits"));
        assert_eq!(m.authors, ["Marc Dubois"]);
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2019-03-18"));
        assert_eq!(m.publication.as_deref(), Some("Le Site"));
        assert_eq!(m.language.as_ref().map(Language::code), Some("fr"));
        assert_eq!(m.document_title.as_deref(), Some("X - Site"));
    }

    #[test]
    fn dates_of_every_precision_and_garbage() {
        assert_eq!(parse_date("2020-08-14").map(|d| d.to_string()).as_deref(), Some("2020-08-14"));
        assert_eq!(parse_date("2020-08").map(|d| d.to_string()).as_deref(), Some("2020-08"));
        assert_eq!(parse_date("1932").map(|d| d.to_string()).as_deref(), Some("1932"));
        assert_eq!(parse_date("2020-02-31"), None);
        assert_eq!(parse_date("gisteren"), None);
    }
}
