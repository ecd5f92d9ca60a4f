//! The tantivy index on the demo archive: analysis, aliases, syntax, filters, facets, snippets,
//! bad input, and the index's life on disk.

use kroniek_model::{Entity, EntityKind, Knowledge};
use kroniek_search::{SearchIndex, SearchRequest, SearchResults};

use crate::demo;

fn search(index: &SearchIndex, q: &str) -> SearchResults {
    index.search(q, SearchRequest { offset: 0, limit: 20 })
}

fn slugs(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|h| h.url.trim_end_matches('/').rsplit('/').next().unwrap_or("")).collect()
}

fn demo_index() -> SearchIndex {
    SearchIndex::in_memory(&demo::archive()).unwrap()
}

#[test]
fn every_alias_of_a_record_finds_the_article_about_it() {
    let index = demo_index();
    for q in ["Trotsky", "Trotski", "Trotzki", "Léon Trotsky"] {
        let results = search(&index, q);
        assert!(slugs(&results).contains(&"victor-serge"), "{q}: {:?}", slugs(&results));
    }
    for q in ["Kibaltsjitsj", "Kibaltchitch", "Le Rétif", "Le Retif"] {
        assert_eq!(slugs(&search(&index, q)).first(), Some(&"victor-serge"), "{q}");
    }
}

#[test]
fn plurals_and_accents_meet() {
    let index = demo_index();
    assert_eq!(slugs(&search(&index, "revoluties")), slugs(&search(&index, "revolutie")));
    assert_eq!(slugs(&search(&index, "Rétif")), slugs(&search(&index, "Retif")));
    assert_eq!(slugs(&search(&index, "Montjuic")), slugs(&search(&index, "Montjuïc")));
    assert!(!search(&index, "Montjuic").hits.is_empty());
}

#[test]
fn phrases_need_their_words_in_order() {
    let index = demo_index();
    let phrase = search(&index, "\"Recht voor Allen\"");
    assert_eq!(slugs(&phrase), ["domela-nieuwenhuis"]);
    assert!(search(&index, "\"Allen voor Recht\"").hits.is_empty());
}

#[test]
fn prefixes_exclusions_and_or() {
    let index = demo_index();
    let prefix = search(&index, "Zimmerw*");
    assert!(slugs(&prefix).contains(&"henriette-roland-holst"));
    let all = search(&index, "Zimmerwald");
    let without = search(&index, "Zimmerwald -Huysmans");
    assert!(slugs(&all).contains(&"camille-huysmans"));
    assert!(!slugs(&without).contains(&"camille-huysmans"));
    assert!(without.total < all.total);
    let either = search(&index, "Mauthausen OR Jogiches");
    let mut got = slugs(&either);
    got.sort_unstable();
    assert_eq!(got, ["julien-lahaut", "rosa-luxemburg"]);
}

#[test]
fn filters_narrow_by_series_language_author_person_and_years() {
    let index = demo_index();
    let french = search(&index, "taal:fr");
    assert_eq!(french.total, 2);
    assert!(french.hits.iter().all(|h| h.language == "fr"));
    assert_eq!(search(&index, "lang:en").total, 1);
    assert_eq!(search(&index, "series:archieven").total, 8);
    assert_eq!(search(&index, "reeks:nergens").total, 0);
    assert_eq!(slugs(&search(&index, "author:Hallam")), ["rosa-luxemburg"]);
    assert_eq!(slugs(&search(&index, "persoon:julien-lahaut")), ["julien-lahaut"]);
    let years = search(&index, "jaar:2019..2020");
    assert!(
        years
            .hits
            .iter()
            .all(|h| h.date.as_deref().is_some_and(|d| d.starts_with("2019") || d.starts_with("2020")))
    );
    assert_eq!(years.total, 3);
    assert_eq!(search(&index, "year:2019/2020").total, 3);
}

#[test]
fn hits_carry_title_series_date_and_a_marked_snippet() {
    let index = demo_index();
    let results = search(&index, "Orenburg");
    let hit = &results.hits[0];
    assert_eq!(hit.url, "/archieven/victor-serge/");
    assert_eq!(hit.title, "Victor Serge, 1890-1947");
    assert_eq!(hit.series.as_deref(), Some("archieven"));
    assert_eq!(hit.date.as_deref(), Some("2022-11-17"));
    assert!(hit.snippet.contains("<mark>Orenburg</mark>"), "{}", hit.snippet);
    assert!(hit.score > 0.0);
}

#[test]
fn facets_count_every_result() {
    let index = demo_index();
    let results = index.search("socialisme", SearchRequest { offset: 0, limit: 1 });
    assert_eq!(results.hits.len(), 1);
    let by_language: u64 = results.facets.language.iter().map(|f| f.count).sum();
    assert_eq!(by_language as usize, results.total);
    let series = &results.facets.series[0];
    assert_eq!(series.label, "Uit de archieven van de klassenstrijd");
    assert!(results.facets.decade.iter().all(|d| d.label.ends_with('s')));
    assert!(!results.facets.people.is_empty());
}

