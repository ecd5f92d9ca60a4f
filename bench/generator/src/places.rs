//! Place records: countries and real cities of the labour movement's geography, with their
//! Dutch, French and English names, then made-up towns in the Low Countries and France
//! when a large archive needs more places than the real list has.

use std::collections::HashSet;

use crate::origin::slug;
use crate::rng::Rng;

/// A place authority record.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    /// The stable id (`gent`).
    pub(crate) id: String,
    /// The name in Dutch, French and English (the record's `name` is the Dutch one).
    pub(crate) names: [String; 3],
    /// The index of the country this place lies in; `None` for a country.
    pub(crate) country: Option<usize>,
    /// Latitude in degrees.
    pub(crate) lat: f64,
    /// Longitude in degrees.
    pub(crate) lon: f64,
}

impl Place {
    /// True for a country record.
    pub(crate) fn is_country(&self) -> bool {
        self.country.is_none()
    }

    /// Other names than the Dutch one, without repeats, that the record could list as
    /// `aliases`. `Authorities` keeps those no other record has.
    pub(crate) fn alias_candidates(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for name in &self.names[1..] {
            if name != &self.names[0] && !out.contains(&name.as_str()) {
                out.push(name);
            }
        }
        out
    }
}

/// Countries: id, Dutch, French, English name, latitude, longitude.
const COUNTRIES: &[(&str, &str, &str, &str, f64, f64)] = &[
    ("belgie", "België", "Belgique", "Belgium", 50.64, 4.67),
    ("nederland", "Nederland", "Pays-Bas", "Netherlands", 52.13, 5.29),
    ("frankrijk", "Frankrijk", "France", "France", 46.60, 2.45),
    ("verenigd-koninkrijk", "Verenigd Koninkrijk", "Royaume-Uni", "United Kingdom", 54.0, -2.5),
    ("ierland", "Ierland", "Irlande", "Ireland", 53.2, -8.2),
    ("duitsland", "Duitsland", "Allemagne", "Germany", 51.2, 10.4),
    ("oostenrijk", "Oostenrijk", "Autriche", "Austria", 47.6, 14.1),
    ("zwitserland", "Zwitserland", "Suisse", "Switzerland", 46.8, 8.2),
    ("spanje", "Spanje", "Espagne", "Spain", 40.2, -3.7),
    ("italie", "Italië", "Italie", "Italy", 42.8, 12.6),
    ("rusland", "Rusland", "Russie", "Russia", 56.0, 38.0),
    ("mexico", "Mexico", "Mexique", "Mexico", 23.6, -102.5),
    ("verenigde-staten", "Verenigde Staten", "États-Unis", "United States", 39.8, -98.6),
    ("congo", "Congo", "Congo", "Congo", -2.9, 23.7),
];

