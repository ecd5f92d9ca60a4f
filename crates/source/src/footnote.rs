//! Footnotes: linking `[^label]` references to `[^label]: …` definitions, counting references
//! and reporting dangling ones.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use kroniek_model::{Diagnostic, Footnote};

/// Collects references and definitions while the body is walked, then links them.
///
/// Labels match case-insensitively, as CommonMark (and pulldown-cmark) match them.
#[derive(Debug, Default)]
pub(crate) struct FootnoteLinker {
    definitions: Vec<Definition>,
    references: Vec<Reference>,
}

#[derive(Debug)]
struct Definition {
    label: String,
    text: String,
    /// The `[^label]:` marker, where diagnostics about the definition point.
    marker: Range<usize>,
    /// The whole definition.
    range: Range<usize>,
}

#[derive(Debug)]
struct Reference {
    label: String,
    range: Range<usize>,
}

impl FootnoteLinker {
    /// A reference the Markdown parser linked to a definition.
    pub(crate) fn reference(&mut self, label: &str, range: Range<usize>) {
        self.references.push(Reference { label: label.to_owned(), range });
    }

    /// Looks for `[^label]` written in plain text. The parser leaves a reference as text when
    /// no definition matches it, so these are the dangling ones.
    pub(crate) fn scan_text(&mut self, source: &str, run: Range<usize>) {
        let Some(text) = source.get(run.clone()) else { return };
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|rest| rest.find("[^")) {
            let start = from + found;
            from = start + 2;
            let Some(label_len) = text[from..].find(']') else { break };
            let label = &text[from..from + label_len];
            let escaped = text[..start].chars().rev().take_while(|c| *c == '\\').count() % 2 == 1;
            let plausible = !label.is_empty() && !label.contains(|c: char| c.is_whitespace() || c == '[');
            if plausible && !escaped {
                let end = from + label_len + 1;
                self.reference(label, run.start + start..run.start + end);
                from = end;
            }
        }
    }

    /// A definition and its text.
    pub(crate) fn define(&mut self, label: &str, source: &str, range: Range<usize>, text: String) {
        // Point at `[^label]:`, not at the whole note.
        let marker_end =
            source.get(range.clone()).and_then(|t| t.find("]:")).map_or(range.end, |i| range.start + i + 2);
        self.definitions.push(Definition {
            label: label.to_owned(),
            text,
            marker: range.start..marker_end,
            range,
        });
    }

    /// The footnotes in definition order, with reference counts, and every problem: a reference
    /// without definition, a definition given twice, a definition never referenced.
    pub(crate) fn finish(self, path: &Path, source: &str) -> (Vec<Footnote>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        // A second definition is dropped, and with it the references in its text.
        let mut seen = std::collections::HashSet::new();
        let dropped: Vec<Range<usize>> = self
            .definitions
            .iter()
            .filter(|d| !seen.insert(key(&d.label)))
            .map(|d| d.range.clone())
            .collect();
        let mut counts: HashMap<String, usize> = HashMap::new();
        for reference in &self.references {
            if !dropped.iter().any(|r| r.contains(&reference.range.start)) {
                *counts.entry(key(&reference.label)).or_default() += 1;
            }
        }

        let mut footnotes: Vec<Footnote> = Vec::new();
        let mut defined: HashMap<String, &Definition> = HashMap::new();
        for definition in &self.definitions {
            let k = key(&definition.label);
            if let Some(first) = defined.get(&k) {
                let line = kroniek_model::Span::from_bytes(source, first.marker.clone()).line;
                let message = format!("footnote `[^{}]` is defined twice", definition.label);
                diagnostics.push(
                    Diagnostic::error(path, source, definition.marker.clone(), message).with_help(format!(
                        "the first definition is on line {line}; merge them or rename one"
                    )),
                );
                continue;
            }
            defined.insert(k.clone(), definition);
            let refs = counts.get(&k).copied().unwrap_or(0);
            if refs == 0 {
                let message = format!("footnote `[^{}]` is never referenced", definition.label);
                diagnostics.push(
                    Diagnostic::warning(path, source, definition.marker.clone(), message).with_help(format!(
                        "refer to it with `[^{}]` in the text, or remove it",
                        definition.label
                    )),
                );
            }
            footnotes.push(Footnote { label: definition.label.clone(), text: definition.text.clone(), refs });
        }

        for reference in &self.references {
            if !defined.contains_key(&key(&reference.label)) {
                let message = format!("footnote `[^{}]` has no definition", reference.label);
                diagnostics.push(
                    Diagnostic::error(path, source, reference.range.clone(), message).with_help(format!(
                        "add a line `[^{}]: …` at the end of the article",
                        reference.label
                    )),
                );
            }
        }
        (footnotes, diagnostics)
    }
}

/// The form labels are compared in.
fn key(label: &str) -> String {
    label.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_references_are_found_unless_escaped() {
        let source = "zie [^a] en \\[^b] en [^ c] en [^d]";
        let mut linker = FootnoteLinker::default();
        linker.scan_text(source, 0..source.len());
        let labels: Vec<_> = linker.references.iter().map(|r| (r.label.as_str(), r.range.clone())).collect();
        assert_eq!(labels, [("a", 4..8), ("d", 30..34)]);
    }

    #[test]
    fn counts_and_problems() {
        let source = "x[^1] y[^1] z[^2]\n\n[^1]: een\n[^3]: drie\n[^1]: weer\n";
        let mut linker = FootnoteLinker::default();
        linker.reference("1", 1..5);
        linker.reference("1", 7..11);
        linker.reference("2", 13..17);
        let at = |needle: &str| {
            let i = source.find(needle).unwrap();
            i..i + needle.len()
        };
        linker.define("1", source, at("[^1]: een"), "een".into());
        linker.define("3", source, at("[^3]: drie"), "drie".into());
        linker.define("1", source, at("[^1]: weer"), "weer".into());
        let (notes, diagnostics) = linker.finish(Path::new("a.md"), source);
        assert_eq!(
            notes.iter().map(|n| (n.label.as_str(), n.refs)).collect::<Vec<_>>(),
            [("1", 2), ("3", 0)]
        );
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.is_error(), d.span.as_ref().map(|s| (s.line, s.column, s.width))))
            .collect();
        assert_eq!(found, [(false, Some((4, 1, 5))), (true, Some((5, 1, 5))), (true, Some((1, 14, 4)))]);
    }
}
