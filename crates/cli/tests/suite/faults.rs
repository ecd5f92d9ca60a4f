//! Faults (issue 9): the real binary killed with SIGKILL at moments chosen by its progress (the
//! number of files it has written so far, never a timer), a file-size limit standing in for a
//! full disk, a read-only output folder, and sources edited while a build reads them. In each
//! case the output folder is the last good site or the new complete one, never a mix, and the
//! archive never holds half a source file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Fixture, Kroniek, read_tree};

/// A guard against a test hanging, not a timing: no build here comes near it.
const LIMIT: Duration = Duration::from_secs(120);

/// An archive of `count` articles, big enough that a build writes files for a while.
fn archive(dir: &Path, count: usize, version: &str) -> PathBuf {
    let root = dir.join("archive");
    fs::create_dir_all(root.join("content/stukken")).expect("folder");
    fs::create_dir_all(root.join("authorities")).expect("folder");
    fs::write(
        root.join("kroniek.toml"),
        "title = \"Proef\"\nbase_url = \"https://proef.example/\"\nlanguage = \"nl\"\n\n\
         [[series]]\nid = \"stukken\"\ntitle = \"Stukken\"\n",
    )
    .expect("written");
    fs::write(
        root.join("authorities/people.toml"),
        "[anna-dekker]\nname = \"Anna Dekker\"\nborn = \"1890\"\n",
    )
    .expect("written");
    for n in 0..count {
        write_article(&root, n, version);
    }
    root
}

fn write_article(root: &Path, n: usize, version: &str) {
    let text = format!(
        "+++\ntitle = \"Stuk {n} ({version})\"\npublished = \"19{:02}-0{}-1{}\"\nsubjects = [\"anna-dekker\"]\n+++\n\n\
         {version}: Anna Dekker sprak in {} op het congres in Gent.[^1]\n\n## Later\n\n\
         In de zomer van 1921 schreef zij voor de krant ({version}).\n\n[^1]: Verslag, {version}.\n",
        n % 90 + 10,
        n % 9 + 1,
        n % 9,
        1900 + n % 50,
    );
    fs::write(root.join(format!("content/stukken/stuk-{n}.md")), text).expect("written");
}

/// Every file under `dir` (none if it does not exist).
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    if dir.exists() { read_tree(dir) } else { Vec::new() }
}

/// How many files are under `dir` now (a folder being written: entries may vanish meanwhile).
fn count_files(dir: &Path) -> usize {
    let mut count = 0;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => pending.push(entry.path()),
                Ok(_) => count += 1,
                Err(_) => {}
            }
        }
    }
    count
}

fn kroniek(args: &[&std::ffi::OsStr]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start kroniek")
}

/// Polls `child` until `reached()` says the moment has come, then kills it with SIGKILL.
/// Whether it was killed (false: it finished first).
fn kill_when(child: &mut Child, mut reached: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if child.try_wait().expect("child state").is_some() {
            return false;
        }
        if reached() {
            child.kill().expect("SIGKILL");
            child.wait().expect("reaped");
            return true;
        }
        assert!(start.elapsed() < LIMIT, "the child neither finished nor reached the kill point");
        std::thread::yield_now();
    }
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_last_good_site() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = archive(dir.path(), 120, "versie 1");
    let out = dir.path().join("public");
    let staging = dir.path().join(".public.kroniek-new");
    let run = Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let good = tree(&out);

    // The next version, and the site it makes (built elsewhere, to know it).
    for n in 0..120 {
        write_article(&root, n, "versie 2");
    }
    let next_out = dir.path().join("next");
    assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&next_out).run().code, 0);
    let next = tree(&next_out);
    assert_ne!(good, next);

    let total = next.len();
    // Kill points: the staging folder made, the first file, a spread of fractions, the last
    // page, and the marker (written last, just before the swap).
    let mut points: Vec<Option<usize>> =
        [0, 1, total / 50, total / 10, total / 4, total / 2, total * 3 / 4, total * 9 / 10, total - 2]
            .into_iter()
            .map(Some)
            .collect();
    points.push(None);
    let mut killed = 0;
    for point in points {
        let args = [root.as_os_str(), "--out".as_ref(), out.as_os_str()];
        let mut child = kroniek(&[&["build".as_ref()][..], &args[..]].concat());
        let was_killed = kill_when(&mut child, || match point {
            Some(files) => staging.is_dir() && count_files(&staging) >= files,
            None => staging.join(".kroniek-output").is_file(),
        });
        killed += usize::from(was_killed);
        let now = tree(&out);
        assert!(
            now == good || now == next,
            "killed at {point:?} files of {total}: the output folder is neither the last good site nor the new \
             one ({} files)",
            now.len()
        );
        if now == next {
            // The swap happened: this run is the new last good site. Start again from the old.
            let run = Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run();
            assert_eq!(run.code, 0, "{}", run.stderr);
            for n in 0..120 {
                write_article(&root, n, "versie 1");
            }
            assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run().code, 0);
            assert!(tree(&out) == good, "rebuilding version 1 gives its site again");
            for n in 0..120 {
                write_article(&root, n, "versie 2");
            }
        }
    }
    assert!(killed >= 6, "only {killed} builds were killed before they finished: the test proved little");

    // The next build cleans up what the killed ones left and publishes the new site.
    let run = Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(tree(&out) == next, "the build after the kills publishes the new site");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("readable")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("kroniek-"))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}

