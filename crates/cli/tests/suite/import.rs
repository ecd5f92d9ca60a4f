//! `kroniek import`: scraped pages become sources that check clean and render like written
//! ones; nothing is overwritten, a page met again is skipped, a dry run writes nothing, and
//! one bad page does not stop the others.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{Fixture, Kroniek, Run, fixtures, read_tree};

/// The good pages of `fixtures/import`: Dutch text in the sample's shape (its headline names
/// the archive's series), French HTML, and Dutch text in Windows-1252.
const GOOD: [&str; 3] = ["nl-wauters.txt", "fr-tisserands.html", "nl-windows-1252.txt"];
/// The bad ones: an empty file and a PNG image.
const BAD: [&str; 2] = ["leeg.txt", "binair.txt"];

const WAUTERS: &str = "archive/content/geschiedenis/marie-wauters-1871-1938.md";

/// A copy of `valid/minimal` at `archive/` and the named pages at `pages/`, side by side.
/// Commands run from their common folder with relative paths, so that the paths the import
/// records and prints are the same on every machine.
fn workspace(pages: &[&str]) -> Fixture {
    let fixture = Fixture::copy("valid/minimal");
    let folder = fixture.beside("pages");
    fs::create_dir_all(&folder).expect("pages folder");
    for page in pages {
        fs::copy(fixtures().join("import").join(page), folder.join(page)).expect("copy page");
    }
    fixture
}

fn top(fixture: &Fixture) -> PathBuf {
    fixture.beside("")
}

fn import(fixture: &Fixture, args: &[&str]) -> Run {
    let mut kroniek = Kroniek::new().arg("import").in_dir(top(fixture));
    for arg in args {
        kroniek = kroniek.arg(arg);
    }
    kroniek.arg("--into").arg("archive").run()
}

