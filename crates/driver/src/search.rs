//! The search stage's place in the driver: the tantivy index kept in the archive's cache folder
//! (for `kroniek search` and `kroniek serve`), and the static bundle written into a built site.

use std::path::{Path, PathBuf};

use kroniek_model::{Archive, Diagnostic};
use kroniek_search::{IndexReport, SearchIndex, StaticBundle};
use kroniek_source::load;

use crate::ArchiveLocation;
use crate::pipeline::{BuildError, Failed};

/// kroniek's cache folder inside an archive. Hidden, so the archive's readers skip it; safe to
/// delete at any time (everything in it is rebuilt).
pub const CACHE_DIR: &str = ".kroniek/cache";

/// Where an archive's search index lives: `<archive>/.kroniek/cache/search/`.
pub fn search_index_dir(root: &Path) -> PathBuf {
    SearchIndex::folder_in(&root.join(CACHE_DIR))
}

/// An archive opened for searching.
#[derive(Debug)]
pub struct SearchSession {
    /// The index, up to date with the archive.
    pub index: SearchIndex,
    /// What opening it took (a rebuild and why, articles re-indexed).
    pub report: IndexReport,
    /// The loaded archive.
    pub archive: Archive,
    /// Problems met loading the archive; an archive with errors is searched as far as it loaded.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads the archive and opens its index: on disk in the cache folder for an archive folder
/// (in memory when that folder cannot be used, said in the report), in memory for the demo.
pub fn open_search(location: &ArchiveLocation) -> Result<SearchSession, BuildError> {
    let sources = location.read()?;
    let loaded = load(&sources.files);
    let mut diagnostics = sources.diagnostics;
    diagnostics.extend(loaded.diagnostics);
    let Some(archive) = loaded.archive else { return Err(BuildError::Content(Failed { diagnostics })) };
    let (index, report) = match location.root() {
        Some(root) => match SearchIndex::open(&search_index_dir(root), &archive) {
            Ok(opened) => opened,
            Err(error) => {
                let index = SearchIndex::in_memory(&archive).map_err(|e| in_memory_failed(&e))?;
                let reason = format!("the index folder could not be used ({error}); searched in memory");
                (index, IndexReport { rebuilt: Some(reason), ..IndexReport::default() })
            }
        },
        None => {
            let index = SearchIndex::in_memory(&archive).map_err(|e| in_memory_failed(&e))?;
            (index, IndexReport::default())
        }
    };
    Ok(SearchSession { index, report, archive, diagnostics })
}

fn in_memory_failed(error: &kroniek_search::SearchError) -> BuildError {
    BuildError::Content(Failed {
        diagnostics: vec![Diagnostic::file(
            kroniek_model::Severity::Error,
            CACHE_DIR,
            format!("the search index could not be built: {error}"),
        )],
    })
}

/// The static search bundle's files for a built site.
pub(crate) fn bundle_files(archive: &Archive) -> Vec<(String, Vec<u8>)> {
    StaticBundle::build(archive).files
}

/// The search page's script and stylesheet, for a site served live (queries go to the server).
pub(crate) fn client_files() -> Vec<(String, Vec<u8>)> {
    StaticBundle::client_files()
}
