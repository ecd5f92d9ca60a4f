//! The server-side index: tantivy over the archive's articles, kept on disk in the archive's
//! cache folder, brought up to date on open and after edits, rebuilt when its schema version
//! changed or it cannot be read.
//!
//! This is the one part of the search stage that touches the disk: tantivy works on a folder.
//! The driver chooses the folder; nothing here reads the archive's own files.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use kroniek_model::Archive;
use tantivy::collector::Count;
use tantivy::query::AllQuery;
use tantivy::schema::{Facet, Value};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::schema::{SCHEMA_VERSION, SearchSchema};
use crate::{AliasTable, SearchDocument, SearchError};

/// The file beside the index that records the schema version it was built with.
const VERSION_FILE: &str = "kroniek-search-version";
/// Memory for tantivy's indexing buffers, split across its threads.
const WRITER_MEMORY: usize = 200 * 1024 * 1024;

/// How opening an index went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexReport {
    /// Why the index was rebuilt from scratch, if it was.
    pub rebuilt: Option<String>,
    /// Articles (re-)indexed.
    pub indexed: usize,
    /// Articles removed.
    pub removed: usize,
    /// Whether another process holds the index for writing, so it was searched as it was.
    pub read_only: bool,
}

/// The articles of an archive, searchable.
pub struct SearchIndex {
    pub(crate) reader: IndexReader,
    writer: Option<IndexWriter>,
    pub(crate) schema: SearchSchema,
    pub(crate) aliases: AliasTable,
    pub(crate) series_titles: BTreeMap<String, String>,
    /// Fingerprint of every indexed document, by URL.
    fingerprints: HashMap<String, u64>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").field("documents", &self.fingerprints.len()).finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// An index in memory (tests, the built-in demo, and when the cache folder is unusable).
    pub fn in_memory(archive: &Archive) -> Result<Self, SearchError> {
        let schema = SearchSchema::new();
        let index = Index::create_in_ram(schema.schema.clone());
        let mut this = Self::around(index, schema, archive, true)?;
        this.sync(archive)?;
        Ok(this)
    }

