//! The archive's files as the driver hands them over: bytes by path, no disk access here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The archive's files as read from disk or an embedded demo: path relative to the archive root
/// (forward slashes) → bytes.
///
/// Paths are normalised on insertion (`./a//b` and `a\b` become `a/b`), so a lookup never
/// depends on how the driver spelt them. Iteration is in path order, which makes every result
/// of the source stage independent of the order the disk listed the files in.
///
/// The bytes are shared: a copy of the files costs no copy of their contents, and a file that
/// was not replaced is recognised by its pointer ([`ArticleCache`](crate::ArticleCache) relies
/// on that to skip unchanged files without comparing or hashing their bytes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceFiles {
    files: BTreeMap<PathBuf, Arc<[u8]>>,
}

impl SourceFiles {
    /// No files.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file; returns the bytes it replaced, if the path was taken.
    pub fn insert(&mut self, path: impl AsRef<Path>, bytes: impl Into<Vec<u8>>) -> Option<Vec<u8>> {
        let bytes: Arc<[u8]> = bytes.into().into();
        self.files.insert(normalise(path.as_ref()), bytes).map(|old| old.to_vec())
    }

    /// Removes a file (deleted on disk); returns its bytes if it was there.
    pub fn remove(&mut self, path: impl AsRef<Path>) -> Option<Vec<u8>> {
        self.files.remove(&normalise(path.as_ref())).map(|old| old.to_vec())
    }

    /// The bytes of a file.
    pub fn get(&self, path: impl AsRef<Path>) -> Option<&[u8]> {
        self.files.get(&normalise(path.as_ref())).map(AsRef::as_ref)
    }

    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&Path, &[u8])> {
        self.files.iter().map(|(path, bytes)| (path.as_path(), bytes.as_ref()))
    }

    /// A file's shared bytes, by its normalised path.
    pub(crate) fn shared(&self, path: &Path) -> Option<&Arc<[u8]>> {
        self.files.get(path)
    }

    /// Every file with its shared bytes, in path order.
    pub(crate) fn iter_shared(&self) -> impl Iterator<Item = (&Path, &Arc<[u8]>)> {
        self.files.iter().map(|(path, bytes)| (path.as_path(), bytes))
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl<P: AsRef<Path>, B: Into<Vec<u8>>> FromIterator<(P, B)> for SourceFiles {
    fn from_iter<I: IntoIterator<Item = (P, B)>>(iter: I) -> Self {
        let mut files = Self::new();
        for (path, bytes) in iter {
            files.insert(path, bytes);
        }
        files
    }
}

/// `./content\a//b.md` → `content/a/b.md`: one spelling per file, whatever the platform.
pub(crate) fn normalise(path: &Path) -> PathBuf {
    let text = path.to_string_lossy().replace('\\', "/");
    let parts: Vec<&str> = text.split('/').filter(|part| !part.is_empty() && *part != ".").collect();
    PathBuf::from(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalised_to_one_spelling() {
        let mut files = SourceFiles::new();
        files.insert("./content\\a//b.md", "x");
        assert_eq!(files.get("content/a/b.md"), Some(&b"x"[..]));
        assert_eq!(files.insert("content/a/b.md", "y"), Some(b"x".to_vec()));
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn iteration_is_in_path_order() {
        let files: SourceFiles = [("b.md", "2"), ("a.md", "1"), ("content/z.md", "3")].into_iter().collect();
        let paths: Vec<_> = files.iter().map(|(p, _)| p.to_string_lossy().into_owned()).collect();
        assert_eq!(paths, ["a.md", "b.md", "content/z.md"]);
        assert!(!files.is_empty());
    }
}
