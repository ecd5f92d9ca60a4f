//! Links from an article's text to entity pages: the first mention of each linked entity in
//! the body becomes `<a class="entity-link">`.
//!
//! A mention's position counts characters in the extract stage's plain text of its passage;
//! the renderer has HTML. Rather than re-deriving the extractor's plain text (which would tie
//! this stage to that one's rules), the link goes into the block's rendered HTML at the
//! occurrence of the mention's words that is nearest to its offset, counting offsets in the
//! text a reader sees (tags and note references left out, entities decoded). Where the two
//! plain texts agree — almost always; they differ only in whitespace between a quote's
//! paragraphs — that is the exact mention; where they drift by a few characters, the nearest
//! occurrence is still the right one; and an occurrence that would cross a tag (a name half in
//! italics) or sit inside an existing link is never used, so the HTML stays well-formed.

use std::collections::BTreeMap;

use crate::escape::push_html as push_escaped;

/// One mention the body may link, in a block.
#[derive(Debug, Clone)]
pub(crate) struct BodyMention {
    /// The words as written.
    pub(crate) text: String,
    /// First character in the passage's plain text.
    pub(crate) start: usize,
    /// The entity's key (`people/victor-serge`): one link per entity and article.
    pub(crate) key: String,
    /// The entity page's link.
    pub(crate) href: String,
}

/// The mentions to link, by block: `(section, block, item)`.
pub(crate) type MentionPlan = BTreeMap<(usize, usize, Option<usize>), Vec<BodyMention>>;

/// One character of the visible text: where it sits in the HTML and whether a link may start
/// or end around it.
#[derive(Debug, Clone, Copy)]
struct Visible {
    c: char,
    /// Byte range of the character (or its entity) in the HTML.
    start: usize,
    end: usize,
    /// Which run of text between tags it belongs to.
    run: usize,
    in_link: bool,
}

/// Inserts links for `mentions` into `html` (one block's rendered HTML), skipping entities
/// already in `linked` and adding the ones it links.
pub(crate) fn inject(html: &mut String, mentions: &[BodyMention], linked: &mut Vec<String>) {
    if mentions.is_empty() {
        return;
    }
    let visible = visible_text(html);
    let chars: Vec<char> = visible.iter().map(|v| v.c).collect();
    // (html start, html end, href) of each link to insert.
    let mut inserts: Vec<(usize, usize, &str)> = Vec::new();
    for mention in mentions {
        if linked.contains(&mention.key) {
            continue;
        }
        let wanted: Vec<char> = mention.text.chars().collect();
        let Some(at) = nearest_occurrence(&chars, &wanted, mention.start, |at| {
            let span = &visible[at..at + wanted.len()];
            let run = span[0].run;
            span.iter().all(|v| v.run == run && !v.in_link)
                && !inserts.iter().any(|&(s, e, _)| s < span[span.len() - 1].end && span[0].start < e)
        }) else {
            continue;
        };
        let (first, last) = (visible[at], visible[at + wanted.len() - 1]);
        inserts.push((first.start, last.end, &mention.href));
        linked.push(mention.key.clone());
    }
    inserts.sort_by_key(|&(start, _, _)| std::cmp::Reverse(start));
    for (start, end, href) in inserts {
        let mut open = String::from("<a class=\"entity-link\" href=\"");
        push_escaped(&mut open, href);
        open.push_str("\">");
        html.insert_str(end, "</a>");
        html.insert_str(start, &open);
    }
}

/// The occurrence of `wanted` in `chars` nearest to `near` that `usable` accepts.
fn nearest_occurrence(
    chars: &[char],
    wanted: &[char],
    near: usize,
    usable: impl Fn(usize) -> bool,
) -> Option<usize> {
    if wanted.is_empty() || wanted.len() > chars.len() {
        return None;
    }
    (0..=chars.len() - wanted.len())
        .filter(|&at| chars[at..at + wanted.len()] == *wanted)
        .filter(|&at| usable(at))
        .min_by_key(|&at| at.abs_diff(near))
}

