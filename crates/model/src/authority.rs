//! Authority records: the archive's own register of people, organisations, places and
//! periodicals, keyed by stable ids, which mentions in the text link to.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::{Edtf, Id, Language};

/// What an authority record describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthorityKind {
    /// A person (`authorities/people.toml`, `/people/<id>/`).
    Person,
    /// A party, union, international… (`organisations.toml`).
    Organisation,
    /// A country, region, city (`places.toml`).
    Place,
    /// A newspaper or review (`periodicals.toml`).
    Periodical,
}

impl AuthorityKind {
    /// Every kind, in the order pages and files list them.
    pub const ALL: [AuthorityKind; 4] =
        [AuthorityKind::Person, AuthorityKind::Organisation, AuthorityKind::Place, AuthorityKind::Periodical];

    /// The file stem under `authorities/` and the URL segment of the kind's pages.
    pub fn plural(self) -> &'static str {
        match self {
            AuthorityKind::Person => "people",
            AuthorityKind::Organisation => "organisations",
            AuthorityKind::Place => "places",
            AuthorityKind::Periodical => "periodicals",
        }
    }
}

impl fmt::Display for AuthorityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AuthorityKind::Person => "person",
            AuthorityKind::Organisation => "organisation",
            AuthorityKind::Place => "place",
            AuthorityKind::Periodical => "periodical",
        })
    }
}

/// A point on the map, in WGS 84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coordinates {
    /// Latitude, −90 to 90.
    pub lat: f64,
    /// Longitude, −180 to 180.
    pub lon: f64,
}

/// One authority record. Fields that do not apply to a kind stay empty; the source stage
/// rejects them per kind, so a person never carries `founded`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Authority {
    /// The stable id.
    pub id: Id,
    /// What it describes.
    pub kind: AuthorityKind,
    /// The preferred name.
    pub name: String,
    /// Other names and inflected forms.
    pub aliases: Vec<String>,
    /// One sentence about it.
    pub description: Option<String>,
    /// Wikidata item (`Q381272`).
    pub wikidata: Option<String>,
    /// VIAF cluster id.
    pub viaf: Option<String>,
    /// Born (people) or founded (organisations, periodicals).
    pub start: Option<Edtf>,
    /// Died (people) or dissolved (organisations, periodicals).
    pub end: Option<Edtf>,
    /// Born in (people), based in (organisations), published in (periodicals), part of (places).
    pub place: Option<Id>,
    /// Died in (people only).
    pub end_place: Option<Id>,
    /// Where a place lies.
    pub coordinates: Option<Coordinates>,
    /// A periodical's language.
    pub language: Option<Language>,
}

impl Authority {
    /// A bare record with a name.
    pub fn new(kind: AuthorityKind, id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            kind,
            name: name.into(),
            aliases: Vec::new(),
            description: None,
            wikidata: None,
            viaf: None,
            start: None,
            end: None,
            place: None,
            end_place: None,
            coordinates: None,
            language: None,
        }
    }

    /// The site path of the record's page, `/people/<id>/`.
    pub fn url_path(&self) -> String {
        format!("/{}/{}/", self.kind.plural(), self.id)
    }

    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Every authority record of an archive, by kind and id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Authorities {
    /// By kind, then id: a lookup by `&str` needs no owned key (ids borrow as `str`).
    records: BTreeMap<AuthorityKind, BTreeMap<Id, Authority>>,
}

impl Authorities {
    /// Adds a record; returns the one it replaced, if the id was taken for that kind.
    pub fn insert(&mut self, record: Authority) -> Option<Authority> {
        self.records.entry(record.kind).or_default().insert(record.id.clone(), record)
    }

    /// The record of a kind with an id.
    pub fn get(&self, kind: AuthorityKind, id: &str) -> Option<&Authority> {
        self.records.get(&kind)?.get(id)
    }

    /// Records of any kind with this id (subjects name ids without a kind).
    pub fn find(&self, id: &str) -> impl Iterator<Item = &Authority> {
        AuthorityKind::ALL.into_iter().filter_map(move |kind| self.get(kind, id))
    }

    /// Records of one kind, by id.
    pub fn of_kind(&self, kind: AuthorityKind) -> impl Iterator<Item = &Authority> {
        self.records.get(&kind).into_iter().flat_map(BTreeMap::values)
    }

    /// Every record, by kind then id.
    pub fn iter(&self) -> impl Iterator<Item = &Authority> {
        self.records.values().flat_map(BTreeMap::values)
    }

    /// How many records there are.
    pub fn len(&self) -> usize {
        self.records.values().map(BTreeMap::len).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.records.values().all(BTreeMap::is_empty)
    }
}
