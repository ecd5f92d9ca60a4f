//! Running a table of texts through `dates::find` and reporting every mismatch at once.

use kroniek_extract::dates;
use kroniek_model::Language;

/// One row: a text, and the dates `find` must return for it in order — EDTF, or `-` for an
/// expression recognised without a date (an age with no birth). An empty list is a trap.
pub(crate) type Row = (&'static str, &'static [&'static str]);

/// The dates found in a text, as strings.
pub(crate) fn found(language: &str, text: &str) -> Vec<String> {
    let language = Language::new(language).expect("a language code");
    dates::find(text, &language)
        .into_iter()
        .map(|span| span.date.map_or_else(|| "-".to_owned(), |d| d.to_string()))
        .collect()
}

/// The expressions (as written) found in a text.
pub(crate) fn spans(language: &str, text: &str) -> Vec<String> {
    let language = Language::new(language).expect("a language code");
    dates::find(text, &language).into_iter().map(|span| span.text).collect()
}

/// Checks every row, then fails once with all the rows that went wrong.
pub(crate) fn check(language: &str, rows: &[Row]) {
    let mut wrong = Vec::new();
    for (text, expected) in rows {
        let got = found(language, text);
        if got != *expected {
            wrong.push(format!(
                "  {text:?}\n    expected {expected:?}\n    found    {got:?} {:?}",
                spans(language, text)
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} {language} rows wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// Checks the expressions' text: each row is a text and the spans it must give.
pub(crate) fn check_spans(language: &str, rows: &[(&str, &[&str])]) {
    let mut wrong = Vec::new();
    for (text, expected) in rows {
        let got = spans(language, text);
        if got != *expected {
            wrong.push(format!("  {text:?}\n    expected {expected:?}\n    found    {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} {language} span rows wrong:\n{}", wrong.len(), wrong.join("\n"));
}
