//! An article's body as HTML: sections with anchored headings, blocks, footnote links, and the
//! notes and works that go under it.

use kroniek_model::{Article, Block, Work};
use serde::Serialize;

use crate::article_anchors::{ArticleAnchors, block_id};
use crate::date;
use crate::escape::push_html as push_escaped;
use crate::footnote::{FootnoteLinker, NoteView};
use crate::i18n::Strings;
use crate::markdown::{self, Mode};
use crate::mention_links::{MentionPlan, inject};

/// An article's rendered body and what follows it.
#[derive(Debug)]
pub(crate) struct ArticleBody {
    /// Sections, headings and blocks as HTML.
    pub(crate) html: String,
    /// The notes, each with its back-links.
    pub(crate) notes: Vec<NoteView>,
    /// Works not already shown in the body as a bibliography list, by group.
    pub(crate) works: Vec<WorkGroup>,
    /// The section headings, for a table of contents.
    pub(crate) outline: Vec<OutlineItem>,
}

/// Works under one group label ("In het Nederlands").
#[derive(Debug, Serialize)]
pub(crate) struct WorkGroup {
    /// The label, if the list had one.
    pub(crate) label: Option<String>,
    /// The works, in the article's order.
    pub(crate) items: Vec<WorkItem>,
}

/// A work as templates see it.
#[derive(Debug, Serialize)]
pub(crate) struct WorkItem {
    /// The title (shown in italics).
    pub(crate) title: String,
    /// When it appeared, in words ("1926–1929").
    pub(crate) date: Option<String>,
}

/// A section heading in the table of contents.
#[derive(Debug, Serialize)]
pub(crate) struct OutlineItem {
    /// The heading's id.
    pub(crate) id: String,
    /// The heading's plain text.
    pub(crate) text: String,
}

/// Renders one article's body; `prefix` (the slug) keeps note ids unique across articles.
/// Every block gets its id (`p-<section>-<block>`, list items `…-<item>`; see
/// [`ArticleAnchors`]), and the first mention of each entity in `mentions` becomes a link.
pub(crate) fn render(
    article: &Article,
    prefix: &str,
    strings: &'static Strings,
    mentions: &MentionPlan,
) -> ArticleBody {
    let mut html = String::with_capacity(text_len(article) * 5 / 4 + 256);
    let mut notes = FootnoteLinker::new(prefix, &article.footnotes, strings);
    let anchors = ArticleAnchors::new(article, prefix);
    let mut linked = Vec::new();
    let mut outline = Vec::new();
    let mut shown_works = vec![false; article.works.len()];
    let none = Vec::new();
    let mut block_html = String::new();
    for (s, section) in article.sections.iter().enumerate() {
        if let (Some(heading), Some(id)) = (&section.heading, anchors.section_heading(s)) {
            let text = markdown::plain_text(heading);
            push_heading(&mut html, "h2", id, heading, strings, &mut notes);
            outline.push(OutlineItem { id: id.to_owned(), text });
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let in_block = |item: Option<usize>| mentions.get(&(s, b, item)).unwrap_or(&none);
            block_html.clear();
            match block {
                Block::Paragraph { text } => {
                    markdown::push_html(&mut block_html, text, Mode::Paragraphs, Some(&mut notes));
                    inject(&mut block_html, in_block(None), &mut linked);
                    // The id goes on the block's first paragraph.
                    if let Some(rest) = block_html.strip_prefix("<p>") {
                        html.push_str("<p id=\"");
                        html.push_str(&block_id(s, b, None));
                        html.push_str("\">");
                        html.push_str(rest);
                    } else {
                        html.push_str(&block_html);
                    }
                }
                Block::Quote { text } => {
                    html.push_str("<blockquote id=\"");
                    html.push_str(&block_id(s, b, None));
                    html.push_str("\">\n");
                    markdown::push_html(&mut block_html, text, Mode::Paragraphs, Some(&mut notes));
                    inject(&mut block_html, in_block(None), &mut linked);
                    html.push_str(&block_html);
                    html.push_str("</blockquote>\n");
                }
                Block::Heading { text } => {
                    let id = anchors.block_heading(s, b).unwrap_or("section");
                    push_heading(&mut html, "h3", id, text, strings, &mut notes);
                }
                Block::List { items, ordered } => {
                    let works = mark_shown_works(items, &article.works, &mut shown_works);
                    let tag = if *ordered { "ol" } else { "ul" };
                    for part in ["<", tag, " id=\"", &block_id(s, b, None), "\""] {
                        html.push_str(part);
                    }
                    html.push_str(if works { " class=\"works\">\n" } else { ">\n" });
                    for (i, item) in items.iter().enumerate() {
                        block_html.clear();
                        markdown::push_html(&mut block_html, item, Mode::Inline, Some(&mut notes));
                        inject(&mut block_html, in_block(Some(i)), &mut linked);
                        for part in ["<li id=\"", &block_id(s, b, Some(i)), "\">", &block_html, "</li>\n"] {
                            html.push_str(part);
                        }
                    }
                    html.push_str("</");
                    html.push_str(tag);
                    html.push_str(">\n");
                }
            }
        }
    }
    let works = group_works(
        article.works.iter().zip(&shown_works).filter(|(_, shown)| !**shown).map(|(w, _)| w),
        strings,
    );
    ArticleBody { html, notes: notes.into_notes(), works, outline }
}

