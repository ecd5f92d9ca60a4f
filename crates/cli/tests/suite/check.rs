//! `kroniek check` on every invalid fixture: each must produce its diagnostic, with file:line:col.

use crate::support::{Fixture, Kroniek};

/// Runs `check` on `fixtures/invalid/<case>`, asserts the exit code and that the message is
/// there, and snapshots the whole report.
fn check_invalid(case: &str, expected_code: i32, must_contain: &str) {
    let fixture = Fixture::copy(&format!("invalid/{case}"));
    let run = Kroniek::new().arg("check").arg(fixture.root()).in_dir(fixture.root()).run();
    assert_eq!(run.code, expected_code, "exit code of check on {case}\n{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(must_contain),
        "check on {case} should report {must_contain:?}, got:\n{}",
        run.stdout
    );
    // Paths are printed relative to the archive, so the snapshot does not depend on the temp dir.
    insta::assert_snapshot!(format!("check_{case}"), run.stdout);
}

macro_rules! invalid_cases {
    ($($name:ident: $case:literal, $code:literal, $needle:literal;)*) => {
        $(
            #[test]
            fn $name() {
                check_invalid($case, $code, $needle);
            }
        )*
    };
}

invalid_cases! {
    bad_toml: "bad-toml", 1, "error";
    unknown_config_key: "unknown-config-key", 1, "kroniek.toml:";
    unknown_front_matter_key: "unknown-front-matter-key", 1, "unknown";
    missing_title: "missing-title", 1, "title";
    bad_edtf_published: "bad-edtf-published", 1, "EDTF";
    bad_edtf_authority: "bad-edtf-authority", 1, "authorities/";
    unknown_series: "unknown-series", 1, "series";
    unknown_subject: "unknown-subject", 1, "subject";
    unknown_place_ref: "unknown-place-ref", 1, "authorities/";
    footnote_undefined: "footnote-undefined", 1, "footnote";
    footnote_unreferenced: "footnote-unreferenced", 0, "warning";
    duplicate_slug: "duplicate-slug", 1, "slug";
    url_collision: "url-collision", 1, "URL";
    not_utf8: "not-utf8", 1, "UTF-8";
    no_front_matter: "no-front-matter", 1, "front matter";
    duplicate_authority_id: "duplicate-authority-id", 1, "duplicate record id `leon-dewit`";
    shared_alias: "shared-alias", 0, "the name `BWP` also belongs to";
    unlinked_names: "unlinked-names", 0, "person `Marie Verhaegen` is named 6 times in 2 articles";
}

#[test]
fn valid_archive_checks_clean() {
    let fixture = Fixture::copy("valid/minimal");
    let run = Kroniek::new().arg("check").arg(fixture.root()).run();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("0 errors"), "{}", run.stdout);
}

#[test]
fn demo_archive_checks_without_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = Kroniek::new().arg("check").in_dir(dir.path()).run();
    assert!(run.stderr.contains("demo"), "check with no archive must say it uses the demo: {}", run.stderr);
    assert_eq!(run.code, 0, "the demo archive must have no errors:\n{}", run.stdout);
}

#[test]
fn check_reports_every_problem_in_one_run() {
    // Two broken articles in one archive: both must be reported, and the good one still loads.
    let fixture = Fixture::copy("valid/minimal");
    let content = fixture.root().join("content");
    let series =
        std::fs::read_dir(&content).expect("content").next().expect("a series").expect("entry").path();
    std::fs::write(series.join("broken-one.md"), "+++\ntitel = \"x\"\n+++\nText.\n").expect("write");
    std::fs::write(
        series.join("broken-two.md"),
        "+++\ntitle = \"y\"\npublished = \"1920-02-31\"\n+++\nText.\n",
    )
    .expect("write");
    let run = Kroniek::new().arg("check").arg(fixture.root()).run();
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("broken-one.md:2:1"), "{}", run.stdout);
    assert!(run.stdout.contains("broken-two.md:3:"), "{}", run.stdout);
}
