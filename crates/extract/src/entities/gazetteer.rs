//! The built-in gazetteer: countries, regions and cities with their Dutch, French and English
//! names, other spellings, adjectives and coordinates, and a list of given names.
//!
//! The data is `crates/extract/data/gazetteer.tsv`, written by `generate_gazetteer.py` from CLDR
//! (territory names, time-zone cities), GeoNames (cities of 15,000 inhabitants or more) and
//! Faker's given names; see /NOTICE. It is embedded in the binary and parsed on first use.
//!
//! ```
//! use kroniek_extract::entities::gazetteer::{self, PlaceKind};
//! use kroniek_model::Language;
//!
//! let luik = gazetteer::gazetteer().place("Liège").unwrap();
//! assert_eq!(luik.kind, PlaceKind::City);
//! assert_eq!(luik.name(&Language::dutch()), "Luik");
//! assert_eq!(luik.country, "BE");
//! assert!((luik.coordinates.lat - 50.6).abs() < 0.1);
//! ```
//!
//! Looking a name up is exact (case and accents count): recognised text is matched as written.
//! Where two places share a name, the one listed first wins: countries, then regions, then
//! cities by population, largest first.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use kroniek_model::{Coordinates, Language};

const DATA: &str = include_str!("../../data/gazetteer.tsv");

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A state, present or past.
    Country,
    /// A region, province or landscape.
    Region,
    /// A city or town.
    City,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// A stable key: the ISO 3166 code of a country, a slug for a region, `g<GeoNames id>` for
    /// a city.
    pub id: String,
    /// Country, region or city.
    pub kind: PlaceKind,
    /// The ISO 3166 code of the country it lies in (empty for regions across borders).
    pub country: String,
    /// The English name.
    pub en: String,
    /// The Dutch name.
    pub nl: String,
    /// The French name.
    pub fr: String,
    /// Other names and spellings (other languages, older names).
    pub other_names: Vec<String>,
    /// Where it lies (a country's capital for a country).
    pub coordinates: Coordinates,
    /// For cities, the place by population among the gazetteer's cities (0 is the largest);
    /// 0 for countries and regions.
    pub rank: usize,
}

impl Place {
    /// The canonical name in a language: Dutch, French, or English for any other language.
    pub fn name(&self, language: &Language) -> &str {
        match language.code() {
            "nl" => &self.nl,
            "fr" => &self.fr,
            _ => &self.en,
        }
    }

    /// Every name it is known by.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [&self.en, &self.nl, &self.fr].into_iter().chain(&self.other_names).map(String::as_str)
    }
}

/// The parsed gazetteer; get it with [`gazetteer()`].
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_name: HashMap<String, usize>,
    by_id: HashMap<String, usize>,
    adjectives: HashMap<(String, String), usize>,
    given_names: HashSet<String>,
    longest_name: usize,
}

/// The built-in gazetteer, parsed once.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer::parse(DATA))
}

