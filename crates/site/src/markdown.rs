//! Inline Markdown of the model's text fields → HTML, with footnote references linked.
//!
//! Every text field of an article is *inline* Markdown: one block's worth of text. It is
//! parsed with pulldown-cmark, but first any line start that CommonMark would read as block
//! syntax ("1917. Dat jaar…" as an ordered list, "- " as a bullet, "#" as a heading) is
//! escaped, so the text always renders as the paragraph it is. Raw HTML is shown as text,
//! never passed through, and link targets outside a small set of schemes (`javascript:`,
//! `data:`…) are dropped, keeping the link's words.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};

use crate::escape::push_html as push_escaped;
use crate::footnote::FootnoteLinker;

/// How the text's paragraphs are rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Each paragraph in its own `<p>` (paragraph and quote blocks).
    Paragraphs,
    /// No `<p>`; paragraphs joined by a space (headings, list items, notes, titles).
    Inline,
}

/// URL schemes a link or image may use; anything else (`javascript:`, `data:`, `vbscript:`) is
/// dropped. Relative URLs and fragments have no scheme and are kept.
const SAFE_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Appends `text` rendered as HTML to `out`; `[^label]` references become links when `notes`
/// knows the label.
pub(crate) fn push_html(
    out: &mut String,
    text: &str,
    mode: Mode,
    mut notes: Option<&mut FootnoteLinker<'_>>,
) {
    if is_plain(text) {
        // Most paragraphs are plain prose: skip the parser, with the same result.
        let text = text.trim_matches([' ', '\t']);
        if !text.is_empty() {
            if mode == Mode::Paragraphs {
                out.push_str("<p>");
            }
            push_text(out, text, notes);
            if mode == Mode::Paragraphs {
                out.push_str("</p>\n");
            }
        }
        return;
    }
    let source = neutralise_block_syntax(text);
    let parser = TextMergeStream::new(Parser::new_ext(&source, Options::ENABLE_STRIKETHROUGH));
    // Whether each open link was written as `<a>` (unsafe targets are not).
    let mut links: Vec<bool> = Vec::new();
    // An image being read: its tag so far and its alt text.
    let mut image: Option<(Option<String>, String)> = None;
    let mut paragraphs = 0usize;
    for event in parser {
        if let Some((_, alt)) = &mut image {
            match event {
                Event::End(TagEnd::Image) => {
                    if let Some((tag, alt)) = image.take() {
                        match tag {
                            Some(tag) => {
                                out.push_str(&tag);
                                push_escaped(out, &alt);
                                out.push_str("\" loading=\"lazy\">");
                            }
                            None => push_escaped(out, &alt),
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => alt.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Paragraph) => {
                if mode == Mode::Paragraphs {
                    out.push_str("<p>");
                } else if paragraphs > 0 {
                    out.push(' ');
                }
                paragraphs += 1;
            }
            Event::End(TagEnd::Paragraph) if mode == Mode::Paragraphs => out.push_str(
                "</p>
",
            ),
            Event::Start(Tag::Emphasis) => out.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => out.push_str("</em>"),
            Event::Start(Tag::Strong) => out.push_str("<strong>"),
            Event::End(TagEnd::Strong) => out.push_str("</strong>"),
            Event::Start(Tag::Strikethrough) => out.push_str("<s>"),
            Event::End(TagEnd::Strikethrough) => out.push_str("</s>"),
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                // A link inside a link is invalid HTML: keep only the outer one.
                let open = links.is_empty() && is_safe_url(&dest_url);
                if open {
                    out.push_str("<a href=\"");
                    push_escaped(out, &dest_url);
                    if !title.is_empty() {
                        out.push_str("\" title=\"");
                        push_escaped(out, &title);
                    }
                    out.push_str("\">");
                }
                links.push(open);
            }
            Event::End(TagEnd::Link) => out.push_str(if links.pop() == Some(true) { "</a>" } else { "" }),
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let tag = is_safe_url(&dest_url).then(|| {
                    let mut tag = String::from("<img src=\"");
                    push_escaped(&mut tag, &dest_url);
                    if !title.is_empty() {
                        tag.push_str("\" title=\"");
                        push_escaped(&mut tag, &title);
                    }
                    tag.push_str("\" alt=\"");
                    tag
                });
                image = Some((tag, String::new()));
            }
            Event::Text(text) => {
                let linker = if links.is_empty() { notes.as_deref_mut() } else { None };
                push_text(out, &text, linker);
            }
            Event::Code(code) => {
                out.push_str("<code>");
                push_escaped(out, &code);
                out.push_str("</code>");
            }
            // Raw HTML is the editor's text, not markup: show it.
            Event::Html(html) | Event::InlineHtml(html) => push_escaped(out, &html),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br>\n"),
            // Other block structure cannot arise from neutralised text; its words still show.
            _ => {}
        }
    }
}

/// `text` rendered inline (no `<p>`), without footnote links: titles, summaries.
pub(crate) fn inline_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    push_html(&mut out, text, Mode::Inline, None);
    out
}

