//! Writing a source file so that it is either whole or absent: a killed import never leaves
//! half an article behind.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Replace {
    /// The file must not exist; if it appears meanwhile, the write fails with `AlreadyExists`.
    Never,
    /// An existing file is replaced in one step.
    Allowed,
}

/// Writes `text` to `target` through a temporary file in the same folder, then renames it
/// into place: a rename within a folder is atomic, so readers (and `kroniek serve`) see the
/// old file or the new one, never a partial one. The temporary file's name (`.kroniek-…tmp`)
/// is one every kroniek command ignores, should a crash leave it behind.
pub(crate) fn write_atomically(target: &Path, text: &str, replace: Replace) -> io::Result<()> {
    let folder = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    let mut temp = tempfile::Builder::new().prefix(".kroniek-import-").suffix(".tmp").tempfile_in(folder)?;
    temp.write_all(text.as_bytes())?;
    match replace {
        Replace::Allowed => temp.persist(target).map(drop).map_err(|e| e.error),
        // No check-then-write race: the no-clobber rename itself refuses an existing target.
        Replace::Never => temp.persist_noclobber(target).map(drop).map_err(|e| e.error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_replaces_unless_allowed_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("series/a.md");
        write_atomically(&target, "one", Replace::Never).unwrap();
        let error = write_atomically(&target, "two", Replace::Never).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&target).unwrap(), "one");
        write_atomically(&target, "three", Replace::Allowed).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "three");
        let names: Vec<_> =
            fs::read_dir(dir.path().join("series")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["a.md"]);
    }
}
