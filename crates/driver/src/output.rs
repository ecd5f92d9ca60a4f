//! Writing a site to disk so that readers never see half of it.
//!
//! The new site is written to a hidden sibling folder of the output and swapped in by renames
//! only when every file is written. A failed or killed build leaves the last good output in
//! place; the next build cleans up what a killed one left behind.

use std::fs;
use std::path::{Path, PathBuf};

use crate::DriverError;

/// The file kroniek leaves in every output folder, so a later build knows it may replace the
/// folder — and refuses to replace a folder a user made.
pub const OUTPUT_MARKER: &str = ".kroniek-output";

/// Lets `fill` write a whole site into a fresh staging folder, then swaps it in for `out`.
/// If `fill` fails, the staging folder is removed and `out` is left exactly as it was.
pub(crate) fn publish<E: From<DriverError>>(
    out: &Path,
    archive_root: Option<&Path>,
    fill: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    let name = out
        .file_name()
        .ok_or_else(|| DriverError::OutputOverlapsArchive(out.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| DriverError::io(&parent, e))?;
    guard_overlap(out, &parent, archive_root)?;

    let staging = parent.join(format!(".{name}.kroniek-new"));
    let retired = parent.join(format!(".{name}.kroniek-old"));
    recover_interrupted_swap(out, &retired)?;
    guard_foreign(out)?;

    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|e| DriverError::io(&staging, e))?;
    }
    fs::create_dir_all(&staging).map_err(|e| DriverError::io(&staging, e))?;
    if let Err(e) = fill(&staging).and_then(|()| write_marker(&staging).map_err(E::from)) {
        // Best effort: the error that matters is the one being returned.
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }

    // Where the system can swap two folders in one step, readers never meet a moment without a
    // site, and a build killed mid-swap leaves the old or the new one, never none.
    if out.exists() && exchange(&staging, out) {
        fs::remove_dir_all(&staging).map_err(|e| DriverError::io(&staging, e))?;
        return Ok(());
    }
    if out.exists() {
        fs::rename(out, &retired).map_err(|e| DriverError::io(out, e))?;
    }
    if let Err(e) = fs::rename(&staging, out) {
        let _ = fs::rename(&retired, out);
        return Err(DriverError::io(out, e).into());
    }
    if retired.exists() {
        fs::remove_dir_all(&retired).map_err(|e| DriverError::io(&retired, e))?;
    }
    Ok(())
}

/// Swaps `a` and `b` atomically (Linux `renameat2(RENAME_EXCHANGE)`); false where the system or
/// the file system cannot, and the caller falls back to two renames.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

/// Writes one file of a site being staged, creating its folder when needed.
pub(crate) fn write_staged(root: &Path, path: &str, bytes: &[u8]) -> Result<(), DriverError> {
    let target = root.join(path);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(|e| DriverError::io(parent, e))?;
    }
    fs::write(&target, bytes).map_err(|e| DriverError::io(&target, e))
}

fn write_marker(root: &Path) -> Result<(), DriverError> {
    let marker = root.join(OUTPUT_MARKER);
    fs::write(&marker, b"This folder is written by `kroniek build` and replaced whole by the next build.\n")
        .map_err(|e| DriverError::io(&marker, e))
}

/// A build killed between its two renames leaves the old site retired and no output: put the
/// old one back before anything else.
fn recover_interrupted_swap(out: &Path, retired: &Path) -> Result<(), DriverError> {
    if retired.exists() {
        if out.exists() {
            fs::remove_dir_all(retired).map_err(|e| DriverError::io(retired, e))?;
        } else {
            fs::rename(retired, out).map_err(|e| DriverError::io(out, e))?;
        }
    }
    Ok(())
}

fn guard_foreign(out: &Path) -> Result<(), DriverError> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(DriverError::ForeignOutput(out.to_path_buf()));
    }
    let empty = fs::read_dir(out).map_err(|e| DriverError::io(out, e))?.next().is_none();
    if empty || out.join(OUTPUT_MARKER).is_file() {
        Ok(())
    } else {
        Err(DriverError::ForeignOutput(out.to_path_buf()))
    }
}

fn guard_overlap(out: &Path, parent: &Path, archive_root: Option<&Path>) -> Result<(), DriverError> {
    let Some(root) = archive_root else { return Ok(()) };
    let root = fs::canonicalize(root).map_err(|e| DriverError::io(root, e))?;
    let parent = fs::canonicalize(parent).map_err(|e| DriverError::io(parent, e))?;
    let out_abs = parent.join(out.file_name().unwrap_or_default());
    if root.starts_with(&out_abs) {
        return Err(DriverError::OutputOverlapsArchive(out.to_path_buf()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_site::SiteFiles;
    use std::collections::BTreeMap;

    /// Publishes an in-memory site the way `build` publishes rendered pages.
    fn write_site(site: &SiteFiles, out: &Path, archive_root: Option<&Path>) -> Result<(), DriverError> {
        publish(out, archive_root, |staging| {
            site.0.iter().try_for_each(|(path, bytes)| write_staged(staging, path, bytes))
        })
    }

    fn site(pairs: &[(&str, &str)]) -> SiteFiles {
        SiteFiles(
            pairs.iter().map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())).collect::<BTreeMap<_, _>>(),
        )
    }

    /// The swap that leaves no moment without an output folder: both folders trade places.
    #[cfg(target_os = "linux")]
    #[test]
    fn exchange_swaps_two_folders_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        fs::write(a.join("new"), "").unwrap();
        fs::write(b.join("old"), "").unwrap();
        assert!(exchange(&a, &b), "renameat2(RENAME_EXCHANGE) works on the test's file system");
        assert!(b.join("new").is_file() && a.join("old").is_file());
        assert!(!exchange(&a, &dir.path().join("missing")), "an exchange needs both folders");
    }

    #[test]
    fn replaces_previous_output_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&site(&[("index.html", "one"), ("a/b/index.html", "b")]), &out, None).unwrap();
        write_site(&site(&[("index.html", "two")]), &out, None).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two");
        assert!(!out.join("a").exists(), "files of the previous build must not linger");
        assert!(out.join(OUTPUT_MARKER).is_file());
    }

    #[test]
    fn refuses_a_folder_kroniek_did_not_make() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("mine");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("thesis.txt"), "precious").unwrap();
        let err = write_site(&site(&[("index.html", "x")]), &out, None).unwrap_err();
        assert!(matches!(err, DriverError::ForeignOutput(_)));
        assert_eq!(fs::read_to_string(out.join("thesis.txt")).unwrap(), "precious");
    }

    #[test]
    fn refuses_to_write_over_the_archive() {
        let dir = tempfile::tempdir().unwrap();
        let archive = dir.path().join("archive");
        fs::create_dir(&archive).unwrap();
        let err = write_site(&site(&[("index.html", "x")]), dir.path(), Some(&archive)).unwrap_err();
        assert!(matches!(err, DriverError::OutputOverlapsArchive(_) | DriverError::ForeignOutput(_)));
    }

    #[test]
    fn interrupted_swap_is_recovered() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(&site(&[("index.html", "good")]), &out, None).unwrap();
        // Simulate a build killed between its two renames.
        fs::rename(&out, dir.path().join(".public.kroniek-old")).unwrap();
        write_site(&site(&[("index.html", "next")]), &out, None).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "next");
        assert!(!dir.path().join(".public.kroniek-old").exists());
    }
}
