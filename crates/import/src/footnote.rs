//! Footnotes: the numbered notes at the end of a page and the references to them in the text
//! — "(1)", ".(2)", "[3]", "¹" — linked into `[^1]` references with counted uses.

use std::collections::HashMap;

use crate::ImportWarning;
use crate::draft::{BlockKind, DraftBlock, DraftNote};
use crate::inline::{Inline, Piece};

/// Headings that announce a notes list, lowercase without a colon.
const NOTES_HEADINGS: &[&str] = &[
    "noten",
    "voetnoten",
    "eindnoten",
    "opmerkingen",
    "notes",
    "notes de bas de page",
    "renvois",
    "footnotes",
    "endnotes",
    "references",
    "références",
    "bronnen",
    "sources",
];

/// A reference-shaped token in plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RefToken {
    start: usize,
    end: usize,
    label: String,
    /// Written against the preceding word (".(2)", "word¹") or in a shape only notes use
    /// ("[3]", superscripts): worth a warning even on a page without notes.
    strong: bool,
}

/// Finds the notes list among the blocks of a text page (or an HTML page that writes its notes
/// as plain paragraphs), removes it and any "Noten" heading over it, and returns the notes.
///
/// A run of blocks numbered 1, 2, 3… is the notes list when the text before it refers to one of
/// its numbers, or when a notes heading announces it; the last such run wins, as notes close a
/// page. Other numbered runs stay ordinary numbered lists.
pub(crate) fn take_notes(blocks: &mut Vec<DraftBlock>) -> Vec<DraftNote> {
    let mut chosen: Option<(usize, usize)> = None;
    let mut referenced: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < blocks.len() {
        let run = numbered_run(blocks, i);
        if run > 0 {
            let announced = i > 0 && blocks.get(i - 1).is_some_and(is_notes_heading);
            let cited = (1..=run).any(|n| referenced.contains_key(&n.to_string()));
            if announced || cited {
                chosen = Some((i, run));
            }
            i += run;
            continue;
        }
        if let Some(block) = blocks.get(i) {
            for token in tokens(&block.inline().text()) {
                *referenced.entry(token.label).or_default() += 1;
            }
        }
        i += 1;
    }
    let Some((start, len)) = chosen else { return Vec::new() };
    let run: Vec<DraftBlock> = blocks.drain(start..start + len).collect();
    if start > 0 && blocks.get(start - 1).is_some_and(is_notes_heading) {
        blocks.remove(start - 1);
    }
    run.into_iter()
        .filter_map(|block| {
            let line = block.line;
            let (number, text) = numbered(block)?;
            Some(DraftNote { label: number.to_string(), text, line })
        })
        .collect()
}

/// Turns reference tokens into [`Piece::Ref`]s where a note has that label, counts the uses of
/// every note, and warns about references without a note and notes without a reference.
pub(crate) fn link(
    blocks: &mut [DraftBlock],
    notes: &[DraftNote],
    warnings: &mut Vec<ImportWarning>,
) -> Vec<usize> {
    let index: HashMap<&str, usize> = notes.iter().enumerate().map(|(i, n)| (n.label.as_str(), i)).collect();
    let mut counts = vec![0usize; notes.len()];
    for block in blocks.iter_mut() {
        let line = block.line;
        let inline = block.inline_mut();
        let mut pieces = Vec::with_capacity(inline.pieces.len());
        let mut at_start = true;
        for piece in std::mem::take(&mut inline.pieces) {
            match piece {
                Piece::Text(text) => {
                    split_refs(&text, at_start, &index, &mut pieces, &mut |token: &RefToken, found: bool| {
                        if let Some(i) = index.get(token.label.as_str()).filter(|_| found) {
                            if let Some(c) = counts.get_mut(*i) {
                                *c += 1;
                            }
                        } else if !notes.is_empty() || token.strong {
                            let shown = text.get(token.start..token.end).unwrap_or_default();
                            warnings.push(ImportWarning::new(
                                line,
                                format!(
                                    "footnote reference {shown} has no note {}; left as text",
                                    token.label
                                ),
                            ));
                        }
                    });
                }
                Piece::Ref { label, original } => {
                    match index.get(label.as_str()).and_then(|i| counts.get_mut(*i)) {
                        Some(c) => *c += 1,
                        None => warnings.push(ImportWarning::new(
                            line,
                            format!("footnote reference {original} has no note {label}; left as text"),
                        )),
                    }
                    pieces.push(Piece::Ref { label, original });
                }
                other => pieces.push(other),
            }
            at_start = false;
        }
        inline.pieces = pieces;
    }
    for (note, count) in notes.iter().zip(&counts) {
        if *count == 0 {
            warnings.push(ImportWarning::new(
                note.line,
                format!("note {} is never referenced in the text; kept as a footnote", note.label),
            ));
        }
    }
    counts
}

