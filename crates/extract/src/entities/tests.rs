//! Recognition per language and kind, the traps, linking of shared names, and a page in
//! capitals. Every text here is written for these tests.

use kroniek_model::{Authority, AuthorityKind, Passage};

use super::*;
use crate::text::PlainPassage;

fn lang(code: &str) -> Language {
    Language::new(code).unwrap()
}

/// (kind, text as written, name) of every entity found in one text (inline Markdown: the
/// italics are what `text::passages` would give).
fn found(text: &str, language: &str) -> Vec<(EntityKind, String, String)> {
    let passages = vec![PlainPassage::new(Passage::Title, text)];
    Recogniser::default()
        .mentions(&passages, &lang(language), &[])
        .into_iter()
        .map(|m| (m.kind, m.text, m.name))
        .collect()
}

fn has(found: &[(EntityKind, String, String)], kind: EntityKind, text: &str, name: &str) -> bool {
    found.iter().any(|(k, t, n)| *k == kind && t == text && n == name)
}

use EntityKind::{Organisation as O, Periodical as J, Person as P, Place as L, Work as W};

/// (language, text, kind, words as written, name expected).
const EXPECTED: &[(&str, &str, EntityKind, &str, &str)] = &[
    // Dutch: people with particles and capitals, surnames after the full name.
    (
        "nl",
        "Het verslag is van Jan Van Rompaey, die in Gent woonde.",
        P,
        "Jan Van Rompaey",
        "Jan Van Rompaey",
    ),
    (
        "nl",
        "Hij ontmoette Pieter van der Linden in Antwerpen.",
        P,
        "Pieter van der Linden",
        "Pieter van der Linden",
    ),
    ("nl", "Het boek van van der Goes kwam later.", P, "van der Goes", "van der Goes"),
    ("nl", "Marie Mineur sprak in Seraing. Later schreef Mineur een brief.", P, "Mineur", "Marie Mineur"),
    ("nl", "Later schreef Mineur een brief. Marie Mineur sprak in Seraing.", P, "Mineur", "Marie Mineur"),
    ("nl", "Hij schreef onder de schuilnaam De Rode Pen.", P, "De Rode Pen", "De Rode Pen"),
    // Dutch: organisations, acronyms, compounds.
    ("nl", "Hij werd lid van de BSP in 1945.", O, "BSP", "BSP"),
    (
        "nl",
        "Ze verliet de Belgische Werkliedenpartij en de vakbond.",
        O,
        "Belgische Werkliedenpartij",
        "Belgische Werkliedenpartij",
    ),
    ("nl", "Op het ABVV-congres werd gestemd.", O, "ABVV", "ABVV"),
    ("nl", "De leden van de Pelgrim-bende werden opgepakt.", O, "Pelgrim-bende", "Pelgrim-bende"),
    (
        "nl",
        "Ze stichtten het Boeren- en Arbeidersfront in Leuven.",
        O,
        "Boeren- en Arbeidersfront",
        "Boeren- en Arbeidersfront",
    ),
    (
        "nl",
        "Ze sloten aan bij de PCE (Spaanse Communistische Partij) in Madrid.",
        O,
        "Spaanse Communistische Partij",
        "PCE",
    ),
    ("nl", "Hij werkte voor de Komintern in Berlijn.", O, "Komintern", "Komintern"),
    // Dutch: places and their adjectives.
    ("nl", "Ze verhuisde van Ixelles naar Luik.", L, "Ixelles", "Elsene"),
    ("nl", "Ze verhuisde van Ixelles naar Luik.", L, "Luik", "Luik"),
    ("nl", "De Antwerpse dokwerkers staakten.", L, "Antwerpse", "Antwerpen"),
    ("nl", "Een Oostenrijkse delegatie reisde naar Mexico-Stad.", L, "Oostenrijkse", "Oostenrijk"),
    ("nl", "Een Oostenrijkse delegatie reisde naar Mexico-Stad.", L, "Mexico-Stad", "Mexico-Stad"),
    ("nl", "Hij vluchtte naar Zandhoven, een dorp.", L, "Zandhoven", "Zandhoven"),
    ("nl", "Ze woonde in Wallonië en later in Catalonië.", L, "Catalonië", "Catalonië"),
    // Dutch: periodicals and works.
    (
        "nl",
        "Hij schreef voor de krant Le Drapeau Rouge over de staking.",
        J,
        "Le Drapeau Rouge",
        "Le Drapeau Rouge",
    ),
    ("nl", "Het weekblad Vooruit verscheen in Gent.", J, "Vooruit", "Vooruit"),
    (
        "nl",
        "Ze las ‘De dageraad van een nieuwe tijd’ in de gevangenis.",
        W,
        "De dageraad van een nieuwe tijd",
        "De dageraad van een nieuwe tijd",
    ),
    // French.
    ("fr", "Louise Michel est née à Vroncourt en 1830.", P, "Louise Michel", "Louise Michel"),
    ("fr", "Il rejoint la CGT puis le Parti ouvrier belge à Bruxelles.", O, "CGT", "CGT"),
    (
        "fr",
        "Il rejoint la CGT puis le Parti Ouvrier Belge à Bruxelles.",
        O,
        "Parti Ouvrier Belge",
        "Parti Ouvrier Belge",
    ),
    ("fr", "Il part pour Liège avec des camarades.", L, "Liège", "Liège"),
    ("fr", "Elle écrit dans le journal Le Peuple chaque semaine.", J, "Le Peuple", "Le Peuple"),
    ("fr", "Il publie « Les Temps nouveaux » en 1895.", W, "Les Temps nouveaux", "Les Temps nouveaux"),
    (
        "fr",
        "Le délégué de la Fédération jurassienne arriva.",
        O,
        "Fédération jurassienne",
        "Fédération jurassienne",
    ),
    ("fr", "Il quitte le Parti ouvrier belge en 1921.", O, "Parti ouvrier belge", "Parti ouvrier belge"),
    // English.
    ("en", "In March 1917 the workers in Petrograd rose.", L, "Petrograd", "Saint Petersburg"),
    ("en", "Emma Goldman was deported from New York in 1919.", P, "Emma Goldman", "Emma Goldman"),
    ("en", "Emma Goldman was deported from New York in 1919.", L, "New York", "New York"),
    (
        "en",
        "He joined the Industrial Workers of the World in Chicago.",
        O,
        "Industrial Workers of the World",
        "Industrial Workers of the World",
    ),
    ("en", "She wrote for the newspaper Freedom for a decade.", J, "Freedom", "Freedom"),
    ("en", "The Belgian strikers marched on Monday.", L, "Belgian", "Belgium"),
    ("en", "Later, Kropotkin lived in Brighton.", P, "Kropotkin", "Kropotkin"),
    // Italics: titles of works, periodicals after a cue; the words inside make no names.
    ("nl", "In 1935 verscheen *Lenin in Parijs* bij een uitgever.", W, "Lenin in Parijs", "Lenin in Parijs"),
    ("nl", "Hij schreef voor de krant *Het Volk* elke week.", J, "Het Volk", "Het Volk"),
    (
        "en",
        "She read *Sozialreform oder Revolution?* in prison.",
        W,
        "Sozialreform oder Revolution?",
        "Sozialreform oder Revolution?",
    ),
    // An English genitive ends the name.
    ("en", "Eduard Bernstein’s revisionism was attacked.", P, "Eduard Bernstein", "Eduard Bernstein"),
    ("en", "She taught at the SPD’s party school.", O, "SPD", "SPD"),
    // Hyphenated chains of places are each place.
    ("nl", "Hij reisde langs Antwerpen-Gent-Amsterdam terug.", L, "Gent", "Gent"),
    ("nl", "Hij reisde langs Antwerpen-Gent-Amsterdam terug.", L, "Amsterdam", "Amsterdam"),
    ("fr", "Publié à Paris-La Haye chez Mouton.", L, "La Haye", "La Haye"),
    ("nl", "Kort na het begin van de Frans-Duitse oorlog vluchtte hij.", L, "Frans", "Frankrijk"),
    ("nl", "Kort na het begin van de Frans-Duitse oorlog vluchtte hij.", L, "Duitse", "Duitsland"),
    // Demonyms name places, as adjectives do.
    ("nl", "Daarna trokken de Belgen door Siberië.", L, "Belgen", "België"),
    ("nl", "De muziek is van een Gentenaar die in Rijsel woonde.", L, "Gentenaar", "Gent"),
    ("nl", "Het bureau van de Amerikaan Varian Fry hielp hen.", L, "Amerikaan", "Verenigde Staten"),
    // A lone unknown word is a person with evidence: a surname's shape, a partner in a pair,
    // a cue, a verb only people do.
    ("nl", "Het conflict tussen Trotski en Stalin groeide.", P, "Stalin", "Stalin"),
    ("nl", "Toen rukte generaal Kornilov op.", P, "Kornilov", "Kornilov"),
    ("fr", "Il écrit une lettre à Mme Duval le soir.", P, "Duval", "Duval"),
    ("nl", "In 1920 werd hun zoon Vladimir geboren.", P, "Vladimir", "Vladimir"),
    ("nl", "Gorter schreef daarna een gedicht.", P, "Gorter", "Gorter"),
    // A head word alone is the one organisation the article names in full with it.
    (
        "nl",
        "De Sociaal-Democratische Bond groeide. Later viel de Bond uiteen.",
        O,
        "Bond",
        "Sociaal-Democratische Bond",
    ),
    (
        "en",
        "At the congress of the Second International she spoke. The International split.",
        O,
        "International",
        "Second International",
    ),
    ("nl", "Hij sloot zich aan bij de POUM. De POUM-milities vochten.", O, "POUM", "POUM"),
    ("fr", "Il rencontre M. Dupont à Lyon.", P, "M. Dupont", "M. Dupont"),
];

