//! The authority records of a generated archive, and their four TOML files.

use std::collections::{HashMap, HashSet};

use crate::date_phrase::RecordDate;
use crate::organisations::{Organisation, generate_organisations, organisation_count};
use crate::people::{Person, generate_people, person_count};
use crate::periodicals::{Periodical, generate_periodicals, periodical_count};
use crate::places::{Place, generate_places, place_count, real_place_count};
use crate::rng::Rng;
use crate::toml_writer::TomlWriter;

/// People, organisations, places and periodicals, each in generation order.
#[derive(Debug)]
pub(crate) struct Authorities {
    /// Person records.
    pub(crate) people: Vec<Person>,
    /// Organisation records.
    pub(crate) organisations: Vec<Organisation>,
    /// Place records (countries first).
    pub(crate) places: Vec<Place>,
    /// Periodical records.
    pub(crate) periodicals: Vec<Periodical>,
    /// For each place index that is a country, the indices of its cities.
    cities_by_country: Vec<Vec<usize>>,
    /// Indices of every place that is not a country.
    cities: Vec<usize>,
    /// The aliases each record lists, by kind and index: only names no other record uses.
    person_aliases: Vec<Vec<String>>,
    organisation_aliases: Vec<Vec<String>>,
    place_aliases: Vec<Vec<String>>,
}

/// Stream numbers for `Rng::for_stream`, one per kind of record.
const STREAM_PLACES: u64 = 1;
const STREAM_ORGANISATIONS: u64 = 2;
const STREAM_PERIODICALS: u64 = 3;
const STREAM_PEOPLE: u64 = 4;

impl Authorities {
    /// Generates the records for an archive of `articles` articles: the counts grow with the
    /// archive (see each kind's `*_count`).
    pub(crate) fn generate(seed: u64, articles: usize) -> Self {
        let places = generate_places(&mut Rng::for_stream(seed, STREAM_PLACES, 0), place_count(articles));
        let mut cities_by_country = vec![Vec::new(); places.len()];
        let mut cities = Vec::new();
        for (i, place) in places.iter().enumerate() {
            if let Some(country) = place.country {
                cities_by_country[country].push(i);
                cities.push(i);
            }
        }
        let country_index = |id: &str| places.iter().position(|p| p.id == id && p.is_country());
        // Big real cities first in each country list; made-up towns are drawn less often.
        let city_in = |country: &str, rng: &mut Rng| -> usize {
            match country_index(country) {
                Some(c) if !cities_by_country[c].is_empty() => {
                    let list = &cities_by_country[c];
                    let real = list.iter().take_while(|&&i| i < real_place_count()).count().max(1);
                    if rng.percent(75) { list[rng.below(real.min(list.len()))] } else { *rng.pick(list) }
                }
                _ => *rng.pick(&cities),
            }
        };
        let any_city = |rng: &mut Rng| -> usize { *rng.pick(&cities) };

        let organisations = generate_organisations(
            &mut Rng::for_stream(seed, STREAM_ORGANISATIONS, 0),
            organisation_count(articles),
            &places,
            &|country| cities_by_country[country].clone(),
        );
        let mut place_of_country = |country: &str, rng: &mut Rng| -> (usize, String) {
            let i = city_in(country, rng);
            (i, places[i].names[0].clone())
        };
        let periodicals = generate_periodicals(
            &mut Rng::for_stream(seed, STREAM_PERIODICALS, 0),
            periodical_count(articles),
            &mut place_of_country,
        );
        let people = generate_people(
            &mut Rng::for_stream(seed, STREAM_PEOPLE, 0),
            person_count(articles),
            &city_in,
            &any_city,
        );
        let mut authorities = Self {
            people,
            organisations,
            places,
            periodicals,
            cities_by_country,
            cities,
            person_aliases: Vec::new(),
            organisation_aliases: Vec::new(),
            place_aliases: Vec::new(),
        };
        authorities.make_ids_unique_across_kinds();
        authorities.keep_unambiguous_aliases();
        authorities
    }

