//! The interface's words in Dutch, French and English.
//!
//! One table per language, chosen by a language code; any other language falls back to
//! English. Templates see the whole table as `t` (site language) and, inside an article, as
//! `article.t` (the article's language), so that every word inside `<article lang="…">` is in
//! that language. Strings with a `{}` take one value, filled in by [`fill`].

use serde::Serialize;

/// Every word and phrase the site's chrome uses, in one language.
#[derive(Debug, Serialize)]
pub(crate) struct Strings {
    /// The language code the table is for.
    pub(crate) code: &'static str,
    /// OpenGraph locale (`nl_BE`).
    pub(crate) locale: &'static str,
    pub(crate) skip_to_content: &'static str,
    pub(crate) main_navigation: &'static str,
    pub(crate) home: &'static str,
    pub(crate) latest_articles: &'static str,
    pub(crate) series: &'static str,
    pub(crate) about: &'static str,
    pub(crate) read_more: &'static str,
    pub(crate) all_articles: &'static str,
    pub(crate) no_articles: &'static str,
    /// "{} artikelen" with the count.
    pub(crate) article_count: &'static str,
    pub(crate) one_article: &'static str,
    pub(crate) share: &'static str,
    pub(crate) share_by_email: &'static str,
    pub(crate) print: &'static str,
    pub(crate) footnotes: &'static str,
    pub(crate) works: &'static str,
    pub(crate) cite: &'static str,
    pub(crate) contents: &'static str,
    pub(crate) pagination: &'static str,
    /// "Pagina {} van {}".
    pub(crate) page_of: &'static str,
    pub(crate) previous: &'static str,
    pub(crate) next: &'static str,
    pub(crate) not_found: &'static str,
    pub(crate) not_found_text: &'static str,
    pub(crate) back_home: &'static str,
    pub(crate) feed: &'static str,
    pub(crate) data: &'static str,
    pub(crate) made_with: &'static str,
    /// "door {}" before the author names.
    pub(crate) by: &'static str,
    /// The word between the last two names.
    pub(crate) and: &'static str,
    pub(crate) published: &'static str,
    /// "{} min. leestijd".
    pub(crate) reading_time: &'static str,
    pub(crate) section_link: &'static str,
    /// "Terug naar verwijzing {}".
    pub(crate) back_to_reference: &'static str,
    pub(crate) footnote: &'static str,
    pub(crate) months: [&'static str; 12],
    /// Spring, summer, autumn, winter.
    pub(crate) seasons: [&'static str; 4],
    /// "ca. {}".
    pub(crate) circa: &'static str,
    /// "vanaf {}".
    pub(crate) from: &'static str,
    /// "tot {}".
    pub(crate) until: &'static str,
    /// "jaren {}" (the decade's first year).
    pub(crate) decade: &'static str,
    /// "{}e eeuw".
    pub(crate) century: &'static str,
    /// "{} v.Chr."
    pub(crate) before_christ: &'static str,
    pub(crate) timeline: &'static str,
    pub(crate) timeline_intro: &'static str,
    /// "{} gebeurtenissen" with the count.
    pub(crate) event_count: &'static str,
    pub(crate) one_event: &'static str,
    /// "{} vermeldingen" with the count.
    pub(crate) mention_count: &'static str,
    pub(crate) one_mention: &'static str,
    pub(crate) people: &'static str,
    pub(crate) organisations: &'static str,
    pub(crate) places: &'static str,
    pub(crate) periodicals: &'static str,
    pub(crate) in_this_article: &'static str,
    pub(crate) events: &'static str,
    pub(crate) on_this_day: &'static str,
    pub(crate) on_this_day_none: &'static str,
    pub(crate) by_day: &'static str,
    pub(crate) mentions: &'static str,
    pub(crate) named_with: &'static str,
    pub(crate) born: &'static str,
    pub(crate) died: &'static str,
    pub(crate) founded: &'static str,
    pub(crate) dissolved: &'static str,
    pub(crate) based_in: &'static str,
    pub(crate) published_in: &'static str,
    pub(crate) part_of: &'static str,
    pub(crate) also_known_as: &'static str,
    pub(crate) map: &'static str,
    /// "Kaart: {}" with the places' names.
    pub(crate) map_of: &'static str,
    /// "Tijdlijn van {}" with a name.
    pub(crate) timeline_of: &'static str,
    /// What the timeline picture shows: what, first year, last year.
    pub(crate) timeline_desc: &'static str,
    pub(crate) life: &'static str,
    pub(crate) no_events: &'static str,
    pub(crate) no_entries: &'static str,
    pub(crate) all_years: &'static str,
    pub(crate) not_mentioned: &'static str,
    /// Under a list cut short: "{}" is how many are left out; they are in the data files.
    pub(crate) more_in_data: &'static str,
    pub(crate) external_links: &'static str,
    pub(crate) knowledge_data: &'static str,
    /// The search page's words.
    pub(crate) search: &'static crate::search_strings::SearchStrings,
}

static NL: Strings = Strings {
    code: "nl",
    locale: "nl_BE",
    skip_to_content: "Naar de inhoud",
    main_navigation: "Hoofdnavigatie",
    home: "Voorpagina",
    latest_articles: "Recente artikelen",
    series: "Reeksen",
    about: "Over deze site",
    read_more: "Lees verder",
    all_articles: "Alle artikelen",
    no_articles: "Deze reeks heeft nog geen artikelen.",
    article_count: "{} artikelen",
    one_article: "1 artikel",
    share: "Delen",
    share_by_email: "E-mail",
    print: "Afdrukken",
    footnotes: "Voetnoten",
    works: "Werken",
    cite: "Citeren",
    contents: "Inhoud",
    pagination: "Paginering",
    page_of: "Pagina {} van {}",
    previous: "Vorige",
    next: "Volgende",
    not_found: "Niet gevonden",
    not_found_text: "Deze pagina bestaat niet (meer). Misschien is ze verhuisd, of zit er een tikfout in het adres.",
    back_home: "Terug naar de voorpagina",
    feed: "Atom-feed",
    data: "Gegevens (JSON)",
    made_with: "Gemaakt met kroniek",
    by: "door {}",
    and: "en",
    published: "Gepubliceerd",
    reading_time: "{} min. leestijd",
    section_link: "Link naar deze paragraaf",
    back_to_reference: "Terug naar verwijzing {}",
    footnote: "Voetnoot",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    seasons: ["lente", "zomer", "herfst", "winter"],
    circa: "ca. {}",
    from: "vanaf {}",
    until: "tot {}",
    decade: "jaren {}",
    century: "{}e eeuw",
    before_christ: "{} v.Chr.",
    timeline: "Tijdlijn",
    timeline_intro: "Elke gedateerde gebeurtenis uit de artikelen, per jaar.",
    event_count: "{} gebeurtenissen",
    one_event: "1 gebeurtenis",
    mention_count: "{} vermeldingen",
    one_mention: "1 vermelding",
    people: "Personen",
    organisations: "Organisaties",
    places: "Plaatsen",
    periodicals: "Tijdschriften",
    in_this_article: "In dit artikel",
    events: "Gebeurtenissen",
    on_this_day: "Op deze dag",
    on_this_day_none: "Geen gebeurtenissen op deze dag.",
    by_day: "Per dag van het jaar",
    mentions: "Vermeldingen",
    named_with: "Vaak samen genoemd met",
    born: "Geboren",
    died: "Overleden",
    founded: "Opgericht",
    dissolved: "Opgeheven",
    based_in: "Gevestigd in",
    published_in: "Verschenen in",
    part_of: "Deel van",
    also_known_as: "Ook bekend als",
    map: "Kaart",
    map_of: "Kaart: {}",
    timeline_of: "Tijdlijn van {}",
    timeline_desc: "{} op een tijdas, van {} tot {}.",
    life: "Leven",
    no_events: "Nog geen gedateerde gebeurtenissen.",
    no_entries: "Nog niets.",
    all_years: "Alle jaren",
    not_mentioned: "Nog in geen enkel artikel genoemd.",
    more_in_data: "En nog {} meer: alle staan in de kennisgegevens van de artikelen (JSON).",
    external_links: "Elders",
    knowledge_data: "Kennis (JSON)",
    search: &crate::search_strings::NL,
};

static FR: Strings = Strings {
    code: "fr",
    locale: "fr_BE",
    skip_to_content: "Aller au contenu",
    main_navigation: "Navigation principale",
    home: "Accueil",
    latest_articles: "Articles récents",
    series: "Séries",
    about: "À propos",
    read_more: "Lire la suite",
    all_articles: "Tous les articles",
    no_articles: "Cette série ne contient pas encore d’articles.",
    article_count: "{} articles",
    one_article: "1 article",
    share: "Partager",
    share_by_email: "Courriel",
    print: "Imprimer",
    footnotes: "Notes",
    works: "Œuvres",
    cite: "Citer",
    contents: "Sommaire",
    pagination: "Pagination",
    page_of: "Page {} sur {}",
    previous: "Précédente",
    next: "Suivante",
    not_found: "Page introuvable",
    not_found_text: "Cette page n’existe pas ou plus. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.",
    back_home: "Retour à l’accueil",
    feed: "Flux Atom",
    data: "Données (JSON)",
    made_with: "Réalisé avec kroniek",
    by: "par {}",
    and: "et",
    published: "Publié",
    reading_time: "{} min de lecture",
    section_link: "Lien vers cette section",
    back_to_reference: "Retour à l’appel de note {}",
    footnote: "Note",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    seasons: ["printemps", "été", "automne", "hiver"],
    circa: "vers {}",
    from: "depuis {}",
    until: "jusqu’en {}",
    decade: "années {}",
    century: "{}e siècle",
    before_christ: "{} av. J.-C.",
    timeline: "Chronologie",
    timeline_intro: "Chaque événement daté des articles, année par année.",
    event_count: "{} événements",
    one_event: "1 événement",
    mention_count: "{} mentions",
    one_mention: "1 mention",
    people: "Personnes",
    organisations: "Organisations",
    places: "Lieux",
    periodicals: "Périodiques",
    in_this_article: "Dans cet article",
    events: "Événements",
    on_this_day: "Ce jour-là",
    on_this_day_none: "Aucun événement ce jour-là.",
    by_day: "Jour par jour",
    mentions: "Mentions",
    named_with: "Souvent cité avec",
    born: "Naissance",
    died: "Décès",
    founded: "Fondation",
    dissolved: "Dissolution",
    based_in: "Siège",
    published_in: "Publié à",
    part_of: "Fait partie de",
    also_known_as: "Autres noms",
    map: "Carte",
    map_of: "Carte : {}",
    timeline_of: "Chronologie de {}",
    timeline_desc: "{} sur un axe du temps, de {} à {}.",
    life: "Vie",
    no_events: "Pas encore d’événements datés.",
    no_entries: "Rien pour l’instant.",
    all_years: "Toutes les années",
    not_mentioned: "Cité dans aucun article pour l’instant.",
    more_in_data: "Et {} de plus : tous figurent dans les données des articles (JSON).",
    external_links: "Ailleurs",
    knowledge_data: "Connaissances (JSON)",
    search: &crate::search_strings::FR,
};

static EN: Strings = Strings {
    code: "en",
    locale: "en_GB",
    skip_to_content: "Skip to content",
    main_navigation: "Main navigation",
    home: "Home",
    latest_articles: "Latest articles",
    series: "Series",
    about: "About",
    read_more: "Read more",
    all_articles: "All articles",
    no_articles: "This series has no articles yet.",
    article_count: "{} articles",
    one_article: "1 article",
    share: "Share",
    share_by_email: "E-mail",
    print: "Print",
    footnotes: "Notes",
    works: "Works",
    cite: "Cite",
    contents: "Contents",
    pagination: "Pagination",
    page_of: "Page {} of {}",
    previous: "Previous",
    next: "Next",
    not_found: "Not found",
    not_found_text: "This page does not exist (any more). It may have moved, or the address may contain a typo.",
    back_home: "Back to the front page",
    feed: "Atom feed",
    data: "Data (JSON)",
    made_with: "Made with kroniek",
    by: "by {}",
    and: "and",
    published: "Published",
    reading_time: "{} min read",
    section_link: "Link to this section",
    back_to_reference: "Back to reference {}",
    footnote: "Note",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    seasons: ["spring", "summer", "autumn", "winter"],
    circa: "c. {}",
    from: "from {}",
    until: "until {}",
    decade: "{}s",
    century: "{} century",
    before_christ: "{} BC",
    timeline: "Timeline",
    timeline_intro: "Every dated event in the articles, year by year.",
    event_count: "{} events",
    one_event: "1 event",
    mention_count: "{} mentions",
    one_mention: "1 mention",
    people: "People",
    organisations: "Organisations",
    places: "Places",
    periodicals: "Periodicals",
    in_this_article: "In this article",
    events: "Events",
    on_this_day: "On this day",
    on_this_day_none: "No events on this day.",
    by_day: "Day by day",
    mentions: "Mentions",
    named_with: "Often named with",
    born: "Born",
    died: "Died",
    founded: "Founded",
    dissolved: "Dissolved",
    based_in: "Based in",
    published_in: "Published in",
    part_of: "Part of",
    also_known_as: "Also known as",
    map: "Map",
    map_of: "Map: {}",
    timeline_of: "Timeline of {}",
    timeline_desc: "{} on a time axis, from {} to {}.",
    life: "Life",
    no_events: "No dated events yet.",
    no_entries: "Nothing yet.",
    all_years: "All years",
    not_mentioned: "Not named in any article yet.",
    more_in_data: "And {} more: all are in the articles' knowledge data (JSON).",
    external_links: "Elsewhere",
    knowledge_data: "Knowledge (JSON)",
    search: &crate::search_strings::EN,
};

impl Strings {
    /// The table for a language code; English for languages without one.
    pub(crate) fn for_language(code: &str) -> &'static Strings {
        match code {
            "nl" => &NL,
            "fr" => &FR,
            _ => &EN,
        }
    }

    /// "A", "A en B", "A, B en C".
    pub(crate) fn join_names<S: AsRef<str>>(&self, names: &[S]) -> String {
        match names {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                format!("{} {} {}", init.join(", "), self.and, last.as_ref())
            }
        }
    }