#[test]
fn recognises_each_kind_in_each_language() {
    let mut failures = Vec::new();
    for (language, text, kind, words, name) in EXPECTED {
        let got = found(text, language);
        if !has(&got, *kind, words, name) {
            failures
                .push(format!("{language} {text:?}: expected {kind:?} {words:?} → {name:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (language, text, words that must not be reported as any entity).
const TRAPS: &[(&str, &str, &str)] = &[
    // Sentence-initial capitals.
    ("nl", "Gisteren kwamen de arbeiders samen in de zaal.", "Gisteren"),
    ("nl", "Verbitterd verliet hij de vergadering.", "Verbitterd"),
    ("en", "However the strike went on.", "However"),
    // "De" as an article, and as part of a name (checked below).
    ("nl", "De staking duurde drie weken.", "De"),
    ("nl", "De Spaanse anarchisten vochten door.", "De Spaanse"),
    // Months and weekdays capitalised in English.
    ("en", "The meeting was held on Monday in May.", "Monday"),
    ("en", "The meeting was held on Monday in May.", "May"),
    ("en", "It was published in August.", "August"),
    ("en", "The Bolsheviks and the Mensheviks split.", "Bolsheviks"),
    // Names inside a work's title are the title's words.
    ("nl", "Hij schreef ‘Lenin in Parijs’ in de gevangenis.", "Parijs"),
    ("nl", "Hij schreef ‘Lenin in Parijs’ in de gevangenis.", "Lenin"),
    // Languages, common nouns, Roman numerals, slogans.
    ("nl", "Hij leerde Frans en Engels in de cel.", "Frans"),
    ("nl", "Hij leerde Frans en Engels in de cel.", "Engels"),
    ("nl", "Hij was minister van Justitie onder de Volksfrontregering.", "Volksfrontregering"),
    ("nl", "Het XIV congres besliste anders.", "XIV"),
    ("nl", "Ze riepen de slogan ‘Brood en Vrede’ op straat.", "Brood en Vrede"),
    // Words of italic titles and foreign phrases.
    ("en", "She wrote *Freedom and Order* in exile.", "Freedom"),
    ("nl", "Ze las *Liefde is heel het leven niet* opnieuw.", "Liefde"),
    ("nl", "Zie *Kapitaal en arbeid in Nederland* voor meer.", "Nederland"),
    ("en", "Read *Eine Leiche im Landwehrkanal* on the murder.", "Eine Leiche"),
    ("nl", "Hij werd *conseller de Justícia* in Barcelona.", "Justícia"),
    ("en", "See *Homage to Catalonia* for those days.", "Catalonia"),
    // Demonyms, groups and adjectives.
    ("nl", "Van de West-Europeanen bleef hij het langst.", "West-Europeanen"),
    ("en", "She was the daughter of a Jewish merchant.", "Jewish"),
    ("en", "Both Social Democrats and Communists quoted her.", "Social Democrats"),
    ("en", "Both Social Democrats and Communists quoted her.", "Communists"),
    ("en", "She left the Communist movement in 1930.", "Communist"),
    ("nl", "Het breukvlak van de Europese arbeidersbeweging.", "Europese"),
    // Genitives and chains are split, not kept whole.
    ("en", "Eduard Bernstein’s revisionism was attacked.", "Eduard Bernstein’s"),
    ("nl", "De route Antwerpen-Gent-Amsterdam was lang.", "Antwerpen-Gent-Amsterdam"),
    ("fr", "Publié à Paris-La Haye chez Mouton.", "Paris-La Haye"),
    // Common nouns with a capital, and head words alone.
    ("nl", "Hij was het eerste socialistische Kamerlid van Nederland.", "Kamerlid"),
    ("fr", "Il devient ministre des Sciences et des Arts en 1925.", "Arts"),
    ("fr", "Il devient ministre des Sciences et des Arts en 1925.", "Sciences"),
    ("nl", "Thuis liep de Bond uiteen.", "Bond"),
    (
        "nl",
        "Ze kende de Tweede Internationale en de Communistische Internationale. De Internationale zong men.",
        "Internationale",
    ),
    ("en", "Her answer was Hope, not fear.", "Hope"),
    ("en", "“my blonde Madonna”, she called her.", "Madonna"),
    ("nl", "Hij zag de Meidagen in Barcelona.", "Meidagen"),
    ("fr", "L’armée reprend la ville.", "L’armée"),
    ("fr", "Il fut président du Conseil, puis exilé.", "Conseil"),
    ("nl", "Bij Koninklijk Besluit van 1859 mocht het.", "Koninklijk Besluit"),
    ("nl", "De daders reden weg in een grijze Vanguard.", "Vanguard"),
    // Streets and saints are not their namesakes.
    ("fr", "Il habitait rue de la Vecquée à Seraing.", "Vecquée"),
    ("fr", "Elle rejoint l’avenue Franklin Roosevelt en 1984.", "Franklin Roosevelt"),
    ("fr", "Au numéro 56 de la calle Bailén, il ouvre une école.", "Bailén"),
    ("fr", "Il meurt dans le fossé de Santa Amàlia à Montjuïc.", "Santa Amàlia"),
];

#[test]
fn avoids_the_traps() {
    let mut failures = Vec::new();
    for (language, text, words) in TRAPS {
        let got = found(text, language);
        if got.iter().any(|(_, t, _)| t == words) {
            failures.push(format!("{language} {text:?}: {words:?} should not be an entity, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn de_is_part_of_a_name_mid_sentence_but_not_at_the_start() {
    let got = found("Hij schreef in De Morgen. De Morgen verscheen dagelijks.", "nl");
    assert!(has(&got, J, "De Morgen", "De Morgen"), "{got:?}");
    let got = found("De POUM werd verboden.", "nl");
    assert!(has(&got, O, "POUM", "POUM"), "{got:?}");
    assert!(!got.iter().any(|(_, t, _)| t == "De POUM"), "{got:?}");
}

#[test]
fn sentence_initial_unknown_word_counts_when_named_elsewhere() {
    let got = found("Kropotkin schreef veel. Later las iedereen Kropotkin.", "nl");
    assert_eq!(got.iter().filter(|(k, t, _)| *k == P && t == "Kropotkin").count(), 2, "{got:?}");
}

#[test]
fn mentions_carry_char_offsets_and_sentences() {
    let passages = vec![PlainPassage::from_plain(
        Passage::Footnote { label: "1".into() },
        "Één zin. Daarna vertrok Émile Vandervelde naar Brussel.",
    )];
    let mentions = Recogniser::default().mentions(&passages, &Language::dutch(), &[]);
    let emile = mentions.iter().find(|m| m.text == "Émile Vandervelde").expect("found");
    assert_eq!((emile.position.start, emile.position.end), (24, 41));
    assert_eq!(emile.sentence, "Daarna vertrok Émile Vandervelde naar Brussel.");
    let chars: String = passages[0].text.chars().skip(24).take(17).collect();
    assert_eq!(chars, "Émile Vandervelde");
}

fn record(kind: AuthorityKind, id: &str, name: &str, aliases: &[&str]) -> Authority {
    let mut a = Authority::new(kind, Id::new(id).unwrap(), name);
    a.aliases = aliases.iter().map(|s| s.to_string()).collect();
    a
}

fn two_de_mans() -> Authorities {
    let mut a = Authorities::default();
    let mut hendrik = record(AuthorityKind::Person, "hendrik-de-man", "Hendrik de Man", &["De Man"]);
    hendrik.place = Some(Id::new("antwerpen").unwrap());
    a.insert(hendrik);
    let mut paul = record(AuthorityKind::Person, "paul-de-man", "Paul de Man", &["De Man"]);
    paul.place = Some(Id::new("new-haven").unwrap());
    a.insert(paul);
    a.insert(record(AuthorityKind::Place, "antwerpen", "Antwerpen", &["Anvers"]));
    a.insert(record(AuthorityKind::Organisation, "bwp", "Belgische Werkliedenpartij", &["BWP"]));
    a
}

fn linked(authorities: &Authorities, text: &str, subjects: &[&str]) -> Vec<(String, Option<String>)> {
    let passages = vec![PlainPassage::from_plain(Passage::Title, text)];
    let subjects: Vec<Id> = subjects.iter().map(|s| Id::new(s).unwrap()).collect();
    Recogniser::new(authorities)
        .mentions(&passages, &Language::dutch(), &subjects)
        .into_iter()
        .map(|m| (m.text, m.id))
        .collect()
}

#[test]
fn names_and_aliases_link_to_their_record() {
    let a = two_de_mans();
    let got = linked(&a, "Hij verliet de BWP en trok naar Anvers.", &[]);
    assert!(got.contains(&("BWP".into(), Some("bwp".into()))), "{got:?}");
    assert!(got.contains(&("Anvers".into(), Some("antwerpen".into()))), "{got:?}");
}

#[test]
fn place_records_link_through_the_gazetteer() {
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Place, "luik", "Luik", &[]));
    let got = linked(&a, "Het Luikse blad verscheen ook in Liège.", &[]);
    assert_eq!(got, [("Luikse".into(), Some("luik".into())), ("Liège".into(), Some("luik".into()))]);
}

#[test]
fn a_shared_name_is_settled_by_the_subjects() {
    let got = linked(&two_de_mans(), "Het plan van De Man werd besproken.", &["paul-de-man"]);
    assert_eq!(got, [("De Man".into(), Some("paul-de-man".into()))]);
}

#[test]
fn a_shared_name_is_settled_by_the_other_mentions() {
    let got = linked(&two_de_mans(), "Het plan van De Man werd in Antwerpen besproken.", &[]);
    assert!(got.contains(&("De Man".into(), Some("hendrik-de-man".into()))), "{got:?}");
}

#[test]
fn an_undecided_shared_name_stays_unlinked() {
    let got = linked(&two_de_mans(), "Het plan van De Man werd besproken.", &[]);
    assert_eq!(got, [("De Man".into(), None)]);
}

#[test]
fn an_italic_run_that_is_a_record_name_links_to_it() {
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Periodical, "neue-zeit", "Die Neue Zeit", &["Neue Zeit"]));
    a.insert(record(AuthorityKind::Person, "karl-kautsky", "Karl Kautsky", &["Kautsky"]));
    let passages = vec![PlainPassage::new(Passage::Title, "Ze schreef voor Kautsky’s *Die Neue Zeit*.")];
    let got: Vec<(String, Option<String>)> = Recogniser::new(&a)
        .mentions(&passages, &Language::dutch(), &[])
        .into_iter()
        .map(|m| (m.text, m.id))
        .collect();
    assert_eq!(
        got,
        [("Kautsky".into(), Some("karl-kautsky".into())), ("Die Neue Zeit".into(), Some("neue-zeit".into()))]
    );
}

#[test]
fn a_record_name_after_a_french_elided_article_links() {
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Organisation, "escuela", "Escuela Moderna", &[]));
    let passages = vec![PlainPassage::new(Passage::Title, "Il ouvre l’Escuela Moderna à Barcelone.")];
    let got: Vec<(String, Option<String>, usize)> = Recogniser::new(&a)
        .mentions(&passages, &lang("fr"), &[])
        .into_iter()
        .map(|m| (m.text, m.id, m.position.start))
        .collect();
    assert_eq!(got[0], ("Escuela Moderna".into(), Some("escuela".into()), 11));
}

#[test]
fn dutch_genitives_and_hyphenated_records_link() {
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Person, "hrh", "Henriette Roland Holst", &["Roland Holst"]));
    a.insert(record(AuthorityKind::Person, "poullet", "Prosper Poullet", &["Poullet"]));
    a.insert(record(AuthorityKind::Person, "vandervelde", "Emile Vandervelde", &["Vandervelde"]));
    let got = linked(&a, "Roland Holsts vertaling kwam onder de regering Poullet-Vandervelde uit.", &[]);
    assert_eq!(
        got,
        [
            ("Roland Holsts".into(), Some("hrh".into())),
            ("Poullet".into(), Some("poullet".into())),
            ("Vandervelde".into(), Some("vandervelde".into()))
        ]
    );
}

#[test]
fn a_lone_unknown_word_without_evidence_is_dropped_unless_named_in_full() {
    let got = found("Het verslag noemde Mertens kort.", "nl");
    assert!(got.is_empty(), "{got:?}");
    let got = found("Jozef Mertens sprak. Het verslag noemde Mertens kort.", "nl");
    assert_eq!(got.iter().filter(|(k, _, n)| *k == P && n == "Jozef Mertens").count(), 2, "{got:?}");
}

#[test]
fn a_surname_takes_the_link_of_the_full_name() {
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Person, "andres-nin", "Andrés Nin", &["Andres Nin"]));
    let got = linked(&a, "Andres Nin werd gearresteerd. Nin verdween.", &[]);
    assert_eq!(
        got,
        [("Andres Nin".into(), Some("andres-nin".into())), ("Nin".into(), Some("andres-nin".into()))]
    );
}

