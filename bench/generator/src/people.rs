//! Person records: militants, writers and organisers with life dates, birth and death
//! places, and the short forms of their names that prose uses.

use std::collections::HashSet;

use crate::date_phrase::RecordDate;
use crate::origin::{Origin, slug};
use crate::rng::Rng;

/// A person authority record.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    /// The stable id (`jan-peeters`, or `jan-peeters-1885` for a namesake).
    pub(crate) id: String,
    /// The first name.
    pub(crate) first: &'static str,
    /// A middle initial that sets a namesake apart ("Jan B. Peeters").
    pub(crate) middle: Option<char>,
    /// The family name, with its particles ("de Vries", "Van den Bossche").
    pub(crate) surname: &'static str,
    /// Whether prose refers to her as "zij"/"elle"/"she".
    pub(crate) female: bool,
    /// Where the name stock and the birth place come from.
    pub(crate) origin: Origin,
    /// Date of birth.
    pub(crate) born: RecordDate,
    /// Date of death, when known.
    pub(crate) died: Option<RecordDate>,
    /// The index of the place of birth.
    pub(crate) born_in: usize,
    /// The index of the place of death, when known.
    pub(crate) died_in: Option<usize>,
    /// Picks the occupation in every language's list (taken modulo its length).
    pub(crate) occupation: usize,
    /// Two indices into `ROLES_NL` for the description.
    pub(crate) roles: [usize; 2],
}

/// Roles for descriptions: (masculine, feminine) Dutch nouns.
const ROLES_NL: &[(&str, &str)] = &[
    ("vakbondsleider", "vakbondsleidster"),
    ("journalist", "journaliste"),
    ("schrijver", "schrijfster"),
    ("politicus", "politica"),
    ("militant", "militante"),
    ("anarchist", "anarchiste"),
    ("syndicalist", "syndicaliste"),
    ("redenaar", "redenaarster"),
    ("drukker", "drukster"),
    ("onderwijzer", "onderwijzeres"),
    ("volksvertegenwoordiger", "volksvertegenwoordigster"),
    ("vertaler", "vertaalster"),
    ("uitgever", "uitgeefster"),
    ("revolutionair", "revolutionaire"),
    ("coöperator", "coöperatrice"),
    ("propagandist", "propagandiste"),
];

impl Person {
    /// "Jan Peeters", or "Jan B. Peeters" for a namesake.
    pub(crate) fn name(&self) -> String {
        match self.middle {
            Some(m) => format!("{} {m}. {}", self.first, self.surname),
            None => format!("{} {}", self.first, self.surname),
        }
    }

    /// The year of death, or the year of birth plus a typical life when it is unknown, for
    /// laying out a timeline.
    pub(crate) fn end_year(&self) -> i32 {
        self.died.map_or(self.born.year + 65, |d| d.year)
    }

    /// Other names the record could list: the family name alone (as prose uses it) and the
    /// initialled form. `Authorities` keeps those no other record has.
    pub(crate) fn alias_candidates(&self) -> Vec<String> {
        let mut out = vec![self.surname.to_string()];
        let mut chars = self.surname.chars();
        if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
            out.push(first.to_uppercase().chain(chars).collect());
        }
        let initial = self.first.chars().next().unwrap_or('X');
        out.push(format!("{initial}. {}", self.surname));
        out
    }

    /// The Dutch description: "Belgisch vakbondsleider en journalist."
    pub(crate) fn description(&self) -> String {
        let role = |i: usize| {
            let (m, f) = ROLES_NL[i % ROLES_NL.len()];
            if self.female { f } else { m }
        };
        format!("{} {} en {}.", self.origin.adjective_nl(), role(self.roles[0]), role(self.roles[1]))
    }

    /// True when the two lives overlapped by at least twenty years.
    pub(crate) fn contemporary_of(&self, other: &Person) -> bool {
        let start = self.born.year.max(other.born.year) + 15;
        let end = self.end_year().min(other.end_year());
        end - start >= 20
    }
}

