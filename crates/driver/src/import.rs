//! `kroniek import`: scraped pages → `content/<series>/<slug>.md`.
//!
//! The import stage recovers each article; this module places it in the archive and writes
//! it, with three promises: it never overwrites (unless asked), a page imported before is
//! recognised by the hash of its bytes and skipped, and a source file is written whole or not
//! at all. Pages are recovered in parallel; placing and writing then go one by one, in input
//! order, so that two pages of one run that want the same slug are told apart the same way
//! every time.

mod archive_index;
mod atomic_write;
mod page_inputs;
mod slug;

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use kroniek_import::{ImportError, ImportOptions, ImportWarning, Imported, PageFormat, import_page};
use kroniek_model::{Article, Diagnostic, Entry, Id, Origin, SiteConfig};
use kroniek_source::{parse_article, parse_config, write_article};
use rayon::prelude::*;

use self::archive_index::ArchiveIndex;
use self::atomic_write::{Replace, write_atomically};
pub use self::page_inputs::{InputProblem, PageInputs};
use crate::DriverError;

/// What to do when an article's file already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExistingSources {
    /// Leave it and report the page as failed; skip pages imported before (the default).
    Keep,
    /// Replace it, and import again pages imported before (`--force`).
    Replace,
}

/// Whether the import writes files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Write the sources.
    Write,
    /// Report what would be written, write nothing (`--dry-run`).
    DryRun,
}

/// An import into one archive, its options validated.
#[derive(Debug)]
pub struct ImportJob {
    root: PathBuf,
    config: SiteConfig,
    series: Option<Id>,
    existing: ExistingSources,
    mode: ImportMode,
}

/// Why an import cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ImportSetupError {
    /// The folder is not an archive, or its configuration cannot be read.
    #[error(transparent)]
    Archive(#[from] DriverError),
    /// `kroniek.toml` has errors.
    #[error("kroniek.toml has errors; fix them first (`kroniek check` lists them)")]
    Config(Vec<Diagnostic>),
    /// `--series` names a series the archive does not declare.
    #[error("--series {id}: kroniek.toml declares no such series ({})", list_or_none(.declared))]
    UnknownSeries {
        /// The id asked for.
        id: String,
        /// The series kroniek.toml declares.
        declared: Vec<Id>,
    },
}

/// One page and what became of it.
#[derive(Debug)]
pub struct PageReport {
    /// The page's path, as named or as found in a named folder.
    pub page: PathBuf,
    /// What happened.
    pub outcome: PageOutcome,
}

/// What became of a page.
#[derive(Debug)]
pub enum PageOutcome {
    /// The article was written (or, in a dry run, would have been).
    Imported(Box<ImportedPage>),
    /// The archive already holds an article imported from these very bytes.
    AlreadyImported {
        /// That article, relative to the archive.
        article: PathBuf,
    },
    /// The page gave no article, or the article could not be placed or written.
    Failed(PageFailure),
}

/// A page turned into a source file.
#[derive(Debug)]
pub struct ImportedPage {
    /// The source file, relative to the archive: `content/<series>/<slug>.md`.
    pub target: PathBuf,
    /// The article's series.
    pub series: Id,
    /// Whether the series came from `--series` or from the page's headline.
    pub series_from: SeriesChoice,
    /// The page's path and hash, as recorded in the front matter.
    pub origin: Origin,
    /// What the import stage recovered: the article, warnings, dropped lines, encoding. The
    /// warnings include any difference found when the written source was read back.
    pub imported: Imported,
    /// The source file's text.
    pub source: String,
    /// Whether an existing file was (or would be) replaced (`--force`).
    pub replaced: bool,
}

/// Where an imported article's series came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesChoice {
    /// `--series`.
    Flag,
    /// The page's headline named a series the archive declares.
    Headline,
}

