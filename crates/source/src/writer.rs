//! [`Entry`] → its canonical `.md` source, the inverse of [`crate::parse_article`]: the import
//! stage writes files with it.

use std::path::Path;

use kroniek_model::{Block, Entry, Origin, Work};
use serde::Serialize;

use crate::bibliography::work_item;
use crate::front_matter::FENCE;

/// The front matter's keys, in the order `docs/format.md` lists them.
#[derive(Serialize)]
struct FrontMatterOut<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtitle: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    series: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    authors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subjects: Vec<&'a str>,
    /// Last, because TOML writes a table after the plain keys: `[origin]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a Origin>,
}

/// Writes an entry as its canonical source: front matter, then the body.
///
/// - Front matter: keys in the order of `docs/format.md`, empty optional fields left out;
///   `series` and `slug` only when they differ from what the entry's path implies
///   (`content/<series>/<slug>.md`); `language` always, since the site's default is not known
///   here; the `[origin]` table last, for imported articles. The article's kicker and publication come from `kroniek.toml`, not the file.
/// - Body: the lead, then `## heading` sections with their blocks; the bibliography goes at
///   the end of the last section (or of the lead, when there are no sections), each group as
///   its label paragraph `Label:` and a `- *Title* (date)` list; then the footnote definitions.
///
/// `parse_article(path, &write_article(entry), config) == entry` for every entry that
/// `parse_article` produces. Entries made elsewhere (the import stage) round-trip when they
/// are in the same canonical form: trimmed texts, no list block that reads as a bibliography,
/// and work dates that are years, year ranges or full EDTF days (a month-precise work date such
/// as `1936-04` reads back as the year range 1936–2004, and a work without date as a list item).
pub fn write_article(entry: &Entry) -> String {
    let mut out = String::new();
    out.push_str(FENCE);
    out.push('\n');
    out.push_str(&front_matter(entry));
    out.push_str(FENCE);
    out.push('\n');

    let mut body = BodyWriter::default();
    let last = entry.article.sections.len().saturating_sub(1);
    if entry.article.sections.is_empty() {
        body.works(&entry.article.works);
    }
    for (index, section) in entry.article.sections.iter().enumerate() {
        if let Some(heading) = &section.heading {
            // ATX headings are one line; a hard break inside one cannot be kept.
            body.push(
                format!("## {}", heading.replace("\\\n", " ").replace('\n', " ")).trim_end().to_owned(),
            );
        }
        for block in &section.blocks {
            body.block(block);
        }
        if index == last {
            body.works(&entry.article.works);
        }
    }
    for note in &entry.article.footnotes {
        body.push(format!("[^{}]: {}", note.label, indent(&note.text, "    ")).trim_end().to_owned());
    }
    if !body.chunks.is_empty() {
        out.push('\n');
        out.push_str(&body.chunks.join("\n\n"));
        out.push('\n');
    }
    out
}

fn front_matter(entry: &Entry) -> String {
    let folder = entry.path.parent().and_then(Path::file_name).map(|f| f.to_string_lossy());
    let stem = entry.path.file_stem().map(|s| s.to_string_lossy());
    let article = &entry.article;
    let front = FrontMatterOut {
        title: &article.title,
        subtitle: article.subtitle.as_deref(),
        series: (folder.as_deref() != Some(entry.series.as_str())).then_some(entry.series.as_str()),
        slug: (stem.as_deref() != Some(entry.slug.as_str())).then_some(entry.slug.as_str()),
        authors: &article.authors,
        published: article.published.map(|p| p.to_string()),
        language: article.language.code(),
        summary: entry.summary.as_deref(),
        subjects: entry.subjects.iter().map(|s| s.as_str()).collect(),
        origin: entry.origin.as_ref(),
    };
    // Serializing a struct of strings cannot fail; an empty front matter would still parse
    // badly, so fall back to the title alone rather than panic.
    toml::to_string(&front).unwrap_or_else(|_| format!("title = {:?}\n", article.title))
}

/// Collects the body's blocks, keeping apart what Markdown would otherwise merge.
#[derive(Default)]
struct BodyWriter {
    chunks: Vec<String>,
    /// The marker of the list just written: two adjacent lists with the same marker are one.
    last_marker: Option<&'static str>,
    /// Whether the last chunk is a paragraph ending in `:`, which a following bibliography
    /// would take as its group label.
    last_is_label: bool,
}

impl BodyWriter {
    fn push(&mut self, chunk: String) {
        self.last_marker = None;
        self.last_is_label = false;
        self.chunks.push(chunk);
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph { text } => {
                self.push(text.clone());
                self.last_is_label = text.ends_with(':');
            }
            Block::Heading { text } => {
                self.push(format!("### {}", text.replace("\\\n", " ").replace('\n', " ")))
            }
            Block::Quote { text } => {
                let lines: Vec<String> = text
                    .split('\n')
                    .map(|l| if l.is_empty() { ">".to_owned() } else { format!("> {l}") })
                    .collect();
                self.push(lines.join("\n"));
            }
            Block::List { items, ordered } => {
                let marker = self.marker(*ordered);
                self.list(items.iter().map(String::as_str), marker);
            }
        }
    }

    /// A marker for the next list that does not continue the previous one.
    fn marker(&self, ordered: bool) -> &'static str {
        let choices = if ordered { ["1.", "1)"] } else { ["-", "*"] };
        if self.last_marker == Some(choices[0]) { choices[1] } else { choices[0] }
    }

    fn list<'t>(&mut self, items: impl Iterator<Item = &'t str>, marker: &'static str) {
        let ordered = marker.starts_with('1');
        let lines: Vec<String> = items
            .enumerate()
            .map(|(i, item)| {
                let marker = if ordered { format!("{}{}", i + 1, &marker[1..]) } else { marker.to_owned() };
                let pad = " ".repeat(marker.len() + 1);
                format!("{marker} {}", indent(item, &pad)).trim_end().to_owned()
            })
            .collect();
        self.push(lines.join("\n"));
        self.last_marker = Some(marker);
    }

    /// The bibliography: one list per run of works with the same group, each after its label.
    fn works(&mut self, works: &[Work]) {
        let mut start = 0;
        while start < works.len() {
            let group = &works[start].group;
            let len = works[start..].iter().take_while(|w| &w.group == group).count();
            match group {
                Some(label) => self.push(format!("{label}:")),
                // A rule (which the reader drops) keeps a preceding "…:" paragraph from being
                // read as this list's label.
                None if self.last_is_label => self.push("---".to_owned()),
                None => {}
            }
            let marker = self.marker(false);
            let items: Vec<String> =
                works[start..start + len].iter().map(|w| work_item(&w.title, w.date.as_ref())).collect();
            self.list(items.iter().map(String::as_str), marker);
            start += len;
        }
    }
}

/// Continuation lines indented so they stay inside their list item or footnote.
fn indent(text: &str, pad: &str) -> String {
    text.replace('\n', &format!("\n{pad}"))
}

#[cfg(test)]
mod tests;