    /// The index in `dir` (created when missing), brought up to date with `archive`. An index of
    /// another schema version, or one that cannot be read, is thrown away and built again.
    pub fn open(dir: &Path, archive: &Archive) -> Result<(Self, IndexReport), SearchError> {
        let expected = format!("{SCHEMA_VERSION}");
        let recorded = fs::read_to_string(dir.join(VERSION_FILE)).ok();
        let reason = match recorded.as_deref().map(str::trim) {
            Some(v) if v == expected => match Self::open_existing(dir, archive) {
                Ok(Some(this)) => {
                    let mut this = this;
                    let mut report = this.sync(archive)?;
                    report.read_only = this.writer.is_none();
                    return Ok((this, report));
                }
                Ok(None) => {
                    // Another process is writing: search what is there.
                    let this = Self::open_read_only(dir, archive)?;
                    return Ok((this, IndexReport { read_only: true, ..IndexReport::default() }));
                }
                Err(e) => format!("the index could not be read ({e})"),
            },
            Some(v) => format!("the index has schema version {v}, this kroniek uses {expected}"),
            None if dir.exists() && fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) => {
                "the index has no version record".to_owned()
            }
            None => "there was no index yet".to_owned(),
        };
        let mut this = Self::create(dir, archive)?;
        let mut report = this.sync(archive)?;
        // Written last: a build killed half-way has no version file and is rebuilt next time.
        fs::write(dir.join(VERSION_FILE), expected)
            .map_err(|e| SearchError::io(dir.join(VERSION_FILE), e))?;
        report.rebuilt = Some(reason);
        Ok((this, report))
    }

    fn create(dir: &Path, archive: &Archive) -> Result<Self, SearchError> {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|e| SearchError::io(dir, e))?;
        }
        fs::create_dir_all(dir).map_err(|e| SearchError::io(dir, e))?;
        let schema = SearchSchema::new();
        let index = Index::create_in_dir(dir, schema.schema.clone())?;
        Self::around(index, schema, archive, true)
    }

    /// `Ok(None)` when the index is sound but locked by another writer.
    fn open_existing(dir: &Path, archive: &Archive) -> Result<Option<Self>, SearchError> {
        let index = Index::open_in_dir(dir)?;
        let schema = SearchSchema::new();
        if index.schema() != schema.schema {
            return Err(SearchError::Index(tantivy::TantivyError::SchemaError(
                "the stored schema differs".to_owned(),
            )));
        }
        match Self::around(index, schema, archive, true) {
            Ok(this) => Ok(Some(this)),
            Err(SearchError::Index(tantivy::TantivyError::LockFailure(..))) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn open_read_only(dir: &Path, archive: &Archive) -> Result<Self, SearchError> {
        let index = Index::open_in_dir(dir)?;
        Self::around(index, SearchSchema::new(), archive, false)
    }

    fn around(
        index: Index,
        schema: SearchSchema,
        archive: &Archive,
        write: bool,
    ) -> Result<Self, SearchError> {
        SearchSchema::register_analysers(&index);
        let writer = if write {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
            Some(index.writer_with_num_threads(threads, WRITER_MEMORY)?)
        } else {
            None
        };
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let mut this = Self {
            reader,
            writer,
            schema,
            aliases: AliasTable::new(&archive.authorities),
            series_titles: archive
                .config
                .series
                .iter()
                .map(|s| (s.id.as_str().to_owned(), s.title.clone()))
                .collect(),
            fingerprints: HashMap::new(),
        };
        this.fingerprints = this.read_fingerprints()?;
        Ok(this)
    }

    /// Every stored (url, fingerprint); reading them all also proves the index is readable.
    fn read_fingerprints(&self) -> Result<HashMap<String, u64>, SearchError> {
        let searcher = self.reader.searcher();
        let mut found = HashMap::new();
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(16)
                .map_err(|e| SearchError::Index(tantivy::TantivyError::IoError(std::sync::Arc::new(e))))?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id)?;
                let url = doc.get_first(self.schema.url).and_then(|v| v.as_str()).unwrap_or_default();
                let fingerprint =
                    doc.get_first(self.schema.fingerprint).and_then(|v| v.as_u64()).unwrap_or(0);
                found.insert(url.to_owned(), fingerprint);
            }
        }
        let counted = searcher.search(&AllQuery, &Count)?;
        if counted != found.len() {
            return Err(SearchError::Index(tantivy::TantivyError::InternalError(format!(
                "{counted} documents counted, {} read",
                found.len()
            ))));
        }
        Ok(found)
    }

    /// Brings the index up to date with `archive`: new and changed articles are indexed,
    /// removed ones deleted, unchanged ones left alone. Also takes the archive's authority
    /// records and series titles for queries.
    pub fn sync(&mut self, archive: &Archive) -> Result<IndexReport, SearchError> {
        self.aliases = AliasTable::new(&archive.authorities);
        self.series_titles =
            archive.config.series.iter().map(|s| (s.id.as_str().to_owned(), s.title.clone())).collect();
        let documents = SearchDocument::all(archive);
        let mut report = IndexReport::default();
        let Some(writer) = self.writer.as_mut() else { return Ok(report) };
        let mut seen = HashMap::with_capacity(documents.len());
        let mut added = Vec::new();
        for document in &documents {
            let fingerprint = document.fingerprint();
            seen.insert(document.url.clone(), fingerprint);
            if self.fingerprints.get(&document.url) != Some(&fingerprint) {
                added.push((document, fingerprint));
            }
        }
        for url in self.fingerprints.keys().filter(|url| !seen.contains_key(*url)) {
            writer.delete_term(Term::from_field_text(self.schema.url, url));
            report.removed += 1;
        }
        for (document, fingerprint) in &added {
            writer.delete_term(Term::from_field_text(self.schema.url, &document.url));
            writer.add_document(self.schema.document(document, *fingerprint))?;
        }
        report.indexed = added.len();
        if report.indexed + report.removed > 0 {
            writer.commit()?;
            self.reader.reload()?;
        }
        self.fingerprints = seen;
        Ok(report)
    }

    /// Re-indexes the articles at `urls` (page paths such as `/archieven/victor-serge/`) after
    /// an edit, deleting those no longer in `archive`: the rest of the index is not touched.
    pub fn update(&mut self, archive: &Archive, urls: &[String]) -> Result<IndexReport, SearchError> {
        let mut report = IndexReport::default();
        let Some(writer) = self.writer.as_mut() else { return Ok(report) };
        let titles: BTreeMap<&str, &str> =
            archive.config.series.iter().map(|s| (s.id.as_str(), s.title.as_str())).collect();
        for url in urls {
            writer.delete_term(Term::from_field_text(self.schema.url, url));
            match archive.entries.iter().find(|e| &e.url_path() == url) {
                Some(entry) => {
                    let title = titles.get(entry.series.as_str()).copied();
                    let document = SearchDocument::from_entry(entry, &archive.authorities, title);
                    let fingerprint = document.fingerprint();
                    writer.add_document(self.schema.document(&document, fingerprint))?;
                    self.fingerprints.insert(url.clone(), fingerprint);
                    report.indexed += 1;
                }
                None => {
                    self.fingerprints.remove(url);
                    report.removed += 1;
                }
            }
        }
        if !urls.is_empty() {
            writer.commit()?;
            self.reader.reload()?;
        }
        Ok(report)
    }

    /// How many articles the index holds.
    pub fn len(&self) -> usize {
        self.fingerprints.len()
    }

    /// Whether the index holds no article.
    pub fn is_empty(&self) -> bool {
        self.fingerprints.is_empty()
    }

    /// The folder of an index in an archive's cache.
    pub fn folder_in(cache: &Path) -> PathBuf {
        cache.join("search")
    }
}

