//! `kroniek new`: a working archive that checks clean and builds; never over a user's files.

use std::fs;

use crate::support::Kroniek;

#[test]
fn new_archive_checks_and_builds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("mijn-archief");
    let run = Kroniek::new().arg("new").arg(&root).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = Kroniek::new().arg("check").arg(&root).run();
    assert_eq!(check.code, 0, "a new archive must check clean:\n{}", check.stdout);
    assert!(check.stdout.contains("0 errors, 0 warnings"), "{}", check.stdout);
    let build = Kroniek::new().arg("build").in_dir(&root).run();
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(root.join("public/index.html").is_file());
}

#[test]
fn new_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("notes.md"), "my notes").expect("write");
    let run = Kroniek::new().arg("new").arg(dir.path()).run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    assert_eq!(fs::read_to_string(dir.path().join("notes.md")).expect("kept"), "my notes");
}