/// Bytes of text in the body: a cheap size estimate for buffers.
pub(crate) fn text_len(article: &Article) -> usize {
    article
        .blocks()
        .map(|b| match b {
            Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => text.len(),
            Block::List { items, .. } => items.iter().map(String::len).sum(),
        })
        .sum()
}

/// Words in the body, for reading times and JSON-LD: spaces and line breaks plus one per
/// text. It runs for every page, so it counts bytes (which vectorises) instead of splitting;
/// only doubled spaces make it differ from `Article::word_count`.
pub(crate) fn word_count(article: &Article) -> usize {
    let count = |text: &str| {
        let text = text.trim();
        if text.is_empty() { 0 } else { text.bytes().filter(|&b| b == b' ' || b == b'\n').count() + 1 }
    };
    article
        .blocks()
        .map(|b| match b {
            Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => count(text),
            Block::List { items, .. } => items.iter().map(|i| count(i)).sum(),
        })
        .sum()
}

fn push_heading(
    html: &mut String,
    tag: &str,
    id: &str,
    text: &str,
    strings: &Strings,
    notes: &mut FootnoteLinker<'_>,
) {
    // Plain pushes: this runs for every heading of every article.
    for part in ["<", tag, " id=\"", id, "\">"] {
        html.push_str(part);
    }
    markdown::push_html(html, text, Mode::Inline, Some(notes));
    for part in [" <a class=\"anchor\" href=\"#", id, "\" aria-label=\""] {
        html.push_str(part);
    }
    push_escaped(html, strings.section_link);
    for part in ["\">#</a></", tag, ">\n"] {
        html.push_str(part);
    }
}

/// Whether a list is a bibliography (every item ends in a year or year range in parentheses);
/// if so, marks the works whose titles it names as already shown, so they are not listed twice.
fn mark_shown_works(items: &[String], works: &[Work], shown: &mut [bool]) -> bool {
    if works.is_empty() || items.is_empty() {
        return false;
    }
    let texts: Vec<String> = items.iter().map(|i| markdown::plain_text(i)).collect();
    if !texts.iter().all(|t| ends_in_year(t)) {
        return false;
    }
    let mut any = false;
    for (work, shown) in works.iter().zip(shown.iter_mut()) {
        if !*shown && !work.title.is_empty() && texts.iter().any(|t| t.contains(work.title.as_str())) {
            *shown = true;
            any = true;
        }
    }
    any
}

/// "*Titel* (1926-29)" → true.
fn ends_in_year(text: &str) -> bool {
    let text = text.trim_end().trim_end_matches('.');
    let Some(inner) = text.strip_suffix(')').and_then(|t| t.rfind('(').map(|i| &t[i + 1..])) else {
        return false;
    };
    inner.len() >= 4 && inner.as_bytes().iter().take(4).all(u8::is_ascii_digit)
}

