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
//! - `search/bundle/f/<n>.txt` and `f/people.json`: each document's series, language, year and
//!   most named people, for facet counts over the current results (see `facet_files`); fetched
//!   after the results are shown.
//!
//! The bundle is built from [`SearchDocument`]s in parallel (see `bundle_terms`); memory grows
//! with the number of postings (four bytes each), not with the text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kroniek_model::Archive;
use rayon::prelude::*;
use serde::Serialize;

use crate::bundle_terms::{KeyEntry, TermTable};
use crate::{Analysis, SearchDocument};

/// Bump when the files' shape changes; the client refuses a bundle of another version.
pub const BUNDLE_VERSION: u32 = 2;
/// Target size of a term chunk before compression.
pub const CHUNK_BYTES: usize = 40 * 1024;
/// Documents per metadata file.
pub const DOCS_PER_FILE: usize = 8;
/// Documents per facet file.
pub const FACET_DOCS: usize = 8_192;
/// Where the bundle lives in the site.
pub const BUNDLE_DIR: &str = "search/bundle";
/// The client script and its stylesheet, written beside the bundle.
pub(crate) const CLIENT_JS: &str = include_str!("client/kroniek-search.js");
/// The search page's own styles, on top of the theme's.
pub(crate) const CLIENT_CSS: &str = include_str!("client/kroniek-search.css");

/// BM25 parameters.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Excerpt length in characters.
const EXCERPT_CHARS: usize = 280;
/// People offered as a filter.
const PEOPLE_FILTER: usize = 60;
/// People whose mentions the facet files carry, the most named first.
const FACET_PEOPLE: usize = 1_000;
/// Forms listed per stem; more are rare inflections the longest-stem rule still finds.
const MAX_FORMS: usize = 12;

/// The files of a static bundle, path → bytes.
#[derive(Debug, Default)]
pub struct StaticBundle {
    /// Output paths (relative to the site's root) and contents.
    pub files: Vec<(String, Vec<u8>)>,
}

#[derive(Serialize)]
struct Meta<'a> {
    version: u32,
    docs: usize,
    docs_per_file: usize,
    facet_docs: usize,
    chunks: Vec<String>,
    stop: BTreeMap<&'a str, Vec<&'a str>>,
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

