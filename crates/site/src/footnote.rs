//! Footnote references as superscript links, and notes with a back-link to each reference.
//!
//! Ids carry the article's slug (`victor-serge-fn-1`, `victor-serge-fnref-1-2`) so that they
//! stay unique when several articles share one page or one feed. Notes are numbered by their
//! order of definition; a note referenced twice gets back-links "a" and "b".

use std::fmt::Write;

use kroniek_model::Footnote;
use minijinja::Value;
use serde::Serialize;

use crate::i18n::{Strings, fill};
use crate::markdown::{self, Mode};

/// Links references to notes while an article's body is rendered, counting each reference so
/// that the notes can link back to every one of them.
#[derive(Debug)]
pub(crate) struct FootnoteLinker<'a> {
    prefix: &'a str,
    notes: &'a [Footnote],
    /// References rendered so far, per note.
    refs: Vec<usize>,
    strings: &'static Strings,
}

/// A note as templates see it.
#[derive(Debug, Serialize)]
pub(crate) struct NoteView {
    /// The note's element id.
    pub(crate) id: String,
    /// Its number, counting from 1 in order of definition.
    pub(crate) number: usize,
    /// The note's text as HTML.
    pub(crate) html: Value,
    /// One link back to each reference, in text order.
    pub(crate) backrefs: Vec<BackRef>,
}

/// A link from a note back to one reference to it.
#[derive(Debug, Serialize)]
pub(crate) struct BackRef {
    /// `#` and the reference's id.
    pub(crate) href: String,
    /// "a", "b"… when the note has several references, else empty.
    pub(crate) letter: String,
    /// What a screen reader says: "Terug naar verwijzing 1a".
    pub(crate) label: String,
}

impl<'a> FootnoteLinker<'a> {
    /// A linker for one article's notes, with ids prefixed by `prefix` (the article's slug).
    pub(crate) fn new(prefix: &'a str, notes: &'a [Footnote], strings: &'static Strings) -> Self {
        Self { prefix, notes, refs: vec![0; notes.len()], strings }
    }

    /// Writes the superscript link for a reference to `label`; returns false (writing nothing)
    /// when no note has that label.
    pub(crate) fn link(&mut self, label: &str, out: &mut String) -> bool {
        let Some(index) = self.notes.iter().position(|n| n.label == label) else {
            return false;
        };
        let Some(count) = self.refs.get_mut(index) else {
            return false;
        };
        *count += 1;
        let (number, k, prefix) = (index + 1, *count, self.prefix);
        let _ = write!(
            out,
            "<sup class=\"fnref\"><a id=\"{prefix}-fnref-{number}-{k}\" href=\"#{prefix}-fn-{number}\" \
             role=\"doc-noteref\" aria-label=\"{} {number}\">{number}</a></sup>",
            self.strings.footnote
        );
        true
    }

    /// Whether the article has any notes.
    pub(crate) fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// The notes, once the body has been rendered (so every reference has been counted).
    pub(crate) fn into_notes(self) -> Vec<NoteView> {
        let prefix = self.prefix;
        self.notes
            .iter()
            .zip(&self.refs)
            .enumerate()
            .map(|(index, (note, &count))| {
                let number = index + 1;
                let mut html = String::with_capacity(note.text.len() + 32);
                markdown::push_html(&mut html, &note.text, Mode::Inline, None);
                let backrefs = (1..=count)
                    .map(|k| {
                        let letter = if count > 1 { letters(k) } else { String::new() };
                        BackRef {
                            href: format!("#{prefix}-fnref-{number}-{k}"),
                            label: fill(self.strings.back_to_reference, &format!("{number}{letter}")),
                            letter,
                        }
                    })
                    .collect();
                NoteView {
                    id: format!("{prefix}-fn-{number}"),
                    number,
                    html: Value::from_safe_string(html),
                    backrefs,
                }
            })
            .collect()
    }
}

/// 1 → "a", 26 → "z", 27 → "aa".
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(label: &str, text: &str) -> Footnote {
        Footnote { label: label.into(), text: text.into(), refs: 1 }
    }

    #[test]
    fn references_link_to_notes_and_notes_link_back_to_each_reference() {
        let notes = [note("1", "Eerste *bron*."), note("bron", "Tweede.")];
        let mut linker = FootnoteLinker::new("victor-serge", &notes, Strings::for_language("nl"));
        let mut out = String::new();
        assert!(linker.link("bron", &mut out));
        assert!(linker.link("bron", &mut out));
        assert!(!linker.link("3", &mut out), "unknown labels are not linked");
        assert!(out.contains(r##"id="victor-serge-fnref-2-1" href="#victor-serge-fn-2""##), "{out}");
        assert!(out.contains(r#"id="victor-serge-fnref-2-2""#));
        let notes = linker.into_notes();
        assert_eq!(notes.len(), 2);
        assert!(notes[0].backrefs.is_empty(), "an unreferenced note has no back-link");
        assert_eq!(notes[0].html.as_str(), Some("Eerste <em>bron</em>."));
        let back: Vec<_> = notes[1].backrefs.iter().map(|b| (b.href.as_str(), b.letter.as_str())).collect();
        assert_eq!(back, [("#victor-serge-fnref-2-1", "a"), ("#victor-serge-fnref-2-2", "b")]);
        assert_eq!(notes[1].id, "victor-serge-fn-2");
    }

    #[test]
    fn letters_count_like_spreadsheet_columns() {
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
    }
}
