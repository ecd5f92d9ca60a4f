//! The shape every article must have, checked over many articles of several archives.

use super::{FOOTNOTES, count_words, write_article};
use crate::plan::ArchivePlan;

/// True for `(1932)`, `(1926-29)` and `(1926-1929)` at the end of a works-list item.
fn ends_in_year_or_range(item: &str) -> bool {
    let Some(open) = item.rfind('(') else {
        return false;
    };
    let inner = &item[open + 1..];
    let Some(inner) = inner.strip_suffix(')') else {
        return false;
    };
    let (start, end) = inner.split_once('-').unwrap_or((inner, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    start.len() == 4
        && digits(start)
        && (end.is_empty() || ((end.len() == 2 || end.len() == 4) && digits(end)))
}

fn check_shape(body: &str, context: &str) {
    // Words: about 1,500 (±20%).
    let words = count_words(body);
    assert!((1200..=1800).contains(&words), "{context}: {words} words");

    // Five to seven `##` sections, and a lead before the first.
    let headings: Vec<&str> = body.lines().filter(|l| l.starts_with("## ")).collect();
    assert!((5..=7).contains(&headings.len()), "{context}: {} headings", headings.len());
    assert!(!body.starts_with("## "), "{context}: no lead");
    assert!(!body.contains("\n### "), "{context}: sub-headings");

    // Exactly five footnotes, each defined once and referenced once.
    let definitions: Vec<&str> = body.lines().filter(|l| l.starts_with("[^")).collect();
    assert_eq!(definitions.len(), FOOTNOTES, "{context}: definitions");
    for n in 1..=FOOTNOTES {
        let label = format!("[^{n}]");
        let definition = format!("[^{n}]: ");
        assert!(definitions.iter().any(|d| d.starts_with(&definition)), "{context}: {label} undefined");
        let references = body.matches(&label).count() - 1;
        assert_eq!(references, 1, "{context}: {label} referenced {references} times");
    }
    assert!(!body.contains("[^6]"), "{context}: a sixth footnote");

    // A bibliography: the last heading's section holds list items that all end in a year.
    let last_heading = body.rfind("\n## ").expect("a last heading");
    let items: Vec<&str> = body[last_heading..].lines().filter(|l| l.starts_with("- ")).collect();
    assert!(items.len() >= 4, "{context}: {} works", items.len());
    for item in &items {
        assert!(item.starts_with("- *"), "{context}: {item}");
        assert!(ends_in_year_or_range(item), "{context}: {item}");
    }
    // No list anywhere else, so every list is the bibliography.
    assert!(!body[..last_heading].lines().any(|l| l.starts_with("- ")), "{context}");

    // Every slot filled.
    assert!(!body.contains('{') && !body.contains('}'), "{context}: unfilled slot");
}

#[test]
fn every_article_has_the_required_shape() {
    for seed in [1, 2, 3] {
        let plan = ArchivePlan::new(seed, 300);
        for index in 0..plan.articles.len() {
            let article = write_article(&plan, index);
            check_shape(&article.body, &format!("seed {seed}, article {index}"));
        }
    }
}

#[test]
fn word_counts_centre_on_fifteen_hundred() {
    let plan = ArchivePlan::new(11, 400);
    let counts: Vec<usize> = (0..400).map(|i| count_words(&write_article(&plan, i).body)).collect();
    let mean = counts.iter().sum::<usize>() / counts.len();
    assert!((1400..=1600).contains(&mean), "mean {mean}");
}

#[test]
fn same_seed_same_article() {
    let a = ArchivePlan::new(42, 50);
    let b = ArchivePlan::new(42, 50);
    for i in 0..50 {
        assert_eq!(write_article(&a, i).body, write_article(&b, i).body);
    }
    let c = ArchivePlan::new(43, 50);
    assert_ne!(write_article(&a, 0).body, write_article(&c, 0).body);
}

#[test]
fn count_words_ignores_markup() {
    assert_eq!(count_words("## Jeugd in Gent\n\n- *Veroverde stad* (1932)"), 6);
    assert_eq!(count_words("Ferrer.[^2] En dan"), 3);
}

#[test]
fn languages_mix_with_dates_in_varied_forms() {
    let plan = ArchivePlan::new(7, 200);
    let all: String = (0..200).map(|i| write_article(&plan, i).body).collect();
    let any_month = |prefix: &str, language: crate::language::Language| {
        (1..=12).any(|m| all.contains(&format!("{prefix}{}", language.month(m))))
    };
    use crate::language::Language::{En, Fr, Nl};
    assert!(all.contains("in de herfst van") || all.contains("in de lente van"));
    assert!(all.contains("In 1") && all.contains("En 1") && all.contains("jarige leeftijd"));
    assert!(all.contains("Datzelfde jaar") || all.contains("La même année"));
    assert!(any_month("in ", Nl) && any_month("en ", Fr) && any_month("in ", En));
    let paren_range = all.split('(').skip(1).any(|rest| {
        let inner: String = rest.chars().take_while(|&c| c != ')').collect();
        inner.len() == 7 && inner.as_bytes()[4] == b'-'
    });
    assert!(paren_range, "no (1926-29) style range");
}
