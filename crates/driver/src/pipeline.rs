//! The stages in flow order: sources → archive → site.

use kroniek_extract::Extractor;
use kroniek_model::{Archive, Diagnostic, Severity};
use kroniek_site::{FragmentCache, RenderError, SiteFiles, SiteRenderer, Theme};
use kroniek_source::{ArticleCache, Loaded, load, load_cached};

use crate::ArchiveSources;
use crate::knowledge::{extract_knowledge, unlinked_warnings};

/// A successful build: the archive, its site in memory, and the warnings met on the way.
#[derive(Debug)]
pub struct Compiled {
    /// The loaded archive.
    pub archive: Archive,
    /// The theme with the archive's overrides.
    pub theme: Theme,
    /// The extract stage compiled for the archive's authority records, kept so that an edit to
    /// one article is extracted without compiling the records' names again.
    pub extractor: Extractor,
    /// Every output file.
    pub site: SiteFiles,
    /// Per-entry pieces of the archive-wide files, for rendering them again after an edit.
    pub fragments: FragmentCache,
    /// Warnings (never errors), sorted by file and line.
    pub warnings: Vec<Diagnostic>,
}

impl Compiled {
    /// The server's knowledge API documents (`events`, `entities`, `entities/<kind>/<id>`),
    /// keyed by their path under `/api/`; empty if the theme cannot render (the build itself
    /// would have failed then).
    pub fn knowledge_api(&self) -> Vec<(String, Vec<u8>)> {
        SiteRenderer::new(&self.archive, &self.theme).and_then(|r| r.knowledge_api()).unwrap_or_default()
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
    let theme = theme_for(sources);
    let fragments = FragmentCache::new();
    let site = SiteRenderer::new(&archive, &theme)
        .and_then(|renderer| renderer.with_fragments(&fragments).render_all());
    match site {
        Ok(mut site) => {
            // Served sites search through the server; only the page's script and style are files.
            site.0.extend(crate::search::client_files());
            sort(&mut diagnostics);
            Ok(Compiled { archive, theme, extractor, site, fragments, warnings: diagnostics })
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
