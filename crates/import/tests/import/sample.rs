//! The shared reference page (`../shared/samples/victor-serge.scraped.txt`), read where it
//! exists; its text is never copied into the repository, so this test asserts the recovered
//! shape and a few words, not the sentences.

use kroniek_import::{DropReason, ImportOptions, PageFormat, import_page};
use kroniek_model::{Block, Edtf};

use crate::series;

/// The sample sits in `shared/` beside the repository (`../shared` from its root); a checkout
/// that keeps `shared/` inside the repository is accepted too.
fn sample() -> Option<Vec<u8>> {
    let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates =
        ["../../../shared/samples/victor-serge.scraped.txt", "../../shared/samples/victor-serge.scraped.txt"];
    let found = candidates.iter().find_map(|c| std::fs::read(crate_dir.join(c)).ok());
    if found.is_none() {
        eprintln!("skipped: the shared sample is not at {} (nor {})", candidates[0], candidates[1]);
    }
    found
}

#[test]
fn the_reference_sample_is_recovered_exactly() {
    let Some(bytes) = sample() else { return };
    let declared = [series("archieven", "Uit de archieven van de klassenstrijd")];
    for with_series in [true, false] {
        let options = ImportOptions::with_series(if with_series { &declared } else { &[] }, None);
        let imported = import_page(&bytes, PageFormat::detect(Some("txt"), &bytes), &options)
            .unwrap_or_else(|e| panic!("{e}"));
        check(&imported, with_series);
    }
}

fn check(imported: &kroniek_import::Imported, with_series: bool) {
    let a = &imported.article;
    assert_eq!(imported.encoding, "UTF-8");
    assert_eq!(imported.series_id.as_ref().map(|i| i.as_str()), with_series.then_some("archieven"));
    assert_eq!(a.series.as_deref(), Some("Uit de archieven van de klassenstrijd"));
    assert_eq!(a.title, "Victor Serge, 1890-1947");
    assert_eq!(a.subtitle.as_deref(), Some("Metgezel van de revolutie"));
    assert_eq!(a.authors, ["Guy Van Sinoy"]);
    assert_eq!(a.publication.as_deref(), Some("De Linkse Socialist"));
    assert_eq!(a.language.code(), "nl");

    let headings: Vec<&str> = a.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
    assert_eq!(
        headings,
        [
            "Anarchist in Parijs",
            "Barcelona, Nin en de CNT",
            "De revolutie dienen",
            "Gedeporteerd en daarna vrijgelaten",
            "De POUM en de Spaanse revolutie",
            "Marseille, Mexico-Stad",
            "Belangrijke werken van Victor Serge",
        ]
    );
    assert_eq!(a.sections.first().and_then(|s| s.heading.as_ref()), None, "the lead comes first");
    let paragraphs: Vec<&str> = a
        .blocks()
        .map(|b| match b {
            Block::Paragraph { text } => text.as_str(),
            other => panic!("only paragraphs expected, got {other:?}"),
        })
        .collect();
    assert_eq!(paragraphs.len(), 13);
    assert!(paragraphs.first().is_some_and(|p| p.starts_with("Victor Kibaltsjitsj")));
    assert_eq!(a.sections.first().map(|s| s.blocks.len()), Some(2));

    // Three notes, each referenced once, at the word it follows.
    assert_eq!(
        a.footnotes.iter().map(|f| (f.label.as_str(), f.refs)).collect::<Vec<_>>(),
        [("1", 1), ("2", 1), ("3", 1)]
    );
    // Each reference sits right after the word it follows: after a closing quote in the lead's
    // second paragraph, after a full stop (twice) in the first section.
    let body = paragraphs.join("\n");
    let in_paragraph = |i: usize, needle: &str| paragraphs.get(i).is_some_and(|p| p.contains(needle));
    assert!(in_paragraph(1, "”[^1] "), "reference 1");
    assert!(in_paragraph(2, ".[^2]") && in_paragraph(2, "’.[^3] "), "references 2 and 3");
    assert_eq!(body.matches("[^").count(), 3);
    assert!(a.footnotes.iter().all(|f| !f.text.is_empty() && !f.text.starts_with(char::is_numeric)));

    let works: Vec<(&str, String, Option<&str>)> = a
        .works
        .iter()
        .map(|w| (w.title.as_str(), w.date.map(|d| d.to_string()).unwrap_or_default(), w.group.as_deref()))
        .collect();
    assert_eq!(works.len(), 11);
    let dutch = works.iter().filter(|w| w.2 == Some("In het Nederlands")).count();
    let other = works.iter().filter(|w| w.2 == Some("In andere talen")).count();
    assert_eq!((dutch, other), (3, 8));
    assert_eq!(works.first().map(|w| (w.0, w.1.as_str())), Some(("Veroverde stad", "1932")));
    let year_one = works.iter().find(|w| w.0 == "Year one of the Russian Revolution");
    assert_eq!(year_one.map(|w| w.1.as_str()), Some("1926/1929"));
    assert_eq!(
        year_one.and_then(|w| Edtf::parse(&w.1).ok()).and_then(|d| d.end()).map(|d| d.year_value()),
        Some(1929)
    );
    assert!(works.iter().any(|w| w.0 == "Lenin in 1917" && w.1 == "1924"));

    // Nothing of the site's leftovers in the body; every one of them listed as dropped.
    for leftover in ["Delen", "Printen", "Voorpagina", "In het Nederlands:", "In andere talen:"] {
        assert!(!body.contains(leftover), "{leftover} in the body");
    }
    let dropped: Vec<(&str, DropReason)> =
        imported.dropped.iter().map(|d| (d.text.as_str(), d.reason)).collect();
    assert_eq!(
        dropped,
        [
            ("Delen:", DropReason::Boilerplate),
            ("Printen:", DropReason::Boilerplate),
            ("Voorpagina van De Linkse Socialist", DropReason::Publication),
        ]
    );
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}
