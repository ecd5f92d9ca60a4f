//! `sitemap.xml` (sitemaps.org 0.9) and the `robots.txt` that points at it.

use std::fmt::Write;
use std::sync::Arc;

use kroniek_model::SiteConfig;

use crate::escape::xml;

/// One URL of the sitemap: a site path and, when known, its last change as `YYYY-MM-DD`.
#[derive(Debug)]
pub(crate) struct SitemapUrl {
    /// The page's site path (`/archieven/victor-serge/`).
    pub(crate) path: String,
    /// The publication date of what the page shows.
    pub(crate) lastmod: Option<String>,
}

/// The sitemap of `urls` then the ready-made lines of `lines` (see [`url_line`]), in the
/// order given.
pub(crate) fn sitemap(config: &SiteConfig, urls: &[SitemapUrl], lines: &[Arc<str>]) -> String {
    let mut out =
        String::with_capacity(256 + urls.len() * 120 + lines.iter().map(|l| l.len()).sum::<usize>());
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for url in urls {
        out.push_str(&url_line(config, url));
    }
    for line in lines {
        out.push_str(line);
    }
    out.push_str("</urlset>\n");
    out
}

/// One `<url>` element, on a line of its own.
pub(crate) fn url_line(config: &SiteConfig, url: &SitemapUrl) -> String {
    let mut out = format!("  <url><loc>{}</loc>", xml(&config.absolute(&url.path)));
    if let Some(lastmod) = &url.lastmod {
        let _ = write!(out, "<lastmod>{lastmod}</lastmod>");
    }
    out.push_str("</url>\n");
    out
}

/// `robots.txt`: everything may be crawled; the sitemap says what there is.
pub(crate) fn robots(config: &SiteConfig) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", config.absolute("/sitemap.xml"))
}
