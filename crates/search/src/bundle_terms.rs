//! The static bundle's term table: every document's words reduced to keys (folded stems and
//! filter values) and gathered into postings, in parallel and with little allocation.
//!
//! Documents are analysed in blocks on every core; each thread keeps its analysers and a cache
//! of the words it has met (stemming a word once per thread, not once per occurrence), and
//! hands back each document's keys already split into [`SHARDS`] by a hash of the key. The
//! shards are then filled in parallel, each by one thread, in document order, so postings come
//! out sorted without a sort and no lock is taken. What a thread reports (a stem's surface
//! forms, stop words) is the union over all threads whatever the scheduling, so the output is
//! the same on every run.

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use crate::{Analysis, SearchDocument, fold};

/// How many times a title word counts, and a name of a record the article is about.
const TITLE_TF: u32 = 3;
const SUBJECT_NAME_TF: u32 = 5;
const NAME_TF: u32 = 1;
/// Term frequencies are stored in a byte; BM25's factor is flat long before 255.
const MAX_TF: u32 = 255;
/// Shards of the key table, filled in parallel. A power of two well above the core count so
/// the work spreads evenly.
const SHARDS: usize = 64;
/// Documents analysed per block: memory holds the postings and one block of analysed
/// documents, never every document's terms at once.
const BLOCK: usize = 2048;
/// Past this many cached words a thread starts its cache over (bounded memory on huge
/// vocabularies; reports are sets, so repeating one costs nothing).
const MAX_CACHED_WORDS: usize = 2_000_000;
/// Stop words longer than this are not reported (the client compares words it is typed).
const MAX_STOP_CHARS: usize = 40;

/// A key's entry: the folded forms of the text that reduce to it, and its postings as
/// `doc << 8 | tf`, in document order.
#[derive(Default)]
pub(crate) struct KeyEntry {
    pub(crate) forms: BTreeSet<Box<str>>,
    pub(crate) postings: Vec<u32>,
}

/// The whole table: keys with entries, every document's length in words, and the stop words
/// met per analyser.
pub(crate) struct TermTable {
    pub(crate) keys: Vec<(Arc<str>, KeyEntry)>,
    pub(crate) lengths: Vec<u32>,
    pub(crate) stop: [BTreeSet<Box<str>>; 4],
}

/// What one document gives: its keys grouped by shard (`shard_starts[s]..shard_starts[s+1]`
/// in `keys`), its length, and what its thread met for the first time.
struct Analysed {
    keys: Vec<(Arc<str>, u32)>,
    shard_starts: [u32; SHARDS + 1],
    length: u32,
    /// (shard, stem, folded form), first sightings only.
    forms: Vec<(u8, Arc<str>, Box<str>)>,
    stop: Vec<(Analysis, Box<str>)>,
}

/// A word a thread has met: its stem (`None` for a stop word).
struct Known {
    stem: Option<Arc<str>>,
}

/// One thread's analysers, word cache and scratch space.
struct Worker {
    analyzers: Vec<TextAnalyzer>,
    /// Per analyser: lowercased word → what it became.
    words: [HashMap<Box<str>, Known>; 4],
    lower: String,
    counts: HashMap<Arc<str>, u32>,
}

fn analysis_index(analysis: Analysis) -> usize {
    match analysis {
        Analysis::Dutch => 0,
        Analysis::French => 1,
        Analysis::English => 2,
        Analysis::Folded => 3,
    }
}

