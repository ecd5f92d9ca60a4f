//! The search page's words in Dutch, French and English (`t.search` in templates).

use serde::Serialize;

/// Labels and explanations of `/search/`.
#[derive(Debug, Serialize)]
pub(crate) struct SearchStrings {
    pub(crate) title: &'static str,
    pub(crate) label: &'static str,
    pub(crate) button: &'static str,
    pub(crate) filters: &'static str,
    pub(crate) series: &'static str,
    pub(crate) language: &'static str,
    pub(crate) person: &'static str,
    pub(crate) from: &'static str,
    pub(crate) to: &'static str,
    pub(crate) any: &'static str,
    pub(crate) results: &'static str,
    pub(crate) none: &'static str,
    pub(crate) more: &'static str,
    pub(crate) failed: &'static str,
    pub(crate) phrase: &'static str,
    /// Shown when scripts are off.
    pub(crate) noscript: &'static str,
    pub(crate) help_title: &'static str,
    pub(crate) help: &'static str,
}

pub(crate) static NL: SearchStrings = SearchStrings {
    title: "Zoeken",
    label: "Zoek in het archief",
    button: "Zoeken",
    filters: "Verfijnen",
    series: "Reeks",
    language: "Taal",
    person: "Persoon",
    from: "Van (jaar)",
    to: "Tot (jaar)",
    any: "alle",
    results: "resultaten",
    none: "Geen artikelen gevonden. Probeer een ander woord of minder filters.",
    more: "Meer resultaten",
    failed: "Het zoeken is mislukt. Laad de pagina opnieuw.",
    phrase: "Woorden tussen aanhalingstekens worden hier in elke volgorde gevonden.",
    noscript: "Zoeken gebeurt in je browser en vraagt JavaScript, dat nu uit staat. Zet JavaScript aan, \
        of blader via de reeksen bovenaan de pagina.",
    help_title: "Hoe zoeken?",
    help: "Woorden vinden ook hun meervoud en vormen zonder accenten. Gebruik \"aanhalingstekens\" voor een \
        uitdrukking, revol* voor woorden die zo beginnen, -woord om uit te sluiten, OF voor alternatieven, en \
        filters als reeks:, taal:nl, auteur:, persoon:victor-serge en jaar:1917..1923.",
};

pub(crate) static FR: SearchStrings = SearchStrings {
    title: "Rechercher",
    label: "Rechercher dans les archives",
    button: "Rechercher",
    filters: "Affiner",
    series: "Série",
    language: "Langue",
    person: "Personne",
    from: "De (année)",
    to: "À (année)",
    any: "toutes",
    results: "résultats",
    none: "Aucun article trouvé. Essayez un autre mot ou moins de filtres.",
    more: "Plus de résultats",
    failed: "La recherche a échoué. Rechargez la page.",
    phrase: "Les mots entre guillemets sont trouvés ici dans n’importe quel ordre.",
    noscript: "La recherche se fait dans votre navigateur et demande JavaScript, qui est désactivé. \
        Activez JavaScript, ou parcourez les séries en haut de la page.",
    help_title: "Comment chercher ?",
    help: "Les mots trouvent aussi leur pluriel et leurs formes sans accents. Utilisez des \"guillemets\" pour \
        une expression, revol* pour les mots qui commencent ainsi, -mot pour exclure, OU pour des variantes, et \
        les filtres serie:, langue:fr, auteur:, personne:victor-serge et annee:1917..1923.",
};

pub(crate) static EN: SearchStrings = SearchStrings {
    title: "Search",
    label: "Search the archive",
    button: "Search",
    filters: "Narrow down",
    series: "Series",
    language: "Language",
    person: "Person",
    from: "From (year)",
    to: "To (year)",
    any: "any",
    results: "results",
    none: "No articles found. Try another word or fewer filters.",
    more: "More results",
    failed: "The search failed. Reload the page.",
    phrase: "Words in quotation marks are found here in any order.",
    noscript: "Searching happens in your browser and needs JavaScript, which is off. Turn JavaScript on, \
        or browse the series at the top of the page.",
    help_title: "How to search",
    help: "Words also find their plurals and forms without accents. Use \"quotation marks\" for a phrase, \
        revol* for words that start so, -word to exclude, OR for alternatives, and the filters series:, \
        lang:en, author:, person:victor-serge and year:1917..1923.",
};
