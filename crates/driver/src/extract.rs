//! `kroniek extract`: one article — a source file or a scraped page — as the JSON contract of
//! DESIGN.md ("extract --json"), which the server's API serves too.

use std::path::Path;

use kroniek_extract::Extractor;
use kroniek_import::{ImportOptions, PageFormat, import_page};
use kroniek_model::{Article, Diagnostic, Entity, Entry, Event, SiteConfig};
use kroniek_source::parse_article;
use serde::Serialize;

/// One input's structure and knowledge.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractReport {
    /// The input path as given.
    pub source: String,
    /// `text`, `html` or `markdown`.
    pub format: &'static str,
    /// The recovered article.
    pub article: Article,
    /// Dated events, in text order.
    pub events: Vec<Event>,
    /// Named entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// Problems met on the way; not part of the JSON contract.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// Why an input gave no article.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// A source file with errors.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n\n"))]
    Source(Vec<Diagnostic>),
    /// A scraped page that could not be read.
    #[error("{path}: {message}")]
    Page {
        /// The input.
        path: String,
        /// What was wrong.
        message: String,
    },
}

impl ExtractReport {
    /// The report for an extracted archive entry, as the server's API gives it.
    pub fn for_entry(entry: &Entry) -> Self {
        Self {
            source: entry.path.to_string_lossy().into_owned(),
            format: "markdown",
            article: entry.article.clone(),
            events: entry.knowledge.events.clone(),
            entities: entry.knowledge.entities.clone(),
            warnings: Vec::new(),
        }
    }

    fn new(
        source: String,
        format: &'static str,
        article: Article,
        extractor: &Extractor,
        subjects: &[kroniek_model::Id],
    ) -> Self {
        let knowledge = extractor.extract(&article, subjects);
        Self {
            source,
            format,
            article,
            events: knowledge.events,
            entities: knowledge.entities,
            warnings: Vec::new(),
        }
    }
}

/// Extracts one input. `config` is the archive's, when there is one: its series and language
/// guide the recovery of scraped pages; `extractor` carries its authority records.
pub fn extract(
    path: &Path,
    bytes: &[u8],
    config: Option<&SiteConfig>,
    extractor: &Extractor,
) -> Result<ExtractReport, ExtractError> {
    let shown = path.to_string_lossy().into_owned();
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("md" | "markdown")) {
        let text = std::str::from_utf8(bytes).map_err(|e| ExtractError::Page {
            path: shown.clone(),
            message: format!("not UTF-8 text (first bad byte at {})", e.valid_up_to()),
        })?;
        let parsed = parse_article(path, text, config);
        let (errors, warnings): (Vec<_>, Vec<_>) =
            parsed.diagnostics.into_iter().partition(Diagnostic::is_error);
        return match parsed.value {
            Some(entry) if errors.is_empty() => {
                let source = path.to_string_lossy().into_owned();
                let mut report =
                    ExtractReport::new(source, "markdown", entry.article, extractor, &entry.subjects);
                report.warnings = warnings.iter().map(ToString::to_string).collect();
                Ok(report)
            }
            _ => Err(ExtractError::Source(errors)),
        };
    }
    let format = PageFormat::detect(extension.as_deref(), bytes);
    let series = config.map(|c| c.series.as_slice()).unwrap_or(&[]);
    let options = ImportOptions::with_series(series, config.map(|c| c.language.clone()));
    let imported = import_page(bytes, format, &options)
        .map_err(|e| ExtractError::Page { path: shown.clone(), message: e.to_string() })?;
    Ok(ExtractReport {
        warnings: imported
            .warnings
            .iter()
            .map(|w| match w.line {
                Some(line) => format!("{}:{line}: warning: {}", path.display(), w.message),
                None => format!("{}: warning: {}", path.display(), w.message),
            })
            .collect(),
        ..ExtractReport::new(shown, format.as_str(), imported.article, extractor, &[])
    })
}

/// The archive a source file sits in — `<root>/content/<series>/<slug>.md` with a
/// `<root>/kroniek.toml` — and the file's path inside it, so that extracting one source gets
/// the series and language its archive gives it.
pub fn locate_source(file: &Path) -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let absolute = std::fs::canonicalize(file).ok()?;
    let content = absolute.parent()?.parent()?;
    if content.file_name()? != "content" {
        return None;
    }
    let root = content.parent()?;
    let relative = absolute.strip_prefix(root).ok()?.to_path_buf();
    root.join("kroniek.toml").is_file().then(|| (root.to_path_buf(), relative))
}

/// An archive's configuration, reading `kroniek.toml` alone; `None` when it is missing or invalid.
pub fn read_config(root: &Path) -> Option<SiteConfig> {
    let text = std::fs::read_to_string(root.join("kroniek.toml")).ok()?;
    kroniek_source::parse_config(Path::new("kroniek.toml"), &text).ok()
}
