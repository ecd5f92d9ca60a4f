//! Periodical records: the papers and reviews of the movement ("De Rode Vaan", "Le Drapeau
//! Rouge", "The Labour Leader", "Die Neue Zeit").

use std::collections::HashSet;

use crate::date_phrase::RecordDate;
use crate::origin::slug;
use crate::rng::Rng;

/// A periodical authority record.
#[derive(Clone, Debug)]
pub(crate) struct Periodical {
    /// The stable id (`de-rode-vaan`).
    pub(crate) id: String,
    /// The title.
    pub(crate) name: String,
    /// The ISO 639-1 code of the language it was written in.
    pub(crate) language: &'static str,
    /// "dagblad", "weekblad", … (Dutch, for the description).
    pub(crate) frequency: &'static str,
    /// When it was founded.
    pub(crate) founded: RecordDate,
    /// When it stopped, if it did.
    pub(crate) dissolved: Option<RecordDate>,
    /// The index of the place it was published in.
    pub(crate) published_in: usize,
}

/// One language's way of naming a paper: article + adjective + noun, or noun + adjective.
struct TitleGrammar {
    language: &'static str,
    countries: &'static [&'static str],
    /// Noun and its gender index into the adjective forms and articles.
    nouns: &'static [(&'static str, usize)],
    /// Adjective forms by gender.
    adjectives: &'static [[&'static str; 3]],
    /// Definite article by gender ("" for none); French elides before a vowel.
    articles: [&'static str; 3],
    adjective_first: bool,
    /// Titles that are a single word or fixed phrase.
    fixed: &'static [&'static str],
}

const NL: TitleGrammar = TitleGrammar {
    language: "nl",
    countries: &["belgie", "belgie", "nederland"],
    nouns: &[
        ("Werker", 0),
        ("Volk", 1),
        ("Vaan", 0),
        ("Woord", 1),
        ("Tijd", 0),
        ("Stem", 0),
        ("Voorpost", 0),
        ("Klassenstrijd", 0),
        ("Fakkel", 0),
        ("Toekomst", 0),
        ("Wacht", 0),
        ("Mijnwerker", 0),
        ("Signaal", 1),
        ("Baanbreker", 0),
        ("Strijder", 0),
        ("Morgenrood", 1),
        ("Tribune", 0),
        ("Vlam", 0),
        ("Dokwerker", 0),
        ("Recht", 1),
    ],
    adjectives: &[
        ["Rode", "Rode", ""],
        ["Vrije", "Vrije", ""],
        ["Nieuwe", "Nieuwe", ""],
        ["Jonge", "Jonge", ""],
        ["Socialistische", "Socialistische", ""],
        ["Vlaamse", "Vlaamse", ""],
        ["Ware", "Ware", ""],
        ["Gentse", "Gentse", ""],
        ["Antwerpse", "Antwerpse", ""],
        ["Revolutionaire", "Revolutionaire", ""],
    ],
    articles: ["De", "Het", ""],
    adjective_first: true,
    fixed: &[
        "Vooruit",
        "Volksrecht",
        "Recht voor Allen",
        "Voorwaarts",
        "Het Volksblad",
        "De Volksgazet",
        "De Internationale",
        "Klasse tegen Klasse",
    ],
};

const FR: TitleGrammar = TitleGrammar {
    language: "fr",
    countries: &["belgie", "frankrijk", "frankrijk"],
    nouns: &[
        ("Peuple", 0),
        ("Voix", 1),
        ("Réveil", 0),
        ("Lutte", 1),
        ("Action", 1),
        ("Drapeau", 0),
        ("Tribune", 1),
        ("Travailleur", 0),
        ("Mineur", 0),
        ("Vérité", 1),
        ("Cri", 0),
        ("Aube", 1),
        ("Combat", 0),
        ("Avant-Garde", 1),
        ("Bataille", 1),
        ("Étincelle", 1),
        ("Populaire", 0),
        ("Libertaire", 0),
    ],
    adjectives: &[
        ["Rouge", "Rouge", ""],
        ["Ouvrier", "Ouvrière", ""],
        ["Socialiste", "Socialiste", ""],
        ["Libre", "Libre", ""],
        ["Prolétarien", "Prolétarienne", ""],
        ["Syndicaliste", "Syndicaliste", ""],
        ["Wallon", "Wallonne", ""],
        ["Communiste", "Communiste", ""],
        ["Syndicale", "Syndicale", ""],
    ],
    articles: ["Le", "La", ""],
    adjective_first: false,
    fixed: &[
        "Le Peuple",
        "La Wallonie",
        "L'Exploité",
        "Germinal",
        "Clarté",
        "Le Libertaire",
        "L'Anarchie",
        "Les Temps Nouveaux",
    ],
};