/// Why a page was not imported.
#[derive(Debug, thiserror::Error)]
pub enum PageFailure {
    /// The file could not be read.
    #[error("cannot read it: {0}")]
    Unreadable(io::Error),
    /// The import stage found no article.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// Neither `--series` nor the headline gave a series.
    #[error("{}", no_series_message(.declared))]
    NoSeries {
        /// The series kroniek.toml declares.
        declared: Vec<Id>,
    },
    /// The article's file exists already.
    #[error("{} already exists: kroniek import never overwrites; pass --force to replace it", .0.display())]
    Exists(PathBuf),
    /// An article that is not the target file already has the URL.
    #[error("/{series}/{slug}/ is already the URL of {} (its front matter sets that slug); rename one of them", owner.display())]
    UrlTaken {
        /// The series.
        series: Id,
        /// The slug.
        slug: String,
        /// The article with that URL.
        owner: PathBuf,
    },
    /// An earlier page of the same import became the same file.
    #[error("{} was already made from {} in this import; rename one of the pages' titles", target.display(), by.display())]
    TakenInThisRun {
        /// The source file both pages want.
        target: PathBuf,
        /// The earlier page.
        by: PathBuf,
    },
    /// The source written from the page would not pass `kroniek check`: a bug to report, so the
    /// file is not written.
    #[error("the source made from it would not pass `kroniek check`, so it was not written:\n{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Unsound(Vec<Diagnostic>),
    /// Writing the source failed.
    #[error("cannot write {}: {source}", target.display())]
    Write {
        /// The source file.
        target: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

impl ImportJob {
    /// Opens the archive at `root` for an import: its `kroniek.toml` must be valid (its series
    /// and language guide the recovery) and `series`, when given, declared in it.
    pub fn open(
        root: &Path,
        series: Option<&str>,
        existing: ExistingSources,
        mode: ImportMode,
    ) -> Result<Self, ImportSetupError> {
        let config_path = root.join("kroniek.toml");
        if !config_path.is_file() {
            return Err(DriverError::NotAnArchive(root.to_path_buf()).into());
        }
        let text = fs::read_to_string(&config_path).map_err(|e| DriverError::io(&config_path, e))?;
        let config = parse_config(Path::new("kroniek.toml"), &text).map_err(ImportSetupError::Config)?;
        let series = match series {
            Some(id) => match config.series(id) {
                Some(declared) => Some(declared.id.clone()),
                None => {
                    let declared = config.series.iter().map(|s| s.id.clone()).collect();
                    return Err(ImportSetupError::UnknownSeries { id: id.to_owned(), declared });
                }
            },
            None => None,
        };
        Ok(Self { root: root.to_path_buf(), config, series, existing, mode })
    }

    /// Imports `pages` (see [`PageInputs`]) and reports on each, in the same order. `done` is
    /// called once per page as its recovery finishes, from any thread (for a progress bar).
    pub fn run(&self, pages: &[PathBuf], done: &(dyn Fn() + Sync)) -> Vec<PageReport> {
        let mut index = ArchiveIndex::read(&self.root, &self.config);
        let prepared: Vec<PageOutcome> = pages
            .par_iter()
            .map(|page| {
                let outcome = self.prepare(page, &index);
                done();
                outcome
            })
            .collect();
        let mut run = RunLedger::default();
        pages
            .iter()
            .zip(prepared)
            .map(|(page, outcome)| {
                let outcome = match outcome {
                    PageOutcome::Imported(ready) => self.place(page, *ready, &mut index, &mut run),
                    other => other,
                };
                PageReport { page: page.clone(), outcome }
            })
            .collect()
    }

    /// Reads and recovers one page and writes its source text in memory: the parallel part.
    fn prepare(&self, page: &Path, index: &ArchiveIndex) -> PageOutcome {
        let bytes = match fs::read(page) {
            Ok(bytes) => bytes,
            Err(e) => return PageOutcome::Failed(PageFailure::Unreadable(e)),
        };
        let hash = content_hash(&bytes);
        if self.existing == ExistingSources::Keep
            && let Some(article) = index.imported_from(&hash)
        {
            return PageOutcome::AlreadyImported { article: article.to_path_buf() };
        }
        let extension = page.extension().and_then(|e| e.to_str());
        let options = ImportOptions::with_series(&self.config.series, Some(self.config.language.clone()));
        let mut imported = match import_page(&bytes, PageFormat::detect(extension, &bytes), &options) {
            Ok(imported) => imported,
            Err(e) => return PageOutcome::Failed(e.into()),
        };
        let (series, series_from) = match (&self.series, &imported.series_id) {
            (Some(flag), _) => (flag.clone(), SeriesChoice::Flag),
            (None, Some(matched)) => (matched.clone(), SeriesChoice::Headline),
            (None, None) => {
                let declared = self.config.series.iter().map(|s| s.id.clone()).collect();
                return PageOutcome::Failed(PageFailure::NoSeries { declared });
            }
        };
        let slug = slug::slug_for(&imported.article.title, page);
        let target = Path::new("content").join(series.as_str()).join(format!("{slug}.md"));
        let origin = Origin { file: portable(page), hash };
        let entry = Entry {
            path: target.clone(),
            series: series.clone(),
            slug,
            summary: None,
            subjects: Vec::new(),
            article: imported.article.clone(),
            origin: Some(origin.clone()),
            knowledge: Default::default(),
        };
        let source = write_article(&entry);
        // Read the source back as `kroniek check` will: an import must never add an error to
        // the archive, and a difference means something would be lost on the way.
        let reread = parse_article(&target, &source, Some(&self.config));
        let errors: Vec<Diagnostic> = reread.diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
        if !errors.is_empty() {
            return PageOutcome::Failed(PageFailure::Unsound(errors));
        }
        if let Some(back) = reread.value {
            let changed = differences(&entry.article, &back.article);
            if !changed.is_empty() {
                let message = format!(
                    "the written source reads back with different {}: compare it with the page",
                    changed.join(", ")
                );
                imported.warnings.push(ImportWarning { line: None, message });
            }
        }
        PageOutcome::Imported(Box::new(ImportedPage {
            target,
            series,
            series_from,
            origin,
            imported,
            source,
            replaced: false,
        }))
    }

    /// Checks a recovered page against the archive and this run, and writes it: the sequential
    /// part, in input order.
    fn place(
        &self,
        page: &Path,
        mut ready: ImportedPage,
        index: &mut ArchiveIndex,
        run: &mut RunLedger,
    ) -> PageOutcome {
        // The same bytes twice in one run (a mirror holding copies) are one article.
        if let Some(article) = run.hashes.get(&ready.origin.hash) {
            return PageOutcome::AlreadyImported { article: article.clone() };
        }
        if let Some(by) = run.targets.get(&ready.target) {
            let failure = PageFailure::TakenInThisRun { target: ready.target, by: by.clone() };
            return PageOutcome::Failed(failure);
        }
        let slug = ready.target.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(owner) = index.url_owner(ready.series.as_str(), &slug)
            && owner != ready.target
        {
            let failure =
                PageFailure::UrlTaken { series: ready.series.clone(), slug, owner: owner.to_path_buf() };
            return PageOutcome::Failed(failure);
        }
        let absolute = self.root.join(&ready.target);
        ready.replaced = absolute.exists();
        if ready.replaced && self.existing == ExistingSources::Keep {
            return PageOutcome::Failed(PageFailure::Exists(ready.target));
        }
        if self.mode == ImportMode::Write {
            let replace = match self.existing {
                ExistingSources::Keep => Replace::Never,
                ExistingSources::Replace => Replace::Allowed,
            };
            if let Err(source) = write_atomically(&absolute, &ready.source, replace) {
                return PageOutcome::Failed(if source.kind() == io::ErrorKind::AlreadyExists {
                    PageFailure::Exists(ready.target)
                } else {
                    PageFailure::Write { target: ready.target, source }
                });
            }
        }
        index.claim_url(ready.series.as_str(), &slug, &ready.target);
        run.hashes.insert(ready.origin.hash.clone(), ready.target.clone());
        run.targets.insert(ready.target.clone(), page.to_path_buf());
        PageOutcome::Imported(Box::new(ready))
    }
}

/// What this run has placed so far (a dry run too, so that its report matches a real run).
#[derive(Default)]
struct RunLedger {
    /// Page hash → the source made from it.
    hashes: HashMap<String, PathBuf>,
    /// Source file → the page it was made from.
    targets: HashMap<PathBuf, PathBuf>,
}

/// The hash recorded in `[origin]`: xxh3-128 of the page's bytes. Not cryptographic — it
/// recognises a page met again, it does not defend against forgery — and fast enough (GB/s)
/// to cost nothing beside the recovery.
fn content_hash(bytes: &[u8]) -> String {
    format!("xxh3:{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// The parts of an article that differ after a write and a read; the kicker and the
/// publication are left out, since they come from kroniek.toml, not the file.
fn differences(written: &Article, read: &Article) -> Vec<&'static str> {
    let checks = [
        ("title", written.title == read.title),
        ("subtitle", written.subtitle == read.subtitle),
        ("authors", written.authors == read.authors),
        ("language", written.language == read.language),
        ("published", written.published == read.published),
        ("sections", written.sections == read.sections),
        ("footnotes", written.footnotes == read.footnotes),
        ("works", written.works == read.works),
    ];
    checks.iter().filter(|(_, same)| !same).map(|(name, _)| *name).collect()
}

/// A path with forward slashes, so that a source records the same origin on every system.
fn portable(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' { text.replace('\\', "/") } else { text.into_owned() }
}

fn list_or_none(ids: &[Id]) -> String {
    if ids.is_empty() {
        "it declares none".to_owned()
    } else {
        format!("declared: {}", ids.iter().map(Id::as_str).collect::<Vec<_>>().join(", "))
    }
}

fn no_series_message(declared: &[Id]) -> String {
    if declared.is_empty() {
        "no series: kroniek.toml declares none; add a [[series]] to it and pass --series ID".to_owned()
    } else {
        format!(
            "no series: the headline names none of the archive's series ({}); pass --series ID",
            declared.iter().map(Id::as_str).collect::<Vec<_>>().join(", ")
        )
    }
}

#[cfg(test)]
mod tests;
