//! Raw-text HTML blocks (`<script>`, `<pre>`, `<style>`, `<textarea>`) closed in capitals.
//!
//! CommonMark ends such a block at the first line holding its closing tag in any case, but
//! pulldown-cmark 0.13 looks for the closing tag in lower case only: a block opened by
//! `<SCRIPT>` and closed by `</SCRIPT>` runs on to the end of the article and swallows every
//! paragraph and footnote definition after it. Raw HTML is only ever kept as text, yet the
//! structure after it must not be lost, so the body is parsed from a copy in which exactly the
//! closing tags that end such a block are written in lower case. The copy has the same length
//! and the same offsets; the walker takes every text from the original source.

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The elements whose blocks end at their closing tag rather than at a blank line.
const RAW_TEXT_ELEMENTS: [&str; 4] = ["script", "pre", "style", "textarea"];

/// More fixes than this and the body is hostile: stop, keeping what was fixed so far.
const MAX_FIXES: usize = 64;

/// The text to hand to the Markdown parser: `None` when `body` needs no fix (nearly always),
/// else a copy of `body` in which the capitalised closing tags of raw-text blocks are
/// lower-cased, so that the parser ends those blocks where CommonMark does.
pub(crate) fn parse_copy(body: &str, options: Options) -> Option<String> {
    if !has_capitalised_closer(body) {
        return None;
    }
    let mut copy: Option<String> = None;
    for _ in 0..MAX_FIXES {
        let text = copy.as_deref().unwrap_or(body);
        let Some(at) = first_unended_closer(text, options) else { break };
        let mut fixed = copy.take().unwrap_or_else(|| body.to_owned());
        // The closer is ASCII, so lower-casing it keeps every byte offset.
        if let Some(tag) = fixed.get_mut(at.clone()) {
            tag.make_ascii_lowercase();
        }
        copy = Some(fixed);
    }
    copy
}

/// Whether `text` holds a closing tag of a raw-text element written with a capital anywhere.
fn has_capitalised_closer(text: &str) -> bool {
    closers(text).any(|range| text.get(range).is_some_and(|tag| tag.bytes().any(|b| b.is_ascii_uppercase())))
}

/// The byte range of the first capitalised closing tag that pulldown-cmark let a raw-text block
/// run past, if any.
fn first_unended_closer(text: &str, options: Options) -> Option<std::ops::Range<usize>> {
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if !matches!(event, Event::Start(Tag::HtmlBlock)) {
            continue;
        }
        let block = text.get(range.clone())?;
        let Some(element) = raw_text_element(block) else { continue };
        let closer = closers(block).find(|r| {
            block.get(r.start + 2..r.end - 1).is_some_and(|name| name.eq_ignore_ascii_case(element))
        })?;
        let tag = block.get(closer.clone())?;
        // A lower-case closer already ends the block: nothing to fix there.
        let ends_inside = block.get(closer.end..).is_some_and(|rest| rest.contains('\n'));
        if tag.bytes().any(|b| b.is_ascii_uppercase()) && ends_inside {
            return Some(range.start + closer.start..range.start + closer.end);
        }
    }
    None
}

/// The raw-text element a block opens with (`<script`, `<PRE>`, …), if it does.
fn raw_text_element(block: &str) -> Option<&'static str> {
    let rest = block.trim_start().strip_prefix('<')?;
    RAW_TEXT_ELEMENTS.into_iter().find(|name| {
        rest.get(..name.len()).is_some_and(|head| head.eq_ignore_ascii_case(name))
            && rest
                .get(name.len()..)
                .and_then(|after| after.chars().next())
                .is_none_or(|c| c == '>' || c.is_whitespace())
    })
}

/// The byte ranges of every `</name>` in `text` whose name is a raw-text element, in any case.
fn closers(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    text.match_indices("</").filter_map(move |(start, _)| {
        let rest = text.get(start + 2..)?;
        RAW_TEXT_ELEMENTS.into_iter().find_map(|name| {
            let head = rest.get(..name.len())?;
            (head.eq_ignore_ascii_case(name) && rest.get(name.len()..)?.starts_with('>'))
                .then(|| start..start + 2 + name.len() + 1)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Options {
        crate::markdown::markdown_options()
    }

    #[test]
    fn a_body_without_capitalised_closers_is_parsed_as_it_is() {
        assert_eq!(parse_copy("<script>x</script>\n\nTekst.\n", options()), None);
        assert_eq!(parse_copy("Geen HTML, wel `</b>` in code.\n", options()), None);
    }

    #[test]
    fn a_capitalised_closer_ends_its_block_in_the_copy() {
        let body = "<SCRIPT>x</SCRIPT>\n\nTekst.[^1]\n\n[^1]: Noot.\n";
        let copy = parse_copy(body, options()).expect("a fix");
        assert_eq!(copy, "<SCRIPT>x</script>\n\nTekst.[^1]\n\n[^1]: Noot.\n");
        assert_eq!(copy.len(), body.len());
    }

    #[test]
    fn closers_outside_raw_text_blocks_are_left_alone() {
        let body = "Tekst met `</SCRIPT>` in code.\n\n<pre>\nvast\n</PRE>\n\nNa.\n";
        let copy = parse_copy(body, options()).expect("the pre block is fixed");
        assert!(copy.contains("`</SCRIPT>`"), "{copy}");
        assert!(copy.contains("</pre>"), "{copy}");
    }

    #[test]
    fn every_block_is_fixed_and_hostile_bodies_stop() {
        let body = "<style>a</STYLE>\n\nEen.\n\n<textarea>b</TextArea>\n\nTwee.\n";
        let copy = parse_copy(body, options()).expect("fixed");
        assert!(copy.contains("</style>") && copy.contains("</textarea>"), "{copy}");
        let many = "<script>x</Script>\n\n".repeat(200);
        let copy = parse_copy(&many, options()).expect("fixed up to the bound");
        assert_eq!(copy.matches("</script>").count(), MAX_FIXES);
    }
}
