//! The stages in flow order: sources → archive → site.

use kroniek_extract::Extractor;
use kroniek_model::{Archive, Diagnostic, Severity};
use std::sync::Arc;

use kroniek_site::{FragmentCache, KnowledgeIndex, RenderError, SiteFiles, SiteRenderer, Theme};
use kroniek_source::{ArticleCache, Loaded, load, load_cached};

use crate::ArchiveSources;
use crate::knowledge::{extract_knowledge, unlinked_warnings};

/// A successful build: the archive, its site in memory, and the warnings met on the way.
#[derive(Debug)]
pub struct Compiled {
    /// The loaded archive.
    pub archive: Archive,
    /// The theme with the archive's overrides (shared with the knowledge API).
    pub theme: Arc<Theme>,
    /// The extract stage compiled for the archive's authority records, kept so that an edit to
    /// one article is extracted without compiling the records' names again.
    pub extractor: Extractor,
    /// Every output file.
    pub site: SiteFiles,
    /// Per-entry pieces of the archive-wide files, for rendering them again after an edit.
    pub fragments: FragmentCache,
    /// The archive's knowledge gathered for rendering, brought up to date after an edit
    /// rather than gathered again.
    pub knowledge: Arc<KnowledgeIndex>,
    /// Warnings (never errors), sorted by file and line.
    pub warnings: Vec<Diagnostic>,
}

impl Compiled {
    /// What answers the server's knowledge API (`events`, `entities`, `entities/<kind>/<id>`)
    /// for this build, on request: a handle that shares the build's archive, theme and
    /// knowledge, so that making it costs nothing in proportion to the archive.
    pub fn knowledge_api(&self) -> KnowledgeApi {
        KnowledgeApi {
            archive: self.archive.clone(),
            theme: Arc::clone(&self.theme),
            knowledge: Arc::clone(&self.knowledge),
        }
    }
}

/// The knowledge API of one build, answered on request (see [`Compiled::knowledge_api`]).
#[derive(Debug, Clone)]
pub struct KnowledgeApi {
    archive: Archive,
    theme: Arc<Theme>,
    knowledge: Arc<KnowledgeIndex>,
}

impl KnowledgeApi {
    /// The JSON document at `path` under `/api/` (`events`, `entities`,
    /// `entities/person/<id>`…), or `None` when there is none.
    pub fn document(&self, path: &str) -> Option<Vec<u8>> {
        let renderer =
            SiteRenderer::with_knowledge(&self.archive, &self.theme, Arc::clone(&self.knowledge)).ok()?;
        renderer.knowledge_document(path)?.ok()
    }
}

/// A build that must not be published: every diagnostic, errors and warnings, sorted.
#[derive(Debug)]
pub struct Failed {
    /// What is wrong.
    pub diagnostics: Vec<Diagnostic>,
}

/// Every problem in an archive, without rendering pages: what `kroniek check` reports.
pub fn check(sources: &ArchiveSources) -> Vec<Diagnostic> {
    let loaded = load(&sources.files);
    let mut diagnostics = sources.diagnostics.clone();
    diagnostics.extend(loaded.diagnostics);
    if let Some(mut archive) = loaded.archive {
        let theme = theme_for(sources);
        if let Err(e) = SiteRenderer::new(&archive, &theme) {
            diagnostics.push(render_diagnostic(&e));
        }
        let extractor = Extractor::new(&archive.authorities);
        extract_knowledge(&mut archive, &extractor, None, None);
        diagnostics.extend(unlinked_warnings(&archive));
    }
    sort(&mut diagnostics);
    diagnostics
}

