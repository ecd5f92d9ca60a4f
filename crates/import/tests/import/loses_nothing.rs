//! Property: a text import loses nothing. Every line of a scraped page either lands in the
//! article (each of its words is in one of the article's fields) or is in the import's list of
//! dropped lines; pages are made of the shapes real scraped pages have (headline, byline,
//! paragraphs with footnote markers, headings, works, footnotes, site leftovers, decoration,
//! Markdown and HTML characters in the text).

use std::collections::BTreeSet;

use kroniek_import::{ImportOptions, PageFormat, import_page};
use proptest::prelude::*;

use super::series;

/// Words the body is made of: no month names and no byline words, so that a body word can only
/// be found in the article if the import kept it.
const WORDS: &[&str] = &[
    "staking",
    "vakbond",
    "arbeiders",
    "fabriek",
    "congres",
    "partij",
    "krant",
    "schreef",
    "werd",
    "gekozen",
    "secretaris",
    "Gent",
    "Luik",
    "Charleroi",
    "Antwerpen",
    "tegen",
    "oorlog",
    "vrede",
    "brood",
    "loon",
    "grève",
    "ouvriers",
    "syndicat",
    "élu",
    "Bruxelles",
    "strike",
    "union",
    "elected",
    "1905",
    "1913",
    "1936",
    "acht",
    "uren",
    "Jeanne",
    "Vermeulen",
    "Émile",
    "Lambert",
    "Ségolène",
    "Ødegaard",
];

/// Words the import turns into metadata instead of text: byline openers, the connectors of a
/// date, month names (the date becomes EDTF).
const CONSUMED: &[&str] = &[
    "door",
    "par",
    "by",
    "op",
    "le",
    "on",
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
    "janvier",
    "mars",
    "juin",
    "juillet",
];

fn words(count: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::sample::select(WORDS), count)
        .prop_map(|w| w.into_iter().map(str::to_owned).collect())
}

/// Characters Markdown or HTML would read as markup, put inside or around a word.
fn dressed(word: String) -> impl Strategy<Value = String> {
    let marks =
        prop::sample::select(&["", "", "", "*", "_", "`", "<b>", "</i>", "[", "]", "#", "&amp;", "\\"][..]);
    (marks.clone(), marks).prop_map(move |(a, b)| format!("{a}{word}{b}"))
}

fn sentence() -> impl Strategy<Value = String> {
    words(3..=14).prop_flat_map(|ws| ws.into_iter().map(dressed).collect::<Vec<_>>()).prop_flat_map(|ws| {
        let marker = prop_oneof![Just(String::new()), (1u8..=4).prop_map(|n| format!("({n})"))];
        (Just(ws.join(" ")), marker).prop_map(|(s, m)| format!("{s}{m}."))
    })
}

/// One line of a scraped page.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => sentence(),
        1 => words(1..=3).prop_map(|w| w.join(" ")),
        1 => (1u8..=4, sentence()).prop_map(|(n, s)| format!("({n}) {s}")),
        1 => (words(1..=3), 1880u16..=1990).prop_map(|(w, y)| format!("{} ({y})", w.join(" "))),
        1 => prop::sample::select(&["Delen:", "Printen:", "Lees ook", "Voorpagina van De Vonk",
            "Deze website gebruikt cookies.", "***", "|", "•", "Tags: geschiedenis"][..]).prop_map(str::to_owned),
        1 => Just(String::new()),
    ]
}

fn page() -> impl Strategy<Value = Vec<String>> {
    let headline = prop_oneof![
        words(1..=4).prop_map(|w| w.join(" ")),
        (words(2..=2), 1850u16..=1900).prop_map(|(w, y)| format!(
            "Uit de archieven: {} ({y}-{})",
            w.join(" "),
            y + 60
        )),
    ];
    let byline = prop_oneof![
        Just(None),
        Just(Some("Door Jeanne Vermeulen".to_owned())),
        (1u8..=28, prop::sample::select(&["maart", "mei", "oktober"][..]), 1990u16..=2024)
            .prop_map(|(d, m, y)| Some(format!("door Émile Lambert op {d} {m} {y}"))),
    ];
    (headline, byline, sentence(), prop::collection::vec(line(), 0..24)).prop_map(|(h, b, first, rest)| {
        let mut lines = vec![h, String::new()];
        lines.extend(b);
        lines.push(String::new());
        lines.push(first);
        lines.extend(rest);
        lines
    })
}

/// The lowercase alphanumeric runs of a text.
fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// A line without its leading `(n)`: that marker is the line's role (a footnote's label or a
/// numbered item), not its text.
fn without_marker(line: &str) -> &str {
    let Some(rest) = line.strip_prefix('(') else { return line };
    match rest.split_once(')') {
        Some((number, text)) if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => text,
        _ => line,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_line_lands_in_the_article_or_in_the_dropped_lines(lines in page()) {
        let page = lines.join("\n");
        let declared = [series("archieven", "Uit de archieven")];
        let options = ImportOptions::with_series(&declared, None);
        // A page the import refuses as a whole (nothing but leftovers) loses nothing into an
        // article; the command reports it. The pages made here always have a body.
        let imported = match import_page(page.as_bytes(), PageFormat::Text, &options) {
            Ok(imported) => imported,
            Err(e) => return Err(TestCaseError::fail(format!("refused: {e}\n{page}"))),
        };
        let article = serde_json::to_string(&imported.article).expect("an article serialises");
        let kept: BTreeSet<String> = tokens(&article).chain(CONSUMED.iter().map(|w| (*w).to_owned())).collect();
        for (number, line) in lines.iter().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || imported.dropped.iter().any(|d| d.text == trimmed) {
                continue;
            }
            let missing: Vec<String> = tokens(without_marker(trimmed)).filter(|w| !kept.contains(w)).collect();
            prop_assert!(
                missing.is_empty(),
                "line {} {:?} is neither dropped nor in the article (missing {:?})\narticle: {}\ndropped: {:?}",
                number + 1, trimmed, missing, article, imported.dropped
            );
        }
    }
}
