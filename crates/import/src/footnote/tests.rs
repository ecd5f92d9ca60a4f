use super::*;

fn para(line: usize, text: &str) -> DraftBlock {
    DraftBlock::new(Some(line), BlockKind::Paragraph(Inline::plain(text)))
}

fn item(line: usize, n: u32, text: &str) -> DraftBlock {
    DraftBlock::new(
        Some(line),
        BlockKind::Item { list: 9, ordered: true, number: Some(n), text: Inline::plain(text) },
    )
}

fn markdown(block: &DraftBlock) -> String {
    block.inline().to_markdown(&|_| true)
}

#[test]
fn tokens_cover_every_reference_shape() {
    let labels: Vec<(String, bool)> = tokens("a” (1) b.(2) c[3] d¹² e (1932) (x) [0] (12)")
        .into_iter()
        .map(|t| (t.label, t.strong))
        .collect();
    let expected = [("1", false), ("2", true), ("3", true), ("12", true), ("12", false)];
    assert_eq!(labels, expected.map(|(l, s)| (l.to_owned(), s)));
}

#[test]
fn a_numbered_run_cited_in_the_text_is_the_notes_list() {
    let mut blocks = vec![
        para(1, "Hij kwam aan “Brussel” (1) en vertrok.(2)"),
        para(3, "Meer tekst."),
        item(5, 1, "Eerste noot."),
        item(6, 2, "Tweede noot."),
        para(8, "Na de noten."),
    ];
    let notes = take_notes(&mut blocks);
    assert_eq!(notes.iter().map(|n| n.label.as_str()).collect::<Vec<_>>(), ["1", "2"]);
    assert_eq!(blocks.len(), 3);
    let mut warnings = Vec::new();
    let counts = link(&mut blocks, &notes, &mut warnings);
    assert_eq!(counts, [1, 1]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(blocks.first().map(markdown).as_deref(), Some("Hij kwam aan “Brussel”[^1] en vertrok.[^2]"));
}

#[test]
fn an_uncited_numbered_list_stays_a_list() {
    let mut blocks = vec![para(1, "De eisen waren:"), item(2, 1, "brood"), item(3, 2, "werk")];
    assert!(take_notes(&mut blocks).is_empty());
    assert_eq!(blocks.len(), 3);
}

#[test]
fn a_notes_heading_announces_bracketed_notes_and_is_removed() {
    let mut blocks = vec![
        DraftBlock::new(None, BlockKind::Heading { level: 2, text: Inline::plain("Notes") }),
        para(2, "[1] Selon ses souvenirs."),
    ];
    let notes = take_notes(&mut blocks);
    assert!(blocks.is_empty());
    assert_eq!(notes.first().map(|n| n.text.text()).as_deref(), Some("Selon ses souvenirs."));
}

#[test]
fn a_reference_without_a_note_is_a_warning() {
    let mut blocks = vec![para(4, "Eerst (1) en dan (2).")];
    let notes = vec![DraftNote { label: "1".into(), text: Inline::plain("Noot."), line: Some(9) }];
    let mut warnings = Vec::new();
    link(&mut blocks, &notes, &mut warnings);
    assert_eq!(warnings, [ImportWarning::new(Some(4), "footnote reference (2) has no note 2; left as text")]);
    assert_eq!(blocks.first().map(markdown).as_deref(), Some("Eerst[^1] en dan (2)."));
}

#[test]
fn a_note_never_referenced_is_a_warning() {
    let mut blocks = vec![para(1, "Tekst.(1)")];
    let notes = vec![
        DraftNote { label: "1".into(), text: Inline::plain("Een."), line: Some(3) },
        DraftNote { label: "4".into(), text: Inline::plain("Vier."), line: Some(4) },
    ];
    let mut warnings = Vec::new();
    assert_eq!(link(&mut blocks, &notes, &mut warnings), [1, 0]);
    assert_eq!(
        warnings,
        [ImportWarning::new(Some(4), "note 4 is never referenced in the text; kept as a footnote")]
    );
}

#[test]
fn enumerations_at_a_block_start_are_not_references() {
    let mut blocks = vec![para(1, "(1) arbeiders en boeren")];
    let notes = vec![DraftNote { label: "1".into(), text: Inline::plain("Noot."), line: None }];
    let mut warnings = Vec::new();
    assert_eq!(link(&mut blocks, &notes, &mut warnings), [0]);
}

#[test]
fn markers_need_a_space_after_them() {
    assert_eq!(marker(" 1. Tijdens het congres"), Some((1, 3)));
    assert_eq!(marker("[2] Selon"), Some((2, 3)));
    assert_eq!(marker("¹ Zie"), Some((1, 2)));
    assert_eq!(marker("1.5 miljoen"), None);
    assert_eq!(marker("1932. Het jaar"), None);
}