/// Cities: id, Dutch, French, English name, country id, latitude, longitude.
const CITIES: &[(&str, &str, &str, &str, &str, f64, f64)] = &[
    ("brussel", "Brussel", "Bruxelles", "Brussels", "belgie", 50.8467, 4.3525),
    ("antwerpen", "Antwerpen", "Anvers", "Antwerp", "belgie", 51.2194, 4.4025),
    ("gent", "Gent", "Gand", "Ghent", "belgie", 51.0536, 3.7253),
    ("luik", "Luik", "Liège", "Liège", "belgie", 50.6326, 5.5797),
    ("charleroi", "Charleroi", "Charleroi", "Charleroi", "belgie", 50.4108, 4.4446),
    ("bergen", "Bergen", "Mons", "Mons", "belgie", 50.4542, 3.9523),
    ("namen", "Namen", "Namur", "Namur", "belgie", 50.4674, 4.8718),
    ("leuven", "Leuven", "Louvain", "Leuven", "belgie", 50.8798, 4.7005),
    ("brugge", "Brugge", "Bruges", "Bruges", "belgie", 51.2093, 3.2247),
    ("kortrijk", "Kortrijk", "Courtrai", "Kortrijk", "belgie", 50.8280, 3.2649),
    ("mechelen", "Mechelen", "Malines", "Mechelen", "belgie", 51.0259, 4.4776),
    ("aalst", "Aalst", "Alost", "Aalst", "belgie", 50.9378, 4.0403),
    ("elsene", "Elsene", "Ixelles", "Ixelles", "belgie", 50.8333, 4.3667),
    ("schaarbeek", "Schaarbeek", "Schaerbeek", "Schaerbeek", "belgie", 50.8676, 4.3737),
    ("anderlecht", "Anderlecht", "Anderlecht", "Anderlecht", "belgie", 50.8365, 4.3082),
    ("sint-gillis", "Sint-Gillis", "Saint-Gilles", "Saint-Gilles", "belgie", 50.8266, 4.3455),
    ("seraing", "Seraing", "Seraing", "Seraing", "belgie", 50.5986, 5.5122),
    ("la-louviere", "La Louvière", "La Louvière", "La Louvière", "belgie", 50.4797, 4.1873),
    ("verviers", "Verviers", "Verviers", "Verviers", "belgie", 50.5891, 5.8622),
    ("jemappes", "Jemappes", "Jemappes", "Jemappes", "belgie", 50.4514, 3.8891),
    ("oostende", "Oostende", "Ostende", "Ostend", "belgie", 51.2154, 2.9270),
    ("sint-niklaas", "Sint-Niklaas", "Saint-Nicolas", "Sint-Niklaas", "belgie", 51.1650, 4.1434),
    ("hasselt", "Hasselt", "Hasselt", "Hasselt", "belgie", 50.9307, 5.3325),
    ("genk", "Genk", "Genk", "Genk", "belgie", 50.9650, 5.5008),
    ("doornik", "Doornik", "Tournai", "Tournai", "belgie", 50.6056, 3.3878),
    ("ronse", "Ronse", "Renaix", "Ronse", "belgie", 50.7460, 3.6005),
    ("vilvoorde", "Vilvoorde", "Vilvorde", "Vilvoorde", "belgie", 50.9281, 4.4245),
    ("amsterdam", "Amsterdam", "Amsterdam", "Amsterdam", "nederland", 52.3676, 4.9041),
    ("rotterdam", "Rotterdam", "Rotterdam", "Rotterdam", "nederland", 51.9244, 4.4777),
    ("den-haag", "Den Haag", "La Haye", "The Hague", "nederland", 52.0705, 4.3007),
    ("utrecht", "Utrecht", "Utrecht", "Utrecht", "nederland", 52.0907, 5.1214),
    ("groningen", "Groningen", "Groningue", "Groningen", "nederland", 53.2194, 6.5665),
    ("leeuwarden", "Leeuwarden", "Leeuwarden", "Leeuwarden", "nederland", 53.2012, 5.7999),
    ("zaandam", "Zaandam", "Zaandam", "Zaandam", "nederland", 52.4420, 4.8292),
    ("haarlem", "Haarlem", "Haarlem", "Haarlem", "nederland", 52.3874, 4.6462),
    ("enschede", "Enschede", "Enschede", "Enschede", "nederland", 52.2215, 6.8937),
    ("tilburg", "Tilburg", "Tilburg", "Tilburg", "nederland", 51.5555, 5.0913),
    ("maastricht", "Maastricht", "Maastricht", "Maastricht", "nederland", 50.8514, 5.6910),
    ("nijmegen", "Nijmegen", "Nimègue", "Nijmegen", "nederland", 51.8126, 5.8372),
    ("heerlen", "Heerlen", "Heerlen", "Heerlen", "nederland", 50.8882, 5.9795),
    ("den-helder", "Den Helder", "Le Helder", "Den Helder", "nederland", 52.9563, 4.7601),
    ("parijs", "Parijs", "Paris", "Paris", "frankrijk", 48.8566, 2.3522),
    ("rijsel", "Rijsel", "Lille", "Lille", "frankrijk", 50.6292, 3.0573),
    ("lyon", "Lyon", "Lyon", "Lyon", "frankrijk", 45.7640, 4.8357),
    ("marseille", "Marseille", "Marseille", "Marseilles", "frankrijk", 43.2965, 5.3698),
    ("roubaix", "Roubaix", "Roubaix", "Roubaix", "frankrijk", 50.6942, 3.1746),
    ("toulouse", "Toulouse", "Toulouse", "Toulouse", "frankrijk", 43.6047, 1.4442),
    ("saint-etienne", "Saint-Étienne", "Saint-Étienne", "Saint-Étienne", "frankrijk", 45.4397, 4.3872),
    ("le-havre", "Le Havre", "Le Havre", "Le Havre", "frankrijk", 49.4944, 0.1079),
    ("bordeaux", "Bordeaux", "Bordeaux", "Bordeaux", "frankrijk", 44.8378, -0.5792),
    ("nantes", "Nantes", "Nantes", "Nantes", "frankrijk", 47.2184, -1.5536),
    ("melun", "Melun", "Melun", "Melun", "frankrijk", 48.5421, 2.6554),
    ("limoges", "Limoges", "Limoges", "Limoges", "frankrijk", 45.8336, 1.2611),
    ("carmaux", "Carmaux", "Carmaux", "Carmaux", "frankrijk", 44.0508, 2.1581),
    ("duinkerke", "Duinkerke", "Dunkerque", "Dunkirk", "frankrijk", 51.0344, 2.3768),
    ("straatsburg", "Straatsburg", "Strasbourg", "Strasbourg", "frankrijk", 48.5734, 7.7521),
    ("londen", "Londen", "Londres", "London", "verenigd-koninkrijk", 51.5072, -0.1276),
    ("manchester", "Manchester", "Manchester", "Manchester", "verenigd-koninkrijk", 53.4808, -2.2426),
    ("glasgow", "Glasgow", "Glasgow", "Glasgow", "verenigd-koninkrijk", 55.8642, -4.2518),
    ("liverpool", "Liverpool", "Liverpool", "Liverpool", "verenigd-koninkrijk", 53.4084, -2.9916),
    ("leeds", "Leeds", "Leeds", "Leeds", "verenigd-koninkrijk", 53.8008, -1.5491),
    ("sheffield", "Sheffield", "Sheffield", "Sheffield", "verenigd-koninkrijk", 53.3811, -1.4701),
    ("cardiff", "Cardiff", "Cardiff", "Cardiff", "verenigd-koninkrijk", 51.4816, -3.1791),
    ("edinburgh", "Edinburgh", "Édimbourg", "Edinburgh", "verenigd-koninkrijk", 55.9533, -3.1883),
    ("dublin", "Dublin", "Dublin", "Dublin", "ierland", 53.3498, -6.2603),
    ("berlijn", "Berlijn", "Berlin", "Berlin", "duitsland", 52.5200, 13.4050),
    ("hamburg", "Hamburg", "Hambourg", "Hamburg", "duitsland", 53.5511, 9.9937),
    ("keulen", "Keulen", "Cologne", "Cologne", "duitsland", 50.9375, 6.9603),
    ("munchen", "München", "Munich", "Munich", "duitsland", 48.1351, 11.5820),
    ("leipzig", "Leipzig", "Leipzig", "Leipzig", "duitsland", 51.3397, 12.3731),
    ("dresden", "Dresden", "Dresde", "Dresden", "duitsland", 51.0504, 13.7373),
    ("stuttgart", "Stuttgart", "Stuttgart", "Stuttgart", "duitsland", 48.7758, 9.1829),
    ("essen", "Essen", "Essen", "Essen", "duitsland", 51.4556, 7.0116),
    ("bremen", "Bremen", "Brême", "Bremen", "duitsland", 53.0793, 8.8017),
    ("aken", "Aken", "Aix-la-Chapelle", "Aachen", "duitsland", 50.7753, 6.0839),
    ("wenen", "Wenen", "Vienne", "Vienna", "oostenrijk", 48.2082, 16.3738),
    ("linz", "Linz", "Linz", "Linz", "oostenrijk", 48.3069, 14.2858),
    ("zurich", "Zürich", "Zurich", "Zurich", "zwitserland", 47.3769, 8.5417),
    ("geneve", "Genève", "Genève", "Geneva", "zwitserland", 46.2044, 6.1432),
    ("bern", "Bern", "Berne", "Bern", "zwitserland", 46.9480, 7.4474),
    ("zimmerwald", "Zimmerwald", "Zimmerwald", "Zimmerwald", "zwitserland", 46.8796, 7.4727),
    ("barcelona", "Barcelona", "Barcelone", "Barcelona", "spanje", 41.3874, 2.1686),
    ("madrid", "Madrid", "Madrid", "Madrid", "spanje", 40.4168, -3.7038),
    ("valencia", "Valencia", "Valence", "Valencia", "spanje", 39.4699, -0.3763),
    ("sevilla", "Sevilla", "Séville", "Seville", "spanje", 37.3891, -5.9845),
    ("bilbao", "Bilbao", "Bilbao", "Bilbao", "spanje", 43.2630, -2.9350),
    ("zaragoza", "Zaragoza", "Saragosse", "Saragossa", "spanje", 41.6488, -0.8891),
    ("oviedo", "Oviedo", "Oviedo", "Oviedo", "spanje", 43.3619, -5.8494),
    ("gijon", "Gijón", "Gijón", "Gijón", "spanje", 43.5322, -5.6611),
    ("rome", "Rome", "Rome", "Rome", "italie", 41.9028, 12.4964),
    ("milaan", "Milaan", "Milan", "Milan", "italie", 45.4642, 9.1900),
    ("turijn", "Turijn", "Turin", "Turin", "italie", 45.0703, 7.6869),
    ("napels", "Napels", "Naples", "Naples", "italie", 40.8518, 14.2681),
    ("genua", "Genua", "Gênes", "Genoa", "italie", 44.4056, 8.9463),
    ("florence", "Florence", "Florence", "Florence", "italie", 43.7696, 11.2558),
    ("bologna", "Bologna", "Bologne", "Bologna", "italie", 44.4949, 11.3426),
    ("moskou", "Moskou", "Moscou", "Moscow", "rusland", 55.7558, 37.6173),
    ("petrograd", "Petrograd", "Petrograd", "Petrograd", "rusland", 59.9311, 30.3609),
    ("odessa", "Odessa", "Odessa", "Odessa", "rusland", 46.4825, 30.7233),
    ("kiev", "Kiev", "Kiev", "Kiev", "rusland", 50.4501, 30.5234),
    ("kronstadt", "Kronstadt", "Kronstadt", "Kronstadt", "rusland", 59.9956, 29.7661),
    ("orenburg", "Orenburg", "Orenbourg", "Orenburg", "rusland", 51.7682, 55.0970),
    ("tiflis", "Tiflis", "Tiflis", "Tiflis", "rusland", 41.7151, 44.8271),
    ("mexico-stad", "Mexico-Stad", "Mexico", "Mexico City", "mexico", 19.4326, -99.1332),
    ("coyoacan", "Coyoacán", "Coyoacán", "Coyoacán", "mexico", 19.3467, -99.1617),
    ("new-york", "New York", "New York", "New York", "verenigde-staten", 40.7128, -74.0060),
    ("chicago", "Chicago", "Chicago", "Chicago", "verenigde-staten", 41.8781, -87.6298),
    ("boston", "Boston", "Boston", "Boston", "verenigde-staten", 42.3601, -71.0589),
    ("leopoldstad", "Leopoldstad", "Léopoldville", "Léopoldville", "congo", -4.3217, 15.3126),
    ("elisabethstad", "Elisabethstad", "Élisabethville", "Élisabethville", "congo", -11.6609, 27.4794),
];

