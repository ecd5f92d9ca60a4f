//! `data/articles.json`: every article as data, for researchers and other tools.
//!
//! One object per article, newest first: where it lives on the site and what the front matter
//! says (`url`, `series`, `slug`, `title`, `subtitle`, `authors`, `language`, `published`,
//! `summary`, `subjects`), then the article's `series_title`, `publication` and `works`. The
//! body is left out on purpose: it is on the article's page (and, whole, in `kroniek extract
//! --json` and the server's API), and carrying every body made this one file a third of a
//! 10,000-article site.

use std::sync::Arc;

use kroniek_model::{Article, Edtf, Entry, Id, Language, SiteConfig, Work};
use serde::Serialize;

use crate::FragmentCache;

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

/// The JSON array of every entry, in the archive's order: each entry's record (kept in
/// `fragments` between renders, when given) joined as serde_json writes an array.
pub(crate) fn articles_json(
    config: &SiteConfig,
    entries: &[Arc<Entry>],
    fragments: Option<&FragmentCache>,
) -> Result<Vec<u8>, serde_json::Error> {
    let records = match fragments {
        Some(fragments) => fragments.json_pieces(config, entries, record_json)?,
        None => entries.iter().map(|e| record_json(e)).collect::<Result<Vec<_>, _>>()?,
    };
    let mut out = Vec::with_capacity(records.iter().map(|r| r.len() + 1).sum::<usize>() + 3);
    out.push(b'[');
    for (index, record) in records.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        out.extend_from_slice(record);
    }
    out.extend_from_slice(b"]\n");
    Ok(out)
}

/// One entry's record, as compact JSON.
fn record_json(entry: &Entry) -> Result<Arc<[u8]>, serde_json::Error> {
    serde_json::to_vec(&ArticleRecord::new(entry)).map(Arc::from)
}
