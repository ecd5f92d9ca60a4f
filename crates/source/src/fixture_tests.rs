//! The fixture archives of the integration suite (`crates/cli/tests/fixtures/`), loaded from
//! memory: each invalid case must yield exactly its one diagnostic, at its line and column, and
//! the valid ones none. The files are compiled in, so the stage still does no I/O.

use kroniek_model::{AuthorityKind, Block, Severity};

use crate::{SourceFiles, load};

/// An archive from fixture files: `archive!("invalid/x": "kroniek.toml", "content/a/b.md")`.
macro_rules! archive {
    ($root:literal : $($file:literal),* $(,)?) => {{
        let mut files = SourceFiles::new();
        $(
            files.insert(
                $file,
                include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../", $root, "/", $file)).as_slice(),
            );
        )*
        files
    }};
}

const ARTICLE: &str = "content/geschiedenis/mijnstaking-1932.md";

/// (severity, path, line, column, message) of every diagnostic.
fn report(files: &SourceFiles) -> Vec<(Severity, String, usize, usize, String)> {
    load(files)
        .diagnostics
        .into_iter()
        .map(|d| {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
            (d.severity, d.path.to_string_lossy().into_owned(), line, column, d.message)
        })
        .collect()
}

fn one(
    severity: Severity,
    path: &str,
    line: usize,
    column: usize,
    message: &str,
) -> Vec<(Severity, String, usize, usize, String)> {
    vec![(severity, path.to_owned(), line, column, message.to_owned())]
}

fn error(
    path: &str,
    line: usize,
    column: usize,
    message: &str,
) -> Vec<(Severity, String, usize, usize, String)> {
    one(Severity::Error, path, line, column, message)
}

#[test]
fn bad_toml() {
    let files = archive!("cli/tests/fixtures/invalid/bad-toml": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    let found = report(&files);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].1.as_str(), found[0].2, found[0].3), ("kroniek.toml", 2, 12));
    assert!(found[0].4.starts_with("invalid TOML: "), "{found:?}");
    assert!(load(&files).archive.is_none());
}

#[test]
fn unknown_config_key() {
    let files = archive!("cli/tests/fixtures/invalid/unknown-config-key": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error("kroniek.toml", 4, 1, "unknown key `descripton` in kroniek.toml"));
    assert_eq!(load(&files).diagnostics[0].help.as_deref(), Some("did you mean `description`?"));
}

#[test]
fn unknown_front_matter_key() {
    let files = archive!("cli/tests/fixtures/invalid/unknown-front-matter-key": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error(ARTICLE, 3, 1, "unknown key `auteurs` in the front matter"));
    assert_eq!(load(&files).diagnostics[0].help.as_deref(), Some("did you mean `authors`?"));
}

#[test]
fn missing_title() {
    let files = archive!("cli/tests/fixtures/invalid/missing-title": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error(ARTICLE, 1, 1, "the front matter has no `title`"));
    assert_eq!(load(&files).archive.map(|a| a.entries.len()), Some(0));
}