impl Gazetteer {
    /// Reads the TSV format `generate_gazetteer.py` writes; malformed lines are skipped (the
    /// file is generated, and a test checks that none is).
    fn parse(data: &str) -> Self {
        let mut g = Gazetteer {
            places: Vec::new(),
            by_name: HashMap::new(),
            by_id: HashMap::new(),
            adjectives: HashMap::new(),
            given_names: HashSet::new(),
            longest_name: 1,
        };
        let mut pending_adjectives = Vec::new();
        let mut cities = 0;
        for line in data.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["P", kind, id, lat, lon, country, en, nl, fr, others] => {
                    let kind = match *kind {
                        "country" => PlaceKind::Country,
                        "region" => PlaceKind::Region,
                        _ => PlaceKind::City,
                    };
                    let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else { continue };
                    let place = Place {
                        id: (*id).to_owned(),
                        kind,
                        country: (*country).to_owned(),
                        en: (*en).to_owned(),
                        nl: (*nl).to_owned(),
                        fr: (*fr).to_owned(),
                        other_names: others.split('|').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                        coordinates: Coordinates { lat, lon },
                        rank: if kind == PlaceKind::City { cities } else { 0 },
                    };
                    let index = g.places.len();
                    if kind == PlaceKind::City {
                        cities += 1;
                    }
                    for name in place.names() {
                        g.longest_name = g.longest_name.max(name.split_whitespace().count());
                        g.by_name.entry(name.to_owned()).or_insert(index);
                    }
                    g.by_id.entry(place.id.clone()).or_insert(index);
                    g.places.push(place);
                }
                ["A", lang, form, place] => pending_adjectives.push((*lang, *form, *place)),
                ["N", name] => {
                    g.given_names.insert(fold(name));
                }
                _ => {}
            }
        }
        for (lang, form, place) in pending_adjectives {
            if let Some(&index) = g.by_id.get(place) {
                g.adjectives.entry((lang.to_owned(), form.to_lowercase())).or_insert(index);
            }
        }
        g
    }

    /// The place a name means, as written ("Luik", "Liège", "Mexico-Stad", "Elsene").
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.by_name.get(name).map(|&i| &self.places[i])
    }

    /// The place with an id (`BE`, `catalonia`, `g2792413`).
    pub fn by_id(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).map(|&i| &self.places[i])
    }

    /// The place an adjective names in a language: "Oostenrijkse" → Oostenrijk, "Luikse" →
    /// Luik, "Elsense" → Elsene, "française" → France. Dutch adjectives of towns are derived
    /// by rule (stem + `-se`), every other one is listed.
    pub fn adjective(&self, language: &Language, word: &str) -> Option<&Place> {
        let lower = word.to_lowercase();
        if let Some(&i) = self.adjectives.get(&(language.code().to_owned(), lower)) {
            return Some(&self.places[i]);
        }
        if language.code() != "nl" {
            return None;
        }
        let stem = word.strip_suffix("se")?;
        if stem.chars().count() < 3 {
            return None;
        }
        // Luik-se, Elsen(e)-se, Parij(s)-se, Antwerp(en)-se, Londen-se.
        [stem.to_owned(), format!("{stem}e"), format!("{stem}s"), format!("{stem}en")]
            .iter()
            .find_map(|candidate| self.place(candidate))
    }

    /// Whether a word is a known given name (accents ignored: "Andres" is "Andrés").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(&fold(word))
    }

    /// Every place, countries first, then regions, then cities by population.
    pub fn places(&self) -> impl Iterator<Item = &Place> {
        self.places.iter()
    }

    /// The most words any name has ("Mexico City" has two).
    pub fn longest_name(&self) -> usize {
        self.longest_name
    }
}

/// A word without its accents, for names whose spelling varies ("Andrés", "Andres").
pub(crate) fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'À' | 'Á' | 'Â' | 'Ä' => 'A',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
            'Ò' | 'Ó' | 'Ô' | 'Ö' => 'O',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_line_parses() {
        let bad: Vec<&str> = DATA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| {
                let n = l.split('\t').count();
                !matches!((l.split('\t').next(), n), (Some("P"), 10) | (Some("A"), 4) | (Some("N"), 2))
            })
            .take(3)
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        let g = gazetteer();
        assert!(g.places().count() > 30_000);
        let adjectives = DATA.lines().filter(|l| l.starts_with("A\t")).count();
        assert_eq!(g.adjectives.len(), adjectives, "every adjective names a place");
    }

    #[test]
    fn places_in_three_languages() {
        let g = gazetteer();
        let nl = Language::dutch();
        let fr = Language::new("fr").unwrap();
        for (form, dutch, french) in [
            ("Elsene", "Elsene", "Ixelles"),
            ("Ixelles", "Elsene", "Ixelles"),
            ("Luik", "Luik", "Liège"),
            ("Mexico-Stad", "Mexico-Stad", "Mexico"),
            ("Parijs", "Parijs", "Paris"),
            ("België", "België", "Belgique"),
            ("Catalonië", "Catalonië", "Catalogne"),
            ("Petrograd", "Sint-Petersburg", "Saint-Pétersbourg"),
        ] {
            let place = g.place(form).unwrap_or_else(|| panic!("{form}"));
            assert_eq!((place.name(&nl), place.name(&fr)), (dutch, french), "{form}");
        }
        assert_eq!(g.place("Mexico").unwrap().kind, PlaceKind::Country, "the country before the city");
        assert!(g.place("Nergensdorp").is_none());
    }

    #[test]
    fn adjectives_name_places() {
        let g = gazetteer();
        let nl = Language::dutch();
        for (adjective, place) in [
            ("Oostenrijkse", "Oostenrijk"),
            ("Luikse", "Luik"),
            ("Elsense", "Elsene"),
            ("Russische", "Rusland"),
        ] {
            assert_eq!(g.adjective(&nl, adjective).map(|p| p.nl.as_str()), Some(place), "{adjective}");
        }
        assert_eq!(g.adjective(&Language::new("fr").unwrap(), "française").unwrap().id, "FR");
        assert!(g.adjective(&nl, "grote").is_none());
    }

    #[test]
    fn given_names_ignore_accents() {
        let g = gazetteer();
        assert!(g.is_given_name("Andres") && g.is_given_name("Andrés") && g.is_given_name("Guy"));
        assert!(!g.is_given_name("Kibaltsjitsj"));
    }
}
