use kroniek_model::Language;

use super::*;
use crate::dates::grammar::recognise;
use crate::dates::lexicon::Lexicon;

fn resolved(text: &str, birth: Option<&str>) -> Vec<String> {
    let found = recognise(text, Lexicon::for_language(&Language::dutch()));
    let birth = birth.map(|b| Edtf::parse(b).unwrap().start().unwrap()).or_else(|| birth_statement(&found));
    let mut resolver = Resolver::new(birth);
    found.iter().map(|f| resolver.resolve(f).map_or_else(|| "-".to_owned(), |d| d.to_string())).collect()
}

#[test]
fn a_relative_year_counts_from_the_nearest_date_before_it() {
    assert_eq!(
        resolved("In 1917 kwam hij. In 1923 vertrok hij. Twee jaar later stierf hij.", None),
        ["1917", "1923", "1925"]
    );
    assert_eq!(
        resolved("In 1923 kwam hij. Het jaar daarop vertrok hij. Een jaar later stierf hij.", None),
        ["1923", "1924", "1925"]
    );
}

#[test]
fn a_date_that_could_not_be_resolved_does_not_move_the_anchor() {
    assert_eq!(
        resolved("In 1923 kwam hij. In de jaren dertig vertrok hij. Het jaar daarop.", None),
        ["1923", "193X", "-"]
    );
}

#[test]
fn footnotes_forget_the_anchor() {
    let found =
        recognise("In 1923 kwam hij. Datzelfde jaar vertrok hij.", Lexicon::for_language(&Language::dutch()));
    let mut resolver = Resolver::new(None);
    assert!(resolver.resolve(&found[0]).is_some());
    resolver.forget_anchor();
    assert_eq!(resolver.resolve(&found[1]), None);
}

#[test]
fn the_birth_from_the_records_wins_over_the_texts() {
    let text = "Hij werd geboren op 30 december 1890. Op 15-jarige leeftijd werd hij actief.";
    assert_eq!(resolved(text, None), ["1890-12-30", "1905/1906"]);
    assert_eq!(resolved(text, Some("1891-01-01")), ["1890-12-30", "1906"]);
}

#[test]
fn a_birth_statement_about_a_relative_is_not_the_subjects() {
    let found = recognise(
        "Zijn broer werd geboren op 3 maart 1893. Hijzelf werd geboren in 1890.",
        Lexicon::for_language(&Language::dutch()),
    );
    assert_eq!(birth_statement(&found).map(|d| d.to_string()).as_deref(), Some("1890"));
}

#[test]
fn a_life_span_gives_the_birth_year() {
    let found = recognise("Victor Serge, 1890-1947. Een leven.", Lexicon::for_language(&Language::dutch()));
    assert_eq!(life_span(&found).map(|d| d.to_string()).as_deref(), Some("1890"));
    let found = recognise("De oorlog van 1914-1918.", Lexicon::for_language(&Language::dutch()));
    assert_eq!(life_span(&found), None, "four years is not a life");
}
