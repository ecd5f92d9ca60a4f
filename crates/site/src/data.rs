//! `data/articles.json`: every article as data, for researchers and other tools.
//!
//! One object per article, newest first: where it lives on the site and what the front matter
//! says (`url`, `series`, `slug`, `title`, `subtitle`, `authors`, `language`, `published`,
//! `summary`, `subjects`), then the rest of the article model (`series_title`, `publication`,
//! `sections`, `footnotes`, `works`) in the shape `kroniek extract --json` prints.

use kroniek_model::{Article, Edtf, Entry, Footnote, Id, Language, Section, Work};
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
    sections: &'a [Section],
    footnotes: &'a [Footnote],
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
            sections: &a.sections,
            footnotes: &a.footnotes,
            works: &a.works,
        }
    }
}

/// The JSON array of every entry, in the archive's order.
pub(crate) fn articles_json(entries: &[Entry]) -> Result<Vec<u8>, serde_json::Error> {
    let records: Vec<ArticleRecord<'_>> = entries.iter().map(ArticleRecord::new).collect();
    let mut out =
        Vec::with_capacity(entries.iter().map(|e| crate::body::text_len(&e.article) * 3 / 2 + 512).sum());
    serde_json::to_writer(&mut out, &records)?;
    out.push(b'\n');
    Ok(out)
}
