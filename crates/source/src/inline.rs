//! Inline Markdown taken from the source: the text of a paragraph, heading or list item exactly
//! as the editor wrote it (emphasis, links, escapes and `[^label]` references stay Markdown),
//! joined onto one line.

use std::ops::Range;

/// Rebuilds the inline Markdown of `range` in `source`.
///
/// Soft line breaks become one space; hard breaks (two trailing spaces or a trailing `\`)
/// become the canonical `\` + newline; continuation lines lose their indentation and, inside
/// `quote_depth` block quotes, their `>` markers. `hard_breaks` holds the byte positions of the
/// newlines that end a hard break (the parser knows which they are; code spans can end lines
/// in `\` without one).
pub(crate) fn inline_markdown(
    source: &str,
    range: Range<usize>,
    hard_breaks: &[usize],
    quote_depth: usize,
) -> String {
    let Some(text) = source.get(range.clone()) else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len());
    let mut line_start = range.start;
    let mut lines = text.split('\n').peekable();
    let mut first = true;
    while let Some(line) = lines.next() {
        let newline_at = line_start + line.len();
        line_start = newline_at + 1;
        let mut content = if first { line } else { continuation(line, quote_depth) };
        first = false;
        content = content.trim_end_matches('\r');
        if lines.peek().is_none() {
            out.push_str(content);
        } else if hard_breaks.contains(&newline_at) {
            let content = content.trim_end_matches([' ', '\t']);
            let content = content.strip_suffix('\\').unwrap_or(content);
            out.push_str(content);
            out.push_str("\\\n");
        } else {
            out.push_str(content.trim_end_matches([' ', '\t']));
            out.push(' ');
        }
    }
    protect_block_start(out.trim())
}

/// Escapes a block marker at the start of inline text (`-`, `1.`, `#`, `>`, a fence, a rule,
/// `[label]:`), so that the text, written at the start of a line, reads back as text.
///
/// Inline text can start with one only in corners of the syntax (a lone `-` after a link
/// reference definition, for example); the escape renders the same and makes the text
/// canonical.
pub(crate) fn protect_block_start(text: &str) -> String {
    let first_line = text.split('\n').next().unwrap_or("");
    let bytes = first_line.as_bytes();
    let after = |i: usize| bytes.get(i).is_none_or(|b| *b == b' ' || *b == b'\t');
    let rule = |c: u8| {
        first_line.bytes().all(|b| b == c || b == b' ' || b == b'\t')
            && first_line.bytes().filter(|b| *b == c).count() >= 3
    };
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let escape_at = match bytes.first() {
        Some(b'-' | b'+' | b'*') if after(1) => Some(0),
        Some(c @ (b'-' | b'*' | b'_')) if rule(*c) => Some(0),
        Some(b'#') if after(bytes.iter().take_while(|b| **b == b'#').count()) => Some(0),
        Some(b'>' | b'=') => Some(0),
        Some(b'`') if first_line.starts_with("```") => Some(0),
        Some(b'~') if first_line.starts_with("~~~") => Some(0),
        Some(b'[') if first_line.find("]:").is_some_and(|i| !first_line[1..i].contains(['[', ']'])) => {
            Some(0)
        }
        Some(b'0'..=b'9')
            if (1..=9).contains(&digits)
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && after(digits + 1) =>
        {
            Some(digits)
        }
        _ => None,
    };
    match escape_at {
        Some(at) => format!("{}\\{}", &text[..at], &text[at..]),
        None => text.to_owned(),
    }
}

/// A continuation line without its indentation and quote markers.
fn continuation(line: &str, quote_depth: usize) -> &str {
    let mut rest = line.trim_start_matches([' ', '\t']);
    for _ in 0..quote_depth {
        match rest.strip_prefix('>') {
            Some(after) => rest = after.trim_start_matches([' ', '\t']),
            None => break,
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_breaks_become_spaces_and_indentation_goes() {
        let source = "- een *twee\n  drie* vier";
        assert_eq!(inline_markdown(source, 2..source.len(), &[], 0), "een *twee drie* vier");
    }

    #[test]
    fn hard_breaks_are_canonical() {
        let source = "a  \nb\\\nc";
        assert_eq!(inline_markdown(source, 0..source.len(), &[3, 6], 0), "a\\\nb\\\nc");
    }

    #[test]
    fn quote_markers_are_dropped_from_continuation_lines() {
        let source = "> > een\n> > twee\nlui";
        assert_eq!(inline_markdown(source, 4..source.len(), &[], 2), "een twee lui");
    }

    #[test]
    fn block_markers_at_the_start_are_escaped() {
        for (text, protected) in [
            ("-", "\\-"),
            ("- x", "\\- x"),
            ("*nadruk*", "*nadruk*"),
            ("***", "\\***"),
            ("## x", "\\## x"),
            ("#hashtag", "#hashtag"),
            ("> x", "\\> x"),
            ("1932. Een jaar", "1932\\. Een jaar"),
            ("1932 was", "1932 was"),
            ("[^1]: x", "\\[^1]: x"),
            ("[link](x): y", "[link](x): y"),
            ("\\- x", "\\- x"),
        ] {
            assert_eq!(protect_block_start(text), protected, "{text}");
        }
    }

    #[test]
    fn crlf_and_bad_ranges_are_harmless() {
        let source = "een\r\ntwee";
        assert_eq!(inline_markdown(source, 0..source.len(), &[], 0), "een twee");
        assert_eq!(inline_markdown("é", 1..2, &[], 0), "");
    }
}