    /// An alias shared by two records cannot link a mention to either (kroniek warns about
    /// it), so a record lists only the aliases that no other record has as name or alias.
    fn keep_unambiguous_aliases(&mut self) {
        let key = |name: &str| name.trim().to_lowercase();
        let people: Vec<Vec<String>> = self.people.iter().map(Person::alias_candidates).collect();
        let organisations: Vec<Vec<String>> =
            self.organisations.iter().map(|o| vec![o.acronym.clone()]).collect();
        let places: Vec<Vec<String>> = self
            .places
            .iter()
            .map(|p| p.alias_candidates().into_iter().map(str::to_string).collect())
            .collect();
        // How many records use each name, counting a record once.
        let mut users: HashMap<String, usize> = HashMap::new();
        let mut count = |names: Vec<String>| {
            let mut own: Vec<String> = names.iter().map(|n| key(n)).collect();
            own.sort_unstable();
            own.dedup();
            for name in own {
                *users.entry(name).or_default() += 1;
            }
        };
        for (p, aliases) in self.people.iter().zip(&people) {
            count([vec![p.name()], aliases.clone()].concat());
        }
        for (o, aliases) in self.organisations.iter().zip(&organisations) {
            count([vec![o.name.clone()], aliases.clone()].concat());
        }
        for (p, aliases) in self.places.iter().zip(&places) {
            count([vec![p.names[0].clone()], aliases.clone()].concat());
        }
        for p in &self.periodicals {
            count(vec![p.name.clone()]);
        }
        let unique = |lists: Vec<Vec<String>>| -> Vec<Vec<String>> {
            lists.into_iter().map(|list| list.into_iter().filter(|a| users[&key(a)] == 1).collect()).collect()
        };
        self.person_aliases = unique(people);
        self.organisation_aliases = unique(organisations);
        self.place_aliases = unique(places);
    }

    /// A subject id in front matter must name one record whatever its kind, so an id that
    /// an earlier kind already uses gets a suffix.
    fn make_ids_unique_across_kinds(&mut self) {
        let mut taken: HashSet<String> = self.places.iter().map(|p| p.id.clone()).collect();
        let mut claim = |id: &mut String, suffix: &str| {
            if taken.contains(id.as_str()) {
                let base = format!("{id}-{suffix}");
                let mut candidate = base.clone();
                let mut n = 2;
                while taken.contains(&candidate) {
                    candidate = format!("{base}-{n}");
                    n += 1;
                }
                *id = candidate;
            }
            taken.insert(id.clone());
        };
        for o in &mut self.organisations {
            claim(&mut o.id, "org");
        }
        for p in &mut self.periodicals {
            claim(&mut p.id, "blad");
        }
        for p in &mut self.people {
            claim(&mut p.id, "persoon");
        }
    }

    /// The cities of a country (by its place index).
    pub(crate) fn cities_of(&self, country: usize) -> &[usize] {
        &self.cities_by_country[country]
    }

    /// Every place that is not a country.
    pub(crate) fn cities(&self) -> &[usize] {
        &self.cities
    }

    /// The country a place lies in (a country is its own).
    pub(crate) fn country_of(&self, place: usize) -> usize {
        self.places[place].country.unwrap_or(place)
    }

    /// `authorities/people.toml`.
    pub(crate) fn people_toml(&self) -> String {
        let mut w = header("Personen");
        for (i, p) in sorted_by_id(&self.people, |p| &p.id) {
            w.table(&p.id)
                .string("name", &p.name())
                .strings("aliases", &self.person_aliases[i])
                .string("born", &p.born.edtf())
                .opt_string("died", p.died.as_ref().map(RecordDate::edtf).as_deref())
                .string("born_in", &self.places[p.born_in].id)
                .opt_string("died_in", p.died_in.map(|i| self.places[i].id.as_str()))
                .string("description", &p.description());
        }
        w.finish()
    }

    /// `authorities/organisations.toml`.
    pub(crate) fn organisations_toml(&self) -> String {
        let mut w = header("Organisaties");
        for (i, o) in sorted_by_id(&self.organisations, |o| &o.id) {
            w.table(&o.id)
                .string("name", &o.name)
                .strings("aliases", &self.organisation_aliases[i])
                .string("founded", &o.founded.edtf())
                .opt_string("dissolved", o.dissolved.as_ref().map(RecordDate::edtf).as_deref())
                .string("based_in", &self.places[o.based_in].id)
                .string("description", &o.description(&self.places[o.country].names[0]));
        }
        w.finish()
    }

    /// `authorities/places.toml`.
    pub(crate) fn places_toml(&self) -> String {
        let mut w = header("Plaatsen");
        for (i, p) in sorted_by_id(&self.places, |p| &p.id) {
            w.table(&p.id).string("name", &p.names[0]).strings("aliases", &self.place_aliases[i]);
            w.float("lat", p.lat).float("lon", p.lon);
            match p.country {
                Some(c) => {
                    let country = &self.places[c];
                    w.string("part_of", &country.id)
                        .string("description", &format!("Plaats in {}.", country.names[0]));
                }
                None => {
                    w.string("description", "Land.");
                }
            }
        }
        w.finish()
    }

