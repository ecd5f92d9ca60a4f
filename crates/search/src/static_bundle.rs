//! The static search bundle: files a built site serves under `/search/` so that readers can
//! search it in the browser with no server, fetching only the parts of the index a query needs.
//!
//! The format (version [`BUNDLE_VERSION`]), all text so that any host's compression applies:
//!
//! - `search/bundle/meta.json`: document count, the first key of every term chunk, the stop
//!   words met while indexing, and the filter values (series, languages, years, people).
//! - `search/bundle/t/<n>.txt`: term chunks of about [`CHUNK_BYTES`], keys sorted. One line per
//!   key: `key TAB forms TAB postings`. A key is a folded stem (`revoluti`), or a filter value
//!   (`~s:<series>`, `~l:<language>`, `~y:<year>`, `~e:<authority id>`, `~a:<author word>`).
//!   `forms` are the folded words of the text that reduce to the stem, space-separated, so the
//!   client needs no stemmer: it looks up the word as typed. `postings` are `<w><delta>` items
//!   separated by commas: `w` one base-36 digit (1–z), the document's weight for the key (BM25's
//!   term-frequency part, with title and names counted extra), `delta` the document number
//!   minus the previous one, in base 36.
//! - `search/bundle/d/<n>.json`: documents `n*DOCS_PER_FILE ..` as an array of
//!   `{u: url, t: title, s: series title, d: date, l: language, e: excerpt}`; fetched for the
//!   results shown only.
//!
//! The bundle is built from [`SearchDocument`]s in parallel; memory grows with the number of
//! postings (four bytes each), not with the text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kroniek_model::Archive;
use rayon::prelude::*;
use serde::Serialize;

use crate::{Analysis, SearchDocument, fold};

/// Bump when the files' shape changes; the client refuses a bundle of another version.
pub const BUNDLE_VERSION: u32 = 1;
/// Target size of a term chunk before compression.
pub const CHUNK_BYTES: usize = 40 * 1024;
/// Documents per metadata file.
pub const DOCS_PER_FILE: usize = 8;
/// Where the bundle lives in the site.
pub const BUNDLE_DIR: &str = "search/bundle";
/// The client script and its stylesheet, written beside the bundle.
pub(crate) const CLIENT_JS: &str = include_str!("client/kroniek-search.js");
/// The search page's own styles, on top of the theme's.
pub(crate) const CLIENT_CSS: &str = include_str!("client/kroniek-search.css");

/// How many times a title word counts, and a name of a record the article is about.
const TITLE_TF: u32 = 3;
const SUBJECT_NAME_TF: u32 = 5;
const NAME_TF: u32 = 1;
/// BM25 parameters.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Excerpt length in characters.
const EXCERPT_CHARS: usize = 280;
/// People offered as a filter.
const PEOPLE_FILTER: usize = 60;
/// Forms listed per stem; more are rare inflections the longest-stem rule still finds.
const MAX_FORMS: usize = 12;

/// The files of a static bundle, path → bytes.
#[derive(Debug, Default)]
pub struct StaticBundle {
    /// Output paths (relative to the site's root) and contents.
    pub files: Vec<(String, Vec<u8>)>,
}

#[derive(Default)]
struct KeyEntry {
    forms: BTreeSet<String>,
    /// `doc << 8 | weight`.
    postings: Vec<u32>,
}

#[derive(Serialize)]
struct Meta<'a> {
    version: u32,
    docs: usize,
    docs_per_file: usize,
    chunks: Vec<String>,
    stop: BTreeMap<&'a str, Vec<String>>,
    series: Vec<(String, String)>,
    languages: Vec<String>,
    years: Vec<i32>,
    people: Vec<(String, String)>,
}

#[derive(Serialize)]
struct DocMeta<'a> {
    u: &'a str,
    t: &'a str,
    s: Option<&'a str>,
    d: Option<&'a str>,
    l: &'a str,
    e: String,
}

