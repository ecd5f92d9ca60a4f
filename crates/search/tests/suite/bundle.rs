//! The static bundle on the demo archive: its files, and (when `node` is installed) its own
//! JavaScript client searching it the way a browser would.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use kroniek_search::{Analysis, BUNDLE_DIR, StaticBundle};

use crate::demo;

fn bundle() -> BTreeMap<String, Vec<u8>> {
    StaticBundle::build(&demo::archive()).files.into_iter().collect()
}

#[test]
fn the_bundle_has_meta_sorted_chunks_documents_and_the_client() {
    let files = bundle();
    let meta: serde_json::Value = serde_json::from_slice(&files[&format!("{BUNDLE_DIR}/meta.json")]).unwrap();
    assert_eq!(meta["docs"], 8);
    let chunks: Vec<&str> = meta["chunks"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(chunks.windows(2).all(|w| w[0] < w[1]));
    let mut all_keys = Vec::new();
    for n in 0..chunks.len() {
        let text = std::str::from_utf8(&files[&format!("{BUNDLE_DIR}/t/{n}.txt")]).unwrap();
        let first = text.lines().next().unwrap().split('\t').next().unwrap();
        assert_eq!(first, chunks[n], "chunk {n} starts with the key meta names");
        all_keys.extend(text.lines().map(|l| l.split('\t').next().unwrap().to_owned()));
    }
    assert!(all_keys.windows(2).all(|w| w[0] < w[1]), "keys are sorted across chunks");
    // The Dutch stem of a plural lists the forms the text uses, so the client needs no stemmer.
    let stem = Analysis::Dutch.terms("revoluties").remove(0);
    let line = files
        .iter()
        .filter(|(p, _)| p.contains("/t/"))
        .flat_map(|(_, b)| std::str::from_utf8(b).unwrap().lines().map(str::to_owned).collect::<Vec<_>>())
        .find(|l| l.starts_with(&format!("{stem}\t")))
        .unwrap_or_else(|| {
            panic!("{:?}", all_keys.iter().filter(|k| k.starts_with("revol")).collect::<Vec<_>>())
        });
    assert!(line.split('\t').nth(1).unwrap().split(' ').any(|f| f == "revolutie"), "{line}");
    assert!(all_keys.contains(&"~s:archieven".to_owned()) && all_keys.contains(&"~l:fr".to_owned()));
    assert!(all_keys.iter().any(|k| k == "~e:victor-serge"));
    let docs: serde_json::Value = serde_json::from_slice(&files[&format!("{BUNDLE_DIR}/d/0.json")]).unwrap();
    assert!(docs[0]["u"].as_str().unwrap().starts_with("/archieven/"));
    assert!(files.contains_key("search/kroniek-search.js"));
    let js = std::str::from_utf8(&files["search/kroniek-search.js"]).unwrap();
    assert!(!js.contains("eval(") && !js.contains("new Function") && !js.contains("innerHTML"));
}

/// Runs `bench/search-client.mjs` (the client in node, fetching from a folder) on the bundle.
#[test]
fn the_client_finds_what_the_server_finds_when_node_is_installed() {
    if Command::new("node").arg("--version").output().is_err() {
        eprintln!("node is not installed: the client check is skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in bundle() {
        let target = dir.path().join(&path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/search-client.mjs");
    let cases = [
        ("Kibaltsjitsj", "/archieven/victor-serge/"),
        ("revoluties", "/archieven/victor-serge/"),
        ("Retif", "/archieven/victor-serge/"),
        ("Montjuic fusillé", "/archieven/francisco-ferrer/"),
        ("massastaking", "/archieven/henriette-roland-holst/"),
        ("Zimmerw*", "/archieven/henriette-roland-holst/"),
        ("taal:en", "/archieven/rosa-luxemburg/"),
        ("persoon:julien-lahaut", "/archieven/julien-lahaut/"),
        ("Zimmerwald -Huysmans jaar:2022", "/archieven/henriette-roland-holst/"),
        ("Mauthausen OR Jogiches auteur:Hallam", "/archieven/rosa-luxemburg/"),
    ];
    for (query, first) in cases {
        let output =
            Command::new("node").arg(&script).arg(dir.path()).arg(query).output().expect("node runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{query}: {}", String::from_utf8_lossy(&output.stderr));
        let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
        assert_eq!(report["urls"][0], first, "{query}: {stdout}");
        // Facet counts come from the bundle's facet files: a language filter leaves one.
        let languages = report["facet"]["languages"].as_u64().unwrap_or(0);
        assert!(languages >= 1, "{query}: no language facet: {stdout}");
        if query.starts_with("taal:") {
            assert_eq!(languages, 1, "{query}: {stdout}");
        }
    }
}
