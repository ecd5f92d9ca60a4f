use super::*;

fn read(markdown: &str) -> (Body, Vec<Diagnostic>) {
    let parsed = parse_markdown(Path::new("content/a/x.md"), markdown, 0);
    (parsed.value.unwrap_or_default(), parsed.diagnostics)
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph { text: text.to_owned() }
}

/// (line, column, message) of each diagnostic, in the order found.
fn places(diagnostics: &[Diagnostic]) -> Vec<(usize, usize, &str)> {
    diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
            (line, column, d.message.as_str())
        })
        .collect()
}

#[test]
fn lead_sections_and_subheadings() {
    let (body, diagnostics) = read(
        "De *aanloop*.\n\nTweede alinea\nover twee regels.\n\n## Eerste deel\n\nTekst.\n\n### Onderkop\n\n## Tweede deel\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(
        body.sections,
        [
            Section {
                heading: None,
                blocks: vec![paragraph("De *aanloop*."), paragraph("Tweede alinea over twee regels.")]
            },
            Section {
                heading: Some("Eerste deel".into()),
                blocks: vec![paragraph("Tekst."), Block::Heading { text: "Onderkop".into() }]
            },
            Section { heading: Some("Tweede deel".into()), blocks: vec![] },
        ]
    );
}

#[test]
fn an_empty_lead_is_left_out() {
    let (body, _) = read("## Meteen een kop\n\nTekst.\n");
    assert_eq!(body.sections.len(), 1);
    assert_eq!(body.sections[0].heading.as_deref(), Some("Meteen een kop"));
}

#[test]
fn h1_in_the_body_is_a_warning_and_opens_a_section() {
    let (body, diagnostics) = read("Lead.\n\n# Titel\n\nTekst.\n");
    assert_eq!(
        places(&diagnostics),
        [(3, 1, "a `#` heading in the body: the title belongs in the front matter")]
    );
    assert!(!diagnostics[0].is_error());
    assert_eq!(body.sections[1].heading.as_deref(), Some("Titel"));
}

#[test]
fn inline_markdown_is_kept_as_written() {
    let (body, _) = read(
        "Een [link](https://example.org/) en **vet**, `code` en \\*geen nadruk\\*.[^1]\n\n[^1]: Bron.\n",
    );
    assert_eq!(
        body.sections[0].blocks,
        [paragraph("Een [link](https://example.org/) en **vet**, `code` en \\*geen nadruk\\*.[^1]")]
    );
}

#[test]
fn lists_and_quotes() {
    let (body, diagnostics) = read(
        "- een\n- twee\n  vervolg\n\n1. eerste\n2. tweede\n\n> Citaat\n> loopt door.\n>\n> Tweede alinea.\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(
        body.sections[0].blocks,
        [
            Block::List { items: vec!["een".into(), "twee vervolg".into()], ordered: false },
            Block::List { items: vec!["eerste".into(), "tweede".into()], ordered: true },
            Block::Quote { text: "Citaat loopt door.\n\nTweede alinea.".into() },
        ]
    );
}

#[test]
fn nested_lists_are_flattened_with_a_warning() {
    let (body, diagnostics) = read("- een\n  - een a\n  - een b\n- twee\n");
    assert_eq!(
        body.sections[0].blocks,
        [Block::List {
            items: vec!["een".into(), "een a".into(), "een b".into(), "twee".into()],
            ordered: false
        }]
    );
    assert_eq!(places(&diagnostics), [(2, 3, "a nested list is flattened into its parent list")]);
}

