//! Words that name a people, the inhabitants of a place or the followers of a movement or a
//! faith: "Belgen", "Gentenaar", "Amerikaan", "Parisiens", "Jewish", "Bolsheviks". Capitalised
//! and unknown to the gazetteer's names, they used to fall back to "person"; they never are one.
//! Those that name one place are mentions of it, as the gazetteer's adjectives are.
//!
//! The data is `crates/extract/data/demonyms.tsv`, written by hand for kroniek, per language.

use std::collections::HashMap;
use std::sync::OnceLock;

use kroniek_model::Language;

use super::gazetteer::{Place, gazetteer};

const DATA: &str = include_str!("../../data/demonyms.tsv");

/// What a demonym stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Demonym {
    /// The people of a place of the gazetteer ("Belgen" → België).
    Of(&'static Place),
    /// No single place: a continent's people, a faith, a movement.
    Group,
}

/// Lower-case form → (language, place id; empty for a group) for each language that has it.
struct Demonyms {
    by_form: HashMap<String, Vec<(&'static str, &'static str)>>,
}

fn demonyms() -> &'static Demonyms {
    static DEMONYMS: OnceLock<Demonyms> = OnceLock::new();
    DEMONYMS.get_or_init(|| {
        let mut by_form: HashMap<String, Vec<(&'static str, &'static str)>> = HashMap::new();
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            if let [lang, form, place] = line.split('\t').collect::<Vec<_>>().as_slice() {
                let place = if *place == "-" { "" } else { place };
                by_form.entry(form.to_lowercase()).or_default().push((lang, place));
            }
        }
        Demonyms { by_form }
    })
}

/// The demonym a word is, in the text's language first, then in any other (a Dutch text names
/// "Parisiens" too). Compass-prefixed forms ("West-Europeanen", "Zuid-Amerikanen") are groups.
#[cfg(test)]
fn demonym(language: &Language, word: &str) -> Option<Demonym> {
    demonym_lower(language, &word.to_lowercase())
}

/// [`demonym`] of a word already in lower case (the classifier has it at hand).
pub(crate) fn demonym_lower(language: &Language, lower: &str) -> Option<Demonym> {
    let d = demonyms();
    let place = d.by_form.get(lower).and_then(|forms| {
        forms.iter().find(|(lang, _)| *lang == language.code()).or(forms.first()).map(|(_, place)| *place)
    });
    if let Some(place) = place {
        return Some(match gazetteer().by_id(place) {
            Some(p) if !place.is_empty() => Demonym::Of(p),
            _ => Demonym::Group,
        });
    }
    let (compass, rest) = lower.split_once('-')?;
    let is_compass = matches!(
        compass,
        "west"
            | "oost"
            | "noord"
            | "zuid"
            | "midden"
            | "centraal"
            | "north"
            | "south"
            | "east"
            | "ouest"
            | "nord"
            | "sud"
            | "est"
    );
    let known = d.by_form.contains_key(rest);
    (is_compass && known).then_some(Demonym::Group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_id_is_in_the_gazetteer() {
        let unknown: Vec<&str> = DATA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(2))
            .filter(|id| *id != "-" && gazetteer().by_id(id).is_none())
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
        let malformed = DATA.lines().filter(|l| !l.starts_with('#') && l.split('\t').count() != 3).count();
        assert_eq!(malformed, 0);
    }

    #[test]
    fn demonyms_name_places_or_groups() {
        let nl = Language::dutch();
        let of = |word: &str| match demonym(&nl, word) {
            Some(Demonym::Of(p)) => Some(p.nl.as_str()),
            _ => None,
        };
        assert_eq!(of("Belgen"), Some("België"));
        assert_eq!(of("Gentenaar"), Some("Gent"));
        assert_eq!(of("Amerikaan"), Some("Verenigde Staten"));
        assert_eq!(of("Parisiens"), Some("Parijs"));
        assert_eq!(demonym(&nl, "West-Europeanen"), Some(Demonym::Group));
        assert_eq!(demonym(&Language::new("en").unwrap(), "Jewish"), Some(Demonym::Group));
        assert_eq!(demonym(&nl, "Serge"), None);
        assert_eq!(demonym(&nl, "West-Serge"), None);
    }
}
