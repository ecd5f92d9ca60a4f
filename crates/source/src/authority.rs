//! Authority files (`authorities/{people,organisations,places,periodicals}.toml`) → records.
//!
//! Each kind has its own raw struct with `deny_unknown_fields`, so a person cannot carry
//! `founded` and a place cannot carry `born`; all four are then validated by one set of rules.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use kroniek_model::{Authority, AuthorityKind, Coordinates, Diagnostic, Edtf, Id, Language};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::DeValue;

use crate::Parsed;
use crate::toml_reader::{TomlReader, fields_of};

type Text = Option<Spanned<String>>;
type Date = Option<Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: Text,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    born: Date,
    died: Date,
    born_in: Text,
    died_in: Text,
    wikidata: Text,
    viaf: Text,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: Text,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    founded: Date,
    dissolved: Date,
    based_in: Text,
    wikidata: Text,
    viaf: Text,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: Text,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    part_of: Text,
    wikidata: Text,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriodical {
    name: Text,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    founded: Date,
    dissolved: Date,
    published_in: Text,
    language: Text,
    wikidata: Text,
    viaf: Text,
    description: Option<String>,
}

/// What every kind's raw record comes down to, with the key each value was written under.
#[derive(Default)]
struct RawRecord {
    name: Text,
    aliases: Vec<Spanned<String>>,
    start: Option<(&'static str, Spanned<toml::Value>)>,
    end: Option<(&'static str, Spanned<toml::Value>)>,
    place: Option<(&'static str, Spanned<String>)>,
    end_place: Option<(&'static str, Spanned<String>)>,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    language: Text,
    wikidata: Text,
    viaf: Text,
    description: Option<String>,
}

fn keyed<T>(key: &'static str, value: Option<Spanned<T>>) -> Option<(&'static str, Spanned<T>)> {
    value.map(|v| (key, v))
}

impl From<RawPerson> for RawRecord {
    fn from(r: RawPerson) -> Self {
        Self {
            name: r.name,
            aliases: r.aliases,
            start: keyed("born", r.born),
            end: keyed("died", r.died),
            place: keyed("born_in", r.born_in),
            end_place: keyed("died_in", r.died_in),
            wikidata: r.wikidata,
            viaf: r.viaf,
            description: r.description,
            ..Self::default()
        }
    }
}

impl From<RawOrganisation> for RawRecord {
    fn from(r: RawOrganisation) -> Self {
        Self {
            name: r.name,
            aliases: r.aliases,
            start: keyed("founded", r.founded),
            end: keyed("dissolved", r.dissolved),
            place: keyed("based_in", r.based_in),
            wikidata: r.wikidata,
            viaf: r.viaf,
            description: r.description,
            ..Self::default()
        }
    }
}

impl From<RawPlace> for RawRecord {
    fn from(r: RawPlace) -> Self {
        Self {
            name: r.name,
            aliases: r.aliases,
            lat: r.lat,
            lon: r.lon,
            place: keyed("part_of", r.part_of),
            wikidata: r.wikidata,
            description: r.description,
            ..Self::default()
        }
    }
}

impl From<RawPeriodical> for RawRecord {
    fn from(r: RawPeriodical) -> Self {
        Self {
            name: r.name,
            aliases: r.aliases,
            start: keyed("founded", r.founded),
            end: keyed("dissolved", r.dissolved),
            place: keyed("published_in", r.published_in),
            language: r.language,
            wikidata: r.wikidata,
            viaf: r.viaf,
            description: r.description,
            ..Self::default()
        }
    }
}

/// A reference from a record to a place id, checked against `places.toml` once every file is
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceRef {
    /// The place id referred to.
    pub(crate) id: Id,
    /// Where the id is written, as a byte range of the file.
    pub(crate) span: Range<usize>,
}

/// An authority file as read, with the place references `load` checks.
pub(crate) struct ReadAuthorities {
    pub(crate) parsed: Parsed<Vec<Authority>>,
    pub(crate) place_refs: Vec<PlaceRef>,
}

/// Reads one authority file: a TOML table of records keyed by id. Records with problems are
/// left out and reported; the value is `None` only when the TOML itself does not parse.
/// References to place ids are checked by [`crate::load`], which sees `places.toml` too.
pub fn parse_authorities(kind: AuthorityKind, path: &Path, text: &str) -> Parsed<Vec<Authority>> {
    read_authorities(kind, path, text).parsed
}

/// [`parse_authorities`], keeping the place references for the whole-archive check.
pub(crate) fn read_authorities(kind: AuthorityKind, path: &Path, text: &str) -> ReadAuthorities {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let reader = TomlReader::new(path, text, 0);
    let document = match reader.parse(text) {
        Ok(document) => document,
        Err(errors) => {
            // TOML only says "duplicate key"; an editor needs to know it is a record id and
            // where the first record with it is.
            let duplicates = duplicate_ids(&reader, text);
            let errors = if duplicates.is_empty() {
                errors
            } else {
                let others = errors.into_iter().filter(|e| !e.message.contains("duplicate key"));
                duplicates.into_iter().chain(others).collect()
            };
            return ReadAuthorities { parsed: Parsed::new(None, errors), place_refs: Vec::new() };
        }
    };
    let mut entries: Vec<_> = document.into_inner().into_iter().collect();
    // Source order, so that "the later record" means what the editor sees.
    entries.sort_by_key(|(key, _)| key.span().start);

    let mut validator =
        RecordValidator { kind, reader: &reader, diagnostics: Vec::new(), place_refs: Vec::new() };
    let mut records = Vec::new();
    let mut names = NameRegister::default();
    for (key, value) in entries {
        let id_text: &str = key.get_ref();
        let id = match Id::new(id_text) {
            Ok(id) => id,
            Err(e) => {
                validator.diagnostics.push(reader.error(key.span(), e.to_string()));
                continue;
            }
        };
        let context = format!("{} record `{id}`", kind);
        let Some(record) = validator.raw_record(key.span(), value, &context) else { continue };
        if let Some(authority) = validator.validate(id, key.span(), record, &mut names) {
            records.push(authority);
        }
    }
    let parsed = Parsed::new(Some(records), validator.diagnostics);
    ReadAuthorities { parsed, place_refs: validator.place_refs }
}

struct RecordValidator<'r, 'a> {
    kind: AuthorityKind,
    reader: &'r TomlReader<'a>,
    diagnostics: Vec<Diagnostic>,
    place_refs: Vec<PlaceRef>,
}

impl<'a> RecordValidator<'_, 'a> {
    /// The record's table through its kind's raw struct.
    fn raw_record(
        &mut self,
        key_span: Range<usize>,
        value: Spanned<DeValue<'a>>,
        context: &str,
    ) -> Option<RawRecord> {
        match self.kind {
            AuthorityKind::Person => self.raw::<RawPerson>(key_span, value, context).map(RawRecord::from),
            AuthorityKind::Organisation => {
                self.raw::<RawOrganisation>(key_span, value, context).map(RawRecord::from)
            }
            AuthorityKind::Place => self.raw::<RawPlace>(key_span, value, context).map(RawRecord::from),
            AuthorityKind::Periodical => {
                self.raw::<RawPeriodical>(key_span, value, context).map(RawRecord::from)
            }
        }
    }

    fn raw<T: DeserializeOwned>(
        &mut self,
        key_span: Range<usize>,
        value: Spanned<DeValue<'a>>,
        context: &str,
    ) -> Option<T> {
        let span = value.span();
        let DeValue::Table(mut table) = value.into_inner() else {
            let message =
                format!("`{}` is not a record: records are tables, written `[id]`", self.text(&key_span));
            self.diagnostics.push(self.reader.error(key_span, message));
            return None;
        };
        self.diagnostics.extend(self.reader.drop_unknown_keys(&mut table, fields_of::<T>(), context));
        self.reader.deserialize(Spanned::new(span, DeValue::Table(table)), &mut self.diagnostics)
    }

    fn text(&self, span: &Range<usize>) -> String {
        let shifted = self.reader.shift(span.clone());
        kroniek_model::Span::from_bytes(self.source(), shifted).line_text.trim().to_owned()
    }

    fn source(&self) -> &str {
        self.reader.source()
    }

    fn validate(
        &mut self,
        id: Id,
        key_span: Range<usize>,
        raw: RawRecord,
        names: &mut NameRegister,
    ) -> Option<Authority> {
        let reader = self.reader;
        let name = match &raw.name {
            Some(name) if !name.get_ref().trim().is_empty() => name.get_ref().trim().to_owned(),
            Some(name) => {
                self.diagnostics.push(reader.error(name.span(), "the `name` is empty"));
                return None;
            }
            None => {
                let message = format!("the {} record `{id}` has no `name`", self.kind);
                self.diagnostics.push(reader.error(key_span, message).with_help("add `name = \"…\"`"));
                return None;
            }
        };
        let mut record = Authority::new(self.kind, id.clone(), name);

        if let Some(name) = &raw.name {
            names.check(self, &id, name);
        }
        for alias in &raw.aliases {
            let text = alias.get_ref().trim();
            if text.is_empty() || record.names().any(|n| n == text) {
                continue;
            }
            names.check(self, &id, alias);
            record.aliases.push(text.to_owned());
        }

        record.start = raw.start.as_ref().and_then(|(key, value)| self.date(key, value));
        record.end = raw.end.as_ref().and_then(|(key, value)| self.date(key, value));
        if let (Some(start), Some(end), Some((start_key, _)), Some((end_key, end_value))) =
            (&record.start, &record.end, &raw.start, &raw.end)
            && starts_after(start, end)
        {
            let message = format!("`{end_key}` ({end}) is before `{start_key}` ({start})");
            self.diagnostics.push(reader.error(end_value.span(), message));
        }
        record.place = raw.place.and_then(|(key, value)| self.place(&id, key, value));
        record.end_place = raw.end_place.and_then(|(key, value)| self.place(&id, key, value));
        record.coordinates = self.coordinates(raw.lat, raw.lon);
        record.language = raw.language.and_then(|value| match Language::new(value.get_ref().trim()) {
            Ok(language) => Some(language),
            Err(e) => {
                self.diagnostics.push(reader.error(value.span(), e.to_string()));
                None
            }
        });
        record.wikidata =
            self.identifier(raw.wikidata, "wikidata", is_wikidata, "a Wikidata item id such as Q381272");
        record.viaf = self.identifier(raw.viaf, "viaf", is_viaf, "a VIAF id such as 27066750 (digits only)");
        record.description = raw.description.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
        Some(record)
    }

    fn date(&mut self, key: &str, value: &Spanned<toml::Value>) -> Option<Edtf> {
        self.reader.edtf(key, value, &mut self.diagnostics)
    }

    fn place(&mut self, own: &Id, key: &str, value: Spanned<String>) -> Option<Id> {
        let id = match Id::new(value.get_ref().trim()) {
            Ok(id) => id,
            Err(e) => {
                self.diagnostics.push(self.reader.error(value.span(), format!("`{key}`: {e}")));
                return None;
            }
        };
        if self.kind == AuthorityKind::Place && &id == own {
            self.diagnostics.push(self.reader.error(value.span(), "a place cannot be `part_of` itself"));
            return None;
        }
        self.place_refs.push(PlaceRef { id: id.clone(), span: self.reader.shift(value.span()) });
        Some(id)
    }

    fn coordinates(&mut self, lat: Option<Spanned<f64>>, lon: Option<Spanned<f64>>) -> Option<Coordinates> {
        let mut check = |value: &Spanned<f64>, key: &str, limit: f64| {
            let ok = value.get_ref().is_finite() && value.get_ref().abs() <= limit;
            if !ok {
                let message =
                    format!("`{key}` must be between -{limit} and {limit}, not {}", value.get_ref());
                self.diagnostics.push(self.reader.error(value.span(), message));
            }
            ok
        };
        match (lat, lon) {
            (Some(lat), Some(lon)) => {
                let (lat_ok, lon_ok) = (check(&lat, "lat", 90.0), check(&lon, "lon", 180.0));
                (lat_ok && lon_ok).then(|| Coordinates { lat: *lat.get_ref(), lon: *lon.get_ref() })
            }
            (Some(only), None) | (None, Some(only)) => {
                let message = "`lat` and `lon` go together: give both or neither";
                self.diagnostics.push(self.reader.error(only.span(), message));
                None
            }
            (None, None) => None,
        }
    }

    fn identifier(
        &mut self,
        value: Text,
        key: &str,
        valid: fn(&str) -> bool,
        expected: &str,
    ) -> Option<String> {
        let value = value?;
        let text = value.get_ref().trim();
        if !valid(text) {
            let message = format!("`{key}` should be {expected}, not `{text}`");
            self.diagnostics.push(self.reader.warning(value.span(), message));
        }
        Some(text.to_owned()).filter(|t| !t.is_empty())
    }
}

/// Names and aliases seen so far in one file, to warn when two records share one: a mention
/// of a shared name is linked only where the article decides between the records.
#[derive(Default)]
struct NameRegister {
    owners: HashMap<String, Id>,
}

impl NameRegister {
    fn check(&mut self, validator: &mut RecordValidator<'_, '_>, id: &Id, name: &Spanned<String>) {
        let key = name.get_ref().trim().to_lowercase();
        match self.owners.get(&key) {
            Some(owner) if owner != id => {
                let message = format!("the name `{}` also belongs to `{owner}`", name.get_ref().trim());
                let help = "a mention of a shared name is linked only where the article's subjects or other \
                            names decide between the records; keep the name on one record if you can";
                validator.diagnostics.push(validator.reader.warning(name.span(), message).with_help(help));
            }
            Some(_) => {}
            None => {
                self.owners.insert(key, id.clone());
            }
        }
    }
}

/// Record headers (`[id]`) that repeat an earlier one, each an error pointing at the repeat.
fn duplicate_ids(reader: &TomlReader<'_>, text: &str) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        let Some(inner) = trimmed.strip_prefix('[').and_then(|t| t.split('#').next()) else { continue };
        let Some(id) = inner.trim().strip_suffix(']').map(str::trim) else { continue };
        if id.is_empty() || id.starts_with('[') {
            continue;
        }
        let at = start + line.find(id).unwrap_or(0);
        match seen.get(id) {
            Some(first) => {
                let message = format!("duplicate record id `{id}`: line {first} has a record with this id");
                out.push(
                    reader
                        .error(at..at + id.len(), message)
                        .with_help("give each record its own id, or merge the two records"),
                );
            }
            None => {
                seen.insert(id, number + 1);
            }
        }
    }
    out
}

/// Whether a life or existence begins after it ends.
fn starts_after(start: &Edtf, end: &Edtf) -> bool {
    match (start.start(), end.end()) {
        (Some(start), Some(end)) => start.earliest() > end.latest(),
        _ => false,
    }
}

fn is_wikidata(text: &str) -> bool {
    text.strip_prefix('Q').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_viaf(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