/// How many person records an archive of `articles` articles gets: about one for every two
/// articles, so most people are the subject of an article or two.
pub(crate) fn person_count(articles: usize) -> usize {
    (articles / 2).clamp(40, 20_000)
}

/// Generates `count` people with unique ids. `city_in` picks a city of a country (by the
/// country's place id) and `any_city` any city.
pub(crate) fn generate_people(
    rng: &mut Rng,
    count: usize,
    city_in: &dyn Fn(&str, &mut Rng) -> usize,
    any_city: &dyn Fn(&mut Rng) -> usize,
) -> Vec<Person> {
    let weights: Vec<u32> = Origin::WEIGHTED.iter().map(|o| o.1).collect();
    let mut names: HashSet<(&'static str, Option<char>, &'static str)> = HashSet::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let origin = Origin::WEIGHTED[rng.weighted(&weights)].0;
        let female = rng.percent(24);
        // Prefer an unused name; after a few tries accept a namesake, as archives have them.
        let mut pick = || {
            let first =
                if female { *rng.pick(origin.female_names()) } else { *rng.pick(origin.male_names()) };
            (first, *rng.pick(origin.surnames()))
        };
        let (mut first, mut surname) = pick();
        for _ in 0..6 {
            if !names.contains(&(first, None, surname)) {
                break;
            }
            (first, surname) = pick();
        }
        // A namesake gets a middle initial, as archives tell them apart.
        let mut middle = None;
        let mut letters = "ABCDEFGHIJKLMNOPRSTVW".chars();
        while names.contains(&(first, middle, surname)) {
            middle = letters.next();
            if middle.is_none() {
                break;
            }
        }
        names.insert((first, middle, surname));
        let born_year = rng.range(1845, 1925);
        let born = RecordDate::random_precision(rng, born_year);
        let died = (!rng.percent(7)).then(|| {
            let age = match rng.weighted(&[30, 50, 20]) {
                0 => rng.range(40, 59),
                1 => rng.range(60, 79),
                _ => rng.range(80, 95),
            };
            RecordDate::random_precision(rng, (born_year + age).min(2008))
        });
        let born_in = if rng.percent(92) { city_in(origin.country(), rng) } else { any_city(rng) };
        let died_in =
            died.map(|_| if rng.percent(60) { city_in(origin.country(), rng) } else { any_city(rng) });
        let base = match middle {
            Some(m) => slug(&format!("{first} {m} {surname}")),
            None => slug(&format!("{first} {surname}")),
        };
        let mut id = base.clone();
        if ids.contains(&id) {
            id = format!("{base}-{born_year}");
        }
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{born_year}-{n}");
            n += 1;
        }
        ids.insert(id.clone());
        let roles = [rng.below(ROLES_NL.len()), rng.below(ROLES_NL.len())];
        let roles = if roles[0] == roles[1] { [roles[0], (roles[1] + 1) % ROLES_NL.len()] } else { roles };
        out.push(Person {
            id,
            first,
            middle,
            surname,
            female,
            origin,
            born,
            died,
            born_in,
            died_in,
            occupation: rng.below(1 << 16),
            roles,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{generate_people, person_count};
    use crate::rng::Rng;

    #[test]
    fn people_have_unique_ids_and_sane_lives() {
        let city = |_: &str, rng: &mut Rng| rng.below(10);
        let any = |rng: &mut Rng| rng.below(10);
        let people = generate_people(&mut Rng::for_stream(4, 0, 0), 3000, &city, &any);
        let ids: std::collections::HashSet<_> = people.iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), 3000);
        let names: std::collections::HashSet<_> = people.iter().map(|p| p.name()).collect();
        assert_eq!(names.len(), 3000, "namesakes get a middle initial");
        for p in &people {
            if let Some(died) = p.died {
                assert!(died.year > p.born.year + 20, "{}", p.id);
                assert!(p.died_in.is_some());
            }
            assert!(p.description().ends_with('.'));
            assert!(p.alias_candidates().contains(&p.surname.to_string()));
        }
        assert_eq!(person_count(1000), 500);
        assert_eq!(person_count(1_000_000), 20_000);
    }
}