fn split_refs(
    text: &str,
    at_start: bool,
    index: &HashMap<&str, usize>,
    out: &mut Vec<Piece>,
    on_token: &mut dyn FnMut(&RefToken, bool),
) {
    let mut rest_from = 0;
    for token in tokens(text) {
        // "(1) arbeiders, (2) boeren" at a block's start is an enumeration, not a note.
        if at_start && text.get(..token.start).is_some_and(|before| before.trim().is_empty()) {
            continue;
        }
        let found = index.contains_key(token.label.as_str());
        on_token(&token, found);
        if !found {
            continue;
        }
        let mut before = text.get(rest_from..token.start).unwrap_or_default();
        // "Bruxelles” (1) op": the reference attaches to the word it follows.
        if text.get(token.start..token.end).is_some_and(|t| t.starts_with(['(', '['])) {
            before = before.trim_end();
        }
        push_text(out, before);
        let original = text.get(token.start..token.end).unwrap_or_default().to_owned();
        out.push(Piece::Ref { label: token.label.clone(), original });
        rest_from = token.end;
    }
    push_text(out, text.get(rest_from..).unwrap_or_default());
}

fn push_text(out: &mut Vec<Piece>, text: &str) {
    if !text.is_empty() {
        out.push(Piece::Text(text.to_owned()));
    }
}

/// Every "(n)", "[n]" and superscript-number token, n of one to three digits and not zero.
fn tokens(text: &str) -> Vec<RefToken> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((start, c)) = chars.next() {
        if c == '(' || c == '[' {
            let close = if c == '(' { ')' } else { ']' };
            let digits: String =
                text.get(start + 1..).unwrap_or_default().chars().take_while(char::is_ascii_digit).collect();
            let end = start + 1 + digits.len();
            if (1..=3).contains(&digits.len())
                && !digits.starts_with('0')
                && text.get(end..).is_some_and(|r| r.starts_with(close))
            {
                let glued = previous.is_some_and(|p| !p.is_whitespace());
                found.push(RefToken { start, end: end + 1, label: digits, strong: glued || c == '[' });
                while chars.peek().is_some_and(|(i, _)| *i <= end) {
                    chars.next();
                }
                previous = Some(close);
                continue;
            }
        } else if let Some(d) = superscript_digit(c) {
            let mut label = String::from(d);
            let mut end = start + c.len_utf8();
            while let Some((i, next)) = chars.peek().copied() {
                let Some(d) = superscript_digit(next) else { break };
                label.push(d);
                end = i + next.len_utf8();
                chars.next();
            }
            if label.len() <= 3 && !label.starts_with('0') {
                found.push(RefToken { start, end, label, strong: true });
            }
            previous = Some(c);
            continue;
        }
        previous = Some(c);
    }
    found
}

fn superscript_digit(c: char) -> Option<char> {
    Some(match c {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        _ => return None,
    })
}

/// How many blocks from `start` are numbered 1, 2, 3… in a row (0 when `start` is not 1).
fn numbered_run(blocks: &[DraftBlock], start: usize) -> usize {
    let mut expected = 1;
    let mut len = 0;
    while let Some(block) = blocks.get(start + len) {
        if number_of(block) != Some(expected) {
            break;
        }
        expected += 1;
        len += 1;
    }
    len
}

/// The number a block starts with: an ordered item's, or a paragraph's "1. ", "[1] ", "(1) ",
/// "¹ " marker.
fn number_of(block: &DraftBlock) -> Option<u32> {
    match &block.kind {
        BlockKind::Item { ordered: true, number, .. } => *number,
        BlockKind::Paragraph(text) => marker(&text.text()).map(|(n, _)| n),
        _ => None,
    }
}

/// Takes a numbered block apart into its number and its text.
fn numbered(block: DraftBlock) -> Option<(u32, Inline)> {
    match block.kind {
        BlockKind::Item { ordered: true, number: Some(n), text, .. } => Some((n, text)),
        BlockKind::Paragraph(mut text) => {
            let (n, len) = marker(&text.text())?;
            text.strip_prefix_bytes(len);
            Some((n, text))
        }
        _ => None,
    }
}

/// A leading note marker and its length in bytes.
pub(crate) fn marker(text: &str) -> Option<(u32, usize)> {
    let lead = text.len() - text.trim_start().len();
    let t = text.trim_start();
    let (digits_at, close): (usize, Option<char>) = match t.chars().next()? {
        '[' => (1, Some(']')),
        '(' => (1, Some(')')),
        c if c.is_ascii_digit() => (0, None),
        c => {
            let d = superscript_digit(c)?;
            return d.to_digit(10).filter(|n| *n > 0).map(|n| (n, lead + c.len_utf8()));
        }
    };
    let digits: String = t.get(digits_at..)?.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let after = digits_at + digits.len();
    let rest = t.get(after..)?;
    let len = match close {
        Some(close) => rest.starts_with(close).then_some(after + 1)?,
        None => rest.starts_with(['.', ')']).then_some(after + 1)?,
    };
    // The marker is followed by the note's text, not glued to it ("1.5 miljoen" is no note).
    let next = t.get(len..)?.chars().next()?;
    if !next.is_whitespace() {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (n > 0).then_some((n, lead + len))
}

fn is_notes_heading(block: &DraftBlock) -> bool {
    match &block.kind {
        BlockKind::Heading { text, .. } | BlockKind::Paragraph(text) => {
            let t = text.text().trim().trim_end_matches(':').trim().to_lowercase();
            NOTES_HEADINGS.contains(&t.as_str())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