/// One document's keys with their raw term frequencies, its length, and the folded forms of
/// its words by key (only forms this worker has not reported before).
struct Analysed {
    keys: Vec<(String, u32)>,
    length: u32,
    forms: Vec<(String, String)>,
    stop: Vec<(Analysis, String)>,
}

/// Documents analysed in parallel per block, merged in order, so memory holds the postings and
/// one block of documents, never every document's terms at once.
const BLOCK: usize = 1024;

/// One thread's analysers and the words it has seen, so each distinct word is stemmed once per
/// thread and language rather than once per occurrence.
struct Worker {
    analyzers: Vec<tantivy::tokenizer::TextAnalyzer>,
    /// (analyser, lowercased word) → stem, or `None` for a stop word.
    words: HashMap<(Analysis, String), Option<String>>,
    /// (stem, form) pairs already reported.
    reported: std::collections::HashSet<(String, String)>,
}

impl Worker {
    fn new() -> Self {
        Self {
            analyzers: Analysis::ALL.iter().map(|a| a.analyzer()).collect(),
            words: HashMap::new(),
            reported: std::collections::HashSet::new(),
        }
    }

    fn stem(&mut self, analysis: Analysis, lower: &str, out: &mut Analysed) -> Option<String> {
        if let Some(known) = self.words.get(&(analysis, lower.to_owned())) {
            return known.clone();
        }
        let i = Analysis::ALL.iter().position(|a| *a == analysis).unwrap_or(3);
        let mut stream = self.analyzers[i].token_stream(lower);
        let stem = if tantivy::tokenizer::TokenStream::advance(&mut stream) {
            Some(tantivy::tokenizer::TokenStream::token(&stream).text.clone())
        } else {
            None
        };
        drop(stream);
        if stem.is_none() && lower.chars().count() <= 40 {
            out.stop.push((analysis, fold(lower)));
        }
        if self.words.len() > 2_000_000 {
            // Bounded memory on huge vocabularies: start over.
            self.words.clear();
        }
        self.words.insert((analysis, lower.to_owned()), stem.clone());
        stem
    }

    /// The keys of a document: stems of its words (title, names and subject names counted
    /// extra) and its filter values.
    fn analyse(&mut self, doc: &SearchDocument) -> Analysed {
        let mut out = Analysed { keys: Vec::new(), length: 0, forms: Vec::new(), stop: Vec::new() };
        let mut tf: HashMap<String, u32> = HashMap::new();
        let mut add_text = |worker: &mut Worker, text: &str, weight: u32, out: &mut Analysed| {
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                let lower = word.to_lowercase();
                out.length += 1;
                if let Some(stem) = worker.stem(doc.analysis, &lower, out) {
                    let form = fold(&lower);
                    if !worker.reported.contains(&(stem.clone(), form.clone())) {
                        worker.reported.insert((stem.clone(), form.clone()));
                        out.forms.push((stem.clone(), form));
                    }
                    *tf.entry(stem).or_default() += weight;
                }
            }
        };
        add_text(self, &doc.title, TITLE_TF, &mut out);
        add_text(self, &doc.body, 1, &mut out);
        for name in doc.names.iter().chain(&doc.authors) {
            add_text(self, name, NAME_TF, &mut out);
        }
        for name in &doc.subject_names {
            add_text(self, name, SUBJECT_NAME_TF, &mut out);
        }
        let mut filter = |key: String| {
            tf.insert(key, 1);
        };
        filter(format!("~s:{}", doc.series));
        filter(format!("~l:{}", doc.language));
        if let Some(year) = doc.year {
            filter(format!("~y:{year}"));
        }
        for (id, _, _) in &doc.entities {
            filter(format!("~e:{id}"));
        }
        for author in &doc.authors {
            for word in author.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                filter(format!("~a:{}", fold(word)));
            }
        }
        out.keys = tf.into_iter().collect();
        out
    }
}

