//! `data/articles.json`: every article as data, for researchers and other tools.
//!
//! One object per article, newest first: where it lives on the site and what the front matter
//! says (`url`, `series`, `slug`, `title`, `subtitle`, `authors`, `language`, `published`,
//! `summary`, `subjects`), then the article's `series_title`, `publication` and `works`. The
//! body is left out on purpose: it is on the article's page (and, whole, in `kroniek extract
//! --json` and the server's API), and carrying every body made this one file a third of a
//! 10,000-article site.

use kroniek_model::{Article, Edtf, Entry, Id, Language, Work};
use serde::Serialize;

/// One article in `articles.json`.
#[derive(Debug, Serialize)]
struct ArticleRecord<'a> {
    url: String,
    series: &'a Id,
    slug: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    authors: &'a [String],
    language: &'a Language,
    published: Option<&'a Edtf>,
    summary: Option<&'a str>,
    subjects: &'a [Id],
    series_title: Option<&'a str>,
    publication: Option<&'a str>,
    works: &'a [Work],
}

impl<'a> ArticleRecord<'a> {
    fn new(entry: &'a Entry) -> Self {
        let a: &'a Article = &entry.article;
        Self {
            url: entry.url_path(),
            series: &entry.series,
            slug: &entry.slug,
            title: &a.title,
            subtitle: a.subtitle.as_deref(),
            authors: &a.authors,
            language: &a.language,
            published: a.published.as_ref(),
            summary: entry.summary.as_deref(),
            subjects: &entry.subjects,
            series_title: a.series.as_deref(),
            publication: a.publication.as_deref(),
            works: &a.works,
        }
    }
}

/// The JSON array of every entry, in the archive's order.
pub(crate) fn articles_json(entries: &[Entry]) -> Result<Vec<u8>, serde_json::Error> {
    let records: Vec<ArticleRecord<'_>> = entries.iter().map(ArticleRecord::new).collect();
    let mut out = Vec::with_capacity(entries.len() * 768);
    serde_json::to_writer(&mut out, &records)?;
    out.push(b'\n');
    Ok(out)
}