/// Scraped pages in the shape of the reference sample (our own words).
fn scraped_pages(dir: &Path, count: usize) -> PathBuf {
    let pages = dir.join("pages");
    fs::create_dir_all(&pages).expect("folder");
    for n in 0..count {
        let body: String = (0..40)
            .map(|i| format!("Alinea {i} over de staking van 19{:02} in Gent en de bond.\n\n", n % 90 + 10))
            .collect();
        let text = format!(
            "Militant nummer {n}: een leven (1880-1940)\n\nDoor Els Verbeke\n\n{body}Delen:\nPrinten:\n"
        );
        fs::write(pages.join(format!("pagina-{n:03}.txt")), text).expect("written");
    }
    pages
}

/// The series of `fixtures/valid/minimal` the pages are imported into.
const SERIES: &str = "geschiedenis";

/// The source files of an archive (what the loader reads), by path.
fn sources(root: &Path) -> Vec<(String, Vec<u8>)> {
    tree(&root.join("content")).into_iter().filter(|(path, _)| path.ends_with(".md")).collect()
}

#[test]
fn an_import_killed_half_way_leaves_no_partial_source_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = scraped_pages(dir.path(), 60);
    let reference = Fixture::copy("valid/minimal");
    let run = Kroniek::new()
        .arg("import")
        .arg(&pages)
        .arg("--into")
        .arg(reference.root())
        .arg("--series")
        .arg(SERIES)
        .run();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let complete: std::collections::BTreeMap<String, Vec<u8>> =
        sources(&reference.root()).into_iter().collect();
    let before = sources(&Fixture::copy("valid/minimal").root()).len();
    assert!(complete.len() >= before + 60, "the reference import wrote every page");

    let mut killed = 0;
    for k in [0, 1, 3, 10, 25, 45, 59] {
        let archive = Fixture::copy("valid/minimal");
        let root = archive.root();
        let mut child = kroniek(&[
            "import".as_ref(),
            pages.as_os_str(),
            "--into".as_ref(),
            root.as_os_str(),
            "--series".as_ref(),
            SERIES.as_ref(),
        ]);
        killed += usize::from(kill_when(&mut child, || count_files(&root.join("content")) >= before + k));
        for (path, bytes) in sources(&root) {
            assert!(
                complete.get(&path) == Some(&bytes),
                "killed after {k} pages: {path} is not the file a complete import writes"
            );
        }
        // What is there loads: the archive checks without errors.
        let check = Kroniek::new().arg("check").arg(&root).run();
        assert_ne!(check.code, 1, "killed after {k} pages, the archive has errors:\n{}", check.stdout);
        // And importing again finishes the job.
        let run = Kroniek::new()
            .arg("import")
            .arg(&pages)
            .arg("--into")
            .arg(&root)
            .arg("--series")
            .arg(SERIES)
            .run();
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        assert_eq!(sources(&root).into_iter().collect::<std::collections::BTreeMap<_, _>>(), complete);
    }
    assert!(killed >= 4, "only {killed} imports were killed before they finished");
}

