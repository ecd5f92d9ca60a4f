use super::*;

#[test]
fn headings_are_short_open_lines() {
    assert!(is_heading("Anarchist in Brussel"));
    assert!(is_heading("Luik, Charleroi en de Borinage"));
    assert!(is_heading("Wat bleef er over?"));
    assert!(!is_heading("In het Nederlands:"));
    assert!(!is_heading("Hij vertrok naar Parijs."));
    assert!(!is_heading("kleine letter aan het begin"));
    assert!(!is_heading("1932"));
}

#[test]
fn bullets_numbers_and_quotes_are_classified() {
    assert_eq!(
        classify("• Veroverde stad (1932)"),
        Line::Item { ordered: false, number: None, bullet: Some('•'), text: "Veroverde stad (1932)" }
    );
    assert_eq!(
        classify("2. Een noot."),
        Line::Item { ordered: true, number: Some(2), bullet: None, text: "Een noot." }
    );
    assert_eq!(classify("1932. Het jaar"), Line::Text("1932. Het jaar"));
    assert_eq!(classify("-5 graden"), Line::Text("-5 graden"));
    assert_eq!(classify("> Een citaat"), Line::Quote("Een citaat"));
}

#[test]
fn a_heading_glued_to_its_paragraph_is_split_off() {
    let draft = read(
        "Titel. Ondertitel\n\nDe staking\nDe mijnwerkers van het hele bekken legden op maandag het werk neer.\n",
        &[],
    );
    let kinds: Vec<&str> = draft
        .blocks
        .iter()
        .map(|b| match b.kind {
            BlockKind::Heading { .. } => "heading",
            BlockKind::Paragraph(_) => "paragraph",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["heading", "paragraph"]);
}

#[test]
fn wrapped_lines_join_into_one_paragraph() {
    let draft = read("Titel\n\nDe mijnwerkers legden\nhet werk neer.\n", &[]);
    assert_eq!(
        draft.blocks.first().map(|b| b.inline().text()).as_deref(),
        Some("De mijnwerkers legden het werk neer.")
    );
}

#[test]
fn bullets_lost_in_the_copy_still_make_a_bibliography() {
    let draft = read("Titel\n\nWerken:\nDe eerste (1920)\nDe tweede (1925-27)\n", &[]);
    assert!(matches!(draft.blocks.get(1).map(|b| &b.kind), Some(BlockKind::Item { .. })));
}

/// Regression: a short paragraph ending in a note reference after its full stop was taken for
/// a section heading, because the reference hid the stop.
#[test]
fn a_note_reference_after_the_stop_does_not_make_a_heading() {
    assert!(!is_heading("Over de staking verschenen enkele studies.[3]"));
    assert!(!is_heading("Hij vertrok naar Parijs.(2)"));
    assert!(!is_heading("Il partit pour Paris.²"));
    assert!(is_heading("De POUM en de Spaanse revolutie"));
    assert!(is_heading("Barcelona, 1917"), "a year is not a note reference");
}