fn read(fixture: &Fixture, path: &str) -> String {
    fs::read_to_string(top(fixture).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(archive: &Path) -> Run {
    Kroniek::new().arg("check").arg(archive).run()
}

#[test]
fn imported_pages_pass_check_and_render_like_written_ones() {
    let fixture = workspace(&GOOD);
    let pages: Vec<String> = GOOD.iter().map(|p| format!("pages/{p}")).collect();
    let args: Vec<&str> = pages.iter().map(String::as_str).chain(["--series", "geschiedenis"]).collect();
    let run = import(&fixture, &args);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // What was recovered, and every dropped line with its number and reason.
    for expected in [
        "pages/nl-wauters.txt: written to content/geschiedenis/marie-wauters-1871-1938.md",
        "recovered:   4 sections, 3 footnotes, 3 works",
        "line 45: site leftover: Delen:",
        "line 46: site leftover: Printen:",
        "line 47: publication link (kept as publication): Voorpagina van Het Rode Archief",
        "pages/fr-tisserands.html: written to content/geschiedenis/la-greve-des-tisserands-de-verviers.md",
        "outside the main content: Accueil Histoire Contact",
        "site leftover: Partager",
        "encoding:    windows-1252",
        "pages/nl-windows-1252.txt: warning: the page is not UTF-8; it was read as windows-1252",
    ] {
        assert!(run.stdout.contains(expected), "missing {expected:?} in:\n{}", run.stdout);
    }
    insta::assert_snapshot!("imported_text_page", read(&fixture, WAUTERS));

    let checked = check(&fixture.root());
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    assert!(checked.stdout.contains("0 errors, 0 warnings"), "{}", checked.stdout);

    let out = fixture.beside("public");
    let built = Kroniek::new().arg("build").arg(fixture.root()).arg("--out").arg(&out).run();
    assert_eq!(built.code, 0, "{}", built.stderr);
    let page = fs::read_to_string(out.join("geschiedenis/marie-wauters-1871-1938/index.html")).expect("page");
    for expected in [
        "Marie Wauters, 1871-1938",
        "Een leven voor de coöperatie",
        "Els Verhoeven",
        "Spinster aan de Leie",
        "Herinneringen van een spinster",
        // The third note, and a link to it (whatever prefix the theme gives its anchors).
        "De reeks verscheen eerst in het weekblad",
        "fn-3\"",
    ] {
        assert!(page.contains(expected), "the rendered article lacks {expected:?}");
    }
    let french = fs::read_to_string(out.join("geschiedenis/la-greve-des-tisserands-de-verviers/index.html"))
        .expect("French page");
    assert!(french.contains("Une ville à l’arrêt") && french.contains("lang=\"fr\""), "{french}");
    assert!(!french.contains("tracker") && !french.contains("publicité"), "the page's scripts stay out");
    let old = fs::read_to_string(out.join("geschiedenis/het-volkshuis-van-gent/index.html")).expect("page");
    assert!(old.contains("“verboden”") && old.contains("één frank"), "Windows-1252 characters survive");
}

#[test]
fn a_page_imported_twice_is_recognised_by_its_hash() {
    let fixture = workspace(&["nl-wauters.txt"]);
    let first = import(&fixture, &["pages/nl-wauters.txt"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stdout.contains("series:      geschiedenis (named by the headline)"), "{}", first.stdout);
    let source = read(&fixture, WAUTERS);
    assert!(source.contains("[origin]\nfile = \"pages/nl-wauters.txt\"\nhash = \"xxh3:"), "{source}");

    // The same bytes under another name: recognised by the hash, not the path.
    fs::copy(top(&fixture).join("pages/nl-wauters.txt"), top(&fixture).join("pages/kopie.txt"))
        .expect("copy");
    let before = read_tree(&fixture.root());
    let second = import(&fixture, &["pages/kopie.txt", "pages/nl-wauters.txt"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let skipped = "skipped: already imported as content/geschiedenis/marie-wauters-1871-1938.md";
    assert_eq!(second.stdout.matches(skipped).count(), 2, "{}", second.stdout);
    assert!(
        second.stderr.contains("imported 0 pages into archive; 2 already imported, 0 failed"),
        "{}",
        second.stderr
    );
    assert_eq!(read_tree(&fixture.root()), before);
}

#[test]
fn an_existing_slug_is_refused_and_left_untouched_unless_forced() {
    let fixture = workspace(&["nl-wauters.txt"]);
    let written = "+++\ntitle = \"Marie Wauters, 1871-1938\"\n+++\n\nEen eigen tekst van de redactie.\n";
    fs::write(top(&fixture).join(WAUTERS), written).expect("write");
    let run = import(&fixture, &["pages/nl-wauters.txt"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("content/geschiedenis/marie-wauters-1871-1938.md already exists")
            && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&fixture, WAUTERS), written);
    let folder: Vec<_> = fs::read_dir(top(&fixture).join("archive/content/geschiedenis"))
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(folder.iter().all(|name| name.ends_with(".md")), "no temporary file is left: {folder:?}");

    let forced = import(&fixture, &["pages/nl-wauters.txt", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        forced
            .stdout
            .contains("pages/nl-wauters.txt: replaced content/geschiedenis/marie-wauters-1871-1938.md")
    );
    assert!(read(&fixture, WAUTERS).contains("[origin]"));
}

#[test]
fn a_dry_run_prints_the_source_and_writes_nothing() {
    let fixture = workspace(&["nl-wauters.txt", "fr-tisserands.html"]);
    let before = read_tree(&top(&fixture));
    let run = import(&fixture, &["pages", "--dry-run", "--series", "geschiedenis"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("would be written to content/geschiedenis/marie-wauters-1871-1938.md"));
    assert!(
        run.stdout.contains("(not written) ---\n+++\ntitle = \"Marie Wauters, 1871-1938\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("line 45: site leftover: Delen:"),
        "dropped lines are listed in a dry run too"
    );
    assert!(run.stderr.contains("would import 2 pages into archive"), "{}", run.stderr);
    assert_eq!(read_tree(&top(&fixture)), before);
}

#[test]
fn one_bad_page_is_reported_and_the_others_are_imported() {
    let all: Vec<&str> = GOOD.iter().chain(&BAD).copied().collect();
    let fixture = workspace(&all);
    let run = import(&fixture, &["pages", "--series", "geschiedenis"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("pages/leeg.txt: error: the page is empty"), "{}", run.stderr);
    assert!(
        run.stderr.contains("pages/binair.txt: error: the page is not text but binary data (PNG image)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("imported 3 pages into archive; 0 already imported, 2 failed"),
        "{}",
        run.stderr
    );
    for source in ["marie-wauters-1871-1938", "la-greve-des-tisserands-de-verviers", "het-volkshuis-van-gent"]
    {
        let path = top(&fixture).join(format!("archive/content/geschiedenis/{source}.md"));
        assert!(path.is_file(), "{source} was not imported");
    }
    assert_eq!(check(&fixture.root()).code, 0);
}

#[test]
fn a_page_whose_headline_names_no_series_asks_for_one() {
    let fixture = workspace(&["fr-tisserands.html"]);
    let before = read_tree(&fixture.root());
    let run = import(&fixture, &["pages/fr-tisserands.html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "no series: the headline names none of the archive's series (geschiedenis); pass --series ID"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(read_tree(&fixture.root()), before);
}

#[test]
fn an_undeclared_series_or_a_folder_that_is_no_archive_is_a_usage_error() {
    let fixture = workspace(&["nl-wauters.txt"]);
    let run = import(&fixture, &["pages/nl-wauters.txt", "--series", "onbekend"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--series onbekend: kroniek.toml declares no such series (declared: geschiedenis)"),
        "{}",
        run.stderr
    );
    let run = Kroniek::new().arg("import").arg("pages/nl-wauters.txt").in_dir(top(&fixture)).run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("is not a kroniek archive"), "{}", run.stderr);
}