    /// The byline: "door A en B".
    pub(crate) fn byline<S: AsRef<str>>(&self, names: &[S]) -> Option<String> {
        (!names.is_empty()).then(|| fill(self.by, &self.join_names(names)))
    }

    /// "1 artikel" / "12 artikelen".
    pub(crate) fn count_articles(&self, n: usize) -> String {
        if n == 1 { self.one_article.to_owned() } else { fill(self.article_count, &n.to_string()) }
    }

    /// "Pagina 2 van 5".
    pub(crate) fn page_of(&self, page: usize, pages: usize) -> String {
        fill(&fill(self.page_of, &page.to_string()), &pages.to_string())
    }
}

/// Replaces the first `{}` in `pattern` with `value`.
pub(crate) fn fill(pattern: &str, value: &str) -> String {
    match pattern.split_once("{}") {
        Some((before, after)) => format!("{before}{value}{after}"),
        None => pattern.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_languages_fall_back_to_english() {
        assert_eq!(Strings::for_language("de").code, "en");
        assert_eq!(Strings::for_language("fr").print, "Imprimer");
        assert_eq!(Strings::for_language("nl").read_more, "Lees verder");
    }

    #[test]
    fn names_and_pages_read_naturally() {
        let nl = Strings::for_language("nl");
        assert_eq!(nl.byline(&["A", "B", "C"]).as_deref(), Some("door A, B en C"));
        assert_eq!(nl.byline::<&str>(&[]), None);
        assert_eq!(nl.page_of(2, 5), "Pagina 2 van 5");
        assert_eq!(Strings::for_language("fr").page_of(2, 5), "Page 2 sur 5");
        assert_eq!(nl.count_articles(1), "1 artikel");
        assert_eq!(Strings::for_language("en").count_articles(3), "3 articles");
    }
}
