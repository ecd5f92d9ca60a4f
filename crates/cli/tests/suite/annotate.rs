//! `kroniek annotate`: spans of dates (and entities) in plain text, JSON lines with character
//! offsets (DESIGN.md "annotate --json").

use crate::support::{Fixture, Kroniek, fixtures};

fn annotate(args: &[&str]) -> crate::support::Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut kroniek = Kroniek::new().arg("annotate");
    for arg in args {
        kroniek = kroniek.arg(arg);
    }
    kroniek.in_dir(dir.path()).run()
}

fn fixture_text() -> String {
    fixtures().join("annotate/levens.txt").to_string_lossy().into_owned()
}

fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn every_line_is_a_document_with_character_offsets() {
    let file = fixture_text();
    let run = annotate(&[&file, "--lines", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs = json_lines(&run.stdout);
    let lines: Vec<String> =
        std::fs::read_to_string(&file).expect("fixture").lines().map(str::to_owned).collect();
    assert_eq!(docs.len(), lines.len(), "one JSON line per input line");
    for (n, (doc, line)) in docs.iter().zip(&lines).enumerate() {
        assert_eq!(doc["doc"], n + 1);
        assert!(doc["entities"].is_array());
        let chars: Vec<char> = line.chars().collect();
        for span in doc["dates"].as_array().expect("dates") {
            let (start, end) =
                (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
            let text: String = chars[start..end].iter().collect();
            assert_eq!(span["text"], text.as_str(), "offsets count characters: {span}");
        }
    }
    let dates = |doc: usize| -> Vec<String> {
        docs[doc]["dates"].as_array().unwrap().iter().map(|d| d["date"].to_string()).collect()
    };
    assert_eq!(dates(0), ["\"1862-11-12\"", "\"1877/1878\""], "the birth anchors the age");
    assert_eq!(dates(1), ["\"1886-22\"", "\"1886\""], "no birth on this line: the year is its own");
    assert_eq!(dates(3), ["\"1933/1936\"", "\"1950~\""]);
    assert_eq!(dates(4), Vec::<String>::new());
}

#[test]
fn without_lines_the_file_is_one_document_and_anaphora_cross_lines() {
    let run = annotate(&[&fixture_text(), "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs = json_lines(&run.stdout);
    assert_eq!(docs.len(), 1);
    let texts: Vec<&str> =
        docs[0]["dates"].as_array().unwrap().iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert!(texts.contains(&"datzelfde jaar"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("14")), "a count is not a date: {texts:?}");
}

#[test]
fn the_language_decides_which_month_names_count() {
    let run = annotate(&[&fixture_text(), "--lines", "--json", "--language", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs = json_lines(&run.stdout);
    let french: Vec<&str> =
        docs[2]["dates"].as_array().unwrap().iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(french, ["1871-05-01", "1890-23"]);
}

#[test]
fn the_readable_form_shows_each_span_and_its_date() {
    let run = annotate(&[&fixture_text()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("1886-22") && run.stdout.contains("In de zomer van 1886"), "{}", run.stdout);
}

#[test]
fn an_archive_lends_its_records_and_language() {
    let fixture = Fixture::copy("valid/minimal");
    let root = fixture.root().to_string_lossy().into_owned();
    let run = annotate(&[&fixture_text(), "--lines", "--json", "--archive", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(json_lines(&run.stdout).len(), 5);
}

#[test]
fn bad_input_is_an_error_with_its_exit_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0x66, 0xff, 0xfe, 0x00]).expect("write");
    let run = annotate(&[&binary.to_string_lossy(), "--json"]);
    assert_eq!(run.code, 1, "a file that is not UTF-8 is a content error");
    assert!(run.stderr.contains("not UTF-8"), "{}", run.stderr);

    let run = annotate(&[&fixture_text(), "--archive", &dir.path().to_string_lossy()]);
    assert_eq!(run.code, 2, "a folder without kroniek.toml is a usage error");
}