#[test]
fn bibliography_lists_become_works_with_their_group() {
    let text = "## Werken\n\nEen inleiding.\n\nIn het Nederlands:\n\n- *Veroverde stad* (1932)\n- *Het jaar één* (1926-29)\n\nAnders:\n\n- “Brieven” (1932?)\n\n* gewoon punt\n* ander (1930)\n";
    let (body, diagnostics) = read(text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let works: Vec<_> = body
        .works
        .iter()
        .map(|w| (w.title.as_str(), w.date.map(|d| d.to_string()), w.group.as_deref()))
        .collect();
    assert_eq!(
        works,
        [
            ("Veroverde stad", Some("1932".into()), Some("In het Nederlands")),
            ("Het jaar één", Some("1926/1929".into()), Some("In het Nederlands")),
            ("Brieven", Some("1932?".into()), Some("Anders")),
        ]
    );
    assert_eq!(
        body.sections[0].blocks,
        [
            paragraph("Een inleiding."),
            Block::List { items: vec!["gewoon punt".into(), "ander (1930)".into()], ordered: false }
        ]
    );
}

#[test]
fn a_bibliography_without_label_has_no_group() {
    let (body, _) = read("Tekst zonder dubbelpunt.\n\n- *Een* (1920)\n");
    assert_eq!(body.works[0].group, None);
    assert_eq!(body.sections[0].blocks, [paragraph("Tekst zonder dubbelpunt.")]);
    let (body, _) = read("Label:\n\n---\n\n- *Een* (1920)\n");
    assert_eq!(body.works[0].group, None, "a rule separates the label from the list");
    assert_eq!(body.sections[0].blocks, [paragraph("Label:")]);
}

#[test]
fn a_bibliography_only_lead_leaves_no_lead() {
    let (body, _) = read("- *Een* (1920)\n\n## Kop\n");
    assert_eq!(body.sections.len(), 1);
    assert_eq!(body.works.len(), 1);
}

#[test]
fn footnotes_are_counted_and_checked() {
    let text = "Een[^1] twee[^1] drie[^mist].\n\n[^1]: Eerste noot\n    loopt door.\n\n[^2]: Nooit gebruikt.\n\n[^1]: Dubbel.\n";
    let (body, diagnostics) = read(text);
    assert_eq!(
        body.footnotes,
        [
            Footnote { label: "1".into(), text: "Eerste noot loopt door.".into(), refs: 2 },
            Footnote { label: "2".into(), text: "Nooit gebruikt.".into(), refs: 0 },
        ]
    );
    let mut found = places(&diagnostics);
    found.sort();
    assert_eq!(
        found,
        [
            (1, 22, "footnote `[^mist]` has no definition"),
            (6, 1, "footnote `[^2]` is never referenced"),
            (8, 1, "footnote `[^1]` is defined twice"),
        ]
    );
    assert_eq!(diagnostics.iter().filter(|d| d.is_error()).count(), 2);
}

#[test]
fn footnote_positions_count_from_the_start_of_the_file() {
    let source = "+++\ntitle = \"x\"\n+++\n\nTekst[^x].\n";
    let parsed = parse_markdown(Path::new("a.md"), source, 20);
    assert_eq!(places(&parsed.diagnostics), [(5, 6, "footnote `[^x]` has no definition")]);
}

#[test]
fn code_html_and_tables_are_never_lost_silently() {
    let text = "```\nfn main() {}\n```\n\n<div class=\"x\">\nhallo\n</div>\n\n<!-- notitie -->\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let (body, diagnostics) = read(text);
    assert_eq!(
        body.sections[0].blocks,
        [paragraph("<div class=\"x\"> hallo </div>"), paragraph("a | b"), paragraph("1 | 2")]
    );
    assert_eq!(
        places(&diagnostics),
        [
            (1, 1, "code blocks are not supported: this one is left out"),
            (5, 1, "raw HTML is not interpreted: it is kept as text"),
            (11, 1, "tables are not supported: each row is kept as a paragraph"),
        ]
    );
}

#[test]
fn reference_definitions_are_reported() {
    let (_, diagnostics) = read("Zie [hier][r].\n\n[r]: https://example.org/\n");
    assert_eq!(places(&diagnostics), [(3, 1, "the link reference definition `[r]` is not kept")]);
}

#[test]
fn hard_breaks_and_quotes_in_lists() {
    let (body, _) = read("Regel een  \nregel twee\\\nregel drie\n\n- > geciteerd\n  > item\n");
    assert_eq!(body.sections[0].blocks[0], paragraph("Regel een\\\nregel twee\\\nregel drie"));
    assert_eq!(
        body.sections[0].blocks[1],
        Block::List { items: vec!["geciteerd item".into()], ordered: false }
    );
}

#[test]
fn no_panic_on_odd_offsets() {
    let parsed = parse_markdown(Path::new("a.md"), "é tekst", 1);
    assert!(parsed.value.is_some());
    let parsed = parse_markdown(Path::new("a.md"), "tekst", 99);
    assert_eq!(parsed.value.map(|b| b.sections.len()), Some(0));
}

#[test]
fn a_script_block_closed_in_capitals_ends_where_commonmark_ends_it() {
    // pulldown-cmark alone would run this block to the end and lose the note's definition.
    let (body, diagnostics) = read("Tekst.[^1]\n\n<SCRIPT>x()</SCRIPT>\n\nNa.\n\n[^1]: De noot.\n");
    assert_eq!(
        body.sections[0].blocks,
        [paragraph("Tekst.[^1]"), paragraph("<SCRIPT>x()</SCRIPT>"), paragraph("Na.")]
    );
    assert_eq!(body.footnotes.len(), 1);
    assert_eq!(places(&diagnostics), [(3, 1, "raw HTML is not interpreted: it is kept as text")]);
}
