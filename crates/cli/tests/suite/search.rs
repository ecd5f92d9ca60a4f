//! `kroniek search`: DESIGN.md's JSON shape, the index kept in the archive's cache folder, and
//! the static bundle in a built site.

use std::fs;

use crate::support::Kroniek;

#[test]
fn search_answers_in_the_design_shape_and_keeps_its_index_in_the_cache() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("archief");
    assert_eq!(Kroniek::new().arg("new").arg(&root).run().code, 0);

    let run = Kroniek::new().arg("search").arg("tussenkop").arg(&root).arg("--json").run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["total"], 1);
    let hit = &json["hits"][0];
    for key in ["url", "title", "series", "date", "score", "snippet"] {
        assert!(hit.get(key).is_some(), "hit without {key}: {hit}");
    }
    assert!(hit["url"].as_str().unwrap().starts_with('/'));
    assert!(hit["snippet"].as_str().unwrap().contains("<mark>"), "{hit}");
    assert!(json["facets"]["series"].is_array());
    assert!(root.join(".kroniek/cache/search/kroniek-search-version").is_file());
    assert!(run.stderr.contains("search index built"), "{}", run.stderr);

    // A second run reuses the index; an edited article is re-indexed on the next run.
    let again = Kroniek::new().arg("search").arg("tussenkop").arg(&root).run();
    assert!(!again.stderr.contains("search index"), "{}", again.stderr);
    let article = root.join("content/archief/eerste-artikel.md");
    let text = fs::read_to_string(&article).unwrap().replace("Een tussenkop", "Een sneeuwuilkop");
    fs::write(&article, text).unwrap();
    let edited = Kroniek::new().arg("search").arg("sneeuwuilkop").arg(&root).run();
    assert!(edited.stderr.contains("1 article(s) re-indexed"), "{}", edited.stderr);
    assert!(edited.stdout.starts_with("1 article"), "{}", edited.stdout);
}

#[test]
fn bad_queries_exit_cleanly_with_notes() {
    for query in ["\"unclosed", "de het", "((((", "\u{7}"] {
        let run = Kroniek::new().arg("search").arg(query).arg("--json").in_dir(std::env::temp_dir()).run();
        assert_eq!(run.code, 0, "{query:?}: {}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        assert!(!json["notes"].as_array().unwrap().is_empty(), "{query:?}: {json}");
    }
}

#[test]
fn a_built_site_carries_the_search_page_and_bundle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("archief");
    assert_eq!(Kroniek::new().arg("new").arg(&root).run().code, 0);
    let out = dir.path().join("site");
    let build = Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run();
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = fs::read_to_string(out.join("search/index.html")).unwrap();
    assert!(page.contains("<noscript>") && page.contains("search/kroniek-search.js"));
    assert!(!page.contains("<script>"), "no inline script");
    assert!(out.join("search/bundle/meta.json").is_file());
    assert!(out.join("search/bundle/t/0.txt").is_file());
    assert!(out.join("search/kroniek-search.js").is_file());
}
