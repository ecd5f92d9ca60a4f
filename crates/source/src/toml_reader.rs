//! TOML with positions: every problem in `kroniek.toml`, a front matter or an authority file
//! points at the line and column of the offending key or value.
//!
//! The text is first parsed into `toml`'s spanned tables (recovering from syntax errors, so one
//! run reports them all); unknown keys are then reported — every one of them, each with a
//! "did you mean" — and removed, and only then is the table handed to serde. The raw structs
//! keep `deny_unknown_fields` as the schema's last word, and their field lists are read from
//! serde itself, so the list of known keys can never drift from the structs.

use std::ops::Range;
use std::path::Path;

use kroniek_model::{Diagnostic, Edtf};
use serde::de::{self, DeserializeOwned, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// Reads TOML that sits somewhere in a file (the whole file, or a front matter inside it).
pub(crate) struct TomlReader<'a> {
    path: &'a Path,
    /// The whole file, so that diagnostics show file lines and columns.
    source: &'a str,
    /// Where the TOML text starts in `source`.
    offset: usize,
}

impl<'a> TomlReader<'a> {
    /// A reader for the TOML text that starts at `offset` in `source`.
    pub(crate) fn new(path: &'a Path, source: &'a str, offset: usize) -> Self {
        Self { path, source, offset }
    }

    /// An error at a byte range of the TOML text.
    pub(crate) fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.path, self.source, self.shift(span), message)
    }

    /// A warning at a byte range of the TOML text.
    pub(crate) fn warning(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(self.path, self.source, self.shift(span), message)
    }

    /// The whole file.
    pub(crate) fn source(&self) -> &'a str {
        self.source
    }

    /// A byte range of the TOML text as a byte range of the file.
    pub(crate) fn shift(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.offset..span.end + self.offset
    }

    /// Parses a TOML document. On syntax errors, returns every one of them — but only the first
    /// of each line, because the parser's recovery tends to trip several times over one typo.
    pub(crate) fn parse(&self, text: &'a str) -> Result<Spanned<DeTable<'a>>, Vec<Diagnostic>> {
        let (table, mut errors) = DeTable::parse_recoverable(text);
        if errors.is_empty() {
            return Ok(table);
        }
        errors.sort_by_key(|e| e.span().map_or(0, |s| s.start));
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let diagnostic = self.error(span, format!("invalid TOML: {}", error.message()));
            let line = diagnostic.span.as_ref().map(|s| s.line);
            if diagnostics.last().is_none_or(|last| last.span.as_ref().map(|s| s.line) != line) {
                diagnostics.push(diagnostic);
            }
        }
        Err(diagnostics)
    }

    /// Reports every key of `table` that is not one of `fields` and removes it, so that serde
    /// sees only known keys and can go on to report the values' problems in the same run.
    pub(crate) fn drop_unknown_keys(
        &self,
        table: &mut DeTable<'a>,
        fields: &[&str],
        context: &str,
    ) -> Vec<Diagnostic> {
        let mut unknown: Vec<(String, Range<usize>)> = table
            .keys()
            .filter(|key| !fields.contains(&key.get_ref().as_ref()))
            .map(|key| (key.get_ref().to_string(), key.span()))
            .collect();
        unknown.sort_by_key(|(_, span)| span.start);
        let mut diagnostics = Vec::new();
        for (name, span) in unknown {
            table.remove(name.as_str());
            let diagnostic = self.error(span, format!("unknown key `{name}` in {context}"));
            diagnostics.push(match closest(&name, fields) {
                Some(known) => diagnostic.with_help(format!("did you mean `{known}`?")),
                None => diagnostic.with_help(format!("the known keys are: {}", fields.join(", "))),
            });
        }
        diagnostics
    }

    /// Deserializes a spanned value into a raw struct; a failure is reported at the offending
    /// value (or at the value as a whole when serde cannot say more).
    pub(crate) fn deserialize<T: DeserializeOwned>(
        &self,
        value: Spanned<DeValue<'a>>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<T> {
        let whole = value.span();
        T::deserialize(ValueDeserializer::from(value))
            .map_err(|e| diagnostics.push(self.error(e.span().unwrap_or(whole), e.message().to_owned())))
            .ok()
    }

    /// An EDTF date from a TOML string (`"1926/1929"`) or a bare TOML date (`1890-12-30`,
    /// which editors used to other generators will write).
    pub(crate) fn edtf(
        &self,
        key: &str,
        value: &Spanned<toml::Value>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Edtf> {
        let text = match value.get_ref() {
            toml::Value::String(text) => text.clone(),
            toml::Value::Datetime(date) => date.to_string(),
            other => {
                let message = format!("`{key}` must be an EDTF date in a string, not a {}", other.type_str());
                let help = format!("write e.g. {key} = \"1936-04\"");
                diagnostics.push(self.error(value.span(), message).with_help(help));
                return None;
            }
        };
        Edtf::parse(&text)
            .map_err(|e| {
                let help = "dates are EDTF: 1890-12-30, 1936-04, 1909, 1926/1929, 1906~, 1906?";
                diagnostics.push(self.error(value.span(), format!("`{key}`: {e}")).with_help(help));
            })
            .ok()
    }
}

