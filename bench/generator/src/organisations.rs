//! Organisation records: parties, unions, federations and leagues with names built the way
//! the movement named them ("Algemeen Belgisch Vakverbond", "Parti Ouvrier Belge",
//! "Independent Labour Party", "Confederación Nacional del Trabajo") and their acronyms.

use std::collections::HashSet;

use crate::date_phrase::RecordDate;
use crate::origin::slug;
use crate::places::Place;
use crate::rng::Rng;

/// What kind of body an organisation is; decides its Dutch description and, for names in
/// other languages, its grammatical gender in French prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OrgCategory {
    /// A political party.
    Party,
    /// A trade union.
    Union,
    /// A federation or confederation of unions or groups.
    Federation,
    /// A youth or women's organisation.
    Movement,
    /// A league, committee or group.
    League,
}

impl OrgCategory {
    fn description_nl(self) -> &'static str {
        match self {
            OrgCategory::Party => "Politieke partij",
            OrgCategory::Union => "Vakbond",
            OrgCategory::Federation => "Federatie van arbeidersorganisaties",
            OrgCategory::Movement => "Beweging",
            OrgCategory::League => "Actiegroep",
        }
    }
}

/// An organisation authority record.
#[derive(Clone, Debug)]
pub(crate) struct Organisation {
    /// The stable id (`abvv`).
    pub(crate) id: String,
    /// The full name in its own language.
    pub(crate) name: String,
    /// The acronym (`ABVV`).
    pub(crate) acronym: String,
    /// Dutch takes "het" before the acronym (het ABVV) rather than "de".
    pub(crate) neuter_nl: bool,
    /// French takes "la" before the acronym (la CGT) rather than "le".
    pub(crate) feminine_fr: bool,
    /// What kind of body it is.
    pub(crate) category: OrgCategory,
    /// When it was founded.
    pub(crate) founded: RecordDate,
    /// When it was dissolved, if it was.
    pub(crate) dissolved: Option<RecordDate>,
    /// The index of the place where it was based.
    pub(crate) based_in: usize,
    /// The index of its country among the places.
    pub(crate) country: usize,
}

impl Organisation {
    /// The Dutch description for the record.
    pub(crate) fn description(&self, country_nl: &str) -> String {
        format!("{} in {country_nl}.", self.category.description_nl())
    }
}

/// A head noun of an organisation's name with the letters it gives the acronym.
struct Kind {
    name: &'static str,
    letters: &'static str,
    /// Which adjective form agrees with it: Dutch 0 = de-word, 1 = het-word; French and
    /// Spanish 0 = masculine, 1 = feminine; German 0 = masculine, 1 = feminine, 2 = neuter.
    form: usize,
    category: OrgCategory,
}