#[test]
fn a_full_disk_gives_a_clear_error_and_keeps_the_last_good_site() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = archive(dir.path(), 5, "versie 1");
    let out = dir.path().join("public");
    assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run().code, 0);
    let good = tree(&out);
    for n in 0..5 {
        write_article(&root, n, "versie 2");
    }
    // A file-size limit (RLIMIT_FSIZE, 8 KiB) makes writes fail with EFBIG as a full disk fails
    // with ENOSPC; the shell ignores SIGXFSZ first so the limit gives an error, not a signal.
    let output = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 16 && exec \"$0\" build \"$1\" --out \"$2\"")
        .arg(env!("CARGO_BIN_EXE_kroniek"))
        .arg(&root)
        .arg(&out)
        .env("NO_COLOR", "1")
        .output()
        .expect("run sh");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.code().is_some(), "killed by a signal: {stderr}");
    assert!(!output.status.success(), "a build that cannot write must fail");
    assert_ne!(output.status.code(), Some(101), "a panic is not an error message: {stderr}");
    assert!(
        stderr.contains("large") && stderr.contains(".kroniek-new"),
        "the error names the cause and file: {stderr}"
    );
    assert!(tree(&out) == good, "the last good site stays");
    assert!(!dir.path().join(".public.kroniek-new").exists(), "the half-written staging folder is removed");
}

#[test]
fn a_read_only_output_folder_gives_a_clear_error_and_keeps_the_last_good_site() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let root = archive(dir.path(), 3, "versie 1");
    let parent = dir.path().join("site");
    let out = parent.join("public");
    assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run().code, 0);
    let good = tree(&out);
    write_article(&root, 0, "versie 2");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).expect("chmod");
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permissions: then the build runs as `nobody` (setpriv), as a web host's
    // deploy user would.
    let probe = parent.join(".probe");
    let as_root = fs::write(&probe, b"").is_ok();
    let mut command = if as_root {
        let _ = fs::remove_file(&probe);
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_kroniek")]);
        command
    } else {
        Command::new(env!("CARGO_BIN_EXE_kroniek"))
    };
    let output = command.arg("build").arg(&root).arg("--out").arg(&out).env("NO_COLOR", "1").output();
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o755)).expect("chmod back");
    let output = match output {
        Ok(output) => output,
        Err(e) if as_root => {
            eprintln!("skipped: running as root and setpriv is not available ({e})");
            return;
        }
        Err(e) => panic!("run kroniek: {e}"),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.code().is_some_and(|c| c != 0 && c != 101),
        "a clear failure, not {}: {stderr}",
        output.status
    );
    assert!(
        stderr.contains("ermission denied") && stderr.contains("site"),
        "the error names the cause and folder: {stderr}"
    );
    assert!(tree(&out) == good, "the last good site stays");
}

#[test]
fn sources_edited_during_a_build_give_a_consistent_site() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = archive(dir.path(), 60, "versie 0");
    let out = dir.path().join("public");
    assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run().code, 0);
    let mut good = tree(&out);
    for round in 1..=4 {
        let args = [root.as_os_str(), "--out".as_ref(), out.as_os_str()];
        let mut child = kroniek(&[&["build".as_ref()][..], &args[..]].concat());
        // While the build runs, an editor saves every article again, in place (truncate, then
        // write), as most editors do.
        let version = format!("versie {round}");
        let mut n = 0;
        let status = loop {
            if let Some(status) = child.try_wait().expect("child state") {
                break status;
            }
            write_article(&root, n % 60, &version);
            n += 1;
        };
        assert!(status.code().is_some_and(|c| c == 0 || c == 1), "the build crashed: {status}");
        let now = tree(&out);
        if status.success() {
            // Every article page is one version of its source, whole: its title and body agree.
            for (path, bytes) in &now {
                let Some(n) = path.strip_prefix("stukken/stuk-").and_then(|p| p.strip_suffix("/index.html"))
                else {
                    continue;
                };
                let page = String::from_utf8_lossy(bytes);
                let titled: Vec<usize> =
                    (0..=round).filter(|v| page.contains(&format!("Stuk {n} (versie {v})"))).collect();
                let body: Vec<usize> =
                    (0..=round).filter(|v| page.contains(&format!("versie {v}: Anna"))).collect();
                assert!(
                    body.len() == 1 && titled == body,
                    "{path}: title of versions {titled:?}, body of {body:?}"
                );
            }
        } else {
            assert!(now == good, "a refused build keeps the last good site");
        }
        // Let the edits finish, then a build sees them all.
        for m in 0..60 {
            write_article(&root, m, &version);
        }
        assert_eq!(Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run().code, 0);
        good = tree(&out);
    }
}
