//! A linear guard in front of the HTML parser: markup nested thousands of levels deep makes
//! html5ever's tree building quadratic, so such a page is read as tag-stripped text instead.

/// Nesting deeper than this is not a real page (real ones nest a few dozen levels).
pub(crate) const MAX_NESTING: usize = 400;

/// Elements that never nest: void elements, and those the parser closes implicitly.
const NON_NESTING: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot",
    "colgroup", "!doctype", "html", "head", "body",
];

/// The deepest tag nesting in the markup, counted in one pass over the bytes.
pub(crate) fn nesting(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(offset) = bytes.get(i..).and_then(|rest| rest.iter().position(|b| *b == b'<')) {
        i += offset + 1;
        if bytes.get(i..).is_some_and(|r| r.starts_with(b"!--")) {
            i = find(bytes, i, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = bytes
            .get(start..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'!').count());
        if name_len == 0 {
            continue;
        }
        let name = html.get(start..start + name_len).unwrap_or_default().to_ascii_lowercase();
        let end = find(bytes, start, b">").unwrap_or(bytes.len());
        let self_closing = end > 0 && bytes.get(end - 1) == Some(&b'/');
        i = end;
        if NON_NESTING.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
            // Raw text: the content of these is not markup.
            if name == "script" || name == "style" {
                let close = if name == "script" { b"</script".as_slice() } else { b"</style".as_slice() };
                i = find_ci(bytes, i, close).unwrap_or(bytes.len());
            }
        }
    }
    deepest
}

/// The page's text with tags removed, paragraphs kept apart by blank lines, script and style
/// content dropped and the common entities decoded: enough for the text reader.
pub(crate) fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_entities(rest.get(..open).unwrap_or_default()));
        let after = rest.get(open..).unwrap_or_default();
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = after.get(..end).unwrap_or_default().to_ascii_lowercase();
        rest = after.get(end..).unwrap_or_default();
        let name: String =
            tag.trim_start_matches(['<', '/']).chars().take_while(char::is_ascii_alphanumeric).collect();
        if (name == "script" || name == "style") && !tag.starts_with("</") {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = rest.get(lower.find(&close).unwrap_or(rest.len())..).unwrap_or_default();
        } else if [
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "blockquote",
            "section",
            "article",
        ]
        .contains(&name.as_str())
        {
            out.push_str("\n\n");
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let after = rest.get(at + 1..).unwrap_or_default();
        let semi = after.find(';').filter(|s| *s <= 10);
        let decoded = semi.and_then(|s| {
            let name = after.get(..s)?;
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, s))
        });
        match decoded {
            Some((c, s)) => {
                out.push(c);
                rest = after.get(s + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// Case-insensitive search for a needle that opens with a non-letter (`</script`): jumps from
/// one occurrence of the first byte to the next instead of comparing at every offset.
fn find_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut at = from;
    loop {
        at += bytes.get(at..)?.iter().position(|b| *b == first)?;
        if bytes.get(at + 1..at + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(rest)) {
            return Some(at);
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_real_nesting_only() {
        assert_eq!(nesting("<html><body><div><p>a<p>b<div><span>x</span></div></div></body></html>"), 3);
        assert_eq!(nesting("<ul><li>a<li>b<br><img src=x/></ul><!-- <div><div> -->"), 1);
        assert_eq!(nesting("<script>if (a < b) { '<div><div>' }</script><div></div>"), 1);
        assert_eq!(nesting(&"<div>".repeat(1000)), 1000);
    }

    #[test]
    fn stripped_text_keeps_paragraphs_and_decodes_entities() {
        let text = strip_tags(
            "<h1>Titel</h1><p>Caf&eacute; &amp; co&#246;peratie</p><script>x()</script><p>Twee &lt;3</p>",
        );
        assert_eq!(
            text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect::<Vec<_>>(),
            ["Titel", "Caf&eacute; & coöperatie", "Twee <3"]
        );
    }
}
