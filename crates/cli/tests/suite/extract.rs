//! `kroniek extract --json`: the JSON contract of DESIGN.md for sources and scraped pages.

use crate::support::{Fixture, Kroniek, fixtures};

fn extract_json(file: &std::path::Path) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = Kroniek::new().arg("extract").arg(file).arg("--json").in_dir(dir.path()).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout))
}

#[test]
fn a_source_inside_an_archive_gets_its_series_title() {
    let fixture = Fixture::copy("valid/minimal");
    let content = fixture.root().join("content");
    let series =
        std::fs::read_dir(&content).expect("content").next().expect("a series").expect("entry").path();
    let source =
        std::fs::read_dir(&series).expect("series").next().expect("an article").expect("entry").path();
    let json = extract_json(&source);
    let report = &json[0];
    assert_eq!(report["format"], "markdown");
    assert!(report["article"]["series"].is_string(), "the archive's series title is the kicker: {report}");
    assert!(report["article"]["sections"].as_array().is_some_and(|s| !s.is_empty()));
    for key in ["events", "entities"] {
        assert!(report[key].is_array(), "{key} is part of the contract");
    }
}

#[test]
fn a_scraped_text_page_is_recovered() {
    let page = std::fs::read_dir(fixtures().join("import"))
        .expect("import fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.extension().is_some_and(|e| e == "txt") && std::fs::metadata(p).is_ok_and(|m| m.len() > 1000)
        })
        .expect("a text page fixture");
    let json = extract_json(&page);
    let article = &json[0]["article"];
    assert_eq!(json[0]["format"], "text");
    assert!(article["title"].as_str().is_some_and(|t| !t.is_empty()), "{article}");
    assert!(article["authors"].as_array().is_some_and(|a| !a.is_empty()), "byline recovered: {article}");
    assert!(article["footnotes"].as_array().is_some_and(|f| !f.is_empty()), "{article}");
}
