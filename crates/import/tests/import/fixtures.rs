//! Every fixture page, imported and snapshotted as JSON, with the points each one is there for.

use kroniek_import::DropReason;
use kroniek_model::Block;

use crate::{import_fixture, series};

fn snapshot(name: &str) -> kroniek_import::Imported {
    let imported = import_fixture(name, &[series("portretten", "Portretten uit de beweging")]);
    insta::assert_json_snapshot!(name, imported);
    imported
}

fn paragraphs(imported: &kroniek_import::Imported) -> Vec<&str> {
    imported
        .article
        .blocks()
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn dutch_text_with_declared_series_notes_list_and_bibliography() {
    let imported = snapshot("nl-reeks-noten.txt");
    let a = &imported.article;
    assert_eq!(imported.series_id.as_ref().map(|s| s.as_str()), Some("portretten"));
    assert_eq!(
        (a.title.as_str(), a.subtitle.as_deref()),
        ("Emilie Claeys, 1855-1943", Some("Een stem voor de arbeidsters"))
    );
    assert_eq!(a.authors, ["Lieve Janssens"]);
    assert_eq!(a.publication.as_deref(), Some("De Rode Vaan"));
    assert_eq!(a.footnotes.iter().map(|f| f.refs).collect::<Vec<_>>(), [1, 1]);
    assert!(paragraphs(&imported).iter().any(|p| p.contains("blad \\*Vooruit\\*")), "asterisks are escaped");
    assert!(a.blocks().any(|b| matches!(b, Block::List { items, ordered: false } if items.len() == 3)));
    assert_eq!(a.works.len(), 2);
    assert!(a.works.iter().all(|w| w.group.as_deref() == Some("In het Nederlands")));
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn french_text_without_series_with_superscript_notes() {
    let imported = snapshot("fr-sans-serie.txt");
    let a = &imported.article;
    assert_eq!(a.language.code(), "fr");
    assert_eq!((a.series.as_deref(), a.title.as_str()), (None, "La grève des dockers d’Anvers"));
    assert_eq!(a.subtitle.as_deref(), Some("Un port à l’arrêt"));
    assert_eq!(a.authors, ["Jean-Pierre Lambert"]);
    assert_eq!(
        a.footnotes.iter().map(|f| (f.label.as_str(), f.refs)).collect::<Vec<_>>(),
        [("1", 1), ("2", 1)]
    );
    assert!(paragraphs(&imported).iter().any(|p| p.contains("quais[^1] et")));
    let reasons: Vec<DropReason> = imported.dropped.iter().map(|d| d.reason).collect();
    assert_eq!(reasons, [DropReason::Boilerplate, DropReason::Boilerplate, DropReason::Cookie]);
    assert!(a.works.is_empty());
}

#[test]
fn english_text_without_notes_keeps_its_numbered_list() {
    let imported = snapshot("en-no-notes.txt");
    let a = &imported.article;
    assert_eq!(a.language.code(), "en");
    assert_eq!(a.authors, ["Helen Carter"]);
    assert!(a.footnotes.is_empty());
    assert!(a.blocks().any(|b| matches!(b, Block::List { items, ordered: true } if items.len() == 3)));
    assert_eq!(imported.dropped.len(), 4);
}

#[test]
fn windows_1252_text_is_decoded_and_reported() {
    let imported = snapshot("nl-windows-1252.txt");
    assert_eq!(imported.encoding, "windows-1252");
    assert!(paragraphs(&imported).iter().any(|p| p.contains("“Volkshuis”") && p.contains("café")));
    assert!(imported.warnings.iter().any(|w| w.message.contains("windows-1252")));
}

#[test]
fn dutch_wordpress_page_with_linked_notes_and_works() {
    let imported = snapshot("nl-wordpress.html");
    let a = &imported.article;
    assert_eq!(a.title, "De mijnstaking van 1932");
    assert_eq!(a.subtitle.as_deref(), Some("Hoe de Borinage de regering deed wankelen"));
    assert_eq!(a.authors, ["An Peeters"]);
    assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2022-05-01"));
    assert_eq!(a.publication.as_deref(), Some("Rode Vaan"));
    assert_eq!(a.footnotes.iter().map(|f| f.refs).collect::<Vec<_>>(), [1, 1]);
    assert_eq!(a.works.len(), 2);
    assert!(a.blocks().any(|b| matches!(b, Block::Quote { .. })));
    assert!(
        imported
            .dropped
            .iter()
            .any(|d| d.reason == DropReason::OutsideContent && d.text.contains("grootvader"))
    );
    assert!(imported.dropped.iter().any(|d| d.reason == DropReason::Cookie));
}

#[test]
fn french_drupal_page_with_kicker_and_bracketed_notes() {
    let imported = snapshot("fr-drupal.html");
    let a = &imported.article;
    assert_eq!(a.series.as_deref(), Some("Portraits de militants"));
    assert_eq!(a.title, "Louise Michel, 1830-1905");
    assert_eq!(a.authors, ["Marc Dubois"]);
    assert_eq!(a.footnotes.len(), 2);
    assert!(paragraphs(&imported).iter().any(|p| p.contains("barricades[^1].")));
    assert_eq!(a.works.len(), 3);
}

#[test]
fn old_latin1_table_page_with_bold_headline() {
    let imported = snapshot("nl-oldtable.html");
    let a = &imported.article;
    assert_eq!(imported.encoding, "ISO-8859-1");
    assert_eq!(
        (a.series.as_deref(), a.title.as_str()),
        (Some("Uit de geschiedenis"), "Honderd jaar Volkshuis in Gent")
    );
    assert_eq!(a.authors, ["Jef Claes"]);
    assert_eq!(
        a.sections.iter().filter_map(|s| s.heading.as_deref()).collect::<Vec<_>>(),
        ["Het einde van een tijdperk"]
    );
    assert!(paragraphs(&imported).iter().any(|p| p.contains("coöperatie")));
}

#[test]
fn english_blog_page() {
    let imported = snapshot("en-blog.html");
    let a = &imported.article;
    assert_eq!(
        (a.series.as_deref(), a.title.as_str()),
        (Some("Portraits"), "Tom Mann and the Great Dock Strike")
    );
    assert_eq!(a.authors, ["Sarah Jones"]);
    assert_eq!(a.works.len(), 2);
    assert_eq!(a.language.code(), "en");
}

#[test]
fn unsafe_html_reaches_the_article_as_words_only() {
    let imported = snapshot("en-unsafe.html");
    let json = serde_json::to_string(&imported.article).unwrap_or_default();
    for bad in [
        "script",
        "alert",
        "onclick",
        "onerror",
        "onmouseover",
        "javascript",
        "steal",
        "evil",
        "color: red",
        "tracker",
        "<",
    ] {
        assert!(!json.contains(bad), "{bad} reached the article: {json}");
    }
    assert!(json.contains("[People's Charter](https://example.org/charter)"));
    assert_eq!(imported.article.authors, ["Owen Price"]);
}

/// The recovered body covers the hand-made gold text of each HTML fixture: 4-word-shingle F1,
/// the measure the extractor was chosen on.
#[test]
fn html_body_text_matches_the_gold_text() {
    for name in ["nl-wordpress", "fr-drupal", "nl-oldtable", "en-blog"] {
        let imported = import_fixture(&format!("{name}.html"), &[]);
        let gold =
            std::fs::read_to_string(crate::fixture_path(&format!("{name}.gold.txt"))).unwrap_or_default();
        let a = &imported.article;
        let mut got: Vec<String> = vec![a.title.clone()];
        got.extend(a.subtitle.clone());
        for section in &a.sections {
            got.extend(section.heading.clone());
            for block in &section.blocks {
                match block {
                    Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => {
                        got.push(text.clone())
                    }
                    Block::List { items, .. } => got.extend(items.iter().cloned()),
                }
            }
        }
        got.extend(
            a.works
                .iter()
                .map(|w| format!("{} ({})", w.title, w.date.map(|d| d.to_string()).unwrap_or_default())),
        );
        got.extend(a.footnotes.iter().map(|f| f.text.clone()));
        let f1 = shingle_f1(&got.join("\n"), &gold);
        assert!(f1 >= 0.9, "{name}: F1 {f1:.3}");
    }
}

fn shingle_f1(got: &str, gold: &str) -> f64 {
    fn shingles(text: &str) -> std::collections::HashMap<String, usize> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut counts = std::collections::HashMap::new();
        for window in words.windows(4) {
            *counts.entry(window.join(" ")).or_insert(0) += 1;
        }
        counts
    }
    let (g, t) = (shingles(got), shingles(gold));
    let common: usize = g.iter().map(|(k, v)| (*v).min(t.get(k).copied().unwrap_or(0))).sum();
    let precision = common as f64 / g.values().sum::<usize>().max(1) as f64;
    let recall = common as f64 / t.values().sum::<usize>().max(1) as f64;
    if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) }
}