/// Regression guard for "absurdly long capitalised runs": a page in capitals yields a bounded
/// output (only authority names count there), and a long run of capitalised words is cut.
#[test]
fn a_page_in_capitals_does_not_blow_up() {
    let shout = "DE ARBEIDERS VAN LUIK EN GENT STAAKTEN TEGEN DE REGERING EN DE PATROONS ".repeat(5_000);
    let spans = Recogniser::default().find(&shout, &Language::dutch());
    assert!(spans.is_empty(), "{} spans", spans.len());
    let title_case = "Een Lange Rij Van Woorden Met Hoofdletters Zonder Einde ".repeat(5_000);
    let spans = Recogniser::default().find(&title_case, &Language::dutch());
    assert!(spans.len() <= title_case.split_whitespace().count() / 8, "{} spans", spans.len());
    let mut a = Authorities::default();
    a.insert(record(AuthorityKind::Place, "luik", "Luik", &["LUIK"]));
    let spans = Recogniser::new(&a).find(&shout, &Language::dutch());
    assert_eq!(spans.len(), 5_000);
}

#[test]
fn find_reports_byte_spans_with_kinds() {
    let text = "Émile ging naar Luik.";
    let spans = Recogniser::default().find(text, &Language::dutch());
    let got: Vec<(&str, EntityKind)> = spans.iter().map(|s| (&text[s.start..s.end], s.kind)).collect();
    assert_eq!(got, [("Émile", EntityKind::Person), ("Luik", EntityKind::Place)]);
}