const EN: TitleGrammar = TitleGrammar {
    language: "en",
    countries: &["verenigd-koninkrijk", "verenigd-koninkrijk", "verenigde-staten"],
    nouns: &[
        ("Worker", 0),
        ("Clarion", 0),
        ("Herald", 0),
        ("Leader", 0),
        ("Socialist", 0),
        ("Call", 0),
        ("Standard", 0),
        ("Review", 0),
        ("Commune", 0),
        ("Banner", 0),
        ("Citizen", 0),
        ("Militant", 0),
    ],
    adjectives: &[
        ["Labour", "", ""],
        ["Daily", "", ""],
        ["New", "", ""],
        ["Free", "", ""],
        ["Red", "", ""],
        ["Workers'", "", ""],
        ["Socialist", "", ""],
        ["Weekly", "", ""],
    ],
    articles: ["The", "", ""],
    adjective_first: true,
    fixed: &["Justice", "Freedom", "Solidarity", "The Commonweal"],
};

const DE: TitleGrammar = TitleGrammar {
    language: "de",
    countries: &["duitsland", "duitsland", "oostenrijk"],
    nouns: &[
        ("Kampf", 0),
        ("Arbeiter", 0),
        ("Wecker", 0),
        ("Fahne", 1),
        ("Zeit", 1),
        ("Wahrheit", 1),
        ("Tribüne", 1),
        ("Stimme", 1),
        ("Volksblatt", 2),
        ("Echo", 2),
    ],
    adjectives: &[
        ["Rote", "Rote", "Rote"],
        ["Neue", "Neue", "Neue"],
        ["Freie", "Freie", "Freie"],
        ["Sozialistische", "Sozialistische", "Sozialistische"],
        ["Junge", "Junge", "Junge"],
    ],
    articles: ["Der", "Die", "Das"],
    adjective_first: true,
    fixed: &["Vorwärts", "Die Aktion", "Der Funke"],
};

/// How many periodical records an archive of `articles` articles gets.
pub(crate) fn periodical_count(articles: usize) -> usize {
    (articles / 50).clamp(12, 800)
}

/// Generates `count` periodicals with unique ids and titles.
pub(crate) fn generate_periodicals(
    rng: &mut Rng,
    count: usize,
    place_of_country: &mut dyn FnMut(&str, &mut Rng) -> (usize, String),
) -> Vec<Periodical> {
    let grammars: [(&TitleGrammar, u32); 4] = [(&NL, 50), (&FR, 30), (&EN, 12), (&DE, 8)];
    let weights: Vec<u32> = grammars.iter().map(|g| g.1).collect();
    const FREQUENCIES: &[&str] = &["dagblad", "weekblad", "weekblad", "maandblad", "tijdschrift"];
    let mut ids: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(count);
    let mut attempts = 0;
    while out.len() < count && attempts < count * 50 {
        attempts += 1;
        let grammar = grammars[rng.weighted(&weights)].0;
        let mut name = if rng.percent(12) {
            rng.pick(grammar.fixed).to_string()
        } else {
            let &(noun, gender) = rng.pick(grammar.nouns);
            let adjective = rng.pick(grammar.adjectives)[gender];
            let article = grammar.articles[gender];
            let with_article = |rest: String| -> String {
                if article.is_empty() {
                    rest
                } else if grammar.language == "fr" && rest.starts_with(['A', 'E', 'É', 'I', 'O', 'U']) {
                    format!("L'{rest}")
                } else {
                    format!("{article} {rest}")
                }
            };
            if adjective.is_empty() || rng.percent(25) {
                with_article(noun.to_string())
            } else if grammar.adjective_first {
                with_article(format!("{adjective} {noun}"))
            } else {
                with_article(format!("{noun} {adjective}"))
            }
        };
        let country = *rng.pick(grammar.countries);
        let (published_in, city) = place_of_country(country, rng);
        let mut id = slug(&name);
        if ids.contains(&id) {
            // A second paper of the same title elsewhere, as happened: "Vooruit (Gent)".
            name = format!("{name} ({city})");
            id = slug(&name);
        }
        if !ids.insert(id.clone()) {
            continue;
        }
        let founded_year = rng.range(1850, 1940);
        out.push(Periodical {
            id,
            name,
            language: grammar.language,
            frequency: rng.pick_str(FREQUENCIES),
            founded: RecordDate::random_precision(rng, founded_year),
            dissolved: rng.percent(80).then(|| {
                let year = founded_year + rng.range(1, 70);
                RecordDate::random_precision(rng, year)
            }),
            published_in,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{generate_periodicals, periodical_count};
    use crate::rng::Rng;

    #[test]
    fn titles_are_unique_and_dated() {
        let mut place = |_: &str, rng: &mut Rng| (0usize, format!("Stad {}", rng.below(50)));
        let papers = generate_periodicals(&mut Rng::for_stream(2, 0, 0), 400, &mut place);
        assert_eq!(papers.len(), 400);
        let ids: std::collections::HashSet<_> = papers.iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), papers.len());
        for paper in &papers {
            assert!(!paper.name.is_empty());
            if let Some(end) = paper.dissolved {
                assert!(end.year > paper.founded.year, "{}", paper.name);
            }
        }
        assert!(periodical_count(100_000) > periodical_count(1000));
    }
}