impl StaticBundle {
    /// Builds the bundle of an archive.
    pub fn build(archive: &Archive) -> StaticBundle {
        let documents = SearchDocument::all(archive);
        // Document lengths first: BM25 needs the average before any weight is computed.
        let lengths: Vec<u32> = documents
            .par_iter()
            .map(|d| {
                [d.title.as_str(), d.body.as_str()]
                    .into_iter()
                    .chain(d.names.iter().map(String::as_str))
                    .chain(d.authors.iter().map(String::as_str))
                    .chain(d.subject_names.iter().map(String::as_str))
                    .map(|t| t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count() as u32)
                    .sum()
            })
            .collect();
        let average = (lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / lengths.len().max(1) as f64)
            .max(1.0) as f32;

        let mut keys: BTreeMap<String, KeyEntry> = BTreeMap::new();
        let mut stop: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for (block_index, block) in documents.chunks(BLOCK).enumerate() {
            let analysed: Vec<Analysed> =
                block.par_iter().map_init(Worker::new, |w, d| w.analyse(d)).collect();
            for (offset, a) in analysed.into_iter().enumerate() {
                let doc = block_index * BLOCK + offset;
                let norm = K1 * (1.0 - B + B * a.length as f32 / average);
                for (key, tf) in a.keys {
                    let tf = tf as f32;
                    let weight =
                        if key.starts_with('~') { 1 } else { quantise(tf * (K1 + 1.0) / (tf + norm)) };
                    keys.entry(key).or_default().postings.push(((doc as u32) << 8) | weight);
                }
                for (stem, form) in a.forms {
                    let entry = keys.entry(stem).or_default();
                    if entry.forms.len() < MAX_FORMS {
                        entry.forms.insert(form);
                    }
                }
                for (analysis, word) in a.stop {
                    stop.entry(analysis.code()).or_default().insert(word);
                }
            }
        }
        // Postings must be in document order for delta coding; blocks arrive in order, and
        // within a document each key appears once.
        for entry in keys.values_mut() {
            entry.postings.sort_unstable();
        }

        let mut files = Vec::new();
        let mut chunks = Vec::new();
        let mut current = String::new();
        let mut first_key: Option<String> = None;
        let flush = |current: &mut String,
                     first: &mut Option<String>,
                     files: &mut Vec<(String, Vec<u8>)>,
                     chunks: &mut Vec<String>| {
            if let Some(key) = first.take() {
                files.push((
                    format!("{BUNDLE_DIR}/t/{}.txt", chunks.len()),
                    std::mem::take(current).into_bytes(),
                ));
                chunks.push(key);
            }
        };
        for (key, entry) in &keys {
            if first_key.is_none() {
                first_key = Some(key.clone());
            }
            write_line(&mut current, key, entry);
            if current.len() >= CHUNK_BYTES {
                flush(&mut current, &mut first_key, &mut files, &mut chunks);
            }
        }
        flush(&mut current, &mut first_key, &mut files, &mut chunks);

        for (n, group) in documents.chunks(DOCS_PER_FILE).enumerate() {
            let metas: Vec<DocMeta<'_>> = group
                .iter()
                .map(|d| DocMeta {
                    u: &d.url,
                    t: &d.title,
                    s: d.series_title.as_deref(),
                    d: d.date.as_deref(),
                    l: &d.language,
                    e: excerpt(&d.summary, &d.body),
                })
                .collect();
            files.push((format!("{BUNDLE_DIR}/d/{n}.json"), serde_json::to_vec(&metas).unwrap_or_default()));
        }

        let mut people: Vec<(String, String, usize)> = Vec::new();
        {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for d in &documents {
                for id in d.people() {
                    *counts.entry(id).or_default() += 1;
                }
            }
            for (id, count) in counts {
                let name = archive
                    .authorities
                    .get(kroniek_model::AuthorityKind::Person, id)
                    .map_or_else(|| id.to_owned(), |r| r.name.clone());
                people.push((id.to_owned(), name, count));
            }
            people.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
            people.truncate(PEOPLE_FILTER);
            people.sort_by(|a, b| a.1.cmp(&b.1));
        }
        let meta = Meta {
            version: BUNDLE_VERSION,
            docs: documents.len(),
            docs_per_file: DOCS_PER_FILE,
            chunks,
            stop: stop.into_iter().map(|(k, v)| (k, v.into_iter().collect())).collect(),
            series: archive
                .config
                .series
                .iter()
                .map(|s| (s.id.as_str().to_owned(), s.title.clone()))
                .collect(),
            languages: documents
                .iter()
                .map(|d| d.language.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            years: documents.iter().filter_map(|d| d.year).collect::<BTreeSet<_>>().into_iter().collect(),
            people: people.into_iter().map(|(id, name, _)| (id, name)).collect(),
        };
        files.push((format!("{BUNDLE_DIR}/meta.json"), serde_json::to_vec(&meta).unwrap_or_default()));
        files.extend(Self::client_files());
        StaticBundle { files }
    }

    /// The search page's script and stylesheet alone: what a site served by `kroniek serve`
    /// needs, where the server answers queries and there is no bundle.
    pub fn client_files() -> Vec<(String, Vec<u8>)> {
        vec![
            ("search/kroniek-search.js".to_owned(), CLIENT_JS.as_bytes().to_vec()),
            ("search/kroniek-search.css".to_owned(), CLIENT_CSS.as_bytes().to_vec()),
        ]
    }
}

fn write_line(out: &mut String, key: &str, entry: &KeyEntry) {
    use std::fmt::Write;
    out.push_str(key);
    out.push('\t');
    let mut first = true;
    for form in &entry.forms {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(form);
    }
    out.push('\t');
    let mut previous = 0u32;
    for (i, posting) in entry.postings.iter().enumerate() {
        let (doc, weight) = (posting >> 8, posting & 0xff);
        if i > 0 {
            out.push(',');
        }
        out.push(char::from_digit(weight, 36).unwrap_or('1'));
        let _ = write!(out, "{}", Base36(doc - previous));
        previous = doc;
    }
    out.push('\n');
}

struct Base36(u32);

impl std::fmt::Display for Base36 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut digits = [0u8; 8];
        let mut n = self.0;
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
            n /= 36;
            if n == 0 {
                break;
            }
        }
        f.write_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"))
    }
}

