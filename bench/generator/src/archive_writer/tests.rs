//! Writing whole archives: byte-identical output for the same seed, every format's files,
//! and the refusal to write into a non-empty folder.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::{GenerateOptions, generate, prepare_empty_dir};
use crate::site_format::SiteFormat;

/// Every file under `root`, by relative path, with its bytes.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                files.insert(relative, fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn options(out: &Path, seed: u64, formats: &[SiteFormat]) -> GenerateOptions {
    GenerateOptions { articles: 60, seed, formats: formats.to_vec(), out: out.to_path_buf() }
}

#[test]
fn same_seed_gives_byte_identical_archives() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (dir.path().join("a"), dir.path().join("b"), dir.path().join("c"));
    let all = [SiteFormat::Kroniek, SiteFormat::Hugo, SiteFormat::Zola];
    generate(&options(&a, 7, &all)).unwrap();
    generate(&options(&b, 7, &all)).unwrap();
    generate(&options(&c, 8, &all)).unwrap();
    let (a, b, c) = (snapshot(&a), snapshot(&b), snapshot(&c));
    assert_eq!(a.len(), b.len());
    assert!(a == b, "same seed, different bytes");
    assert!(a != c, "different seeds, same bytes");
}

#[test]
fn kroniek_archive_is_complete_and_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let report = generate(&options(dir.path(), 3, &[SiteFormat::Kroniek])).unwrap();
    let files = snapshot(dir.path());
    let text = |name: &str| String::from_utf8(files[name].clone()).unwrap();

    let config: toml::Table = text("kroniek.toml").parse().unwrap();
    let series: Vec<&str> =
        config["series"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!((3..=5).contains(&series.len()));

    let mut ids = std::collections::HashSet::new();
    for kind in ["people", "organisations", "places", "periodicals"] {
        let table: toml::Table = text(&format!("authorities/{kind}.toml")).parse().unwrap();
        ids.extend(table.keys().cloned());
    }
    assert_eq!(ids.len(), report.authorities.iter().sum::<usize>());

    let articles: Vec<&String> = files.keys().filter(|k| k.starts_with("content/")).collect();
    assert_eq!(articles.len(), 60);
    for path in articles {
        let source = text(path);
        let front = source
            .strip_prefix("+++\n")
            .and_then(|rest| rest.split_once("+++\n"))
            .map(|(front, _)| front)
            .unwrap_or_else(|| panic!("{path}: no front matter"));
        let front: toml::Table = front.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
        for key in ["title", "subtitle", "series", "authors", "published", "language", "summary", "subjects"]
        {
            assert!(front.contains_key(key), "{path}: no {key}");
        }
        let series_id = front["series"].as_str().unwrap();
        assert!(series.contains(&series_id), "{path}");
        assert!(path.starts_with(&format!("content/{series_id}/")), "{path}");
        let published = front["published"].as_str().unwrap();
        assert_eq!(published.len(), 10, "{path}: {published}");
        for subject in front["subjects"].as_array().unwrap() {
            assert!(ids.contains(subject.as_str().unwrap()), "{path}: {subject}");
        }
    }
}

#[test]
fn kroniek_reads_the_archive_without_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    generate(&options(dir.path(), 12, &[SiteFormat::Kroniek])).unwrap();
    let mut files = kroniek_source::SourceFiles::new();
    for (path, bytes) in snapshot(dir.path()) {
        files.insert(path, bytes);
    }
    let loaded = kroniek_source::load(&files);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let archive = loaded.archive.expect("an archive");
    assert_eq!(archive.entries.len(), 60);
    for entry in &archive.entries {
        let article = &entry.article;
        assert_eq!(article.footnotes.len(), 5, "{}", entry.path.display());
        assert!(article.footnotes.iter().all(|f| f.refs == 1), "{}", entry.path.display());
        assert!(article.works.len() >= 4, "{}", entry.path.display());
        assert!(article.works.iter().all(|w| w.date.is_some()), "{}", entry.path.display());
        assert!(!entry.subjects.is_empty(), "{}", entry.path.display());
    }
}

#[test]
fn several_formats_go_to_subfolders() {
    let dir = tempfile::tempdir().unwrap();
    let all = [SiteFormat::Kroniek, SiteFormat::Hugo, SiteFormat::Zola];
    generate(&options(dir.path(), 1, &all)).unwrap();
    let files = snapshot(dir.path());
    for needed in [
        "kroniek/kroniek.toml",
        "hugo/hugo.toml",
        "hugo/layouts/index.html",
        "hugo/layouts/_default/list.html",
        "hugo/layouts/_default/single.html",
        "hugo/layouts/_default/rss.xml",
        "zola/config.toml",
        "zola/templates/index.html",
        "zola/templates/section.html",
        "zola/templates/page.html",
    ] {
        assert!(files.contains_key(needed), "{needed} missing");
    }
    let zola: toml::Table = String::from_utf8(files["zola/config.toml"].clone()).unwrap().parse().unwrap();
    assert_eq!(zola["build_search_index"].as_bool(), Some(true));
    assert_eq!(zola["default_language"].as_str(), Some("du"));
    // Feeds carry the 20 newest articles, as kroniek's do.
    assert_eq!(zola["feed_limit"].as_integer(), Some(20));
    let hugo_rss = String::from_utf8(files["hugo/layouts/_default/rss.xml"].clone()).unwrap();
    assert!(hugo_rss.contains("first 20"));
    for format in ["kroniek", "hugo", "zola"] {
        let count = files
            .keys()
            .filter(|k| k.starts_with(&format!("{format}/content/")) && !k.ends_with("_index.md"))
            .count();
        assert_eq!(count, 60, "{format}");
    }
    // The same body under every format's front matter.
    let body = |path: &str| {
        let text = String::from_utf8(files[path].clone()).unwrap();
        text.splitn(3, "+++\n").nth(2).unwrap().to_string()
    };
    let some_article = files
        .keys()
        .find(|k| k.starts_with("kroniek/content/"))
        .unwrap()
        .trim_start_matches("kroniek/")
        .to_string();
    assert_eq!(body(&format!("kroniek/{some_article}")), body(&format!("hugo/{some_article}")));
    assert_eq!(body(&format!("kroniek/{some_article}")), body(&format!("zola/{some_article}")));
}

#[test]
fn refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let error = generate(&options(dir.path(), 1, &[SiteFormat::Kroniek])).unwrap_err();
    assert!(error.to_string().contains("not empty"), "{error}");
    assert_eq!(fs::read_to_string(dir.path().join("keep.txt")).unwrap(), "mine");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written");

    let empty = tempfile::tempdir().unwrap();
    prepare_empty_dir(empty.path()).unwrap();
    let missing = empty.path().join("new/deeper");
    prepare_empty_dir(&missing).unwrap();
    assert!(missing.is_dir());
}