/// Loads, extracts and renders the whole site in memory (for `serve`); refuses when the archive
/// has errors. Parses only the articles `cache` has not seen with the same text, and extracts
/// only the articles that differ from `previous` (when its authority records are the same).
pub fn compile_cached(
    sources: &ArchiveSources,
    cache: &mut ArticleCache,
    previous: Option<&Archive>,
) -> Result<Compiled, Failed> {
    let (mut archive, mut diagnostics) = publishable(sources, load_cached(&sources.files, cache))?;
    let extractor = Extractor::new(&archive.authorities);
    extract_knowledge(&mut archive, &extractor, previous, Some(cache));
    let theme = Arc::new(theme_for(sources));
    let fragments = FragmentCache::new();
    let site = SiteRenderer::new(&archive, &theme).and_then(|renderer| {
        let knowledge = Arc::clone(renderer.knowledge());
        renderer.with_fragments(&fragments).render_all().map(|site| (site, knowledge))
    });
    match site {
        Ok((mut site, knowledge)) => {
            // Served sites search through the server; only the page's script and style are files.
            site.0.extend(crate::search::client_files());
            sort(&mut diagnostics);
            Ok(Compiled { archive, theme, extractor, site, fragments, knowledge, warnings: diagnostics })
        }
        Err(e) => {
            diagnostics.push(render_diagnostic(&e));
            sort(&mut diagnostics);
            Err(Failed { diagnostics })
        }
    }
}

/// The loaded archive with its (sorted) warnings, or every diagnostic when any is an error:
/// an archive with errors is never rendered.
pub(crate) fn publishable(
    sources: &ArchiveSources,
    loaded: Loaded,
) -> Result<(Archive, Vec<Diagnostic>), Failed> {
    let mut diagnostics = sources.diagnostics.clone();
    diagnostics.extend(loaded.diagnostics);
    sort(&mut diagnostics);
    match loaded.archive {
        Some(archive) if !diagnostics.iter().any(Diagnostic::is_error) => Ok((archive, diagnostics)),
        _ => Err(Failed { diagnostics }),
    }
}

fn theme_for(sources: &ArchiveSources) -> Theme {
    Theme::builtin().with_overrides(sources.templates.iter().cloned(), sources.statics.iter().cloned())
}

fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then(a.message.cmp(&b.message)));
    diagnostics.dedup();
}

/// A render failure as a diagnostic: template errors carry their own file and line.
pub(crate) fn render_diagnostic(error: &RenderError) -> Diagnostic {
    error
        .diagnostic()
        .cloned()
        .unwrap_or_else(|| Diagnostic::file(Severity::Error, "templates", error.to_string()))
}

/// What `kroniek build` made.
#[derive(Debug)]
pub struct Built {
    /// How many articles the site has.
    pub articles: usize,
    /// How many files were written.
    pub files: usize,
    /// Warnings, sorted.
    pub warnings: Vec<Diagnostic>,
}

/// Why `kroniek build` published nothing.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The archive has errors; nothing was written.
    #[error("the archive has errors")]
    Content(Failed),
    /// Writing failed; the previous output is untouched.
    #[error(transparent)]
    Io(#[from] crate::DriverError),
}

impl From<kroniek_site::RenderError> for BuildError {
    fn from(error: kroniek_site::RenderError) -> Self {
        BuildError::Content(Failed { diagnostics: vec![render_diagnostic(&error)] })
    }
}

/// Loads, renders and writes the site to `out`, page by page as they are rendered (so the whole
/// site is never held in memory), swapping it in only when every page is written.
pub fn build(
    sources: &ArchiveSources,
    out: &std::path::Path,
    archive_root: Option<&std::path::Path>,
) -> Result<Built, BuildError> {
    let (mut archive, diagnostics) =
        publishable(sources, load(&sources.files)).map_err(BuildError::Content)?;
    let extractor = Extractor::new(&archive.authorities);
    extract_knowledge(&mut archive, &extractor, None, None);
    let theme = theme_for(sources);
    let renderer = SiteRenderer::new(&archive, &theme)?;
    let mut files = 0;
    crate::output::publish(out, archive_root, |staging| {
        files = renderer.render_each(|path, bytes| {
            crate::output::write_staged(staging, &path, &bytes).map_err(BuildError::from)
        })?;
        // The static search bundle: `/search/` then works on any host, with no server.
        for (path, bytes) in crate::search::bundle_files(&archive) {
            crate::output::write_staged(staging, &path, &bytes)?;
            files += 1;
        }
        Ok::<(), BuildError>(())
    })?;
    Ok(Built { articles: archive.entries.len(), files, warnings: diagnostics })
}
