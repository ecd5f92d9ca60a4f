//! The overlay that shows a broken edit's problems over every page until the edit is fixed.
//!
//! It is rendered twice from one list: as HTML the server puts into pages it serves, and as
//! JSON pushed to pages already open, which `live.js` turns into the same markup.

use kroniek_model::Diagnostic;
use serde::Serialize;

/// A broken build's problems, ready to put into a page or send to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Overlay {
    html: String,
    json: String,
}

/// What `live.js` receives: the same text the server renders.
#[derive(Serialize)]
struct Report<'a> {
    broken: bool,
    title: &'a str,
    diagnostics: Vec<Problem<'a>>,
}

#[derive(Serialize)]
struct Problem<'a> {
    severity: String,
    /// `path:line:col: error: message`, then the offending line with the spot underlined.
    text: String,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

impl Overlay {
    /// The overlay for a build that failed with `diagnostics`. `has_good_version` says whether
    /// an earlier build's pages are still being shown behind it.
    pub(crate) fn new(diagnostics: &[Diagnostic], has_good_version: bool) -> Self {
        let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
        sorted.sort_by(|a, b| a.severity.cmp(&b.severity).then_with(|| a.sort_key().cmp(&b.sort_key())));
        let errors = sorted.iter().filter(|d| d.is_error()).count();
        let problems = match errors {
            0 => "the build failed".to_owned(),
            1 => "the build failed with 1 error".to_owned(),
            n => format!("the build failed with {n} errors"),
        };
        let shown = if has_good_version {
            "the last good version is shown until it is fixed"
        } else {
            "there is no good version to show yet"
        };
        let title = format!("kroniek: {problems}; {shown}.");

        let mut html =
            String::from(r#"<div id="kroniek-overlay" role="alert"><div class="kroniek-overlay-box">"#);
        html.push_str(r#"<p class="kroniek-overlay-title">"#);
        push_escaped(&mut html, &title);
        html.push_str("</p>");
        let mut listed = Vec::with_capacity(sorted.len());
        for diagnostic in sorted {
            let text = display(diagnostic);
            html.push_str(&format!(r#"<pre class="kroniek-overlay-{}">"#, diagnostic.severity));
            push_escaped(&mut html, &text);
            html.push_str("</pre>");
            listed.push(Problem {
                severity: diagnostic.severity.to_string(),
                text,
                path: diagnostic.path.display().to_string(),
                line: diagnostic.span.as_ref().map(|s| s.line),
                column: diagnostic.span.as_ref().map(|s| s.column),
                message: &diagnostic.message,
            });
        }
        html.push_str("</div></div>");
        let report = Report { broken: true, title: &title, diagnostics: listed };
        // Serialising strings and numbers cannot fail; an empty object keeps the page alive if
        // it ever did.
        let json = serde_json::to_string(&report).unwrap_or_else(|_| "{}".to_owned());
        Self { html, json }
    }

    /// The overlay's markup, to put before a page's `</body>`.
    pub(crate) fn html(&self) -> &str {
        &self.html
    }

    /// The report as JSON for `live.js`, with `"broken": true`.
    pub(crate) fn json(&self) -> &str {
        &self.json
    }
}

/// The compiler-style text of a diagnostic. A span's column is 1-based; a builder that hands
/// over a zero would make the caret line underflow, so it is clamped first.
fn display(diagnostic: &Diagnostic) -> String {
    match &diagnostic.span {
        Some(span) if span.column == 0 || span.width == 0 => {
            let mut fixed = diagnostic.clone();
            if let Some(span) = &mut fixed.span {
                span.column = span.column.max(1);
                span.width = span.width.max(1);
            }
            fixed.to_string()
        }
        _ => diagnostic.to_string(),
    }
}

/// Appends `text` with the five HTML-special characters escaped: diagnostics quote the editor's
/// own text, which may hold markup.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Overlay;
    use kroniek_model::{Diagnostic, Severity};

    fn broken_title() -> Diagnostic {
        let source = "---\ntitle: <b>Élan\n---\n";
        let at = source.find("<b>").unwrap();
        Diagnostic::error("content/serge/elan.md", source, at..at + 3, "markup in a title")
    }

    #[test]
    fn html_shows_location_and_escaped_line() {
        let overlay = Overlay::new(&[broken_title()], true);
        let html = overlay.html();
        assert!(html.contains("content/serge/elan.md:2:8: error: markup in a title"), "{html}");
        assert!(html.contains("title: &lt;b&gt;Élan"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("1 error; the last good version is shown"), "{html}");
    }

    #[test]
    fn json_carries_the_same_text() {
        let overlay = Overlay::new(&[broken_title()], false);
        let report: serde_json::Value = serde_json::from_str(overlay.json()).unwrap();
        assert_eq!(report["broken"], true);
        assert_eq!(report["diagnostics"][0]["line"], 2);
        assert_eq!(report["diagnostics"][0]["column"], 8);
        let text = report["diagnostics"][0]["text"].as_str().unwrap();
        assert!(text.starts_with("content/serge/elan.md:2:8: error:"), "{text}");
        assert!(report["title"].as_str().unwrap().contains("no good version"));
    }

    #[test]
    fn a_zero_column_does_not_panic() {
        let mut diagnostic = broken_title();
        if let Some(span) = &mut diagnostic.span {
            span.column = 0;
        }
        let overlay = Overlay::new(&[diagnostic], true);
        assert!(overlay.html().contains("elan.md:2:1: error"), "{}", overlay.html());
    }

    #[test]
    fn errors_come_before_warnings() {
        let warning = Diagnostic::file(Severity::Warning, "a.md", "just a warning");
        let overlay = Overlay::new(&[warning, broken_title()], true);
        let html = overlay.html();
        let error_at = html.find("markup in a title").unwrap();
        let warning_at = html.find("just a warning").unwrap();
        assert!(error_at < warning_at);
    }
}
