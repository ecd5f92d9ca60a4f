use std::num::NonZeroUsize;

use kroniek_model::{Block, Edtf, Series};

use super::*;

fn config() -> SiteConfig {
    SiteConfig {
        title: "Rode Vaan".into(),
        base_url: url::Url::parse("https://example.org/").unwrap(),
        language: Language::new("fr").unwrap(),
        publication: "Uitgeverij Rode Vaan".into(),
        description: None,
        per_page: NonZeroUsize::new(20).unwrap(),
        series: vec![Series {
            id: Id::new("archieven").unwrap(),
            title: "Uit de archieven".into(),
            description: None,
        }],
    }
}

const PATH: &str = "content/archieven/een-leven.md";

fn parse(text: &str) -> Parsed<Entry> {
    parse_article(Path::new(PATH), text, Some(&config()))
}

fn places(parsed: &Parsed<Entry>) -> Vec<(usize, usize, String)> {
    parsed
        .diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
            (line, column, d.message.clone())
        })
        .collect()
}

#[test]
fn a_full_front_matter_is_read() {
    let text = "+++\ntitle = \"  Een leven  \"\nsubtitle = \"Ondertitel\"\nauthors = [\"A. Schrijver\", \" \"]\npublished = \"2021-03-15\"\nlanguage = \"nl\"\nsummary = \"Kort.\"\nsubjects = [\"jan-jansen\"]\n+++\n\nDe aanloop.\n";
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let entry = parsed.value.unwrap();
    assert_eq!(entry.series.as_str(), "archieven");
    assert_eq!(entry.slug, "een-leven");
    assert_eq!(entry.url_path(), "/archieven/een-leven/");
    assert_eq!(entry.summary.as_deref(), Some("Kort."));
    assert_eq!(entry.subjects, [Id::new("jan-jansen").unwrap()]);
    let article = entry.article;
    assert_eq!(article.title, "Een leven");
    assert_eq!(article.subtitle.as_deref(), Some("Ondertitel"));
    assert_eq!(article.authors, ["A. Schrijver"]);
    assert_eq!(article.published, Edtf::parse("2021-03-15").ok());
    assert_eq!(article.language.code(), "nl");
    assert_eq!(article.series.as_deref(), Some("Uit de archieven"));
    assert_eq!(article.publication.as_deref(), Some("Uitgeverij Rode Vaan"));
    assert_eq!(article.sections[0].blocks, [Block::Paragraph { text: "De aanloop.".into() }]);
}

#[test]
fn defaults_come_from_the_path_and_the_site() {
    let entry = parse("+++\ntitle = \"x\"\n+++\n").value.unwrap();
    assert_eq!((entry.series.as_str(), entry.slug.as_str()), ("archieven", "een-leven"));
    assert_eq!(entry.article.language.code(), "fr");
    assert!(entry.article.sections.is_empty());
    let without_config = parse_article(Path::new("losse/tekst.md"), "+++\ntitle = \"x\"\n+++\n", None);
    let entry = without_config.value.unwrap();
    assert_eq!((entry.series.as_str(), entry.slug.as_str()), ("losse", "tekst"));
    assert_eq!(entry.article.language.code(), "nl");
    assert_eq!(entry.article.series, None);
}

#[test]
fn a_bare_toml_date_is_accepted() {
    let entry = parse("+++\ntitle = \"x\"\npublished = 2021-03-15\n+++\n").value.unwrap();
    assert_eq!(entry.article.published, Edtf::parse("2021-03-15").ok());
}

#[test]
fn missing_front_matter_is_an_error_at_1_1() {
    let parsed = parse("# Een titel\n\nTekst.\n");
    assert_eq!(parsed.value, None);
    assert_eq!(places(&parsed), [(1, 1, "this article has no front matter".into())]);
    let parsed = parse("+++\ntitle = \"x\"\n");
    assert_eq!(places(&parsed), [(1, 1, "the front matter is not closed".into())]);
}

#[test]
fn missing_or_empty_title() {
    let parsed = parse("+++\nsubtitle = \"x\"\n+++\n");
    assert_eq!(parsed.value, None);
    assert_eq!(places(&parsed), [(1, 1, "the front matter has no `title`".into())]);
    let parsed = parse("+++\ntitle = \" \"\n+++\n");
    assert_eq!(places(&parsed), [(2, 9, "the `title` is empty".into())]);
}

#[test]
fn unknown_key_points_at_the_key_and_the_rest_is_still_checked() {
    let parsed = parse("+++\ntitle = \"x\"\nauteur = \"y\"\npublished = \"maart 1921\"\n+++\n");
    let found = places(&parsed);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], (3, 1, "unknown key `auteur` in the front matter".into()));
    assert_eq!((found[1].0, found[1].1), (4, 13));
    assert!(found[1].2.starts_with("`published`: `maart 1921` is not an EDTF date"), "{found:?}");
    assert!(parsed.value.is_some(), "the entry still loads, without the bad date");
}

