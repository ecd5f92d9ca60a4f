//! Acceptance on the shared sample (`../shared/samples/victor-serge.scraped.txt` beside the
//! repository, or `KRONIEK_SAMPLE`): every dated event of the body and notes. The sample's
//! sentences are not copied here; only the dates are listed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use kroniek_extract::Extractor;
use kroniek_import::{ImportOptions, PageFormat, import_page};
use kroniek_model::Authorities;

fn sample() -> Option<Vec<u8>> {
    let path = std::env::var_os("KRONIEK_SAMPLE").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples/victor-serge.scraped.txt")
    });
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            println!("skipped: the shared sample is not at {} ({e})", path.display());
            None
        }
    }
}

#[test]
fn the_sample_lists_every_dated_event_with_at_most_one_wrong() {
    let Some(bytes) = sample() else { return };
    let imported =
        import_page(&bytes, PageFormat::Text, &ImportOptions::default()).expect("the sample imports");
    let knowledge = Extractor::new(&Authorities::default()).extract(&imported.article, &[]);
    let found: BTreeSet<String> = knowledge.events.iter().map(|e| e.date.to_string()).collect();

    // The twelve dates the text states outright.
    let stated = [
        "1890-12-30",
        "1909",
        "1912",
        "1917-22",
        "1923-23",
        "1927",
        "1928",
        "1933",
        "1935",
        "1936-04",
        "1941",
        "1947",
    ];
    // Dates the text gives by implication, which are right too: the life span in the title,
    // "at 15" from the birth, "that same year" after autumn 1923, "since 1917".
    let implied = ["1890/1947", "1905/1906", "1923", "1917/.."];
    let missing: Vec<&str> = stated.iter().copied().filter(|d| !found.contains(*d)).collect();
    let unexpected: Vec<&String> =
        found.iter().filter(|d| !stated.contains(&d.as_str()) && !implied.contains(&d.as_str())).collect();
    for e in &knowledge.events {
        println!("{:14} {:30} {:?}", e.date.to_string(), e.expression, e.footnote);
    }
    assert!(
        missing.len() + unexpected.len() <= 1,
        "missing {missing:?}, unexpected {unexpected:?}, found {found:?}"
    );
    assert!(found.contains("1890-12-30") && found.contains("1917-22") && found.contains("1923-23"));

    // The brother's age is not the subject's, and works are not events.
    assert!(!found.iter().any(|d| d.starts_with("1899") || d.starts_with("1951")), "{found:?}");
    // Every event sits in a sentence that contains its expression, at its position.
    for e in &knowledge.events {
        assert!(e.sentence.contains(&e.expression), "{e:?}");
        assert!(e.position.end > e.position.start);
    }
    // In footnotes, the events say so.
    assert!(knowledge.events.iter().any(|e| e.footnote.is_some()));
}
