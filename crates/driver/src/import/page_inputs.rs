//! Which files an import reads: the files named, and the pages inside the folders named (a
//! site mirror), found recursively.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::OUTPUT_MARKER;

/// The extensions of scraped pages in a mirror; a file named on the command line is imported
/// whatever its extension (its format is then sniffed).
const PAGE_EXTENSIONS: [&str; 4] = ["txt", "text", "html", "htm"];

/// The pages an import will read, and the inputs that gave none.
#[derive(Debug, Default)]
pub struct PageInputs {
    /// Every page, once, in the order the inputs were named (each folder's pages sorted).
    pub pages: Vec<PathBuf>,
    /// Inputs that could not be used: missing, unreadable, or folders without any page.
    pub problems: Vec<InputProblem>,
}

/// An input that yields no page.
#[derive(Debug, thiserror::Error)]
pub enum InputProblem {
    /// The path does not exist or cannot be looked at.
    #[error("{}: {source}", path.display())]
    Unreadable {
        /// The input or a folder inside it.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A folder with no .txt, .text, .html or .htm file anywhere below it.
    #[error("{}: no .txt, .text, .html or .htm page in this folder", .0.display())]
    NoPages(PathBuf),
}

impl PageInputs {
    /// Collects the pages of `inputs`: a file is taken as it is; a folder is walked
    /// recursively for pages, skipping hidden files and folders (`.git`, editors' files) and
    /// sites that `kroniek build` wrote (`kroniek import .` in an archive must not import its
    /// own `public/`).
    pub fn collect(inputs: &[PathBuf]) -> Self {
        let mut found = Self::default();
        let mut seen = BTreeSet::new();
        for input in inputs {
            match fs::metadata(input) {
                Ok(meta) if meta.is_dir() => {
                    let mut pages = Vec::new();
                    walk(input, &mut pages, &mut found.problems);
                    pages.sort();
                    if pages.is_empty() {
                        found.problems.push(InputProblem::NoPages(input.clone()));
                    }
                    for page in pages {
                        if seen.insert(page.clone()) {
                            found.pages.push(page);
                        }
                    }
                }
                Ok(_) => {
                    if seen.insert(input.clone()) {
                        found.pages.push(input.clone());
                    }
                }
                Err(source) => found.problems.push(InputProblem::Unreadable { path: input.clone(), source }),
            }
        }
        found
    }
}

fn walk(dir: &Path, pages: &mut Vec<PathBuf>, problems: &mut Vec<InputProblem>) {
    if dir.join(OUTPUT_MARKER).is_file() {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            problems.push(InputProblem::Unreadable { path: dir.to_path_buf(), source });
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Symbolic links to folders are not followed: a mirror that links back to itself would
        // never end. Links to files are pages like any other.
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => walk(&path, pages, problems),
            Ok(kind) if kind.is_file() || (kind.is_symlink() && path.is_file()) => {
                if is_page(&path) {
                    pages.push(path);
                }
            }
            Ok(_) => {}
            Err(source) => problems.push(InputProblem::Unreadable { path, source }),
        }
    }
}

fn is_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PAGE_EXTENSIONS.iter().any(|known| known.eq_ignore_ascii_case(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mirror_is_walked_for_pages_and_hidden_entries_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let files = ["b.html", "a.TXT", "sub/c.htm", "sub/d.text", "e.md", "f.png", ".g.txt", ".git/h.txt"];
        let built = ["public/index.html", "public/.kroniek-output"];
        for file in files.iter().chain(&built) {
            let path = root.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
        let named = root.join("e.md");
        let found = PageInputs::collect(&[root.to_path_buf(), named.clone(), root.join("b.html")]);
        let names: Vec<_> = found
            .pages
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.TXT", "b.html", "sub/c.htm", "sub/d.text", "e.md"]);
        assert!(found.problems.is_empty());
    }

    #[test]
    fn missing_inputs_and_empty_folders_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        let found = PageInputs::collect(&[dir.path().join("missing.txt"), dir.path().to_path_buf()]);
        assert!(found.pages.is_empty());
        assert!(matches!(found.problems[0], InputProblem::Unreadable { .. }));
        assert!(matches!(found.problems[1], InputProblem::NoPages(_)));
    }
}
