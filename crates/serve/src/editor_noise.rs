//! Files that editors and tools write beside the ones being edited: swap files, backups, temp
//! files, lock files, version-control folders. Changes to them never trigger a rebuild.

use std::path::{Component, Path, PathBuf};

/// Whether a change to `path` is noise rather than an edit. `roots` are the watched folders;
/// only the part of `path` below its root is judged, so an archive that itself lives under a
/// hidden folder still works.
pub(crate) fn is_editor_noise(path: &Path, roots: &[PathBuf]) -> bool {
    let relative = roots.iter().find_map(|root| path.strip_prefix(root).ok()).unwrap_or(path);
    // Hidden files and folders: `.git/`, vim's `.x.md.swp`, emacs's `.#x.md` lock, gedit's
    // `.goutputstream-*`.
    let hidden = relative.components().any(|component| match component {
        Component::Normal(name) => name.to_string_lossy().starts_with('.'),
        _ => false,
    });
    if hidden {
        return true;
    }
    let Some(name) = relative.file_name().map(|name| name.to_string_lossy()) else { return false };
    let extension = name.rsplit_once('.').map(|(_, extension)| extension);
    name.ends_with('~')
        // emacs auto-save: `#x.md#`.
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        // vim checks that it may write a folder by creating `4913` (then `5036`, …) in it.
        || name.bytes().all(|b| b.is_ascii_digit())
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || matches!(extension, Some("swp" | "swo" | "swx" | "swn" | "tmp" | "crswap" | "kate-swp"))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::is_editor_noise;

    fn noise(path: &str) -> bool {
        is_editor_noise(Path::new(path), &[PathBuf::from("/home/ed/.archief")])
    }

    #[test]
    fn edits_are_not_noise() {
        for path in [
            "/home/ed/.archief/content/serge/elan.md",
            "/home/ed/.archief/kroniek.toml",
            "/home/ed/.archief/static/logo.svg",
            "/home/ed/.archief/content/été/1913.md",
        ] {
            assert!(!noise(path), "{path}");
        }
    }

    #[test]
    fn editors_leftovers_are_noise() {
        for path in [
            "/home/ed/.archief/content/.elan.md.swp",
            "/home/ed/.archief/content/elan.md.swp",
            "/home/ed/.archief/content/elan.md~",
            "/home/ed/.archief/content/4913",
            "/home/ed/.archief/content/#elan.md#",
            "/home/ed/.archief/content/.#elan.md",
            "/home/ed/.archief/content/elan.md.tmp",
            "/home/ed/.archief/content/elan.md___jb_tmp___",
            "/home/ed/.archief/.git/index",
            "/home/ed/.archief/content/.goutputstream-X1Y2",
        ] {
            assert!(noise(path), "{path}");
        }
    }
}