#[test]
fn tally_counts_per_entity() {
    let got = found("Nin en Andres Nin. Nin!", "nl");
    let mentions: Vec<Mention> = got
        .into_iter()
        .map(|(kind, text, name)| Mention {
            kind,
            text,
            name,
            id: None,
            sentence: String::new(),
            position: Position { passage: Passage::Title, start: 0, end: 0 },
        })
        .collect();
    let entities = tally(&mentions);
    assert_eq!(entities.len(), 1, "{entities:?}");
    assert_eq!((entities[0].name.as_str(), entities[0].mentions), ("Andres Nin", 3));
}

#[test]
fn an_acronym_before_brackets_that_overlap_another_name_does_not_panic() {
    // Two names found inside one bracketed run used to be sliced back to front.
    let got = found("over KBC ( Franse eigenaar , BWP ) .", "nl");
    assert!(got.iter().any(|(_, t, _)| t == "KBC"), "{got:?}");
}

#[test]
fn places_named_by_adjective_or_people_say_so() {
    let text = "De Franse regering en de Belgen spraken in Parijs.";
    let spans = Recogniser::default().find(text, &lang("nl"));
    let form = |words: &str| spans.iter().find(|e| e.text == words).map(|e| (e.kind, e.form));
    assert_eq!(form("Franse"), Some((L, Some(Form::Adjective))));
    assert_eq!(form("Belgen"), Some((L, Some(Form::Demonym))));
    assert_eq!(form("Parijs"), Some((L, None)));
    let json = serde_json::to_string(&spans).unwrap();
    assert!(json.contains(r#""form":"adjective""#) && json.contains(r#""form":"demonym""#), "{json}");
    assert_eq!(json.matches("\"form\"").count(), 2, "a name has no form field: {json}");
}

#[test]
fn organisation_shapes_clubs_companies_ministries_and_bylines() {
    let got = found("Gisteren won KV Oostende van de ploeg van Fortis Bank.", "nl");
    assert!(has(&got, O, "KV Oostende", "KV Oostende"), "{got:?}");
    assert!(has(&got, O, "Fortis Bank", "Fortis Bank"), "{got:?}");
    let got = found("Het rapport ging naar minister Peeters van Buitenlandse Zaken.", "nl");
    assert!(has(&got, O, "Buitenlandse Zaken", "Buitenlandse Zaken"), "{got:?}");
    // A passage that is only a title opens with its article; a sentence's "De" is no name.
    let passages = vec![
        PlainPassage::new(Passage::Title, "De Ochtendpost"),
        PlainPassage::new(Passage::Title, "De Ochtendpost schreef erover."),
    ];
    let got: Vec<String> =
        Recogniser::default().mentions(&passages, &lang("nl"), &[]).into_iter().map(|m| m.text).collect();
    assert_eq!(got.first().map(String::as_str), Some("De Ochtendpost"), "{got:?}");
    assert!(!got[1..].iter().any(|t| t.starts_with("De ")), "{got:?}");
    // Games and prizes are events, not entities.
    let got = found("Hij won goud op de Olympische Spelen en later de Grote Prijs.", "nl");
    assert!(got.iter().all(|(k, _, _)| *k == L), "{got:?}");
}

#[test]
fn quoted_speech_is_no_title_and_its_names_count() {
    let got = found("‘Samen met Nederland staan we sterk in Europa’, zei de minister.", "nl");
    assert!(got.iter().all(|(k, _, _)| *k != W), "{got:?}");
    assert!(has(&got, L, "Nederland", "Nederland") && has(&got, L, "Europa", "Europa"), "{got:?}");
    // A title in quotation marks stays a work.
    let got = found("Hij schreef ‘Het jaar van de grote staking’ in Gent.", "nl");
    assert!(got.iter().any(|(k, t, _)| *k == W && t == "Het jaar van de grote staking"), "{got:?}");
}

#[test]
fn adjectives_before_names_flemish_particles_and_place_cues() {
    let got = found("Het toestel landde in het Franse Rijsel.", "nl");
    assert!(
        got.iter().any(|(k, t, _)| *k == L && t == "Rijsel") && has(&got, L, "Franse", "Frankrijk"),
        "{got:?}"
    );
    let got = found("Gisteren sprak Van Oosterwijck de pers toe.", "nl");
    assert!(got.iter().any(|(k, t, _)| *k == P && t == "Van Oosterwijck"), "{got:?}");
    let got = found("De delegaties reisden naar Morro Vermelho voor overleg.", "nl");
    assert!(got.iter().any(|(k, t, _)| *k == L && t == "Morro Vermelho"), "{got:?}");
}

#[test]
fn an_office_before_a_full_name_and_radio_heads() {
    let got = found("Dat zei minister van Arbeid Achille Van Acker gisteren.", "nl");
    assert!(has(&got, P, "Achille Van Acker", "Achille Van Acker"), "{got:?}");
    let got = found("Het nieuws kwam via Radio Kwartier binnen.", "nl");
    assert!(has(&got, O, "Radio Kwartier", "Radio Kwartier"), "{got:?}");
}
