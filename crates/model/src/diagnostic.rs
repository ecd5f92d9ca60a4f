//! Problems found in an archive, each pinned to a file, line and column.
//!
//! Stages return `Diagnostic`s instead of failing on the first problem, so that `kroniek check`
//! can report everything in one run. A diagnostic carries its offending line so it can be shown
//! without reading the file again.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is: errors stop a build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The archive cannot be published until this is fixed.
    Error,
    /// Worth fixing; the build goes on.
    Warning,
}

/// Where in a file a problem sits: 1-based line and column (columns count characters).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
    /// How many characters to underline (at least one).
    pub width: usize,
    /// The whole offending line, without its line break.
    pub line_text: String,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the archive's root.
    pub path: PathBuf,
    /// Where in the file; `None` when the problem is the file as a whole.
    pub span: Option<Span>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

impl Span {
    /// The span of a byte range in `source`. Out-of-range or mid-character offsets are clamped,
    /// so a wrong offset can never panic.
    pub fn from_bytes(source: &str, range: Range<usize>) -> Self {
        let start = floor_char_boundary(source, range.start.min(source.len()));
        let end = floor_char_boundary(source, range.end.clamp(start, source.len()));
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
        let line = source[..start].matches('\n').count() + 1;
        let column = source[line_start..start].chars().count() + 1;
        let width = source[start..end.min(line_end)].chars().count().max(1);
        let line_text = source[line_start..line_end].trim_end_matches('\r').to_owned();
        Self { line, column, width, line_text }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

impl Diagnostic {
    /// An error at a byte range of a file's text.
    pub fn error(
        path: impl AsRef<Path>,
        source: &str,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Self::at(Severity::Error, path, source, range, message)
    }

    /// A warning at a byte range of a file's text.
    pub fn warning(
        path: impl AsRef<Path>,
        source: &str,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Self::at(Severity::Warning, path, source, range, message)
    }

    /// A problem at a byte range of a file's text.
    pub fn at(
        severity: Severity,
        path: impl AsRef<Path>,
        source: &str,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity,
            path: path.as_ref().to_path_buf(),
            span: Some(Span::from_bytes(source, range)),
            message: message.into(),
            help: None,
        }
    }

    /// A problem with a file as a whole (unreadable, not UTF-8, missing).
    pub fn file(severity: Severity, path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self { severity, path: path.as_ref().to_path_buf(), span: None, message: message.into(), help: None }
    }

    /// The same diagnostic with a hint on how to fix it.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this stops a build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The sort key that lists problems file by file, top to bottom.
    pub fn sort_key(&self) -> (&Path, usize, usize) {
        let (line, column) = self.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
        (&self.path, line, column)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: error: message`, then the offending line with the spot underlined, in the
    /// style compilers use, so editors and terminals can jump to it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        let Some(span) = &self.span else {
            write!(f, "{path}: {}: {}", self.severity, self.message)?;
            if let Some(help) = &self.help {
                write!(f, "\n  = help: {help}")?;
            }
            return Ok(());
        };
        writeln!(f, "{path}:{}:{}: {}: {}", span.line, span.column, self.severity, self.message)?;
        let gutter = span.line.to_string().len();
        let pad = " ".repeat(gutter);
        // Tabs would shift the caret; show them as single spaces.
        let shown = span.line_text.replace('\t', " ");
        writeln!(f, "{pad} |")?;
        writeln!(f, "{} | {shown}", span.line)?;
        write!(f, "{pad} | {}{}", " ".repeat(span.column.saturating_sub(1)), "^".repeat(span.width))?;
        if let Some(help) = &self.help {
            write!(f, "\n{pad} = help: {help}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_counts_lines_and_characters() {
        let source = "titel = \"x\"\nnaam = \"Élan\"\nfoo";
        let at = source.find("Élan").unwrap();
        let span = Span::from_bytes(source, at..at + "Élan".len());
        assert_eq!((span.line, span.column, span.width), (2, 9, 4));
        assert_eq!(span.line_text, "naam = \"Élan\"");
    }

    #[test]
    fn span_never_panics_on_wild_offsets() {
        let source = "één";
        for (a, b) in [(0, 100), (1, 2), (50, 60), (3, 1)] {
            let span = Span::from_bytes(source, a..b);
            assert_eq!(span.line, 1);
        }
    }

    #[test]
    fn display_shows_location_and_line() {
        let source = "title = \"A\"\ntitel = \"B\"\n";
        let at = source.find("titel").unwrap();
        let d = Diagnostic::error("content/a/b.md", source, at..at + 5, "unknown key `titel`")
            .with_help("did you mean `title`?");
        let shown = d.to_string();
        assert_eq!(
            shown,
            "content/a/b.md:2:1: error: unknown key `titel`\n  |\n2 | titel = \"B\"\n  | ^^^^^\n  = help: did you mean `title`?"
        );
    }
}
