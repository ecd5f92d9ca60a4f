//! Plain-text pages: text copied off a website, one paragraph per line (or per block of lines
//! between blank lines), headings as short lines without closing punctuation, bullets and
//! numbered notes as the site's list markers flattened to characters.

use kroniek_model::Series;

use crate::DroppedLine;
use crate::bibliography;
use crate::byline;
use crate::draft::{BlockKind, Draft, DraftBlock};
use crate::headline;
use crate::inline::Inline;
use crate::leftover::{self, Leftover};

/// Bullet characters that open a list item when followed by a space.
const BULLETS: &[char] = &['•', '·', '▪', '◦', '‣', '○', '●', '■', '□', '-', '*', '–', '—', '+', '►', '»'];

/// A non-blank line of the page, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Line<'a> {
    Text(&'a str),
    Item { ordered: bool, number: Option<u32>, bullet: Option<char>, text: &'a str },
    Quote(&'a str),
}

/// A run of consecutive lines of one kind.
#[derive(Debug)]
enum Group<'a> {
    Text { line: usize, lines: Vec<&'a str> },
    List { ordered: bool, bullet: Option<char>, items: Vec<(usize, Option<u32>, String)> },
    Quote { line: usize, lines: Vec<&'a str> },
}

/// Reads a plain-text page into a draft.
pub(crate) fn read(text: &str, declared: &[Series]) -> Draft {
    let mut draft = Draft::default();
    let groups = group_lines(text, &mut draft);
    let mut groups = groups.into_iter().peekable();

    // The headline is the first group of text lines, when it is short enough to be one;
    // otherwise the assembler takes the title from the first sentence.
    if let Some(Group::Text { lines, .. }) = groups.peek()
        && lines.len() <= 3
        && lines.iter().all(|l| l.chars().count() <= 250)
    {
        draft.headline = headline::split(lines, declared);
        groups.next();
    }

    let groups: Vec<Group> = groups.collect();
    let mut list_id = 0;
    for (i, group) in groups.iter().enumerate() {
        let next = groups.get(i + 1);
        match group {
            Group::Text { line, lines } => push_text(&mut draft.blocks, *line, lines, next),
            Group::List { ordered, items, .. } => {
                list_id += 1;
                for (line, number, text) in items {
                    let kind = BlockKind::Item {
                        list: list_id,
                        ordered: *ordered,
                        number: *number,
                        text: inline(text),
                    };
                    draft.blocks.push(DraftBlock::new(Some(*line), kind));
                }
            }
            Group::Quote { line, lines } => {
                draft.blocks.push(DraftBlock::new(Some(*line), BlockKind::Quote(inline(&lines.join(" ")))));
            }
        }
    }
    draft
}

/// Splits the page into lines, sets leftovers and bylines aside, and groups the rest.
fn group_lines<'a>(text: &'a str, draft: &mut Draft) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    // Whether the previous line closed the current group (blank, dropped or byline line).
    let mut open = false;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        match leftover::classify(trimmed) {
            Some(Leftover::Drop(reason)) => {
                draft.dropped.push(DroppedLine { line: Some(number), text: trimmed.to_owned(), reason });
                open = false;
                continue;
            }
            Some(Leftover::Publication(name)) => {
                draft.publication.get_or_insert(name);
                let reason = crate::DropReason::Publication;
                draft.dropped.push(DroppedLine { line: Some(number), text: trimmed.to_owned(), reason });
                open = false;
                continue;
            }
            None => {}
        }
        if let Some(names) = byline::parse(trimmed) {
            for name in names {
                draft.add_author(name);
            }
            open = false;
            continue;
        }
        let line = classify(trimmed);
        match (line, groups.last_mut()) {
            (Line::Text(t), Some(Group::Text { lines, .. })) if open => lines.push(t),
            (Line::Quote(t), Some(Group::Quote { lines, .. })) if open => lines.push(t),
            // A line right under an item continues it (a wrapped note or item).
            (Line::Text(t), Some(Group::List { items, .. })) if open => {
                if let Some((_, _, text)) = items.last_mut() {
                    text.push(' ');
                    text.push_str(t);
                }
            }
            (
                Line::Item { ordered, number: n, bullet, text },
                Some(Group::List { ordered: o, bullet: b, items }),
            ) if *o == ordered && *b == bullet && (open || continues_list(items, n)) => {
                items.push((number, n, text.to_owned()));
            }
            (Line::Text(t), _) => groups.push(Group::Text { line: number, lines: vec![t] }),
            (Line::Quote(t), _) => groups.push(Group::Quote { line: number, lines: vec![t] }),
            (Line::Item { ordered, number: n, bullet, text }, _) => {
                groups.push(Group::List { ordered, bullet, items: vec![(number, n, text.to_owned())] });
            }
        }
        open = true;
    }
    groups.into_iter().flat_map(bibliography_without_bullets).collect()
}

