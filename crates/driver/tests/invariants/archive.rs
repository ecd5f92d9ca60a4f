//! Archives made up by the tests: generated Markdown bodies and front matter, with the hostile
//! payloads of `crates/cli/tests/fixtures/hostile/payloads.txt` mixed in.

use std::path::Path;

use kroniek_driver::ArchiveSources;
use proptest::prelude::*;

/// The payload corpus the browser tests use too (one place, so both test the same set).
const PAYLOADS: &str = include_str!("../../../cli/tests/fixtures/hostile/payloads.txt");

/// Every payload in the corpus.
pub(crate) fn payloads() -> Vec<&'static str> {
    PAYLOADS.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect()
}

pub(crate) const CONFIG: &str = "title = \"Proef <b>archief</b>\"\nbase_url = \"https://proef.example/\"\n\
language = \"nl\"\nper_page = 2\n\n[[series]]\nid = \"levens\"\ntitle = \"Levens\"\n\n\
[[series]]\nid = \"boeken\"\ntitle = \"Boeken \\\"><script>window.PWNED=1</script>\"\n";

const WORDS: &[&str] = &[
    "staking", "Gent", "vakbond", "Anna", "Dekker", "congres", "1921", "brood", "loon", "Luik", "Émile",
    "krant",
];

/// A string as a TOML basic string, quotes included.
pub(crate) fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn payload() -> impl Strategy<Value = String> {
    prop::sample::select(payloads()).prop_map(str::to_owned)
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..8).prop_map(|w| w.join(" "))
}

/// Inline text: words, emphasis, code, links, footnote references and payloads.
fn inline() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => words(),
            1 => words().prop_map(|w| format!("*{w}*")),
            1 => words().prop_map(|w| format!("**{w}**")),
            1 => payload().prop_map(|p| format!("`{p}`")),
            1 => words().prop_map(|w| format!("[{w}](https://example.org/{})", w.len())),
            1 => (1u8..=3).prop_map(|n| format!("[^{n}]")),
            2 => payload(),
        ],
        1..6,
    )
    .prop_map(|parts| parts.join(" "))
}

/// One Markdown block.
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => inline(),
        1 => words().prop_map(|w| format!("## {w}")),
        1 => prop::collection::vec(inline(), 1..4).prop_map(|items| items.iter().map(|i| format!("- {i}\n")).collect()),
        1 => prop::collection::vec(inline(), 1..4).prop_map(|items| items.iter().map(|i| format!("1. {i}\n")).collect()),
        1 => inline().prop_map(|i| format!("> {i}")),
        1 => payload().prop_map(|p| format!("```\n{p}\n```")),
        1 => (inline(), inline()).prop_map(|(a, b)| format!("| a | b |\n|---|---|\n| {a} | {b} |")),
        1 => payload().prop_map(|p| format!("![{p}](beeld.png \"{p}\")")),
        1 => Just("---".to_owned()),
        2 => payload(),
    ]
}

/// A Markdown body, with the three footnotes any reference may name (a missing or doubled
/// definition is an error the archive must fix, not a page to render).
pub(crate) fn body() -> impl Strategy<Value = String> {
    let note = (words(), payload()).prop_map(|(w, p)| format!("{w} {p}"));
    (prop::collection::vec(block(), 1..12), prop::collection::vec(note, 3..=3)).prop_map(|(blocks, notes)| {
        let mut text = blocks.join("\n\n");
        for (n, note) in notes.iter().enumerate() {
            text.push_str(&format!("\n\n[^{}]: {note}", n + 1));
        }
        text
    })
}

/// A front-matter text field: words or a payload.
pub(crate) fn field() -> impl Strategy<Value = String> {
    prop_oneof![words(), payload(), (words(), payload()).prop_map(|(w, p)| format!("{w} {p}"))]
}

/// One generated article.
#[derive(Debug, Clone)]
pub(crate) struct Article {
    pub(crate) title: String,
    pub(crate) subtitle: String,
    pub(crate) summary: String,
    pub(crate) author: String,
    pub(crate) body: String,
}

pub(crate) fn article() -> impl Strategy<Value = Article> {
    (field(), field(), field(), field(), body()).prop_map(|(title, subtitle, summary, author, body)| {
        Article { title, subtitle, summary, author, body }
    })
}

impl Article {
    /// The source file's text.
    pub(crate) fn source(&self, published: &str) -> String {
        format!(
            "+++\ntitle = {}\nsubtitle = {}\nsummary = {}\nauthors = [{}]\npublished = \"{published}\"\n\
             subjects = [\"anna-dekker\"]\n+++\n\n{}\n",
            toml_string(&self.title),
            toml_string(&self.subtitle),
            toml_string(&self.summary),
            toml_string(&self.author),
            self.body
        )
    }
}

/// Authority records with a payload in every text field.
pub(crate) fn people(payload: &str) -> String {
    format!(
        "[anna-dekker]\nname = \"Anna Dekker\"\naliases = [\"Dekker\", {p}]\ndescription = {p}\nborn = \"1890\"\n\n\
         [gent-bond]\nname = {n}\n",
        p = toml_string(payload),
        n = toml_string(&format!("Gentse Bond {payload}"))
    )
}

/// An archive in memory with these articles (spread over both series) and records.
pub(crate) fn sources(articles: &[Article], people_toml: &str) -> ArchiveSources {
    let mut sources = ArchiveSources::default();
    sources.files.insert("kroniek.toml", CONFIG);
    sources.files.insert("authorities/people.toml", people_toml);
    for (n, article) in articles.iter().enumerate() {
        let series = if n % 2 == 0 { "levens" } else { "boeken" };
        let published = format!("19{:02}-0{}", 10 + n, 1 + n % 9);
        let path = Path::new("content").join(series).join(format!("stuk-{n}.md"));
        sources.files.insert(path, article.source(&published));
    }
    sources
}
