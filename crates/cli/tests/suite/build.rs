//! `kroniek build`: the pages exist, feeds are valid Atom, output is deterministic and a failed
//! build never touches the last good site.

use std::fs;
use std::path::Path;

use crate::support::{Fixture, Kroniek, read_tree};

fn build(archive: &Path, out: &Path) -> crate::support::Run {
    Kroniek::new().arg("build").arg(archive).arg("--out").arg(out).run()
}

fn html(out: &Path, page: &str) -> String {
    fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// The first article page in the output: `<series>/<slug>/index.html`.
fn first_article(out: &Path) -> String {
    read_tree(out)
        .into_iter()
        .map(|(path, _)| path)
        .find(|p| p.matches('/').count() == 2 && p.ends_with("/index.html") && !p.contains("/page/"))
        .expect("an article page")
}

#[test]
fn minimal_archive_builds_every_kind_of_page() {
    let fixture = Fixture::copy("valid/minimal");
    let out = fixture.beside("public");
    let run = build(&fixture.root(), &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "data/articles.json"] {
        assert!(out.join(page).is_file(), "{page} missing");
    }
    let article = first_article(&out);
    let page = html(&out, &article);
    assert!(page.contains("application/ld+json"), "article pages carry JSON-LD");
    assert!(page.contains("rel=\"canonical\""), "article pages carry a canonical link");
    // A strict Content-Security-Policy allows no inline script: every script is a file, except
    // JSON-LD, which is data.
    for tag in page
        .match_indices("<script")
        .map(|(at, _)| &page[at..page[at..].find('>').map_or(page.len(), |e| at + e)])
    {
        assert!(
            tag.contains(" src=") || tag.contains("application/ld+json"),
            "inline script in {article}: {tag}"
        );
    }
}

#[test]
fn rendered_pages_match_snapshots() {
    let fixture = Fixture::copy("valid/minimal");
    let out = fixture.beside("public");
    assert_eq!(build(&fixture.root(), &out).code, 0);
    let article = first_article(&out);
    insta::assert_snapshot!("minimal_article", html(&out, &article));
    insta::assert_snapshot!("minimal_front", html(&out, "index.html"));
}

#[test]
fn feeds_are_valid_atom() {
    let fixture = Fixture::copy("valid/minimal");
    let out = fixture.beside("public");
    assert_eq!(build(&fixture.root(), &out).code, 0);
    let feeds: Vec<String> =
        read_tree(&out).into_iter().map(|(p, _)| p).filter(|p| p.ends_with("feed.xml")).collect();
    assert!(feeds.len() >= 2, "a site-wide feed and one per series: {feeds:?}");
    for feed in feeds {
        let text = html(&out, &feed);
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{feed} is not XML: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"), "{feed}");
        assert_eq!(root.tag_name().name(), "feed");
        for required in ["id", "title", "updated"] {
            assert!(root.children().any(|c| c.has_tag_name(required)), "{feed} lacks <{required}>");
        }
        let entries: Vec<_> = root.children().filter(|c| c.has_tag_name("entry")).collect();
        assert!(!entries.is_empty(), "{feed} has no entries");
        for entry in entries {
            for required in ["id", "title", "updated", "link"] {
                assert!(
                    entry.children().any(|c| c.has_tag_name(required)),
                    "{feed}: entry lacks <{required}>"
                );
            }
            let author_in_entry = entry.children().any(|c| c.has_tag_name("author"));
            let author_in_feed = root.children().any(|c| c.has_tag_name("author"));
            assert!(author_in_entry || author_in_feed, "{feed}: Atom needs an author per entry or feed");
        }
    }
}

#[test]
fn build_is_deterministic() {
    let fixture = Fixture::copy("valid/minimal");
    let (one, two) = (fixture.beside("one"), fixture.beside("two"));
    assert_eq!(build(&fixture.root(), &one).code, 0);
    assert_eq!(build(&fixture.root(), &two).code, 0);
    let (a, b) = (read_tree(&one), read_tree(&two));
    assert_eq!(a.len(), b.len());
    for ((pa, ba), (pb, bb)) in a.iter().zip(&b) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between two builds of the same sources");
    }
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let fixture = Fixture::copy("valid/minimal");
    let out = fixture.beside("public");
    assert_eq!(build(&fixture.root(), &out).code, 0);
    let before = read_tree(&out);

    let article = fixture.root().join("content").join(first_article(&out).trim_end_matches("/index.html"));
    let source = article.with_extension("md");
    assert!(source.is_file(), "{} should be the source of the first article", source.display());
    fs::write(&source, "+++\ntitle = \"Broken\"\npublished = \"not a date\"\n+++\nBody.\n").expect("write");

    let run = build(&fixture.root(), &out);
    assert_eq!(run.code, 1, "a build with errors must fail");
    assert!(run.stderr.contains(":3:"), "the error is reported with its line: {}", run.stderr);
    assert!(read_tree(&out) == before, "the last good site must stay exactly as it was");
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_make() {
    let fixture = Fixture::copy("valid/minimal");
    let out = fixture.beside("thesis");
    fs::create_dir_all(&out).expect("mkdir");
    fs::write(out.join("chapter1.txt"), "years of work").expect("write");
    let run = build(&fixture.root(), &out);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(fs::read_to_string(out.join("chapter1.txt")).expect("kept"), "years of work");
}

#[test]
fn demo_archive_builds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let run = Kroniek::new().arg("build").arg("--out").arg(&out).in_dir(dir.path()).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = fs::read_to_string(out.join("data/articles.json")).expect("articles.json");
    let count = articles.matches("\"url\"").count();
    assert!(count >= 8, "the demo has at least eight articles, found {count}");
    // The demo's timeline is what a new user meets first of the knowledge layer: its
    // overview (years by decade, with counts) is held to a snapshot, and every year it
    // lists has its page.
    let timeline = html(&out, "timeline/index.html");
    let years: Vec<&str> = timeline
        .split("href=\"/timeline/")
        .skip(1)
        .filter_map(|s| s.split('/').next())
        .filter(|year| !year.is_empty() && year.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    assert!(years.len() >= 10, "the demo's events span many years, found {years:?}");
    for year in &years {
        assert!(out.join(format!("timeline/{year}/index.html")).is_file(), "no page for {year}");
    }
    insta::assert_snapshot!("demo_timeline", timeline);
}
