//! Where an archive comes from and how its files are read into memory.

use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use kroniek_model::{Diagnostic, Severity};
use kroniek_source::SourceFiles;

/// The demo archive, compiled into the binary so a fresh install has something to show.
static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../demo");

/// The folders of an archive kroniek reads; anything else in the archive is the editor's own.
const SOURCE_FOLDERS: [&str; 2] = ["content", "authorities"];

/// An archive to work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveLocation {
    /// A folder on disk holding `kroniek.toml`.
    Dir(PathBuf),
    /// The demo archive embedded in the binary.
    Demo,
}

/// Everything an archive's build reads, in memory.
#[derive(Debug, Clone, Default)]
pub struct ArchiveSources {
    /// `kroniek.toml`, `content/**`, `authorities/*.toml`, relative to the root.
    pub files: SourceFiles,
    /// Template overrides from `templates/`, by file name relative to that folder.
    pub templates: Vec<(String, String)>,
    /// Static file overrides from `static/`, by path relative to that folder.
    pub statics: Vec<(String, Vec<u8>)>,
    /// Files that could not be read or used, as diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

impl ArchiveLocation {
    /// The archive in `dir`, or the one the current folder holds, or the demo.
    ///
    /// With no folder named, a `kroniek.toml` in the current folder makes it the archive;
    /// otherwise the demo is used, and callers say so.
    pub fn resolve(dir: Option<&Path>) -> Result<Self, crate::DriverError> {
        match dir {
            Some(dir) if dir.join("kroniek.toml").is_file() => Ok(Self::Dir(dir.to_path_buf())),
            Some(dir) => Err(crate::DriverError::NotAnArchive(dir.to_path_buf())),
            None if Path::new("kroniek.toml").is_file() => Ok(Self::Dir(PathBuf::from("."))),
            None => Ok(Self::Demo),
        }
    }

    /// The folder on disk, if any.
    pub fn root(&self) -> Option<&Path> {
        match self {
            Self::Dir(dir) => Some(dir),
            Self::Demo => None,
        }
    }

    /// Reads every file a build uses.
    pub fn read(&self) -> Result<ArchiveSources, crate::DriverError> {
        match self {
            Self::Dir(root) => read_dir_archive(root),
            Self::Demo => Ok(read_demo()),
        }
    }
}

/// Whether kroniek should look at a file at all: hidden files, editors' swap and backup files
/// are an editor's business, not the archive's.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with('#')
        || name == "4913"
}

fn read_dir_archive(root: &Path) -> Result<ArchiveSources, crate::DriverError> {
    let config = root.join("kroniek.toml");
    if !config.is_file() {
        return Err(crate::DriverError::NotAnArchive(root.to_path_buf()));
    }
    let mut sources = ArchiveSources::default();
    let bytes = fs::read(&config).map_err(|e| crate::DriverError::io(&config, e))?;
    sources.files.insert(PathBuf::from("kroniek.toml"), bytes);

    let mut found = Vec::new();
    for folder in SOURCE_FOLDERS.iter().chain(&["templates", "static"]) {
        walk(root, Path::new(folder), &mut found, &mut sources.diagnostics);
    }
    // Reading in parallel pays off on cold caches with tens of thousands of articles.
    let read: Vec<(PathBuf, std::io::Result<Vec<u8>>)> = {
        use rayon::prelude::*;
        found.into_par_iter().map(|rel| (rel.clone(), fs::read(root.join(&rel)))).collect()
    };
    for (rel, bytes) in read {
        match bytes {
            Ok(bytes) => sources.add(rel, bytes),
            Err(e) => sources.diagnostics.push(Diagnostic::file(
                Severity::Error,
                &rel,
                format!("cannot read this file: {e}"),
            )),
        }
    }
    Ok(sources)
}

fn read_demo() -> ArchiveSources {
    let mut sources = ArchiveSources::default();
    let mut stack = vec![&DEMO];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            sources.add(file.path().to_path_buf(), file.contents().to_vec());
        }
        stack.extend(dir.dirs());
    }
    sources
}

/// Collects files under `root/rel`, relative to `root`, in a stable order.
fn walk(root: &Path, rel: &Path, found: &mut Vec<PathBuf>, diagnostics: &mut Vec<Diagnostic>) {
    let dir = root.join(rel);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            diagnostics.push(Diagnostic::file(Severity::Error, rel, format!("cannot read this folder: {e}")));
            return;
        }
    };
    let mut children: Vec<_> = entries.filter_map(Result::ok).collect();
    children.sort_by_key(|e| e.file_name());
    for child in children {
        let name = child.file_name();
        let Some(name) = name.to_str() else {
            diagnostics.push(Diagnostic::file(
                Severity::Warning,
                rel.join(&name),
                "skipped: the file name is not valid UTF-8",
            ));
            continue;
        };
        if is_ignored(name) {
            continue;
        }
        let child_rel = rel.join(name);
        match child.file_type() {
            Ok(t) if t.is_dir() => walk(root, &child_rel, found, diagnostics),
            Ok(_) => found.push(child_rel),
            Err(e) => diagnostics.push(Diagnostic::file(Severity::Error, &child_rel, e.to_string())),
        }
    }
}

impl ArchiveSources {
    /// Files each folder: sources for the stages, theme overrides for the renderer.
    fn add(&mut self, rel: PathBuf, bytes: Vec<u8>) {
        if let Ok(name) = rel.strip_prefix("templates") {
            let name = name.to_string_lossy().replace('\\', "/");
            match String::from_utf8(bytes) {
                Ok(text) => self.templates.push((name, text)),
                Err(_) => self.diagnostics.push(Diagnostic::file(
                    Severity::Error,
                    &rel,
                    "this template is not UTF-8 text",
                )),
            }
        } else if let Ok(name) = rel.strip_prefix("static") {
            self.statics.push((name.to_string_lossy().replace('\\', "/"), bytes));
        } else {
            self.files.insert(rel, bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_archive_is_embedded() {
        let sources = ArchiveLocation::Demo.read().unwrap();
        assert!(sources.files.get(Path::new("kroniek.toml")).is_some());
    }

    #[test]
    fn editors_leftovers_are_ignored() {
        for name in [".x.md.swp", "x.md~", "4913", ".hidden", "#x.md#"] {
            assert!(is_ignored(name), "{name}");
        }
        assert!(!is_ignored("victor-serge.md"));
    }
}