/// Parts of made-up Dutch town names ("Oosterbeek", "Zandvoorde").
const NL_PREFIXES: &[&str] = &[
    "Ooster", "Wester", "Noord", "Zuid", "Oud", "Nieuw", "Hoog", "Laag", "Groot", "Klein", "Zand", "Bever",
    "Mol", "Linde", "Eike", "Berken", "Haren", "Rode", "Wervel", "Meer", "Steen", "Vlier", "Heide", "Brede",
];
const NL_ROOTS: &[&str] = &[
    "berg", "beek", "hoven", "dijk", "wijk", "veen", "zele", "gem", "ham", "lo", "kerke", "dorp", "broek",
    "rode", "hout", "donk", "laar", "gaarden", "voorde", "dam", "horst", "sel", "meer", "akker",
];
const NL_QUALIFIERS: &[&str] = &["", "", "", "-aan-de-Schelde", "-aan-de-Leie", "-aan-de-Maas"];

/// Parts of made-up French and Walloon town names ("Villers-sur-Sambre").
const FR_HEADS: &[&str] = &[
    "Saint-Martin",
    "Saint-Georges",
    "Saint-Léger",
    "Villers",
    "Fontaine",
    "Mont",
    "Marchienne",
    "Courcelles",
    "Montigny",
    "Hautrage",
    "Ferrière",
    "Boussu",
    "Quaregnon",
    "Flénu",
    "Pâturages",
    "Frameries",
    "Estinnes",
    "Chapelle",
    "Neuville",
    "Beaumont",
];
const FR_TAILS: &[&str] = &[
    "-sur-Sambre",
    "-sur-Meuse",
    "-l'Évêque",
    "-le-Château",
    "-la-Forêt",
    "-au-Bois",
    "-lez-Liège",
    "-en-Hainaut",
    "-la-Ville",
    "-le-Grand",
    "-sur-Ourthe",
    "-aux-Mines",
];

