use std::num::NonZeroUsize;
use std::path::PathBuf;

use kroniek_model::{Article, Edtf, Footnote, Id, Language, Origin, Section, Series, SiteConfig};
use proptest::prelude::*;

use super::*;
use crate::parse_article;

fn config() -> SiteConfig {
    let series =
        |id: &str, title: &str| Series { id: Id::new(id).unwrap(), title: title.into(), description: None };
    SiteConfig {
        title: "Rode Vaan".into(),
        base_url: url::Url::parse("https://example.org/").unwrap(),
        language: Language::new("nl").unwrap(),
        publication: "Rode Vaan".into(),
        description: None,
        per_page: NonZeroUsize::new(20).unwrap(),
        series: vec![series("archieven", "Uit de archieven"), series("verhalen", "Verhalen")],
    }
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph { text: text.to_owned() }
}

fn work(title: &str, date: &str, group: Option<&str>) -> Work {
    Work { title: title.into(), date: Edtf::parse(date).ok(), group: group.map(str::to_owned) }
}

fn sample() -> Entry {
    let mut article = Article::new("Een leven, 1890-1947", Language::new("nl").unwrap());
    article.series = Some("Uit de archieven".into());
    article.publication = Some("Rode Vaan".into());
    article.subtitle = Some("Met \"aanhalingstekens\"".into());
    article.authors = vec!["A. Schrijver".into(), "B. Tweede".into()];
    article.published = Edtf::parse("2021-03").ok();
    article.sections = vec![
        Section { heading: None, blocks: vec![paragraph("De *aanloop*.[^1]")] },
        Section {
            heading: Some("Eerste deel".into()),
            blocks: vec![
                paragraph("Regel een\\\nregel twee."),
                Block::List { items: vec!["een".into(), "twee".into()], ordered: false },
                Block::List { items: vec!["los".into()], ordered: false },
                Block::Quote { text: "Citaat.[^noot]\n\nTweede alinea.".into() },
                Block::Heading { text: "Onderkop".into() },
                Block::List { items: vec!["eerste".into(), "tweede\\\nregel".into()], ordered: true },
            ],
        },
        Section { heading: Some("Werken".into()), blocks: vec![paragraph("Een lijst volgt:")] },
    ];
    article.footnotes = vec![
        Footnote { label: "1".into(), text: "Eerste noot.".into(), refs: 1 },
        Footnote { label: "noot".into(), text: "Lange noot\\\nover twee regels.".into(), refs: 1 },
    ];
    article.works = vec![
        work("Veroverde stad", "1932", Some("In het Nederlands")),
        work("Het jaar één", "1926/1929", Some("In het Nederlands")),
        work("Zonder groep", "1932?", None),
        work("Met * ster", "1936-04-12", Some("Anders")),
    ];
    Entry {
        path: PathBuf::from("content/archieven/een-leven.md"),
        series: Id::new("archieven").unwrap(),
        slug: "een-leven".into(),
        summary: Some("Kort.".into()),
        subjects: vec![Id::new("jan-jansen").unwrap()],
        article,
        origin: None,
        knowledge: Default::default(),
    }
}

fn round_trip(entry: &Entry) -> Entry {
    let text = write_article(entry);
    let parsed = parse_article(&entry.path, &text, Some(&config()));
    parsed.value.unwrap_or_else(|| panic!("does not parse back: {:?}\n{text}", parsed.diagnostics))
}

#[test]
fn the_canonical_form() {
    let expected = r#"+++
title = "Een leven, 1890-1947"
subtitle = 'Met "aanhalingstekens"'
authors = ["A. Schrijver", "B. Tweede"]
published = "2021-03"
language = "nl"
summary = "Kort."
subjects = ["jan-jansen"]
+++

De *aanloop*.[^1]

## Eerste deel

Regel een\
regel twee.

- een
- twee

* los

> Citaat.[^noot]
>
> Tweede alinea.

### Onderkop

1. eerste
2. tweede\
   regel

## Werken

Een lijst volgt:

In het Nederlands:

- *Veroverde stad* (1932)
- *Het jaar één* (1926-1929)

* *Zonder groep* (1932?)

Anders:

- _Met * ster_ (1936-04-12)

[^1]: Eerste noot.

[^noot]: Lange noot\
    over twee regels.
"#;
    assert_eq!(write_article(&sample()), expected);
}

#[test]
fn the_sample_round_trips() {
    let entry = sample();
    assert_eq!(round_trip(&entry), entry);
}

#[test]
fn an_imported_article_ends_its_front_matter_with_its_origin() {
    let mut entry = sample();
    entry.origin = Some(Origin { file: "spiegel/één pagina.txt".into(), hash: "xxh3:0123abcd".into() });
    let text = write_article(&entry);
    let expected = "subjects = [\"jan-jansen\"]\n\n[origin]\nfile = \"spiegel/één pagina.txt\"\nhash = \"xxh3:0123abcd\"\n+++\n";
    assert!(text.contains(expected), "{text}");
    assert_eq!(round_trip(&entry), entry);
}