/// Items separated by blank lines still form one list when the numbering goes on (or the
/// bullets are the same, which the caller checks).
fn continues_list(items: &[(usize, Option<u32>, String)], number: Option<u32>) -> bool {
    match (items.last().and_then(|(_, n, _)| *n), number) {
        (Some(last), Some(n)) => n == last + 1,
        (None, None) => true,
        _ => false,
    }
}

/// Lines that all end in a parenthesised year, without bullets, are a bibliography list
/// whose bullets were lost in the copy (with its label line above it kept apart).
fn bibliography_without_bullets(group: Group<'_>) -> Vec<Group<'_>> {
    let Group::Text { line, lines } = group else { return vec![group] };
    let labelled = lines.first().is_some_and(|l| l.ends_with(':'));
    let items = lines.get(usize::from(labelled)..).unwrap_or_default();
    if items.len() < 2 || !items.iter().all(|l| bibliography::parse_item(l).is_some()) {
        return vec![Group::Text { line, lines }];
    }
    let first_item = line + usize::from(labelled);
    let list = Group::List {
        ordered: false,
        bullet: None,
        items: items.iter().enumerate().map(|(i, l)| (first_item + i, None, (*l).to_owned())).collect(),
    };
    match lines.first() {
        Some(label) if labelled => vec![Group::Text { line, lines: vec![label] }, list],
        _ => vec![list],
    }
}

fn classify(line: &str) -> Line<'_> {
    if let Some(rest) = line.strip_prefix("> ") {
        return Line::Quote(rest.trim());
    }
    let mut chars = line.chars();
    if let Some(first) = chars.next()
        && BULLETS.contains(&first)
        && chars.next().is_some_and(char::is_whitespace)
    {
        let text = line.get(first.len_utf8()..).unwrap_or_default().trim();
        if !text.is_empty() {
            return Line::Item { ordered: false, number: None, bullet: Some(first), text };
        }
    }
    // "1. …", "2) …", "[3] …", "¹ …": numbered items, which may turn out to be notes.
    if let Some((number, len)) = crate::footnote::marker(line) {
        let text = line.get(len..).unwrap_or_default().trim();
        let bullet = line.chars().next().filter(|c| !c.is_ascii_digit());
        if !text.is_empty() {
            return Line::Item { ordered: true, number: Some(number), bullet, text };
        }
    }
    Line::Text(line)
}

/// A text group becomes a heading, a paragraph, or a heading followed by a paragraph.
fn push_text(blocks: &mut Vec<DraftBlock>, line: usize, lines: &[&str], next: Option<&Group<'_>>) {
    if let [only] = lines {
        let kind = if next.is_some() && is_heading(only) {
            BlockKind::Heading { level: 2, text: inline(only) }
        } else {
            BlockKind::Paragraph(inline(only))
        };
        blocks.push(DraftBlock::new(Some(line), kind));
        return;
    }
    // A heading pasted right above its paragraph, without a blank line: much shorter than the
    // wrapped line under it, which opens with a capital.
    if let [first, second, ..] = lines
        && is_heading(first)
        && first.chars().count() * 10 < second.chars().count() * 6
        && second.chars().next().is_some_and(char::is_uppercase)
    {
        blocks.push(DraftBlock::new(Some(line), BlockKind::Heading { level: 2, text: inline(first) }));
        let rest = lines.get(1..).unwrap_or_default().join(" ");
        blocks.push(DraftBlock::new(Some(line + 1), BlockKind::Paragraph(inline(&rest))));
        return;
    }
    blocks.push(DraftBlock::new(Some(line), BlockKind::Paragraph(inline(&lines.join(" ")))));
}

/// A short line without closing punctuation that starts like a title.
pub(crate) fn is_heading(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let starts_well =
        line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "‘“«\"'".contains(c));
    // A note reference after the closing stop ("…verschenen.[3]", "….(2)", "…¹") hides it.
    let body = without_trailing_note_reference(line);
    let ends_open = !body.ends_with(['.', '!', ':', ';', ',', '…', '?', '-', '–']);
    let question = line.ends_with('?') && words <= 8;
    starts_well
        && (ends_open || question)
        && (1..=14).contains(&words)
        && line.chars().count() <= 100
        && line.chars().any(char::is_alphabetic)
}

/// The line without a footnote reference at its very end: `[3]`, `(12)` or superscript digits.
fn without_trailing_note_reference(line: &str) -> &str {
    let trimmed = line.trim_end();
    let digits_inside =
        |inner: &str| (1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit());
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(rest) = trimmed.strip_suffix(close)
            && let Some(at) = rest.rfind(open)
            && digits_inside(&rest[at + open.len_utf8()..])
        {
            return rest[..at].trim_end();
        }
    }
    trimmed.trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰']).trim_end()
}

fn inline(text: &str) -> Inline {
    let mut inline = Inline::plain(text);
    inline.normalise_space();
    inline
}

#[cfg(test)]
mod tests;