/// The words of `text` without markup or footnote references: for `<title>`, meta
/// descriptions, feeds and JSON-LD.
pub(crate) fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if is_plain(text) {
        push_without_references(&mut out, text);
        return trimmed(out);
    }
    let source = neutralise_block_syntax(text);
    for event in TextMergeStream::new(Parser::new_ext(&source, Options::ENABLE_STRIKETHROUGH)) {
        match event {
            Event::Text(t) => push_without_references(&mut out, &t),
            Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Paragraph) if !out.is_empty() => out.push(' '),
            _ => {}
        }
    }
    trimmed(out)
}

fn trimmed(text: String) -> String {
    let t = text.trim();
    if t.len() == text.len() { text } else { t.to_owned() }
}

/// Plain text cut at a word boundary to about `max` characters, with an ellipsis when cut.
pub(crate) fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    let head = head.rfind(char::is_whitespace).map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// Bytes after which Markdown might render text differently from what it says; a table
/// rather than a `match` because this scan runs over every paragraph.
static MARKDOWN_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let special = b"*_`<>\\!~&\n\r";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = true;
        i += 1;
    }
    table
};

/// Whether `text` is one line of prose in which Markdown would change nothing: no emphasis,
/// code, links, entities, escapes or raw HTML; brackets only in `[^label]` references; no
/// block syntax at the start.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().any(|&b| MARKDOWN_SPECIAL[usize::from(b)])
        || block_marker(text).is_some()
        || text.starts_with([' ', '\t'])
    {
        return false;
    }
    // Every `[` must open a footnote reference `[^label]` that is not also a link.
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        let after = &rest[at + 1..];
        let Some(label) = after.strip_prefix('^') else { return false };
        let Some(end) = label.find(|c: char| c == ']' || c == '[' || c.is_whitespace()) else { return false };
        if end == 0 || !label[end..].starts_with(']') || label[end + 1..].starts_with(['(', '[', ':']) {
            return false;
        }
        rest = &label[end + 1..];
    }
    true
}

