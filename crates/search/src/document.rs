//! What an archive entry becomes for search: plain text by part, the names it answers to and
//! the ids and values it can be filtered and counted by. Both the tantivy index and the static
//! bundle are fed from this one shape.

use std::collections::BTreeMap;

use kroniek_model::{Archive, Authorities, AuthorityKind, Block, EntityKind, Entry};

use crate::{Analysis, plain_text};

/// Mentions past this many add nothing more to an entity's weight: an article that names a
/// person twenty times is about them as surely as one that names them fifty times.
const MENTION_CAP: usize = 20;

/// One article, ready to be indexed.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDocument {
    /// The page's path on the site (`/archieven/victor-serge/`), the document's key.
    pub url: String,
    /// The headline, plain text.
    pub title: String,
    /// The series id.
    pub series: String,
    /// The series' title, as readers know it.
    pub series_title: Option<String>,
    /// The publication date in EDTF.
    pub date: Option<String>,
    /// The year of publication, for year filters and decade facets.
    pub year: Option<i32>,
    /// The article's language code.
    pub language: String,
    /// How the article's text is analysed.
    pub analysis: Analysis,
    /// Bylines.
    pub authors: Vec<String>,
    /// Subtitle, summary and body (headings, paragraphs, list items, quotes, notes, works).
    pub body: String,
    /// The lead or summary, for snippets where the query's words are not found.
    pub summary: String,
    /// Every name of every authority record the article is about or links to (aliases included),
    /// so that any of a record's names finds it.
    pub names: Vec<String>,
    /// Names of the records the article is about; weighed above names merely mentioned.
    pub subject_names: Vec<String>,
    /// Authority ids the article is about.
    pub subjects: Vec<String>,
    /// Linked entities: id, kind, and how many times the article names it (capped).
    pub entities: Vec<(String, EntityKind, usize)>,
}

impl SearchDocument {
    /// The document for one entry, with names looked up in `authorities`.
    pub fn from_entry(entry: &Entry, authorities: &Authorities, series_title: Option<&str>) -> Self {
        let article = &entry.article;
        let mut body = String::new();
        let mut push = |text: &str| {
            let text = plain_text(text);
            if !text.is_empty() {
                body.push_str(&text);
                body.push('\n');
            }
        };
        if let Some(subtitle) = &article.subtitle {
            push(subtitle);
        }
        if let Some(summary) = &entry.summary {
            push(summary);
        }
        for section in &article.sections {
            if let Some(heading) = &section.heading {
                push(heading);
            }
            for block in &section.blocks {
                match block {
                    Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => push(text),
                    Block::List { items, .. } => items.iter().for_each(|item| push(item)),
                }
            }
        }
        for note in &article.footnotes {
            push(&note.text);
        }
        for work in &article.works {
            push(&work.title);
        }

        // Linked entities: from the extract stage's knowledge, then subjects (which count as
        // named at least once even when the text's mentions were not linked).
        let mut counts: BTreeMap<String, (EntityKind, usize)> = BTreeMap::new();
        for entity in &entry.knowledge.entities {
            if let Some(id) = &entity.id {
                let slot = counts.entry(id.clone()).or_insert((entity.kind, 0));
                slot.1 += entity.mentions.max(1);
            }
        }
        if entry.knowledge.entities.is_empty() {
            // Knowledge with mentions but no entity summary: count the mentions themselves.
            for mention in &entry.knowledge.mentions {
                if let Some(id) = &mention.id {
                    counts.entry(id.clone()).or_insert((mention.kind, 0)).1 += 1;
                }
            }
        }
        let subjects: Vec<String> = entry.subjects.iter().map(|id| id.as_str().to_owned()).collect();
        for id in &subjects {
            if let Some(record) = authorities.find(id).next() {
                counts.entry(id.clone()).or_insert((entity_kind(record.kind), 1));
            }
        }
        let entities: Vec<(String, EntityKind, usize)> =
            counts.into_iter().map(|(id, (kind, n))| (id, kind, n.clamp(1, MENTION_CAP))).collect();

        let names_of = |id: &str| -> Vec<String> {
            authorities.find(id).flat_map(|record| record.names().map(str::to_owned)).collect()
        };
        let mut names: Vec<String> = entities.iter().flat_map(|(id, _, _)| names_of(id)).collect();
        names.sort();
        names.dedup();
        let mut subject_names: Vec<String> = subjects.iter().flat_map(|id| names_of(id)).collect();
        subject_names.sort();
        subject_names.dedup();

        let summary = entry.summary.as_deref().or_else(|| article.lead()).map(plain_text).unwrap_or_default();
        Self {
            url: entry.url_path(),
            title: plain_text(&article.title),
            series: entry.series.as_str().to_owned(),
            series_title: series_title.map(str::to_owned).or_else(|| article.series.clone()),
            date: article.published.as_ref().map(ToString::to_string),
            year: article.published.as_ref().and_then(kroniek_model::Edtf::year),
            language: article.language.code().to_owned(),
            analysis: Analysis::for_language(&article.language),
            authors: article.authors.clone(),
            body,
            summary,
            names,
            subject_names,
            subjects,
            entities,
        }
    }

    /// Every document of an archive, in the archive's order (newest first).
    pub fn all(archive: &Archive) -> Vec<SearchDocument> {
        let titles: BTreeMap<&str, &str> =
            archive.config.series.iter().map(|s| (s.id.as_str(), s.title.as_str())).collect();
        use rayon::prelude::*;
        archive
            .entries
            .par_iter()
            .map(|entry| {
                let title = titles.get(entry.series.as_str()).copied();
                SearchDocument::from_entry(entry, &archive.authorities, title)
            })
            .collect()
    }

    /// Ids of the people the article names, for the people facet and the person filter.
    pub fn people(&self) -> impl Iterator<Item = &str> {
        self.entities.iter().filter(|(_, kind, _)| *kind == EntityKind::Person).map(|(id, _, _)| id.as_str())
    }

    /// The decade of publication, `1910` for 1917.
    pub fn decade(&self) -> Option<i32> {
        self.year.map(|y| y.div_euclid(10) * 10)
    }
}

fn entity_kind(kind: AuthorityKind) -> EntityKind {
    match kind {
        AuthorityKind::Person => EntityKind::Person,
        AuthorityKind::Organisation => EntityKind::Organisation,
        AuthorityKind::Place => EntityKind::Place,
        AuthorityKind::Periodical => EntityKind::Periodical,
    }
}

impl SearchDocument {
    /// A fingerprint of everything indexed about the document: equal fingerprints mean the
    /// index already holds this version.
    pub fn fingerprint(&self) -> u64 {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let mut put = |text: &str| {
            hasher.update(text.as_bytes());
            // A separator no UTF-8 text contains, so that ("ab", "c") and ("a", "bc") differ.
            hasher.update(&[0xff]);
        };
        put(&self.url);
        put(&self.title);
        put(&self.series);
        put(self.series_title.as_deref().unwrap_or(""));
        put(self.date.as_deref().unwrap_or(""));
        put(&self.language);
        put(&self.body);
        put(&self.summary);
        self.authors
            .iter()
            .chain(&self.names)
            .chain(&self.subject_names)
            .chain(&self.subjects)
            .for_each(|s| put(s));
        for (id, kind, mentions) in &self.entities {
            put(id);
            put(kind.as_str());
            put(&mentions.to_string());
        }
        hasher.digest()
    }
}
