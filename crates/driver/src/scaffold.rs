//! `kroniek new`: a working archive to start from.

use std::fs;
use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::DriverError;

/// The starter archive: a config, one example article, authority files to fill in and a
/// `.gitignore` that keeps the built site and the search cache out of version control.
static SCAFFOLD: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/scaffold");

/// Creates a new archive in `dir`, which must not exist yet or be empty. Never overwrites.
pub fn create_archive(dir: &Path) -> Result<(), DriverError> {
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(|e| DriverError::io(dir, e))?;
        if entries.next().is_some() {
            return Err(DriverError::NotEmpty(dir.to_path_buf()));
        }
    }
    let mut stack = vec![&SCAFFOLD];
    while let Some(folder) = stack.pop() {
        let target = dir.join(folder.path());
        fs::create_dir_all(&target).map_err(|e| DriverError::io(&target, e))?;
        for file in folder.files() {
            let target = dir.join(file.path());
            // create_new: even racing another process, an existing file is never replaced.
            let mut handle = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&target)
                .map_err(|e| DriverError::io(&target, e))?;
            std::io::Write::write_all(&mut handle, file.contents())
                .map_err(|e| DriverError::io(&target, e))?;
        }
        stack.extend(folder.dirs());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_folder_that_is_not_empty() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        assert!(matches!(create_archive(dir.path()), Err(DriverError::NotEmpty(_))));
        assert_eq!(fs::read_to_string(dir.path().join("notes.txt")).unwrap(), "mine");
    }

    #[test]
    fn creates_config_article_and_authorities() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("archief");
        create_archive(&root).unwrap();
        assert!(root.join("kroniek.toml").is_file());
        assert!(root.join("content/archief/eerste-artikel.md").is_file());
        assert!(root.join("authorities/people.toml").is_file());
    }

    #[test]
    fn keeps_built_output_and_caches_out_of_version_control() {
        let dir = tempfile::tempdir().unwrap();
        create_archive(dir.path()).unwrap();
        let ignore = fs::read_to_string(dir.path().join(".gitignore")).unwrap();
        let lines: Vec<&str> = ignore.lines().collect();
        assert!(lines.contains(&"/public/"), "{ignore}");
        assert!(lines.contains(&"/.kroniek/cache/"), "{ignore}");
    }
}