/// Escapes `text` into `out`, turning `[^label]` into a footnote link where the label is known.
fn push_text(out: &mut String, text: &str, notes: Option<&mut FootnoteLinker<'_>>) {
    let Some(notes) = notes.filter(|n| !n.is_empty() && text.contains("[^")) else {
        push_escaped(out, text);
        return;
    };
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        push_escaped(out, &rest[..start]);
        let after = &rest[start + 2..];
        let linked = after
            .find(']')
            .map(|end| (&after[..end], end))
            .filter(|(label, _)| !label.is_empty() && !label.contains(char::is_whitespace))
            .and_then(|(label, end)| notes.link(label, out).then_some(end));
        match linked {
            Some(end) => rest = &after[end + 1..],
            None => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    push_escaped(out, rest);
}

/// Appends `text` without its `[^label]` references.
fn push_without_references(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        let after = &rest[start + 2..];
        match after.find(']').filter(|&end| end > 0 && !after[..end].contains(char::is_whitespace)) {
            Some(end) => {
                out.push_str(&rest[..start]);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[..start + 2]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// Whether a link target may be written into `href`/`src`.
pub(crate) fn is_safe_url(url: &str) -> bool {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
    let Some(end) = url.find([':', '/', '?', '#']) else {
        // No delimiter at all: a relative path, unless it hides characters a browser strips.
        return !url.chars().any(|c| c.is_control());
    };
    if !url[end..].starts_with(':') {
        return !url[..end].chars().any(|c| c.is_control() || c.is_whitespace());
    }
    let scheme = &url[..end];
    SAFE_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme))
}

/// Escapes, at each line start, whatever CommonMark would read as block syntax, and drops
/// leading indentation (which would make code blocks), so the text parses as paragraphs only.
fn neutralise_block_syntax(text: &str) -> Cow<'_, str> {
    let needs_work =
        text.split('\n').any(|line| line.starts_with([' ', '\t']) || block_marker(line).is_some());
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_start_matches([' ', '\t']);
        match block_marker(line) {
            Some(at) => {
                out.push_str(&line[..at]);
                out.push('\\');
                out.push_str(&line[at..]);
            }
            None => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

/// Where a backslash must go to stop `line` (already unindented) from opening a block.
fn block_marker(line: &str) -> Option<usize> {
    let line = line.trim_start_matches([' ', '\t']);
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    let second = bytes.get(1).copied();
    let only = |c: u8| line.trim_end().bytes().all(|b| b == c || b == b' ' || b == b'\t');
    match first {
        b'#' | b'>' | b'<' => Some(0),
        b'-' | b'+' | b'*' if matches!(second, None | Some(b' ' | b'\t' | b'\r')) || only(first) => Some(0),
        b'=' | b'_' if only(first) => Some(0),
        b'`' | b'~' if line.starts_with("```") || line.starts_with("~~~") => Some(0),
        // A link reference or footnote definition, `[x]: …`, would vanish from the text.
        b'[' => line.find(']').filter(|&end| bytes.get(end + 1) == Some(&b':')).map(|_| 0),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let after = bytes.get(digits + 1).copied();
            (digits <= 9
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && matches!(after, None | Some(b' ' | b'\t' | b'\r')))
            .then_some(digits)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use kroniek_model::Footnote;

    use super::*;
    use crate::i18n::Strings;

    fn paragraphs(text: &str) -> String {
        let mut out = String::new();
        push_html(&mut out, text, Mode::Paragraphs, None);
        out
    }

    #[test]
    fn inline_markup_renders() {
        assert_eq!(
            paragraphs("Een *roman*, **vet**, `code` en [een link](https://example.org/a?b=1&c=2 \"T\")."),
            "<p>Een <em>roman</em>, <strong>vet</strong>, <code>code</code> en \
             <a href=\"https://example.org/a?b=1&amp;c=2\" title=\"T\">een link</a>.</p>\n"
        );
        assert_eq!(inline_html("*Veroverde stad*"), "<em>Veroverde stad</em>");
    }

    #[test]
    fn raw_html_is_escaped_never_passed_through() {
        let out = paragraphs("Voor <script>alert('x')</script> na <b onclick=\"x\">b</b>");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<b "), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        let block = paragraphs("<script>alert(1)</script>");
        assert_eq!(block, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    }

    #[test]
    fn dangerous_link_targets_are_dropped_but_their_words_kept() {
        for target in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,xx", "vbscript:x"]
        {
            let out = paragraphs(&format!("[klik]({target}) en ![beeld]({target})"));
            assert!(!out.contains("href"), "{target}: {out}");
            assert!(!out.contains("<img"), "{target}: {out}");
            assert!(out.contains("klik") && out.contains("beeld"), "{out}");
        }
        assert!(is_safe_url("/archieven/x/"));
        assert!(is_safe_url("#noot-1"));
        assert!(is_safe_url("mailto:a@example.org"));
        assert!(!is_safe_url("java\tscript:alert(1)"));
        assert!(
            paragraphs("![Serge](/static/serge.jpg)")
                .contains("<img src=\"/static/serge.jpg\" alt=\"Serge\"")
        );
    }

    #[test]
    fn line_starts_never_turn_into_blocks() {
        assert_eq!(
            paragraphs("1917. Het jaar van de revolutie."),
            "<p>1917. Het jaar van de revolutie.</p>\n"
        );
        assert_eq!(paragraphs("- geen lijst"), "<p>- geen lijst</p>\n");
        assert_eq!(paragraphs("# geen kop"), "<p># geen kop</p>\n");
        assert_eq!(paragraphs("regel\n---"), "<p>regel\n---</p>\n");
        assert_eq!(paragraphs("    ingesprongen"), "<p>ingesprongen</p>\n");
        assert_eq!(paragraphs("[x]: https://example.org"), "<p>[x]: https://example.org</p>\n");
        assert_eq!(paragraphs("> geen citaat"), "<p>&gt; geen citaat</p>\n");
        assert_eq!(paragraphs("Eerste.\n\nTweede."), "<p>Eerste.</p>\n<p>Tweede.</p>\n");
    }

    #[test]
    fn footnote_references_link_only_when_defined() {
        let notes = [Footnote { label: "1".into(), text: "Bron.".into(), refs: 1 }];
        let mut linker = FootnoteLinker::new("a", &notes, Strings::for_language("nl"));
        let mut out = String::new();
        push_html(&mut out, "Tekst.[^1] Andere[^9] en *nadruk[^1]*.", Mode::Paragraphs, Some(&mut linker));
        assert!(out.contains(r##"<a id="a-fnref-1-1" href="#a-fn-1""##), "{out}");
        assert!(out.contains(r#"<em>nadruk<sup class="fnref"><a id="a-fnref-1-2""#), "{out}");
        assert!(out.contains("Andere[^9]"), "unknown labels stay as text: {out}");
    }

    #[test]
    fn the_plain_prose_shortcut_renders_like_the_parser() {
        let notes = [
            Footnote { label: "1".into(), text: "Bron.".into(), refs: 1 },
            Footnote { label: "bron".into(), text: "Bron.".into(), refs: 1 },
        ];
        for text in [
            "Gewone tekst, met ‘aanhalingstekens’ en \"quotes\" en 's-Gravenhage.",
            "Een noot.[^1] En nog een[^bron], en een onbekende[^9].",
            "Met spaties achteraan.  ",
            "(1926-29) en 50% en #hashtag en a+b en 3.14 en [^1]",
            "",
            "   ",
            "[^1](https://example.org) is een link",
            "[^1]: een definitie",
            "[^ 1] geen noot",
            "1917. Het jaar",
            "Een *nadruk* en [link](x)",
        ] {
            for mode in [Mode::Paragraphs, Mode::Inline] {
                let render = |force_parser: bool| {
                    let mut linker = FootnoteLinker::new("a", &notes, Strings::for_language("nl"));
                    let mut out = String::new();
                    if force_parser {
                        // A trailing escape-free newline defeats the shortcut without changing the output.
                        push_html(&mut out, &format!("{text}\n"), mode, Some(&mut linker));
                    } else {
                        push_html(&mut out, text, mode, Some(&mut linker));
                    }
                    out
                };
                assert_eq!(render(false), render(true), "{text:?} in {mode:?}");
            }
            assert_eq!(plain_text(text), plain_text(&format!("{text}\n")), "{text:?} as plain text");
        }
        assert!(is_plain("Een noot.[^1] En meer."));
        assert!(!is_plain("Een *nadruk*."));
        assert!(!is_plain("[^1](x)"));
    }

    #[test]
    fn plain_text_drops_markup_and_references() {
        assert_eq!(plain_text("Een *roman*[^1] over [Parijs](https://x.org)."), "Een roman over Parijs.");
        assert_eq!(plain_text("A\nB"), "A B");
        assert_eq!(truncate_words("een twee drie vier", 10), "een twee…");
        assert_eq!(truncate_words("kort", 10), "kort");
    }
}