    /// `authorities/periodicals.toml`.
    pub(crate) fn periodicals_toml(&self) -> String {
        let mut w = header("Periodieken");
        for (_, p) in sorted_by_id(&self.periodicals, |p| &p.id) {
            let city = &self.places[p.published_in].names[0];
            w.table(&p.id)
                .string("name", &p.name)
                .string("founded", &p.founded.edtf())
                .opt_string("dissolved", p.dissolved.as_ref().map(RecordDate::edtf).as_deref())
                .string("published_in", &self.places[p.published_in].id)
                .string("language", p.language)
                .string("description", &format!("Socialistisch {} uit {city}.", p.frequency));
        }
        w.finish()
    }
}

fn header(kind: &str) -> TomlWriter {
    let mut w = TomlWriter::new();
    w.comment(&format!("{kind}: synthetische authority records (kroniek-bench-gen)."));
    w
}

/// The records with their indices, in id order, so the files read like hand-kept ones.
fn sorted_by_id<T>(items: &[T], id: impl Fn(&T) -> &String) -> Vec<(usize, &T)> {
    let mut sorted: Vec<(usize, &T)> = items.iter().enumerate().collect();
    sorted.sort_by(|a, b| id(a.1).cmp(id(b.1)));
    sorted
}

#[cfg(test)]
mod tests {
    use super::Authorities;
    use std::collections::HashSet;

    fn ids(toml_text: &str) -> HashSet<String> {
        let table: toml::Table = toml_text.parse().expect("valid TOML");
        table.keys().cloned().collect()
    }

    #[test]
    fn every_referenced_id_exists() {
        let a = Authorities::generate(9, 2000);
        let places = ids(&a.places_toml());
        let people: toml::Table = a.people_toml().parse().unwrap();
        assert_eq!(people.len(), 1000);
        for (id, record) in &people {
            for key in ["born_in", "died_in"] {
                if let Some(place) = record.get(key) {
                    assert!(places.contains(place.as_str().unwrap()), "{id}.{key}");
                }
            }
        }
        let orgs: toml::Table = a.organisations_toml().parse().unwrap();
        for (id, record) in &orgs {
            let place = record["based_in"].as_str().unwrap();
            assert!(places.contains(place), "{id}");
        }
        let papers: toml::Table = a.periodicals_toml().parse().unwrap();
        for (id, record) in &papers {
            let place = record["published_in"].as_str().unwrap();
            assert!(places.contains(place), "{id}");
        }
        let place_records: toml::Table = a.places_toml().parse().unwrap();
        for (id, record) in &place_records {
            if let Some(country) = record.get("part_of") {
                assert!(places.contains(country.as_str().unwrap()), "{id}");
            }
        }
    }

    #[test]
    fn ids_are_unique_across_kinds() {
        // A subject id in front matter must name one record, whatever its kind.
        let a = Authorities::generate(3, 5000);
        let mut all = HashSet::new();
        let mut count = 0;
        for text in [a.people_toml(), a.organisations_toml(), a.places_toml(), a.periodicals_toml()] {
            let these = ids(&text);
            count += these.len();
            all.extend(these);
        }
        assert_eq!(all.len(), count, "an id is used by two kinds");
    }

    #[test]
    fn no_name_or_alias_belongs_to_two_records() {
        // kroniek warns about a shared name: a mention of it cannot be linked.
        let a = Authorities::generate(2, 40_000);
        let mut owners: std::collections::HashMap<String, String> = Default::default();
        for (kind, text) in [
            ("people", a.people_toml()),
            ("organisations", a.organisations_toml()),
            ("places", a.places_toml()),
            ("periodicals", a.periodicals_toml()),
        ] {
            let table: toml::Table = text.parse().unwrap();
            for (id, record) in &table {
                let mut names = vec![record["name"].as_str().unwrap().to_lowercase()];
                if let Some(aliases) = record.get("aliases") {
                    let aliases = aliases.as_array().unwrap();
                    names.extend(aliases.iter().map(|a| a.as_str().unwrap().to_lowercase()));
                }
                names.sort();
                names.dedup();
                for name in names {
                    let owner = format!("{kind}/{id}");
                    if let Some(other) = owners.insert(name.clone(), owner.clone()) {
                        panic!("`{name}` belongs to {other} and {owner}");
                    }
                }
            }
        }
    }

    #[test]
    fn counts_grow_with_the_archive() {
        let small = Authorities::generate(1, 100);
        let large = Authorities::generate(1, 20_000);
        assert!(large.people.len() > small.people.len());
        assert!(large.organisations.len() > small.organisations.len());
        assert!(large.places.len() > small.places.len());
        assert!(large.periodicals.len() > small.periodicals.len());
    }
}