/// BM25's term-frequency factor (0 ..= K1 + 1) as one base-36 digit, 1 ..= 35.
fn quantise(factor: f32) -> u32 {
    ((factor / (K1 + 1.0) * 34.0).round() as u32 + 1).clamp(1, 35)
}

/// The summary, or the body's start, cut at a word boundary.
fn excerpt(summary: &str, body: &str) -> String {
    let text = if summary.is_empty() { body } else { summary };
    let text = text.replace('\n', " ");
    if text.chars().count() <= EXCERPT_CHARS {
        return text;
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).to_owned();
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base36_and_weights() {
        assert_eq!(Base36(0).to_string(), "0");
        assert_eq!(Base36(35).to_string(), "z");
        assert_eq!(Base36(36).to_string(), "10");
        assert_eq!(quantise(0.0), 1);
        assert_eq!(quantise(K1 + 1.0), 35);
    }

    #[test]
    fn a_line_lists_forms_and_delta_coded_postings() {
        let entry = KeyEntry {
            forms: ["revolutie".to_owned(), "revoluties".to_owned()].into(),
            postings: vec![(3 << 8) | 10, (40 << 8) | 35],
        };
        let mut line = String::new();
        write_line(&mut line, "revoluti", &entry);
        assert_eq!(line, "revoluti\trevolutie revoluties\ta3,z11\n");
    }
}
