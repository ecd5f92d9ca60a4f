//! Titles of books and pamphlets in Dutch, French, English and German, for bibliographies
//! and for the secondary literature footnotes cite. Some carry a year ("Het jaar 1917"),
//! which a recogniser must not take for the work's date.

use crate::rng::Rng;

/// A language a work can be written in (German has works but no articles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WorkLanguage {
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
}

impl WorkLanguage {
    /// Every work language.
    pub(crate) const ALL: [WorkLanguage; 4] =
        [WorkLanguage::Nl, WorkLanguage::Fr, WorkLanguage::En, WorkLanguage::De];

    /// Which of a place's three names (Dutch, French, English) a title in this language uses.
    pub(crate) fn place_name_index(self) -> usize {
        match self {
            WorkLanguage::Nl => 0,
            WorkLanguage::Fr => 1,
            WorkLanguage::En | WorkLanguage::De => 2,
        }
    }
}

struct TitleStock {
    patterns: &'static [&'static str],
    nouns: &'static [&'static str],
    adjectives: &'static [&'static str],
    roles: &'static [&'static str],
    lacks: &'static [&'static str],
}

const NL: TitleStock = TitleStock {
    patterns: &[
        "De {A} {N}",
        "De {A} {N}",
        "Herinneringen van een {R}",
        "Het jaar {Y}",
        "Brieven uit {X}",
        "De {N} van {X}",
        "{X} in opstand",
        "Naar een nieuwe {N}",
        "Wat wij willen",
        "Jaren zonder {L}",
        "Tegen de stroom in",
        "Over de {N}",
    ],
    nouns: &[
        "stad",
        "staking",
        "strijd",
        "toekomst",
        "vrijheid",
        "revolutie",
        "nacht",
        "hoop",
        "beweging",
        "opstand",
        "fabriek",
        "mijn",
        "haven",
        "winter",
        "tocht",
        "commune",
    ],
    adjectives: &[
        "veroverde",
        "rode",
        "lange",
        "verloren",
        "harde",
        "nieuwe",
        "laatste",
        "stille",
        "eerste",
        "bittere",
        "onvoltooide",
        "donkere",
        "vrije",
        "vergeten",
    ],
    roles: &["revolutionair", "balling", "drukker", "militant", "mijnwerker", "agitator"],
    lacks: &["genade", "brood", "vrede", "hoop"],
};

const FR: TitleStock = TitleStock {
    patterns: &[
        "La {N} {A}",
        "{N} {A}",
        "Mémoires d'un {R}",
        "{X} en {Y}",
        "Lettres de {X}",
        "Les années sans {L}",
        "Pour une nouvelle {N}",
        "Ce que nous voulons",
        "L'An {Y}",
    ],
    nouns: &["ville", "grève", "lutte", "révolution", "nuit", "commune", "mine", "usine", "route"],
    adjectives: &["conquise", "rouge", "perdue", "inachevée", "ouvrière", "silencieuse", "interdite"],
    roles: &["révolutionnaire", "proscrit", "typographe", "militant", "mineur"],
    lacks: &["pardon", "pain", "paix"],
};

const EN: TitleStock = TitleStock {
    patterns: &[
        "The {A} {N}",
        "The {A} {N}",
        "Memoirs of a {R}",
        "{X} in {Y}",
        "Year One of the {N}",
        "Letters from {X}",
        "Years without {L}",
        "What We Want",
    ],
    nouns: &["City", "Strike", "Struggle", "Revolution", "Night", "Commune", "Mine", "Road", "Winter"],
    adjectives: &["Conquered", "Red", "Long", "Lost", "Last", "Bitter", "Unfinished", "Silent", "Forgotten"],
    roles: &["Revolutionary", "Militant", "Printer", "Miner", "Exile"],
    lacks: &["Mercy", "Bread", "Peace"],
};

const DE: TitleStock = TitleStock {
    patterns: &[
        "Die {A} {N}",
        "Erinnerungen eines {R}",
        "{X} {Y}",
        "Briefe aus {X}",
        "Jahre ohne {L}",
        "Was wir wollen",
    ],
    nouns: &["Stadt", "Nacht", "Revolution", "Fahne", "Zukunft", "Grube", "Straße"],
    adjectives: &["rote", "lange", "verlorene", "letzte", "eroberte", "bittere"],
    roles: &["Revolutionärs", "Verbannten", "Druckers", "Bergmanns"],
    lacks: &["Gnade", "Brot", "Frieden"],
};

/// A title in `language`; `place` is a place name in that language and `year` a year that
/// may appear inside the title.
pub(crate) fn work_title(rng: &mut Rng, language: WorkLanguage, place: &str, year: i32) -> String {
    let stock = match language {
        WorkLanguage::Nl => &NL,
        WorkLanguage::Fr => &FR,
        WorkLanguage::En => &EN,
        WorkLanguage::De => &DE,
    };
    let pattern = *rng.pick(stock.patterns);
    let mut out = String::with_capacity(pattern.len() + 24);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('}').unwrap_or(0);
        match &rest[start + 1..end] {
            "A" => out.push_str(rng.pick_str(stock.adjectives)),
            "N" => out.push_str(rng.pick_str(stock.nouns)),
            "R" => out.push_str(rng.pick_str(stock.roles)),
            "L" => out.push_str(rng.pick_str(stock.lacks)),
            "X" => out.push_str(place),
            "Y" => out.push_str(&year.to_string()),
            other => out.push_str(other),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    // Titles start with a capital even when the pattern opens on a noun ("Ville conquise").
    let mut chars = out.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::{WorkLanguage, work_title};
    use crate::rng::Rng;

    #[test]
    fn titles_are_filled_and_capitalised() {
        let mut rng = Rng::for_stream(1, 9, 9);
        for language in WorkLanguage::ALL {
            for _ in 0..40 {
                let t = work_title(&mut rng, language, "Gent", 1917);
                assert!(!t.contains('{') && !t.contains('}'), "{t}");
                assert!(t.chars().next().is_some_and(char::is_uppercase), "{t}");
            }
        }
    }
}