#[test]
fn series_and_slug_are_written_only_when_the_path_does_not_say_them() {
    let mut entry = sample();
    entry.series = Id::new("verhalen").unwrap();
    entry.slug = "Ander_Slug".into();
    entry.article.series = Some("Verhalen".into());
    let text = write_article(&entry);
    assert!(text.contains("series = \"verhalen\"\nslug = \"Ander_Slug\"\n"), "{text}");
    assert_eq!(round_trip(&entry), entry);
}

#[test]
fn works_without_sections_and_without_anything() {
    let mut entry = sample();
    entry.article.sections.clear();
    entry.article.footnotes.clear();
    assert_eq!(round_trip(&entry), entry);
    entry.article.works.clear();
    let text = write_article(&entry);
    assert!(text.ends_with("+++\n"), "{text}");
    assert_eq!(round_trip(&entry), entry);
}

#[test]
fn a_label_like_paragraph_does_not_capture_ungrouped_works() {
    let mut entry = sample();
    entry.article.sections = vec![Section { heading: None, blocks: vec![paragraph("Eindigt op:")] }];
    entry.article.footnotes.clear();
    entry.article.works = vec![work("Los", "1920", None)];
    assert_eq!(round_trip(&entry), entry);
}

// --- properties -------------------------------------------------------------------------------

fn word() -> impl Strategy<Value = String> {
    ("[a-zA-Zéëçö]{1,8}", prop::sample::select(vec!["", "", "", ",", ".", ":", "!"]), 0..6u8).prop_map(
        |(w, punctuation, style)| match style {
            0 => format!("*{w}*{punctuation}"),
            1 => format!("**{w}**{punctuation}"),
            _ => format!("{w}{punctuation}"),
        },
    )
}

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..max).prop_map(|w| w.join(" "))
}

fn plain_words() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zA-Zéë]{1,8}", 1..4).prop_map(|w| w.join(" "))
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        3 => words(12).prop_map(|text| Block::Paragraph { text }),
        1 => (words(5), words(5)).prop_map(|(a, b)| Block::Paragraph { text: format!("{a}\\\n{b}") }),
        1 => words(5).prop_map(|text| Block::Heading { text }),
        1 => (prop::collection::vec(words(6), 1..4), any::<bool>())
            .prop_map(|(items, ordered)| Block::List { items, ordered }),
        1 => prop::collection::vec(words(8), 1..3).prop_map(|p| Block::Quote { text: p.join("\n\n") }),
    ]
}

fn date() -> impl Strategy<Value = Edtf> {
    prop_oneof![
        (1800..2000i32).prop_map(|y| Edtf::parse(&y.to_string()).unwrap()),
        (1800..1990i32, 1..10i32).prop_map(|(y, n)| Edtf::parse(&format!("{y}/{}", y + n)).unwrap()),
        (1800..2000i32).prop_map(|y| Edtf::parse(&format!("{y}?")).unwrap()),
    ]
}

fn text_value() -> impl Strategy<Value = String> {
    "[^\\x00-\\x1f\\x7f]{1,30}"
        .prop_filter_map("blank", |t| Some(t.trim().to_owned()).filter(|t| !t.is_empty()))
}