/// How many real places (countries and cities) come first in every generated list.
pub(crate) fn real_place_count() -> usize {
    COUNTRIES.len() + CITIES.len()
}

/// How many place records an archive of `articles` articles gets: every real one, then
/// more made-up towns as the archive grows.
pub(crate) fn place_count(articles: usize) -> usize {
    (articles / 10).clamp(COUNTRIES.len() + CITIES.len(), 1500)
}

/// Generates `count` places: countries, real cities, then made-up towns.
pub(crate) fn generate_places(rng: &mut Rng, count: usize) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::with_capacity(count);
    let mut ids: HashSet<String> = HashSet::new();
    for &(id, nl, fr, en, lat, lon) in COUNTRIES {
        ids.insert(id.to_string());
        places.push(Place {
            id: id.to_string(),
            names: [nl.to_string(), fr.to_string(), en.to_string()],
            country: None,
            lat,
            lon,
        });
    }
    let country_index = |id: &str| COUNTRIES.iter().position(|c| c.0 == id);
    for &(id, nl, fr, en, country, lat, lon) in CITIES {
        ids.insert(id.to_string());
        places.push(Place {
            id: id.to_string(),
            names: [nl.to_string(), fr.to_string(), en.to_string()],
            country: country_index(country),
            lat,
            lon,
        });
    }
    let mut attempts = 0;
    while places.len() < count && attempts < count * 20 {
        attempts += 1;
        let (name, country, (lat0, lat1), (lon0, lon1)) = if rng.percent(62) {
            let name = format!("{}{}{}", rng.pick(NL_PREFIXES), rng.pick(NL_ROOTS), rng.pick(NL_QUALIFIERS));
            if rng.percent(55) {
                (name, "belgie", (50.75, 51.35), (2.7, 5.8))
            } else {
                (name, "nederland", (51.4, 53.3), (3.9, 7.0))
            }
        } else {
            let name = format!("{}{}", rng.pick(FR_HEADS), rng.pick(FR_TAILS));
            if rng.percent(60) {
                (name, "belgie", (49.6, 50.75), (3.2, 6.2))
            } else {
                (name, "frankrijk", (45.0, 50.9), (0.0, 6.5))
            }
        };
        let id = slug(&name);
        if !ids.insert(id.clone()) {
            continue;
        }
        let lat = lat0 + (lat1 - lat0) * (rng.below(10_000) as f64 / 10_000.0);
        let lon = lon0 + (lon1 - lon0) * (rng.below(10_000) as f64 / 10_000.0);
        places.push(Place {
            id,
            names: [name.clone(), name.clone(), name],
            country: country_index(country),
            lat,
            lon,
        });
    }
    places
}

#[cfg(test)]
mod tests {
    use super::{COUNTRIES, generate_places, place_count};
    use crate::rng::Rng;

    #[test]
    fn every_city_lies_in_a_listed_country() {
        let places = generate_places(&mut Rng::for_stream(1, 0, 0), 400);
        assert_eq!(places.len(), 400);
        for place in &places {
            if let Some(country) = place.country {
                assert!(country < COUNTRIES.len(), "{}", place.id);
                assert!(places[country].is_country());
            }
        }
        let ids: std::collections::HashSet<_> = places.iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), places.len(), "ids are unique");
    }

    #[test]
    fn count_grows_with_the_archive() {
        assert!(place_count(100) < place_count(10_000));
        assert!(place_count(10_000) <= place_count(1_000_000));
    }
}