impl SearchSchema {
    /// The tantivy document of a search document.
    pub(crate) fn document(&self, doc: &SearchDocument, fingerprint: u64) -> TantivyDocument {
        let mut d = TantivyDocument::default();
        d.add_text(self.url, &doc.url);
        d.add_u64(self.fingerprint, fingerprint);
        d.add_text(self.title, &doc.title);
        d.add_text(self.series, &doc.series);
        if let Some(title) = &doc.series_title {
            d.add_text(self.series_title, title);
        }
        if let Some(date) = &doc.date {
            d.add_text(self.date, date);
        }
        if let Some(year) = doc.year {
            d.add_i64(self.year, i64::from(year));
        }
        d.add_text(self.language, &doc.language);
        d.add_text(self.summary, &doc.summary);
        let (title_field, body_field) = self.fields_of(doc.analysis);
        d.add_text(title_field, &doc.title);
        d.add_text(body_field, &doc.body);
        for name in doc.names.iter().chain(&doc.authors) {
            d.add_text(self.names, name);
        }
        for name in &doc.subject_names {
            d.add_text(self.subject_names, name);
        }
        for author in &doc.authors {
            d.add_text(self.author, author);
        }
        for (id, _, mentions) in &doc.entities {
            for _ in 0..*mentions {
                d.add_text(self.entity, id);
            }
        }
        for id in &doc.subjects {
            d.add_text(self.subject, id);
        }
        d.add_facet(self.facets, Facet::from_path(["series", doc.series.as_str()]));
        d.add_facet(self.facets, Facet::from_path(["lang", doc.language.as_str()]));
        if let Some(decade) = doc.decade() {
            d.add_facet(self.facets, Facet::from_path(["decade", decade.to_string().as_str()]));
        }
        for person in doc.people() {
            d.add_facet(self.facets, Facet::from_path(["person", person]));
        }
        d
    }
}