#[test]
fn bad_edtf_published() {
    let files = archive!("cli/tests/fixtures/invalid/bad-edtf-published": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    let message =
        "`published`: `1 mei 2022` is not an EDTF date (expected e.g. 1890-12-30, 1936-04, 1909, 1926/1929)";
    assert_eq!(report(&files), error(ARTICLE, 4, 13, message));
}

#[test]
fn bad_edtf_authority() {
    let files = archive!("cli/tests/fixtures/invalid/bad-edtf-authority": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md", "authorities/people.toml");
    let message = "`born`: month 13 does not exist (use 01–12, or 21–24 for seasons)";
    assert_eq!(report(&files), error("authorities/people.toml", 4, 8, message));
}

#[test]
fn unknown_series() {
    let files = archive!("cli/tests/fixtures/invalid/unknown-series": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(
        report(&files),
        error(ARTICLE, 3, 10, "unknown series `verhalen`: kroniek.toml does not declare it")
    );
    assert_eq!(load(&files).archive.map(|a| a.entries.len()), Some(0), "an undeclared series has no pages");
}

#[test]
fn unknown_subject() {
    let files = archive!("cli/tests/fixtures/invalid/unknown-subject": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md", "authorities/people.toml");
    let message = "unknown subject `jules-destree`: no authority record has this id";
    assert_eq!(report(&files), error(ARTICLE, 5, 27, message));
    let archive = load(&files).archive.unwrap();
    let subjects: Vec<_> = archive.entries[0].subjects.iter().map(|s| s.as_str()).collect();
    assert_eq!(subjects, ["leon-dewit"], "the unknown subject is dropped, the known one kept");
}

#[test]
fn unknown_place_ref() {
    let files = archive!("cli/tests/fixtures/invalid/unknown-place-ref": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md", "authorities/people.toml", "authorities/places.toml");
    let message = "unknown place `marcinelle`: authorities/places.toml has no such record";
    assert_eq!(report(&files), error("authorities/people.toml", 6, 11, message));
}

#[test]
fn footnote_undefined() {
    let files = archive!("cli/tests/fixtures/invalid/footnote-undefined": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error(ARTICLE, 8, 29, "footnote `[^2]` has no definition"));
}

#[test]
fn footnote_unreferenced() {
    let files = archive!("cli/tests/fixtures/invalid/footnote-unreferenced": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), one(Severity::Warning, ARTICLE, 11, 1, "footnote `[^2]` is never referenced"));
}

#[test]
fn duplicate_slug() {
    let files = archive!("cli/tests/fixtures/invalid/duplicate-slug": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md", "content/geschiedenis/staking-herdruk.md");
    let message = "duplicate slug `mijnstaking-1932` in series `geschiedenis`: content/geschiedenis/mijnstaking-1932.md has it too";
    assert_eq!(report(&files), error("content/geschiedenis/staking-herdruk.md", 3, 8, message));
    let archive = load(&files).archive.unwrap();
    assert_eq!(archive.entries.len(), 1, "the later article is left out");
}

#[test]
fn url_collision() {
    let files = archive!("cli/tests/fixtures/invalid/url-collision": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md", "content/verhalen/mijnstaking-1932.md");
    let message =
        "content/geschiedenis/mijnstaking-1932.md claims the URL /geschiedenis/mijnstaking-1932/ too";
    assert_eq!(report(&files), error("content/verhalen/mijnstaking-1932.md", 3, 10, message));
}

#[test]
fn not_utf8() {
    let files = archive!("cli/tests/fixtures/invalid/not-utf8": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error(ARTICLE, 7, 35, "this file is not UTF-8 text; it is skipped"));
}

#[test]
fn no_front_matter() {
    let files = archive!("cli/tests/fixtures/invalid/no-front-matter": "kroniek.toml", "content/geschiedenis/mijnstaking-1932.md");
    assert_eq!(report(&files), error(ARTICLE, 1, 1, "this article has no front matter"));
}

#[test]
fn valid_minimal_loads_clean() {
    let files = archive!("cli/tests/fixtures/valid/minimal": "kroniek.toml", "content/geschiedenis/leon-dewit.md", "content/geschiedenis/greve-1932.md", "authorities/people.toml", "authorities/places.toml");
    let loaded = load(&files);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let archive = loaded.archive.unwrap();
    assert_eq!(archive.authorities.of_kind(AuthorityKind::Person).count(), 1);
    assert_eq!(archive.authorities.of_kind(AuthorityKind::Place).count(), 1);
    let urls: Vec<_> = archive.entries.iter().map(|e| e.url_path()).collect();
    assert_eq!(urls, ["/geschiedenis/greve-1932/", "/geschiedenis/leon-dewit/"], "newest first");

    let french = &archive.entries[0].article;
    assert_eq!(french.language.code(), "fr");
    assert_eq!(french.footnotes.len(), 1);
    assert_eq!(
        french.works.iter().map(|w| w.group.as_deref()).collect::<Vec<_>>(),
        [Some("Pour aller plus loin"); 2]
    );

    let dutch = &archive.entries[1].article;
    assert_eq!(dutch.language.code(), "nl");
    assert_eq!(dutch.series.as_deref(), Some("Bladzijden uit de geschiedenis"));
    assert_eq!(dutch.publication.as_deref(), Some("Het Rode Archief vzw"));
    let headings: Vec<_> = dutch.sections.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(headings, [None, Some("Jeugd in Charleroi"), Some("Geschriften")]);
    assert!(dutch.blocks().any(|b| matches!(b, Block::Quote { .. })));
    assert!(dutch.blocks().any(|b| matches!(b, Block::List { .. })));
    assert!(dutch.blocks().any(|b| matches!(b, Block::Heading { .. })));
    let works: Vec<_> =
        dutch.works.iter().map(|w| (w.title.as_str(), w.date.map(|d| d.to_string()))).collect();
    assert_eq!(
        works,
        [
            ("Onder de grond", Some("1952".into())),
            ("Kolen en brood", Some("1958/1961".into())),
            ("Les années noires", Some("1960?".into()))
        ]
    );
    assert_eq!(dutch.footnotes.iter().map(|f| f.refs).collect::<Vec<_>>(), [1, 1]);
}

#[test]
fn the_demo_archive_loads_without_errors() {
    let files = archive!("../demo": "kroniek.toml",
        "content/archieven/victor-serge.md", "content/archieven/julien-lahaut.md",
        "content/archieven/domela-nieuwenhuis.md", "content/archieven/andreu-nin.md",
        "content/archieven/francisco-ferrer.md", "content/archieven/henriette-roland-holst.md",
        "content/archieven/rosa-luxemburg.md", "content/archieven/camille-huysmans.md",
        "authorities/people.toml", "authorities/organisations.toml", "authorities/places.toml",
        "authorities/periodicals.toml");
    let loaded = load(&files);
    let errors: Vec<String> =
        loaded.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(loaded.archive.map(|a| a.entries.len()), Some(8));
}
