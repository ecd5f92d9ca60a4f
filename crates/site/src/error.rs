//! What can go wrong while rendering: a broken template, a page the archive does not have.

use kroniek_model::{Diagnostic, Severity};

use crate::Theme;

/// Why a page could not be rendered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RenderError {
    /// A template does not compile, or fails while rendering: the diagnostic names the file
    /// (`templates/<name>`), the line and what is wrong.
    #[error("{0}")]
    Template(Box<Diagnostic>),
    /// The page does not exist in this archive (an article index past the end, an unknown
    /// series, a page number past the last, a static file the theme does not have).
    #[error("no such page: {0}")]
    NoSuchPage(String),
    /// An article's slug cannot be a URL segment (a `/`, `..`, a quote, a space…): the source
    /// stage refuses such slugs, so this only guards archives built by other means.
    #[error("the article `{0}` has a slug that cannot be a URL segment")]
    UnsafeSlug(String),
    /// A data file could not be serialised.
    #[error("could not write {path}: {message}")]
    Data {
        /// The output path.
        path: String,
        /// What went wrong.
        message: String,
    },
}

impl RenderError {
    /// The diagnostic, for template errors.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            RenderError::Template(d) => Some(d),
            _ => None,
        }
    }

    /// A minijinja error as a diagnostic pinned to the template file and line it names.
    pub(crate) fn template(error: &minijinja::Error, theme: &Theme) -> RenderError {
        let mut message = match error.detail() {
            Some(detail) => format!("{}: {detail}", error.kind()),
            None => error.kind().to_string(),
        };
        // A failure inside a filter or an include carries its cause one level down.
        if let Some(cause) = std::error::Error::source(error) {
            message.push_str(&format!(" ({cause})"));
        }
        let name = error.name().unwrap_or("");
        let path = if name.is_empty() { "templates".to_owned() } else { format!("templates/{name}") };
        let source = theme.template(name);
        let diagnostic = match (source, error.range(), error.line()) {
            (Some(source), Some(range), _) => Diagnostic::error(&path, source, range, message),
            (Some(source), None, Some(line)) => {
                let start = source.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
                let end = source[start..].find('\n').map_or(source.len(), |i| start + i);
                Diagnostic::error(&path, source, start..end, message)
            }
            _ => Diagnostic::file(Severity::Error, &path, message),
        };
        let diagnostic = diagnostic
            .with_help("fix the template, or delete the override to fall back to the built-in theme");
        RenderError::Template(Box::new(diagnostic))
    }
}