/// An adjective in its agreeing forms (see `Kind::form`) with its acronym letters.
struct Adjective {
    forms: [&'static str; 3],
    letters: &'static str,
}

/// How one language builds organisation names.
struct Grammar {
    country: &'static str,
    kinds: &'static [Kind],
    adjectives: &'static [Adjective],
    /// A qualifier after the name and its letters ("del Trabajo", "T").
    suffixes: &'static [(&'static str, &'static str)],
    adjectives_first: bool,
    /// How many adjectives at most.
    max_adjectives: usize,
}

const fn kind(name: &'static str, letters: &'static str, form: usize, c: OrgCategory) -> Kind {
    Kind { name, letters, form, category: c }
}

const fn adj(forms: [&'static str; 3], letters: &'static str) -> Adjective {
    Adjective { forms, letters }
}

use OrgCategory::{Federation, League, Movement, Party, Union};

const NL: Grammar = Grammar {
    country: "belgie",
    kinds: &[
        kind("Werkliedenpartij", "WP", 0, Party),
        kind("Arbeiderspartij", "AP", 0, Party),
        kind("Partij", "P", 0, Party),
        kind("Volkspartij", "VP", 0, Party),
        kind("Vakverbond", "VV", 1, Federation),
        kind("Verbond", "V", 1, Federation),
        kind("Vakbond", "V", 0, Union),
        kind("Mijnwerkersbond", "MB", 0, Union),
        kind("Metaalbewerkersbond", "MB", 0, Union),
        kind("Textielarbeidersbond", "TB", 0, Union),
        kind("Transportarbeidersbond", "TB", 0, Union),
        kind("Diamantbewerkersbond", "DB", 0, Union),
        kind("Jonge Wacht", "JW", 0, Movement),
        kind("Vrouwenbond", "VB", 0, Movement),
        kind("Jeugd", "J", 0, Movement),
        kind("Liga", "L", 0, League),
        kind("Centrale", "C", 0, Federation),
        kind("Federatie", "F", 0, Federation),
        kind("Comité", "C", 1, League),
        kind("Front", "F", 1, League),
        kind("Studiekring", "SK", 0, League),
    ],
    adjectives: &[
        adj(["Belgische", "Belgisch", ""], "B"),
        adj(["Nederlandse", "Nederlands", ""], "N"),
        adj(["Vlaamse", "Vlaams", ""], "V"),
        adj(["Socialistische", "Socialistisch", ""], "S"),
        adj(["Communistische", "Communistisch", ""], "C"),
        adj(["Revolutionaire", "Revolutionair", ""], "R"),
        adj(["Algemene", "Algemeen", ""], "A"),
        adj(["Christelijke", "Christelijk", ""], "C"),
        adj(["Onafhankelijke", "Onafhankelijk", ""], "O"),
        adj(["Internationale", "Internationaal", ""], "I"),
        adj(["Sociaal-Democratische", "Sociaal-Democratisch", ""], "SD"),
        adj(["Anarchistische", "Anarchistisch", ""], "A"),
        adj(["Vrije", "Vrij", ""], "V"),
        adj(["Nationale", "Nationaal", ""], "N"),
        adj(["Verenigde", "Verenigd", ""], "V"),
        adj(["Antimilitaristische", "Antimilitaristisch", ""], "AM"),
    ],
    suffixes: &[
        ("", ""),
        ("", ""),
        ("", ""),
        (" van België", "B"),
        (" van Nederland", "N"),
        (" van Gent", "G"),
        (" van Antwerpen", "A"),
        (" van het Centrum", "C"),
        (" van Limburg", "L"),
    ],
    adjectives_first: true,
    max_adjectives: 2,
};

const FR: Grammar = Grammar {
    country: "belgie",
    kinds: &[
        kind("Parti Ouvrier", "PO", 0, Party),
        kind("Parti Socialiste", "PS", 0, Party),
        kind("Parti Communiste", "PC", 0, Party),
        kind("Parti", "P", 0, Party),
        kind("Confédération Générale du Travail", "CGT", 1, Federation),
        kind("Fédération", "F", 1, Federation),
        kind("Union", "U", 1, Union),
        kind("Ligue", "L", 1, League),
        kind("Syndicat", "S", 0, Union),
        kind("Centrale", "C", 1, Federation),
        kind("Comité", "C", 0, League),
        kind("Groupe", "G", 0, League),
        kind("Mouvement", "M", 0, Movement),
        kind("Bourse du Travail", "BT", 1, Union),
        kind("Chambre Syndicale", "CS", 1, Union),
        kind("Jeunesse", "J", 1, Movement),
    ],
    adjectives: &[
        adj(["Belge", "Belge", ""], "B"),
        adj(["Français", "Française", ""], "F"),
        adj(["Révolutionnaire", "Révolutionnaire", ""], "R"),
        adj(["Wallon", "Wallonne", ""], "W"),
        adj(["Unifié", "Unifiée", ""], "U"),
        adj(["Anarchiste", "Anarchiste", ""], "A"),
        adj(["Internationaliste", "Internationaliste", ""], "I"),
        adj(["Autonome", "Autonome", ""], "A"),
        adj(["Ouvrier", "Ouvrière", ""], "O"),
        adj(["Populaire", "Populaire", ""], "P"),
        adj(["Syndicaliste", "Syndicaliste", ""], "S"),
        adj(["Prolétarien", "Prolétarienne", ""], "P"),
    ],
    suffixes: &[
        ("", ""),
        ("", ""),
        ("", ""),
        (" de Belgique", "B"),
        (" de France", "F"),
        (" du Borinage", "B"),
        (" du Centre", "C"),
        (" de Liège", "L"),
        (" des Mineurs", "M"),
        (" des Métallurgistes", "M"),
    ],
    adjectives_first: false,
    max_adjectives: 1,
};

const EN: Grammar = Grammar {
    country: "verenigd-koninkrijk",
    kinds: &[
        kind("Labour Party", "LP", 0, Party),
        kind("Party", "P", 0, Party),
        kind("Federation", "F", 0, Federation),
        kind("Union", "U", 0, Union),
        kind("League", "L", 0, League),
        kind("Workers' Union", "WU", 0, Union),
        kind("Trades Council", "TC", 0, Federation),
        kind("Brotherhood", "B", 0, Union),
        kind("Guild", "G", 0, League),
        kind("Society", "S", 0, League),
        kind("Alliance", "A", 0, League),
        kind("Miners' Federation", "MF", 0, Union),
    ],
    adjectives: &[
        adj(["Independent", "Independent", ""], "I"),
        adj(["Social Democratic", "Social Democratic", ""], "SD"),
        adj(["Socialist", "Socialist", ""], "S"),
        adj(["Communist", "Communist", ""], "C"),
        adj(["British", "British", ""], "B"),
        adj(["Scottish", "Scottish", ""], "S"),
        adj(["National", "National", ""], "N"),
        adj(["General", "General", ""], "G"),
        adj(["Revolutionary", "Revolutionary", ""], "R"),
        adj(["Amalgamated", "Amalgamated", ""], "A"),
        adj(["Irish", "Irish", ""], "I"),
        adj(["Co-operative", "Co-operative", ""], "C"),
    ],
    suffixes: &[("", ""), ("", ""), (" of Great Britain", "GB"), (" of South Wales", "SW")],
    adjectives_first: true,
    max_adjectives: 2,
};

const DE: Grammar = Grammar {
    country: "duitsland",
    kinds: &[
        kind("Partei", "P", 1, Party),
        kind("Gewerkschaftsbund", "GB", 0, Federation),
        kind("Bund", "B", 0, League),
        kind("Verband", "V", 0, Union),
        kind("Arbeiterpartei", "AP", 1, Party),
        kind("Jugend", "J", 1, Movement),
        kind("Arbeiterbund", "AB", 0, Union),
    ],
    adjectives: &[
        adj(["Sozialdemokratischer", "Sozialdemokratische", "Sozialdemokratisches"], "S"),
        adj(["Kommunistischer", "Kommunistische", "Kommunistisches"], "K"),
        adj(["Unabhängiger", "Unabhängige", "Unabhängiges"], "U"),
        adj(["Allgemeiner", "Allgemeine", "Allgemeines"], "A"),
        adj(["Deutscher", "Deutsche", "Deutsches"], "D"),
        adj(["Freier", "Freie", "Freies"], "F"),
        adj(["Sozialistischer", "Sozialistische", "Sozialistisches"], "S"),
    ],
    suffixes: &[("", ""), (" Deutschlands", "D"), (" Österreichs", "Ö")],
    adjectives_first: true,
    max_adjectives: 2,
};

const ES: Grammar = Grammar {
    country: "spanje",
    kinds: &[
        kind("Partido", "P", 0, Party),
        kind("Confederación", "C", 1, Federation),
        kind("Federación", "F", 1, Federation),
        kind("Unión", "U", 1, Union),
        kind("Bloque", "B", 0, League),
        kind("Juventud", "J", 1, Movement),
    ],
    adjectives: &[
        adj(["Obrero", "Obrera", ""], "O"),
        adj(["Socialista", "Socialista", ""], "S"),
        adj(["Comunista", "Comunista", ""], "C"),
        adj(["Ibérico", "Ibérica", ""], "I"),
        adj(["Nacional", "Nacional", ""], "N"),
        adj(["Anarquista", "Anarquista", ""], "A"),
        adj(["Catalán", "Catalana", ""], "C"),
        adj(["Revolucionario", "Revolucionaria", ""], "R"),
    ],
    suffixes: &[
        ("", ""),
        (" del Trabajo", "T"),
        (" de Trabajadores", "T"),
        (" de Unificación Marxista", "UM"),
        (" Obrero y Campesino", "OC"),
    ],
    adjectives_first: false,
    max_adjectives: 1,
};

/// The country an organisation is based in: the one its name says, else its language's.
fn home_country(grammar: &Grammar, name: &str, rng: &mut Rng) -> &'static str {
    const NAMED: &[(&str, &str)] = &[
        ("Belg", "belgie"),
        ("Vlaam", "belgie"),
        ("Wallon", "belgie"),
        ("Gent", "belgie"),
        ("Antwerpen", "belgie"),
        ("Limburg", "belgie"),
        ("Centr", "belgie"),
        ("Borinage", "belgie"),
        ("Liège", "belgie"),
        ("Nederland", "nederland"),
        ("Franç", "frankrijk"),
        ("France", "frankrijk"),
        ("Österreich", "oostenrijk"),
        ("Catalan", "spanje"),
    ];
    if let Some((_, country)) = NAMED.iter().find(|(word, _)| name.contains(word)) {
        return country;
    }
    match grammar.country {
        "belgie" if std::ptr::eq(grammar, &NL) && rng.percent(40) => "nederland",
        "belgie" if std::ptr::eq(grammar, &FR) && rng.percent(45) => "frankrijk",
        country => country,
    }
}

/// How many organisation records an archive of `articles` articles gets.
pub(crate) fn organisation_count(articles: usize) -> usize {
    (articles / 20).clamp(24, 2000)
}

/// Generates `count` organisations with unique ids, based in places of their country.
pub(crate) fn generate_organisations(
    rng: &mut Rng,
    count: usize,
    places: &[Place],
    cities_by_country: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<Organisation> {
    let grammars: [(&Grammar, u32); 5] = [(&NL, 42), (&FR, 30), (&EN, 12), (&DE, 9), (&ES, 7)];
    let weights: Vec<u32> = grammars.iter().map(|g| g.1).collect();
    let mut ids: HashSet<String> = HashSet::new();
    let mut names: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(count);
    let mut attempts = 0;
    while out.len() < count && attempts < count * 50 {
        attempts += 1;
        let grammar = grammars[rng.weighted(&weights)].0;
        let kind = rng.pick(grammar.kinds);
        let n_adj = rng.range(if grammar.adjectives_first { 1 } else { 0 }, grammar.max_adjectives as i32);
        let mut adjectives: Vec<&Adjective> = Vec::new();
        while adjectives.len() < n_adj as usize {
            let a = rng.pick(grammar.adjectives);
            if !adjectives.iter().any(|b| std::ptr::eq(*b, a) || b.letters == a.letters) {
                adjectives.push(a);
            }
        }
        let (suffix, suffix_letters) = *rng.pick(grammar.suffixes);
        let mut words: Vec<&str> = Vec::new();
        let mut letters = String::new();
        if grammar.adjectives_first {
            for a in &adjectives {
                words.push(a.forms[kind.form]);
                letters.push_str(a.letters);
            }
            words.push(kind.name);
            letters.push_str(kind.letters);
        } else {
            words.push(kind.name);
            letters.push_str(kind.letters);
            for a in &adjectives {
                words.push(a.forms[kind.form]);
                letters.push_str(a.letters);
            }
        }
        let name = format!("{}{suffix}", words.join(" "));
        letters.push_str(suffix_letters);
        if letters.len() < 2 || !names.insert(name.clone()) {
            continue;
        }
        let founded_year = rng.range(1850, 1935);
        let founded = RecordDate::random_precision(rng, founded_year);
        let dissolved = rng.percent(70).then(|| {
            let year = founded_year + rng.range(3, 60);
            RecordDate::random_precision(rng, year)
        });
        let home = home_country(grammar, &name, rng);
        let country = places.iter().position(|p| p.id == home).unwrap_or(0);
        let cities = cities_by_country(country);
        let based_in = if cities.is_empty() { country } else { *rng.pick(&cities) };
        let mut id = slug(&letters);
        if ids.contains(&id) {
            id = slug(&name);
        }
        if ids.contains(&id) {
            id = format!("{}-{founded_year}", slug(&name));
        }
        if !ids.insert(id.clone()) {
            continue;
        }
        out.push(Organisation {
            id,
            name,
            acronym: letters,
            neuter_nl: std::ptr::eq(grammar, &NL) && kind.form == 1,
            feminine_fr: if std::ptr::eq(grammar, &FR) || std::ptr::eq(grammar, &ES) {
                kind.form == 1
            } else {
                matches!(kind.category, OrgCategory::Federation | OrgCategory::League)
            },
            category: kind.category,
            founded,
            dissolved,
            based_in,
            country,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{generate_organisations, organisation_count};
    use crate::places::generate_places;
    use crate::rng::Rng;

    #[test]
    fn names_and_acronyms_look_like_the_movements() {
        let places = generate_places(&mut Rng::for_stream(1, 0, 0), 200);
        let cities = |country: usize| -> Vec<usize> {
            (0..places.len()).filter(|&i| places[i].country == Some(country)).collect()
        };
        let orgs = generate_organisations(&mut Rng::for_stream(1, 1, 0), 300, &places, &cities);
        assert_eq!(orgs.len(), 300);
        for org in &orgs {
            assert!(org.acronym.len() >= 2, "{}", org.name);
            assert!(org.acronym.chars().all(|c| c.is_uppercase()), "{}", org.acronym);
            assert!(places[org.based_in].country == Some(org.country), "{}", org.name);
            if let Some(dissolved) = org.dissolved {
                assert!(dissolved.year > org.founded.year);
            }
        }
        let ids: std::collections::HashSet<_> = orgs.iter().map(|o| &o.id).collect();
        assert_eq!(ids.len(), orgs.len());
        assert!(organisation_count(10) >= 24);
    }
}
