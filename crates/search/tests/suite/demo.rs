//! The demo archive, loaded from `demo/` as the driver would, for tests that need real text.

use std::path::{Path, PathBuf};

use kroniek_model::Archive;
use kroniek_source::{SourceFiles, load};

/// The repository's demo archive.
pub(crate) fn archive() -> Archive {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo");
    let mut files = SourceFiles::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in std::fs::read_dir(root.join(&rel)).unwrap() {
            let entry = entry.unwrap();
            let rel = rel.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                stack.push(rel);
            } else {
                files.insert(&rel, std::fs::read(root.join(&rel)).unwrap());
            }
        }
    }
    let loaded = load(&files);
    assert!(loaded.diagnostics.iter().all(|d| !d.is_error()), "{:?}", loaded.diagnostics);
    loaded.archive.unwrap()
}