#[test]
fn a_wrong_type_is_an_error_at_the_value() {
    let parsed = parse("+++\ntitle = \"x\"\nauthors = \"y\"\n+++\n");
    assert_eq!(parsed.value, None);
    let found = places(&parsed);
    assert_eq!((found[0].0, found[0].1), (3, 11), "{found:?}");
}

#[test]
fn unknown_series_in_the_front_matter() {
    let parsed = parse("+++\ntitle = \"x\"\nseries = \"verhalen\"\n+++\n");
    assert_eq!(
        places(&parsed),
        [(3, 10, "unknown series `verhalen`: kroniek.toml does not declare it".into())]
    );
    assert!(parsed.value.is_some());
}

#[test]
fn unknown_series_from_the_folder_is_about_the_file() {
    let parsed =
        parse_article(Path::new("content/verhalen/x.md"), "+++\ntitle = \"x\"\n+++\n", Some(&config()));
    assert_eq!(
        places(&parsed),
        [(0, 0, "unknown series `verhalen`: kroniek.toml does not declare it".into())]
    );
}

#[test]
fn bad_series_slug_and_language_values() {
    let parsed = parse("+++\ntitle = \"x\"\nseries = \"Archief\"\n+++\n");
    assert_eq!(parsed.value, None);
    assert_eq!(places(&parsed)[0].0, 3);
    let parsed = parse("+++\ntitle = \"x\"\nslug = \"een leven\"\n+++\n");
    assert_eq!(places(&parsed), [(3, 8, "`een leven` is not a valid slug".into())]);
    let parsed = parse_article(Path::new("content/archieven/één.md"), "+++\ntitle = \"x\"\n+++\n", None);
    assert_eq!(places(&parsed), [(0, 0, "the file name `één` is not a valid slug".into())]);
    let parsed = parse("+++\ntitle = \"x\"\nlanguage = \"Nederlands\"\n+++\n");
    assert_eq!(places(&parsed)[0].0, 3);
    assert_eq!(parsed.value.map(|e| e.article.language.code().to_owned()).as_deref(), Some("fr"));
}

#[test]
fn subjects_must_be_ids_and_are_not_repeated() {
    let parsed = parse("+++\ntitle = \"x\"\nsubjects = [\"a\", \"B\", \"a\"]\n+++\n");
    let found = places(&parsed);
    assert_eq!(found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(), [(3, 18), (3, 23)]);
    assert_eq!(parsed.value.unwrap().subjects, [Id::new("a").unwrap()]);
}

#[test]
fn body_diagnostics_carry_file_lines() {
    let parsed = parse("+++\ntitle = \"x\"\n+++\n\nTekst[^1].\n");
    assert_eq!(places(&parsed), [(5, 6, "footnote `[^1]` has no definition".into())]);
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let parsed = parse("\u{feff}+++\ntitle = \"x\"\n+++\n");
    assert!(parsed.diagnostics.is_empty());
    assert!(parsed.value.is_some());
}

#[test]
fn slugs() {
    assert!(is_slug("victor-serge"));
    assert!(is_slug("Victor_Serge2"));
    for bad in ["", "-a", "a b", "a/b", "één", "a.b"] {
        assert!(!is_slug(bad), "{bad:?}");
    }
}

#[test]
fn an_imported_article_keeps_its_origin() {
    let text = "+++\ntitle = \"x\"\n\n[origin]\nfile = \"mirror/a.txt\"\nhash = \"xxh3:00ff\"\n+++\n";
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let origin = parsed.value.unwrap().origin.unwrap();
    assert_eq!((origin.file.as_str(), origin.hash.as_str()), ("mirror/a.txt", "xxh3:00ff"));
    assert_eq!(parse("+++\ntitle = \"x\"\n+++\n").value.unwrap().origin, None);
}

#[test]
fn an_empty_origin_value_is_an_error_and_a_stray_key_is_refused() {
    let parsed = parse("+++\ntitle = \"x\"\norigin = { file = \"a.txt\", hash = \" \" }\n+++\n");
    assert_eq!(places(&parsed), [(3, 35, "`origin.hash` is empty".to_owned())]);
    assert_eq!(parsed.value.unwrap().origin, None);
    let parsed = parse("+++\ntitle = \"x\"\n[origin]\nfile = \"a.txt\"\nhash = \"xxh3:1\"\nsize = 3\n+++\n");
    assert!(parsed.has_errors());
    assert!(
        places(&parsed).iter().any(|(line, _, message)| *line == 6 && message.contains("size")),
        "{:?}",
        places(&parsed)
    );
}
