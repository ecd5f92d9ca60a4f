//! One test per warning the import gives: each names what the editor should look at.

use kroniek_import::{ImportOptions, ImportWarning, PageFormat, import_page};
use kroniek_model::Language;

use crate::import_text;

fn messages(warnings: &[ImportWarning]) -> Vec<(Option<usize>, &str)> {
    warnings.iter().map(|w| (w.line, w.message.as_str())).collect()
}

#[test]
fn a_reference_without_a_note() {
    let imported = import_text(
        "Titel. Ondertitel\n\nDe staking begon in maart.(1) Ze duurde zes weken.(2) Daarna volgde de winter.\n\n 1. Zie het verslag.\n",
    );
    assert_eq!(
        messages(&imported.warnings),
        [(Some(3), "footnote reference (2) has no note 2; left as text")]
    );
    let text = imported.article.lead().unwrap_or_default();
    assert!(text.contains("maart.[^1]") && text.contains("weken.(2)"), "{text}");
}

#[test]
fn a_note_never_referenced() {
    let imported = import_text(
        "Titel. Ondertitel\n\nDe staking van de mijnwerkers begon in maart.(1) Ze duurde zes lange weken.(2) Daarna kwam de koude winter.(3)\n\n 1. Een.\n 2. Twee.\n 3. Drie.\n 4. Vier.\n",
    );
    assert_eq!(
        messages(&imported.warnings),
        [(Some(8), "note 4 is never referenced in the text; kept as a footnote")]
    );
    assert_eq!(imported.article.footnotes.iter().map(|f| f.refs).collect::<Vec<_>>(), [1, 1, 1, 0]);
}

#[test]
fn a_bracketed_reference_on_a_page_without_notes() {
    let imported = import_text(
        "Title\n\nThe strike began in March [1] and lasted six weeks, until the first days of May.\n",
    );
    assert_eq!(
        messages(&imported.warnings),
        [(Some(3), "footnote reference [1] has no note 1; left as text")]
    );
    assert!(imported.article.lead().is_some_and(|t| t.contains(r"March \[1\] and")));
}

#[test]
fn a_language_that_cannot_be_told() {
    let options = ImportOptions { default_language: Language::new("fr").ok(), ..ImportOptions::default() };
    let imported = import_page("Titel\n\n1932 – 1936\n".as_bytes(), PageFormat::Text, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.article.language.code(), "fr");
    assert_eq!(
        messages(&imported.warnings),
        [(None, "could not tell the language from the text; used the archive's language (fr)")]
    );
}

#[test]
fn a_page_that_is_not_utf8() {
    let imported = import_page(
        b"Titel\n\nDe co\xF6peratie van het Volkshuis bakte elke dag brood voor de leden.\n",
        PageFormat::Text,
        &ImportOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.encoding, "ISO-8859-1");
    assert_eq!(messages(&imported.warnings), [(None, "the page is not UTF-8; it was read as ISO-8859-1")]);
}

#[test]
fn a_text_page_without_a_headline() {
    let long = "De mijnwerkers van het hele bekken legden op maandag het werk neer. ".repeat(5);
    let imported = import_text(&long);
    assert_eq!(
        messages(&imported.warnings),
        [(Some(1), "no headline found; the title was taken from the first sentence")]
    );
    assert_eq!(imported.article.title, "De mijnwerkers van het hele bekken legden op maandag het werk neer");
}

#[test]
fn an_html_page_without_a_headline_element() {
    let html = "<html><head><title>De staking - Rode Vaan</title></head><body><p>De mijnwerkers van het hele bekken \
                legden op maandag het werk neer, en de staking breidde zich snel uit naar de andere putten.</p></body></html>";
    let imported = import_page(html.as_bytes(), PageFormat::Html, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.article.title, "De staking");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message == "no headline in the page; the title comes from <title>")
    );
}

#[test]
fn a_very_large_page() {
    let paragraph = "De mijnwerkers van het hele bekken legden op maandag het werk neer.\n\n";
    let page = format!("Titel\n\n{}", paragraph.repeat(5 * 1024 * 1024 / paragraph.len()));
    let imported = import_text(&page);
    assert!(imported.warnings.first().is_some_and(|w| w.message.contains("unusually large")));
}