/// The known key closest to a misspelt one, if it is close enough to be the likely intent.
pub(crate) fn closest<'k>(word: &str, candidates: &[&'k str]) -> Option<&'k str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|candidate| (strsim::osa_distance(word, candidate), *candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The field names of a serde struct, asked of serde itself.
pub(crate) fn fields_of<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    // The probe records the list and then refuses, so nothing is built.
    let _ = T::deserialize(FieldProbe { fields: &mut fields });
    fields
}

/// A deserializer that only answers `deserialize_struct`, to learn a struct's field names.
struct FieldProbe<'p> {
    fields: &'p mut &'static [&'static str],
}

impl<'de> de::Deserializer<'de> for FieldProbe<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("field probe"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.fields = fields;
        Err(de::Error::custom("field probe"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Raw {
        title: Option<String>,
        count: Option<i64>,
    }

    #[test]
    fn serde_tells_the_field_names() {
        assert_eq!(fields_of::<Raw>(), ["title", "count"]);
    }

    #[test]
    fn close_misspellings_get_a_suggestion() {
        assert_eq!(closest("titel", &["title", "count"]), Some("title"));
        assert_eq!(closest("langauge", &["language", "title"]), Some("language"));
        assert_eq!(closest("zzz", &["title", "count"]), None);
    }

    #[test]
    fn every_unknown_key_is_reported_and_removed() {
        let text = "titel = \"a\"\ncount = 2\ncuont = 3\n";
        let reader = TomlReader::new(Path::new("x.toml"), text, 0);
        let mut table = reader.parse(text).unwrap().into_inner();
        let diagnostics = reader.drop_unknown_keys(&mut table, fields_of::<Raw>(), "x.toml");
        let places: Vec<_> =
            diagnostics.iter().map(|d| d.span.as_ref().map(|s| (s.line, s.column))).collect();
        assert_eq!(places, [Some((1, 1)), Some((3, 1))]);
        assert_eq!(diagnostics[0].message, "unknown key `titel` in x.toml");
        assert_eq!(diagnostics[0].help.as_deref(), Some("did you mean `title`?"));
        assert_eq!(table.len(), 1);
    }

    #[test]
    fn positions_are_shifted_into_the_file() {
        let source = "+++\ntitle = 5\n+++\n";
        let reader = TomlReader::new(Path::new("a.md"), source, 4);
        let table = reader.parse(&source[4..14]).unwrap();
        let value = Spanned::new(table.span(), DeValue::Table(table.into_inner()));
        let mut diagnostics = Vec::new();
        assert!(reader.deserialize::<Raw>(value, &mut diagnostics).is_none());
        let span = diagnostics[0].span.clone().unwrap();
        assert_eq!((span.line, span.column), (2, 9));
    }

    #[test]
    fn syntax_errors_are_reported_once_per_line() {
        let text = "a = \nb = \"x\"\nc = [1,\n";
        let reader = TomlReader::new(Path::new("x.toml"), text, 0);
        let errors = reader.parse(text).err().unwrap();
        let lines: Vec<_> = errors.iter().map(|d| d.span.as_ref().map(|s| s.line)).collect();
        assert_eq!(lines.first(), Some(&Some(1)));
        let mut deduped = lines.clone();
        deduped.dedup();
        assert_eq!(lines, deduped);
    }
}