#[test]
fn bad_input_answers_with_an_explanation_never_an_error() {
    let index = demo_index();
    let cases = [
        "\"Victor Serge",
        "de het een",
        "(.*)+ [a-z]{3} \\d ^$",
        "\u{0}\u{1b}[31m\u{7}",
        "*",
        "-",
        "jaar:abc",
        "\"\"",
        "a*",
        "\\d* [*]* ((((* ü* .*",
        "Orenb* \u{200b}\u{feff}\u{202e}",
    ];
    for q in cases {
        let results = search(&index, q);
        assert!(!results.notes.is_empty() || results.total > 0, "{q:?} gave neither results nor a note");
    }
    let unclosed = search(&index, "\"Victor Serge");
    assert_eq!(slugs(&unclosed).first(), Some(&"victor-serge"));
    assert!(unclosed.notes.iter().any(|n| n.code == "unbalanced-quote"));
    let stop = search(&index, "de het een");
    assert_eq!(stop.total, 0);
    assert!(stop.notes.iter().any(|n| n.code == "stop-words"));
    let long = search(&index, &"Orenburg ".repeat(1_200));
    assert!(long.notes.iter().any(|n| n.code == "too-long"));
    assert_eq!(slugs(&long).first(), Some(&"victor-serge"));
    // One word of 10,000 characters, and 10,000 symbols: cut, searched, answered.
    for q in ["x".repeat(10_000), "*".repeat(10_000), "\"".repeat(10_000)] {
        let results = search(&index, &q);
        assert!(results.notes.iter().any(|n| n.code == "too-long"), "{:?}", results.notes);
    }
    // A prefix matches what its completions match, through the term dictionary.
    let prefix = search(&index, "Orenb*");
    assert_eq!(slugs(&prefix).first(), Some(&"victor-serge"));
}

#[test]
fn an_article_about_a_person_outranks_one_that_names_them_once() {
    // Regression guard for the ranking rule: subjects and mention counts lift an article.
    let mut archive = demo::archive();
    let about = |slug: &str| archive.entries.iter().position(|e| e.slug == slug).unwrap();
    let (lahaut, ferrer) = (about("julien-lahaut"), about("francisco-ferrer"));
    // Hand-built knowledge: the Lahaut article names Stalin seven times, Ferrer's once.
    for (index, mentions) in [(lahaut, 7), (ferrer, 1)] {
        std::sync::Arc::make_mut(&mut archive.entries[index]).knowledge = Knowledge {
            entities: vec![Entity {
                kind: EntityKind::Person,
                name: "Jozef Stalin".into(),
                id: Some("jozef-stalin".into()),
                mentions,
            }],
            ..Knowledge::default()
        };
    }
    let index = SearchIndex::in_memory(&archive).unwrap();
    let results = search(&index, "Stalin");
    let got = slugs(&results);
    let rank = |slug: &str| got.iter().position(|s| *s == slug);
    assert!(rank("julien-lahaut").is_some() && rank("francisco-ferrer").is_some(), "{got:?}");
    assert!(rank("julien-lahaut") < rank("francisco-ferrer"), "{got:?}");
    // The person filter and the people facet see linked mentions too.
    assert!(slugs(&search(&index, "persoon:jozef-stalin")).contains(&"francisco-ferrer"));
    assert!(results.facets.people.iter().any(|p| p.value == "jozef-stalin" && p.label.contains("Stalin")));
}

#[test]
fn an_index_on_disk_is_reused_updated_and_rebuilt_when_stale_or_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let folder = SearchIndex::folder_in(dir.path());
    let mut archive = demo::archive();

    let (index, report) = SearchIndex::open(&folder, &archive).unwrap();
    assert!(report.rebuilt.is_some());
    assert_eq!(report.indexed, 8);
    drop(index);

    let (index, report) = SearchIndex::open(&folder, &archive).unwrap();
    assert_eq!((report.rebuilt.as_deref(), report.indexed, report.removed), (None, 0, 0));
    drop(index);

    // One article edited, one removed: only they are touched.
    let serge = archive.entries.iter().position(|e| e.slug == "victor-serge").unwrap();
    std::sync::Arc::make_mut(&mut archive.entries[serge]).article.title =
        "Victor Serge en de Zwaluwstaart".into();
    let removed = archive.entries.remove(0);
    let (index, report) = SearchIndex::open(&folder, &archive).unwrap();
    assert_eq!((report.indexed, report.removed), (1, 1));
    assert_eq!(slugs(&search(&index, "Zwaluwstaart")), ["victor-serge"]);
    assert_eq!(search(&index, "series:archieven").total, 7);
    drop(index);

    // An edit while serving: one article re-indexed in place.
    let (mut index, _) = SearchIndex::open(&folder, &archive).unwrap();
    std::sync::Arc::make_mut(&mut archive.entries[0]).article.title =
        "Een geheel nieuwe titel Kwartelkoning".into();
    let url = archive.entries[0].url_path();
    let report = index.update(&archive, std::slice::from_ref(&url)).unwrap();
    assert_eq!(report.indexed, 1);
    assert_eq!(search(&index, "Kwartelkoning").hits[0].url, url);
    assert_eq!(search(&index, "series:archieven").total, 7);
    drop(index);
    let _ = removed;

    // Another schema version: rebuilt.
    std::fs::write(folder.join("kroniek-search-version"), "0").unwrap();
    let (_, report) = SearchIndex::open(&folder, &archive).unwrap();
    assert!(report.rebuilt.unwrap().contains("schema version 0"));

    // Damaged files: rebuilt, never a panic or a wrong answer.
    std::fs::write(folder.join("meta.json"), b"{ not json").unwrap();
    let (index, report) = SearchIndex::open(&folder, &archive).unwrap();
    assert!(report.rebuilt.unwrap().contains("could not be read"));
    assert_eq!(search(&index, "series:archieven").total, 7);
}