fn shard_of(key: &str) -> usize {
    (xxhash_rust::xxh3::xxh3_64(key.as_bytes()) as usize) % SHARDS
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

impl Worker {
    fn new() -> Self {
        Self {
            analyzers: Analysis::ALL.iter().map(|a| a.analyzer()).collect(),
            words: Default::default(),
            lower: String::new(),
            counts: HashMap::default(),
        }
    }

    /// Counts the stems of `text`'s words `weight` times each.
    fn add_text(&mut self, analysis: Analysis, text: &str, weight: u32, out: &mut Analysed) {
        let a = analysis_index(analysis);
        for word in words(text) {
            out.length += 1;
            self.lower.clear();
            if word.chars().any(char::is_uppercase) {
                self.lower.extend(word.chars().flat_map(char::to_lowercase));
            } else {
                self.lower.push_str(word);
            }
            let stem = match self.words[a].get(self.lower.as_str()) {
                Some(known) => known.stem.clone(),
                None => self.meet(analysis, out),
            };
            if let Some(stem) = stem {
                *self.counts.entry(stem).or_default() += weight;
            }
        }
    }

    /// A word this thread has not met: stemmed, cached, and reported.
    fn meet(&mut self, analysis: Analysis, out: &mut Analysed) -> Option<Arc<str>> {
        let a = analysis_index(analysis);
        let mut stream = self.analyzers[a].token_stream(&self.lower);
        let stem: Option<Arc<str>> =
            if stream.advance() { Some(Arc::from(stream.token().text.as_str())) } else { None };
        drop(stream);
        let form: Box<str> = fold(&self.lower).into();
        match &stem {
            Some(stem) => out.forms.push((shard_of(stem) as u8, stem.clone(), form)),
            None if self.lower.chars().count() <= MAX_STOP_CHARS => out.stop.push((analysis, form)),
            None => {}
        }
        if self.words[a].len() >= MAX_CACHED_WORDS {
            self.words[a].clear();
        }
        self.words[a].insert(self.lower.as_str().into(), Known { stem: stem.clone() });
        stem
    }

    /// The keys of a document: stems of its words (title, names and subject names counted
    /// extra) and its filter values.
    fn analyse(&mut self, doc: &SearchDocument) -> Analysed {
        let mut out = Analysed {
            keys: Vec::new(),
            shard_starts: [0; SHARDS + 1],
            length: 0,
            forms: Vec::new(),
            stop: Vec::new(),
        };
        self.counts.clear();
        self.add_text(doc.analysis, &doc.title, TITLE_TF, &mut out);
        self.add_text(doc.analysis, &doc.body, 1, &mut out);
        for name in doc.names.iter().chain(&doc.authors) {
            self.add_text(doc.analysis, name, NAME_TF, &mut out);
        }
        for name in &doc.subject_names {
            self.add_text(doc.analysis, name, SUBJECT_NAME_TF, &mut out);
        }
        let mut keys: Vec<(usize, Arc<str>, u32)> =
            self.counts.drain().map(|(k, tf)| (shard_of(&k), k, tf.min(MAX_TF))).collect();
        let mut filter = |key: String| {
            keys.push((shard_of(&key), Arc::from(key), 1));
        };
        filter(format!("~s:{}", doc.series));
        filter(format!("~l:{}", doc.language));
        if let Some(year) = doc.year {
            filter(format!("~y:{year}"));
        }
        for (id, _, _) in &doc.entities {
            filter(format!("~e:{id}"));
        }
        let mut author_words = BTreeSet::new();
        for author in &doc.authors {
            author_words.extend(words(author).map(fold));
        }
        for word in author_words {
            filter(format!("~a:{word}"));
        }
        // A key may come twice only from filters (an entity listed twice); keep one.
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        keys.dedup_by(|a, b| a.1 == b.1);
        let mut shard = 0;
        for (i, (s, _, _)) in keys.iter().enumerate() {
            while shard < *s {
                shard += 1;
                out.shard_starts[shard] = i as u32;
            }
        }
        while shard < SHARDS {
            shard += 1;
            out.shard_starts[shard] = keys.len() as u32;
        }
        out.keys = keys.into_iter().map(|(_, k, tf)| (k, tf)).collect();
        out.forms.sort_unstable_by_key(|f| f.0);
        out
    }
}

impl TermTable {
    /// The table of `documents`, document numbers being positions in the slice.
    pub(crate) fn build(documents: &[SearchDocument]) -> TermTable {
        let mut shards: Vec<HashMap<Arc<str>, KeyEntry>> = (0..SHARDS).map(|_| HashMap::default()).collect();
        let mut lengths = Vec::with_capacity(documents.len());
        let mut stop: [BTreeSet<Box<str>>; 4] = Default::default();
        for (block_index, block) in documents.chunks(BLOCK).enumerate() {
            let analysed: Vec<Analysed> =
                block.par_iter().map_init(Worker::new, |w, d| w.analyse(d)).collect();
            let base = (block_index * BLOCK) as u32;
            shards.par_iter_mut().enumerate().for_each(|(s, map)| {
                for (offset, a) in analysed.iter().enumerate() {
                    let doc = base + offset as u32;
                    let range = a.shard_starts[s] as usize..a.shard_starts[s + 1] as usize;
                    for (key, tf) in &a.keys[range] {
                        match map.get_mut(key) {
                            Some(entry) => entry.postings.push((doc << 8) | tf),
                            None => {
                                let entry =
                                    KeyEntry { forms: BTreeSet::new(), postings: vec![(doc << 8) | tf] };
                                map.insert(key.clone(), entry);
                            }
                        }
                    }
                    for (_, stem, form) in a.forms.iter().filter(|f| usize::from(f.0) == s) {
                        if let Some(entry) = map.get_mut(stem) {
                            entry.forms.insert(form.clone());
                        }
                    }
                }
            });
            for a in analysed {
                lengths.push(a.length);
                for (analysis, word) in a.stop {
                    stop[analysis_index(analysis)].insert(word);
                }
            }
        }
        let mut keys: Vec<(Arc<str>, KeyEntry)> = shards.into_iter().flatten().collect();
        keys.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        TermTable { keys, lengths, stop }
    }
}