impl StaticBundle {
    /// Builds the bundle of an archive.
    pub fn build(archive: &Archive) -> StaticBundle {
        let documents = SearchDocument::all(archive);
        let table = TermTable::build(&documents);
        let average = (table.lengths.iter().map(|&l| f64::from(l)).sum::<f64>()
            / table.lengths.len().max(1) as f64)
            .max(1.0) as f32;
        let norms: Vec<f32> =
            table.lengths.iter().map(|&l| K1 * (1.0 - B + B * l as f32 / average)).collect();

        // Lines are written in parallel, then cut into chunks in key order.
        let lines: Vec<String> = table.keys.par_iter().map(|(key, entry)| line(key, entry, &norms)).collect();
        let mut files = Vec::new();
        let mut chunks = Vec::new();
        let mut current = String::with_capacity(CHUNK_BYTES + 4096);
        for ((key, _), line) in table.keys.iter().zip(&lines) {
            if current.is_empty() {
                chunks.push(key.to_string());
            }
            current.push_str(line);
            if current.len() >= CHUNK_BYTES {
                let full = std::mem::replace(&mut current, String::with_capacity(CHUNK_BYTES + 4096));
                files.push((format!("{BUNDLE_DIR}/t/{}.txt", chunks.len() - 1), full.into_bytes()));
            }
        }
        if !current.is_empty() {
            files.push((format!("{BUNDLE_DIR}/t/{}.txt", chunks.len() - 1), current.into_bytes()));
        }
        drop(lines);

        files.par_extend(documents.par_chunks(DOCS_PER_FILE).enumerate().map(|(n, group)| {
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
            (format!("{BUNDLE_DIR}/d/{n}.json"), serde_json::to_vec(&metas).unwrap_or_default())
        }));

        // People by how many articles name them, the most named first (ties by name).
        let mut people: Vec<(&str, String, usize)> = {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for d in &documents {
                for id in d.people() {
                    *counts.entry(id).or_default() += 1;
                }
            }
            counts
                .into_iter()
                .map(|(id, count)| {
                    let name = archive
                        .authorities
                        .get(kroniek_model::AuthorityKind::Person, id)
                        .map_or_else(|| id.to_owned(), |r| r.name.clone());
                    (id, name, count)
                })
                .collect()
        };
        people.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)).then_with(|| a.0.cmp(b.0)));
        let series: Vec<(String, String)> =
            archive.config.series.iter().map(|s| (s.id.as_str().to_owned(), s.title.clone())).collect();
        let languages: Vec<String> =
            documents.iter().map(|d| d.language.clone()).collect::<BTreeSet<_>>().into_iter().collect();
        files.extend(facet_files(&documents, &series, &languages, &people));

        let mut filter_people: Vec<(String, String)> =
            people.iter().take(PEOPLE_FILTER).map(|(id, name, _)| ((*id).to_owned(), name.clone())).collect();
        filter_people.sort_by(|a, b| a.1.cmp(&b.1));
        let meta = Meta {
            version: BUNDLE_VERSION,
            docs: documents.len(),
            docs_per_file: DOCS_PER_FILE,
            facet_docs: FACET_DOCS,
            chunks,
            stop: Analysis::ALL
                .iter()
                .zip(&table.stop)
                .filter(|(_, words)| !words.is_empty())
                .map(|(a, words)| (a.code(), words.iter().map(|w| &**w).collect()))
                .collect(),
            series,
            languages,
            years: documents.iter().filter_map(|d| d.year).collect::<BTreeSet<_>>().into_iter().collect(),
            people: filter_people,
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

/// The facet files: `f/people.json` (the [`FACET_PEOPLE`] most named people, `[id, name]`),
/// and `f/<n>.txt` for documents `n*FACET_DOCS ..`, one line per document:
/// `<series index> <language index> <year or -> <person index>...`, indexes in base 36 into
/// the meta's series and languages and the facet people. The client counts them over the
/// current results; they are fetched only after the results are shown.
fn facet_files(
    documents: &[SearchDocument],
    series: &[(String, String)],
    languages: &[String],
    people: &[(&str, String, usize)],
) -> Vec<(String, Vec<u8>)> {
    let listed: HashMap<&str, usize> =
        people.iter().take(FACET_PEOPLE).enumerate().map(|(i, (id, _, _))| (*id, i)).collect();
    let series_index: HashMap<&str, usize> =
        series.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
    let mut files: Vec<(String, Vec<u8>)> = documents
        .par_chunks(FACET_DOCS)
        .enumerate()
        .map(|(n, group)| {
            use std::fmt::Write;
            let mut out = String::with_capacity(group.len() * 16);
            for d in group {
                let s = series_index.get(d.series.as_str()).copied().unwrap_or(usize::MAX);
                let l = languages.iter().position(|l| *l == d.language).unwrap_or(usize::MAX);
                let digit =
                    |i: usize| if i == usize::MAX { "-".to_owned() } else { Base36(i as u32).to_string() };
                let _ = write!(out, "{} {} ", digit(s), digit(l));
                match d.year {
                    Some(y) => {
                        let _ = write!(out, "{y}");
                    }
                    None => out.push('-'),
                }
                let mut indexes: Vec<usize> = d.people().filter_map(|id| listed.get(id).copied()).collect();
                indexes.sort_unstable();
                indexes.dedup();
                for i in indexes {
                    let _ = write!(out, " {}", Base36(i as u32));
                }
                out.push('\n');
            }
            (format!("{BUNDLE_DIR}/f/{n}.txt"), out.into_bytes())
        })
        .collect();
    let names: Vec<(&str, &str)> =
        people.iter().take(FACET_PEOPLE).map(|(id, name, _)| (*id, name.as_str())).collect();
    files.push((format!("{BUNDLE_DIR}/f/people.json"), serde_json::to_vec(&names).unwrap_or_default()));
    files
}

/// One key's line: `key TAB forms TAB postings`, weights computed from the raw term frequency
/// and the document's length norm.
fn line(key: &str, entry: &KeyEntry, norms: &[f32]) -> String {
    let mut out = String::with_capacity(key.len() + 8 + entry.postings.len() * 4);
    let filter = key.starts_with('~');
    write_line(
        &mut out,
        key,
        entry.forms.iter().take(MAX_FORMS).map(|f| &**f),
        entry.postings.iter().map(|&p| {
            let (doc, tf) = (p >> 8, p & 0xff);
            let weight = if filter {
                1
            } else {
                let tf = tf as f32;
                let norm = norms.get(doc as usize).copied().unwrap_or(K1);
                quantise(tf * (K1 + 1.0) / (tf + norm))
            };
            (doc, weight)
        }),
    );
    out
}

fn write_line<'a>(
    out: &mut String,
    key: &str,
    forms: impl Iterator<Item = &'a str>,
    postings: impl Iterator<Item = (u32, u32)>,
) {
    use std::fmt::Write;
    out.push_str(key);
    out.push('\t');
    for (i, form) in forms.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(form);
    }
    out.push('\t');
    let mut previous = 0u32;
    for (i, (doc, weight)) in postings.enumerate() {
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
        let mut line = String::new();
        write_line(
            &mut line,
            "revoluti",
            ["revolutie", "revoluties"].into_iter(),
            [(3, 10), (40, 35)].into_iter(),
        );
        assert_eq!(line, "revoluti\trevolutie revoluties\ta3,z11\n");
    }
}
