//! Bad input: a clear error or a warning, never a panic.

use kroniek_import::{ImportError, ImportOptions, PageFormat, import_page};

fn import(bytes: &[u8], format: PageFormat) -> Result<kroniek_import::Imported, ImportError> {
    import_page(bytes, format, &ImportOptions::default())
}

#[test]
fn empty_pages_are_refused() {
    for format in [PageFormat::Text, PageFormat::Html] {
        assert_eq!(import(b"", format).err(), Some(ImportError::Empty));
        assert_eq!(import(b" \n\t\r\n", format).err(), Some(ImportError::Empty));
    }
}

#[test]
fn binary_files_are_refused() {
    assert_eq!(
        import(b"\x89PNG\r\n\x1a\n\0\0\0", PageFormat::Html).err(),
        Some(ImportError::Binary("PNG image"))
    );
    assert_eq!(
        import(b"Titel\0\0\0\x01\x02", PageFormat::Text).err(),
        Some(ImportError::Binary("NUL bytes"))
    );
}

#[test]
fn pages_over_the_limit_are_refused() {
    let options = ImportOptions { max_bytes: 10, ..ImportOptions::default() };
    let page = b"Titel\n\nTekst van de pagina.";
    let result = import_page(page, PageFormat::Text, &options);
    assert_eq!(result.err(), Some(ImportError::TooLarge { bytes: page.len(), limit: 10 }));
}

#[test]
fn html_without_a_body_is_refused() {
    let page = b"<html><head><title>Rode Vaan</title></head></html>";
    assert_eq!(
        import(page, PageFormat::Html).err(),
        Some(ImportError::NoBody { title: Some("Rode Vaan".into()) })
    );
}

#[test]
fn a_headline_without_text_is_refused() {
    assert_eq!(
        import(b"Een titel. Een ondertitel\n", PageFormat::Text).err(),
        Some(ImportError::NoBody { title: Some("Een titel".into()) })
    );
}

#[test]
fn boilerplate_only_pages_are_refused() {
    assert_eq!(
        import(b"Delen:\nPrinten:\nShare\n", PageFormat::Text).err(),
        Some(ImportError::OnlyBoilerplate { dropped: 3 })
    );
    let html = std::fs::read(crate::fixture_path("nl-alleen-rommel.html")).unwrap_or_default();
    assert!(matches!(import(&html, PageFormat::Html), Err(ImportError::OnlyBoilerplate { .. })));
}

#[test]
fn invalid_utf8_falls_back_to_a_legacy_encoding() {
    let result =
        import(b"Titel\n\nCaf\xE9 \x93Vooruit\x94 was het hart van de beweging in Gent.\n", PageFormat::Text);
    assert_eq!(result.map(|i| i.encoding).ok(), Some("windows-1252"));
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap deterministic generator; the inputs mix markup, markers and invalid bytes.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let alphabet: &[&[u8]] = &[
        b"<p>",
        b"</p>",
        b"<h2>",
        b"<li>",
        b"<ol>",
        b"<sup>1</sup>",
        b"<a href=\"#fn1\">",
        b"(1)",
        b"[2]",
        b"\xC2\xB9",
        b" 1. ",
        b"\n",
        b"\n\n",
        b"\xE2\x80\xA2 ",
        b"door Jan Peeters",
        b"Delen:",
        b"(1926-29)",
        b"\xFF",
        b"\x93",
        b"*",
        b"#",
        b"Tekst van de pagina. ",
        b"<blockquote>",
        b"<script>",
        b"&amp;",
        b":",
    ];
    for _ in 0..300 {
        let mut page = Vec::new();
        for _ in 0..(state % 60) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            page.extend_from_slice(
                alphabet.get((state % alphabet.len() as u64) as usize).copied().unwrap_or_default(),
            );
        }
        for format in [PageFormat::Text, PageFormat::Html] {
            let _ = import(&page, format);
        }
    }
}

#[test]
fn deeply_nested_html_is_read_without_overflow() {
    let sentence =
        "<h1>Diep</h1><p>In de pagina staat toch nog een zin over de staking van de mijnwerkers.</p>";
    let page = format!(
        "<html><body>{}{sentence}{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let imported = import(page.as_bytes(), PageFormat::Html).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        imported.warnings.iter().any(|w| w.message.ends_with("levels deep; it was read as plain text")),
        "{:?}",
        imported.warnings
    );
    assert_eq!(imported.article.title, "Diep");
    assert!(imported.article.lead().is_some_and(|l| l.starts_with("In de pagina")));
}