fn group_works<'a>(works: impl Iterator<Item = &'a Work>, strings: &Strings) -> Vec<WorkGroup> {
    let mut groups: Vec<WorkGroup> = Vec::new();
    for work in works {
        let item =
            WorkItem { title: work.title.clone(), date: work.date.as_ref().map(|d| date::human(d, strings)) };
        match groups.iter_mut().find(|g| g.label == work.group) {
            Some(group) => group.items.push(item),
            None => groups.push(WorkGroup { label: work.group.clone(), items: vec![item] }),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use kroniek_model::{Edtf, Footnote, Language, Section};

    use super::*;

    fn article() -> Article {
        let mut a = Article::new("Victor Serge", Language::dutch());
        a.sections = vec![
            Section { heading: None, blocks: vec![Block::Paragraph { text: "Lead.[^1]".into() }] },
            Section {
                heading: Some("Anarchist in *Parijs*".into()),
                blocks: vec![
                    Block::Paragraph { text: "Tekst[^1] en meer.[^2]".into() },
                    Block::Heading { text: "Anarchist in Parijs".into() },
                    Block::Quote { text: "Een citaat.\n\nTweede alinea.".into() },
                ],
            },
            Section {
                heading: Some("Werken".into()),
                blocks: vec![Block::List {
                    items: vec!["*Veroverde stad* (1932)".into(), "*Jaar één* (1926-29)".into()],
                    ordered: false,
                }],
            },
        ];
        a.footnotes = vec![
            Footnote { label: "1".into(), text: "Eerste noot.".into(), refs: 2 },
            Footnote { label: "2".into(), text: "Tweede noot.".into(), refs: 1 },
        ];
        a.works = vec![
            Work { title: "Veroverde stad".into(), date: Edtf::parse("1932").ok(), group: None },
            Work { title: "Jaar één".into(), date: Edtf::parse("1926/1929").ok(), group: None },
            Work { title: "Memoires".into(), date: Edtf::parse("1951").ok(), group: Some("Postuum".into()) },
        ];
        a
    }

    #[test]
    fn headings_get_unique_anchors_and_notes_link_both_ways() {
        let body = render(&article(), "victor-serge", Strings::for_language("nl"), &MentionPlan::new());
        assert!(body.html.contains(r##"<h2 id="anarchist-in-parijs">Anarchist in <em>Parijs</em> <a class="anchor" href="#anarchist-in-parijs""##), "{}", body.html);
        assert!(body.html.contains(r#"<h3 id="anarchist-in-parijs-2">"#), "{}", body.html);
        assert!(
            body.html.contains(
                "<blockquote id=\"p-1-2\">\n<p>Een citaat.</p>\n<p>Tweede alinea.</p>\n</blockquote>"
            )
        );
        assert_eq!(body.notes.len(), 2);
        assert_eq!(body.notes[0].backrefs.len(), 2, "note 1 is referenced twice");
        assert_eq!(body.notes[1].backrefs.len(), 1);
        assert_eq!(
            body.outline.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["anarchist-in-parijs", "werken"]
        );
    }

    #[test]
    fn works_shown_in_place_are_not_listed_again() {
        let body = render(&article(), "victor-serge", Strings::for_language("nl"), &MentionPlan::new());
        assert!(body.html.contains("<ul id=\"p-2-0\" class=\"works\">"), "{}", body.html);
        assert_eq!(body.works.len(), 1);
        assert_eq!(body.works[0].label.as_deref(), Some("Postuum"));
        assert_eq!(body.works[0].items[0].title, "Memoires");
        assert_eq!(body.works[0].items[0].date.as_deref(), Some("1951"));
    }

    #[test]
    fn word_count_is_close_to_the_model() {
        let a = article();
        // The quote's blank line counts as one extra word; reading times do not notice.
        assert!(word_count(&a).abs_diff(a.word_count()) <= 1, "{} vs {}", word_count(&a), a.word_count());
        assert!(text_len(&a) > 0);
    }

    #[test]
    fn works_without_a_list_in_the_body_are_all_listed() {
        let mut a = article();
        a.sections.truncate(2);
        let body = render(&a, "x", Strings::for_language("fr"), &MentionPlan::new());
        let dates: Vec<_> =
            body.works.iter().flat_map(|g| &g.items).map(|i| i.date.clone().unwrap_or_default()).collect();
        assert_eq!(dates, ["1932", "1926–1929", "1951"]);
        assert!(ends_in_year("Lenin in 1917 (1925)."));
        assert!(!ends_in_year("Lenin in 1917"));
    }
}
