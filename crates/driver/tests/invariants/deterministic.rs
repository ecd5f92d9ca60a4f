//! Property: the same sources give the same site, byte for byte — built twice, on one thread or
//! on several (rayon's scheduling must not leak into the output), in memory and on disk.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use kroniek_driver::{build, compile_cached};
use kroniek_source::ArticleCache;
use proptest::prelude::*;

use crate::archive::{self, article};

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).expect("readable output") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).expect("inside").to_string_lossy().into_owned();
                files.insert(name, fs::read(&path).expect("a readable file"));
            }
        }
    }
    files
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn the_same_sources_give_the_same_site(articles in prop::collection::vec(article(), 1..6)) {
        let sources = archive::sources(&articles, &archive::people("Anna"));
        let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool");
        let first = compile_cached(&sources, &mut ArticleCache::new(), None).expect("builds");
        let second = one_thread.install(|| compile_cached(&sources, &mut ArticleCache::new(), None)).expect("builds");
        prop_assert!(first.site == second.site, "two builds in memory differ");

        let dir = tempfile::tempdir().expect("a temp dir");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        build(&sources, &a, None).expect("builds");
        one_thread.install(|| build(&sources, &b, None)).expect("builds");
        prop_assert!(tree(&a) == tree(&b), "two builds on disk differ");
    }
}