/// The characters a reader sees in `html`, each with its place in the HTML. Footnote
/// references (`<sup class="fnref">…</sup>`) are left out: the extractor drops them too.
fn visible_text(html: &str) -> Vec<Visible> {
    let bytes = html.as_bytes();
    let mut out = Vec::with_capacity(html.len());
    let (mut i, mut run, mut links, mut in_note) = (0usize, 0usize, 0usize, false);
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                let end = html[i..].find('>').map_or(bytes.len(), |e| i + e + 1);
                let tag = &html[i..end];
                if tag.starts_with("<sup class=\"fnref\"") {
                    in_note = true;
                } else if tag.starts_with("</sup") {
                    in_note = false;
                } else if tag.starts_with("<a ") || tag == "<a>" {
                    links += 1;
                } else if tag.starts_with("</a") {
                    links = links.saturating_sub(1);
                }
                run += 1;
                i = end;
            }
            b'&' => {
                let end = html[i..].find(';').map_or(i + 1, |e| i + e + 1);
                let c = decode_entity(&html[i..end]);
                if !in_note {
                    out.push(Visible { c, start: i, end, run, in_link: links > 0 });
                }
                i = end;
            }
            _ => {
                let c = html[i..].chars().next().unwrap_or(' ');
                let end = i + c.len_utf8();
                if !in_note {
                    out.push(Visible { c, start: i, end, run, in_link: links > 0 });
                }
                i = end;
            }
        }
    }
    out
}

fn decode_entity(entity: &str) -> char {
    match entity {
        "&amp;" => '&',
        "&lt;" => '<',
        "&gt;" => '>',
        "&quot;" => '"',
        "&#39;" | "&#x27;" | "&apos;" => '\'',
        // Entities the renderer does not write: keep a placeholder that matches no name.
        _ => '\u{FFFD}',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, start: usize, key: &str) -> BodyMention {
        BodyMention { text: text.into(), start, key: key.into(), href: format!("/people/{key}/") }
    }

    #[test]
    fn the_occurrence_nearest_the_offset_is_linked_once_per_entity() {
        let mut html = "<p id=\"p-0-0\">Serge schreef. Later zag Serge Nin.</p>\n".to_owned();
        let mut linked = Vec::new();
        // "Serge" at 24 in the plain text: the second occurrence.
        inject(&mut html, &[mention("Serge", 24, "serge"), mention("Nin", 30, "nin")], &mut linked);
        assert_eq!(
            html,
            "<p id=\"p-0-0\">Serge schreef. Later zag <a class=\"entity-link\" href=\"/people/serge/\">Serge</a> \
             <a class=\"entity-link\" href=\"/people/nin/\">Nin</a>.</p>\n"
        );
        let mut again = "<p>Serge.</p>".to_owned();
        inject(&mut again, &[mention("Serge", 0, "serge")], &mut linked);
        assert_eq!(again, "<p>Serge.</p>", "an entity is linked once per article");
    }

    #[test]
    fn notes_entities_tags_and_links_are_respected() {
        let mut html = "<p>A<sup class=\"fnref\"><a id=\"x\" href=\"#n\">1</a></sup> &amp; <em>Rosa</em> \
                        Luxemburg, <a href=\"/x\">Rosa Luxemburg</a>, Rosa Luxemburg.</p>"
            .to_owned();
        let mut linked = Vec::new();
        // The first two occurrences cross a tag or sit in a link: the third is used.
        inject(&mut html, &[mention("Rosa Luxemburg", 4, "rosa")], &mut linked);
        assert!(
            html.ends_with(", <a class=\"entity-link\" href=\"/people/rosa/\">Rosa Luxemburg</a>.</p>"),
            "{html}"
        );
        let mut amp = "<p>A &amp; B</p>".to_owned();
        inject(&mut amp, &[mention("A & B", 0, "ab")], &mut Vec::new());
        assert_eq!(amp, "<p><a class=\"entity-link\" href=\"/people/ab/\">A &amp; B</a></p>");
    }

    #[test]
    fn a_mention_whose_words_are_not_there_changes_nothing() {
        let mut html = "<p>Niets hier.</p>".to_owned();
        inject(&mut html, &[mention("Trotski", 3, "t"), mention("", 0, "e")], &mut Vec::new());
        assert_eq!(html, "<p>Niets hier.</p>");
    }
}