prop_compose! {
    fn entry()(
        title in text_value(),
        subtitle in prop::option::of(text_value()),
        authors in prop::collection::vec(text_value(), 0..3),
        published in prop::option::of(prop::sample::select(vec!["1921", "1936-04", "1917-22", "1926/1929", "2021-03-15", "1906~"])),
        language in prop::sample::select(vec!["nl", "fr", "en"]),
        summary in prop::option::of(text_value()),
        subjects in prop::collection::btree_set("[a-z]{1,6}", 0..3),
        lead in prop::collection::vec(block(), 0..3),
        sections in prop::collection::vec((words(4), prop::collection::vec(block(), 0..4)), 0..3),
        notes in prop::collection::vec(words(8), 0..3),
        works in prop::collection::vec((plain_words(), date(), prop::option::of(plain_words())), 0..4),
        series in prop::sample::select(vec!["archieven", "verhalen"]),
        slug in "[a-z][a-z0-9-]{0,8}",
        folder in prop::sample::select(vec!["archieven", "verhalen"]),
        stem in "[a-z][a-z0-9-]{0,8}",
        placement in prop::collection::vec(0..100usize, 3),
    ) -> Entry {
        let mut article = Article::new(title, Language::new(language).unwrap());
        article.subtitle = subtitle;
        article.authors = authors;
        article.published = published.and_then(|p| Edtf::parse(p).ok());
        article.series = Some(if series == "archieven" { "Uit de archieven" } else { "Verhalen" }.to_owned());
        article.publication = Some("Rode Vaan".into());
        if !lead.is_empty() {
            article.sections.push(Section { heading: None, blocks: lead });
        }
        for (heading, blocks) in sections {
            article.sections.push(Section { heading: Some(heading), blocks });
        }
        // Put each note's reference somewhere in the body, so every note is used.
        for (index, text) in notes.into_iter().enumerate() {
            let label = (index + 1).to_string();
            let reference = format!("[^{label}]");
            let paragraphs: Vec<&mut String> = article
                .sections
                .iter_mut()
                .flat_map(|s| s.blocks.iter_mut())
                .filter_map(|b| match b { Block::Paragraph { text } => Some(text), _ => None })
                .collect();
            let count = paragraphs.len();
            match paragraphs.into_iter().nth(placement[index % 3] % count.max(1)) {
                Some(paragraph) => paragraph.push_str(&reference),
                None => article.sections.push(Section { heading: None, blocks: vec![Block::Paragraph { text: reference }] }),
            }
            article.footnotes.push(Footnote { label, text, refs: 1 });
        }
        // A lead must come first; notes may have added one at the end.
        article.sections.sort_by_key(|s| s.heading.is_some());
        let mut leads = article.sections.iter().filter(|s| s.heading.is_none());
        if let (Some(_), Some(_)) = (leads.next(), leads.next()) {
            let extra: Vec<Block> = article.sections.remove(1).blocks;
            article.sections[0].blocks.extend(extra);
        }
        article.works = works.into_iter().map(|(title, date, group)| Work { title, date: Some(date), group }).collect();
        // Derived from other draws: the strategy tuple is already at proptest's limit.
        let origin = (folder == "verhalen")
            .then(|| Origin { file: format!("spiegel/{stem} “pagina”.html"), hash: format!("xxh3:{slug}") });
        Entry {
            path: PathBuf::from(format!("content/{folder}/{stem}.md")),
            series: Id::new(series).unwrap(),
            slug,
            summary,
            subjects: subjects.iter().map(|s| Id::new(s).unwrap()).collect(),
            article,
            origin,
            knowledge: Default::default(),
        }
    }
}

/// Markdown made of lines that exercise every construct the reader knows, in any order.
fn markdown_body() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(String::new()),
        Just(String::new()),
        words(8),
        words(4).prop_map(|w| format!("## {w}")),
        words(4).prop_map(|w| format!("# {w}")),
        words(4).prop_map(|w| format!("### {w}")),
        words(4).prop_map(|w| format!("- {w}")),
        words(4).prop_map(|w| format!("  - {w}")),
        words(4).prop_map(|w| format!("1. {w}")),
        words(4).prop_map(|w| format!("> {w}")),
        words(4).prop_map(|w| format!("> - {w}")),
        Just(">".to_owned()),
        words(4).prop_map(|w| format!("{w}[^1]")),
        words(4).prop_map(|w| format!("[^1]: {w}")),
        words(4).prop_map(|w| format!("{w}  ")),
        plain_words().prop_map(|w| format!("- *{w}* (1932)")),
        plain_words().prop_map(|w| format!("* {w} (1926-29)")),
        plain_words().prop_map(|w| format!("{w}:")),
        Just("---".to_owned()),
        Just("```".to_owned()),
        Just("    inspringing".to_owned()),
        Just("<div>".to_owned()),
        Just("| a | b |".to_owned()),
        Just("|---|---|".to_owned()),
        Just("[r]: https://example.org/".to_owned()),
        Just("-".to_owned()),
    ];
    prop::collection::vec(line, 0..24).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn written_entries_read_back_unchanged(entry in entry()) {
        let text = write_article(&entry);
        let parsed = parse_article(&entry.path, &text, Some(&config()));
        prop_assert_eq!(parsed.value.as_ref(), Some(&entry), "\n{}\n{:?}", text, parsed.diagnostics);
        prop_assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
    }

    #[test]
    fn what_was_read_is_already_canonical(body in markdown_body()) {
        let path = PathBuf::from("content/archieven/x.md");
        let text = format!("+++\ntitle = \"x\"\n+++\n{body}\n");
        let first = parse_article(&path, &text, Some(&config())).value.unwrap();
        let written = write_article(&first);
        let second = parse_article(&path, &written, Some(&config())).value;
        prop_assert_eq!(second.as_ref(), Some(&first), "\n--- source\n{}\n--- written\n{}", text, written);
    }

    #[test]
    fn any_text_reads_without_panic(text in "(\\PC|\n){0,300}") {
        let _ = parse_article(std::path::Path::new("content/archieven/x.md"), &text, Some(&config()));
        let fenced = format!("+++\ntitle = \"x\"\n+++\n{text}");
        let parsed = parse_article(std::path::Path::new("content/archieven/x.md"), &fenced, Some(&config()));
        prop_assert!(parsed.value.is_some());
    }
}
