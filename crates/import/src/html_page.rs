//! Saved HTML pages: the main content found by dom_smoothie (Readability's algorithm),
//! sanitised by ammonia, walked into blocks; the headline and byline from the page's meta
//! tags and elements; everything outside the content listed as dropped.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};

use dom_query::{Document, NodeRef};
use kroniek_model::Series;

use crate::draft::{BlockKind, Draft, DraftBlock};
use crate::headline::{self, Headline};
use crate::html_depth;
use crate::html_meta::{self, PageMetadata};
use crate::html_prune;
use crate::html_walk::{DomWalker, Walked};
use crate::leftover::{self, Leftover};
use crate::{DropReason, DroppedLine, ImportError, ImportWarning, byline};

/// Pages nested deeper than this skip the extractor (whose tree walks recurse) and are read
/// whole; real pages nest a few dozen levels.
const MAX_EXTRACTOR_DEPTH: usize = 512;

/// Reads an HTML page into a draft.
pub(crate) fn read(html: &str, declared: &[Series]) -> Result<Draft, ImportError> {
    let depth = html_depth::nesting(html);
    if depth > html_depth::MAX_NESTING {
        let mut draft = crate::text_page::read(&html_depth::strip_tags(html), declared);
        let message = format!("the page nests its markup {depth} levels deep; it was read as plain text");
        draft.warnings.insert(0, ImportWarning::new(None, message));
        return Ok(draft);
    }
    // The page is parsed once: the metadata and the whole page's blocks (for the list of what
    // was dropped) are read first, then the same tree goes to the extractor, which changes it.
    let doc = Document::from(html);
    let meta = html_meta::read(&doc);
    let Some(body) = doc.body() else { return Err(ImportError::NoBody { title: meta.title }) };
    if body.text().trim().is_empty() {
        return Err(ImportError::NoBody { title: meta.title.or(meta.document_title) });
    }
    let page = DomWalker::new(&body).walk(&body);

    let mut draft = Draft::default();
    html_prune::prune(&doc);
    let content = match main_content(doc, ParsePolicy::Strict) {
        Extracted::Content(content) => content,
        // Rare: the strict attempt found too little. The extractor rewrote the tree, so the page
        // is parsed again for Readability's relaxed attempts (as its `parse` runs them).
        Extracted::TooShort | Extracted::Nothing => {
            match main_content(Document::from(html), ParsePolicy::All) {
                Extracted::Content(content) | Extracted::TooShortContent(content) => content,
                _ => {
                    draft
                        .warnings
                        .push(ImportWarning::new(None, "no main content found; the whole body was read"));
                    Document::from(html).body().map(|b| b.inner_html().to_string()).unwrap_or_default()
                }
            }
        }
        Extracted::TooShortContent(content) => content,
        Extracted::TooDeep(content) => {
            draft.warnings.push(ImportWarning::new(
                None,
                "the page is nested too deeply to find its main content; the whole body was read",
            ));
            content
        }
    };
    let clean = sanitise(&content);
    let fragment = Document::fragment(clean);
    let root = fragment.root();
    let walked = DomWalker::new(&root).walk(&root);
    draft.blocks = walked.blocks;
    draft.notes = walked.notes;

    set_aside_leftovers(&mut draft);
    draft.authors = meta.authors.clone();
    take_bylines(&mut draft);
    draft.headline = headline_of(&meta, &mut draft, declared);
    draft.published = meta.published;
    if let Some(publication) = meta.publication.clone() {
        draft.publication = Some(publication);
    }
    draft.declared_language = meta.language.clone();

    list_outside(page, &meta, &mut draft);
    Ok(draft)
}

/// How much of Readability's algorithm to run.
#[derive(Clone, Copy)]
enum ParsePolicy {
    /// One attempt with every cleaning rule: no copy of the tree is kept.
    Strict,
    /// Readability's full `parse`: relaxes one rule per attempt while the text is short,
    /// each attempt on a copy of the tree, and keeps the longest.
    All,
}

/// What the extractor made of a page.
enum Extracted {
    /// The main content's HTML, long enough to trust.
    Content(String),
    /// A strict attempt found too little to trust (or nothing).
    TooShort,
    /// The full algorithm found only a short text: the best there is.
    TooShortContent(String),
    /// Nothing at all.
    Nothing,
    /// The page nests too deeply for the extractor; the whole body's HTML.
    TooDeep(String),
}

/// Finds the main content of the parsed page, which the extractor rewrites.
fn main_content(doc: Document, policy: ParsePolicy) -> Extracted {
    if let Some(body) = doc.body()
        && depth(&body) > MAX_EXTRACTOR_DEPTH
    {
        return Extracted::TooDeep(body.inner_html().to_string());
    }
    // The page's metadata is read by `html_meta`; the extractor's JSON-LD pass is not needed.
    let config =
        dom_smoothie::Config { keep_classes: true, disable_json_ld: true, ..dom_smoothie::Config::default() };
    let threshold = config.char_threshold;
    // The extractor is a dependency; a bug in it must cost this page its extraction, not the
    // whole import run.
    let extracted = catch_unwind(AssertUnwindSafe(|| {
        let mut readability = dom_smoothie::Readability::with_document(doc, None, Some(config))?;
        match policy {
            ParsePolicy::Strict => readability.parse_with_policy(dom_smoothie::ParsePolicy::Strict),
            ParsePolicy::All => readability.parse(),
        }
    }));
    match (extracted, policy) {
        (Ok(Ok(article)), _) if article.text_content.trim().is_empty() => Extracted::Nothing,
        (Ok(Ok(article)), ParsePolicy::All) if article.length < threshold => {
            Extracted::TooShortContent(article.content.to_string())
        }
        (Ok(Ok(article)), ParsePolicy::Strict) if article.length < threshold => Extracted::TooShort,
        (Ok(Ok(article)), _) => Extracted::Content(article.content.to_string()),
        _ => Extracted::Nothing,
    }
}

/// The deepest element nesting under `root`, counted without recursion.
fn depth(root: &NodeRef<'_>) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(*root, 0usize)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        if d > MAX_EXTRACTOR_DEPTH {
            break;
        }
        stack.extend(node.children_it(false).filter(|c| c.is_element()).map(|c| (c, d + 1)));
    }
    deepest
}

/// Only text-bearing markup survives: no script, style, event handler, form or embedded
/// object, and links only with safe schemes.
fn sanitise(html: &str) -> String {
    let tags: HashSet<&str> = [
        "p",
        "div",
        "span",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "q",
        "cite",
        "em",
        "i",
        "strong",
        "b",
        "u",
        "s",
        "del",
        "ins",
        "mark",
        "small",
        "sub",
        "sup",
        "a",
        "br",
        "hr",
        "code",
        "pre",
        "kbd",
        "samp",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "abbr",
        "time",
        "font",
        "center",
        "address",
    ]
    .into_iter()
    .collect();
    ammonia::Builder::default()
        .tags(tags)
        .add_generic_attributes(["id", "class"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(None)
        .clean(html)
        .to_string()
}

/// Share buttons, cookie notices and front-page links that the extractor kept.
fn set_aside_leftovers(draft: &mut Draft) {
    let mut kept = Vec::with_capacity(draft.blocks.len());
    for block in std::mem::take(&mut draft.blocks) {
        let text = block.inline().text();
        match leftover::classify(&text) {
            Some(Leftover::Drop(reason)) => {
                draft.dropped.push(DroppedLine { line: None, text: text.trim().to_owned(), reason })
            }
            Some(Leftover::Publication(name)) => {
                draft.publication.get_or_insert(name);
                draft.dropped.push(DroppedLine {
                    line: None,
                    text: text.trim().to_owned(),
                    reason: DropReason::Publication,
                });
            }
            None => kept.push(block),
        }
    }
    draft.blocks = kept;
}

/// A byline paragraph in the first blocks ("tekst: Jef Claes") goes into the authors.
fn take_bylines(draft: &mut Draft) {
    let mut i = 0;
    while i < draft.blocks.len().min(6) {
        let names = match draft.blocks.get(i) {
            Some(DraftBlock { kind: BlockKind::Paragraph(text), .. }) => byline::parse(&text.text()),
            _ => None,
        };
        match names {
            Some(names) => {
                draft.blocks.remove(i);
                for name in names {
                    draft.add_author(name);
                }
            }
            None => i += 1,
        }
    }
}

/// Title from `<h1>`/`og:title`; without one, the short heading-like lines that open the
/// content (an old page's bold kicker and title); the `<title>` element last.
fn headline_of(meta: &PageMetadata, draft: &mut Draft, declared: &[Series]) -> Headline {
    let mut h = match &meta.title {
        Some(title) => headline::split(&[title.as_str()], declared),
        None => leading_headline(draft, declared)
            .or_else(|| {
                let title = meta.document_title.as_deref()?;
                // "Article - Site": the part before the site's name.
                let first = [" | ", " - ", " – ", " — "]
                    .iter()
                    .filter_map(|sep| title.split_once(sep).map(|(a, _)| a))
                    .min_by_key(|a| a.len())
                    .unwrap_or(title);
                draft
                    .warnings
                    .push(ImportWarning::new(None, "no headline in the page; the title comes from <title>"));
                Some(Headline { title: first.trim().to_owned(), ..Headline::default() })
            })
            .unwrap_or_default(),
    };
    if h.subtitle.is_none() {
        h.subtitle = meta.subtitle.clone().filter(|s| *s != h.title);
    }
    if h.series.is_none()
        && let Some(kicker) = &meta.kicker
    {
        match declared.iter().enumerate().find(|(_, s)| s.title.to_lowercase() == kicker.to_lowercase()) {
            Some((i, series)) => {
                h.series = Some(series.title.clone());
                h.series_index = Some(i);
            }
            None => h.series = Some(kicker.clone()),
        }
    }
    h
}

fn leading_headline(draft: &mut Draft, declared: &[Series]) -> Option<Headline> {
    let mut lines = Vec::new();
    while lines.len() < 3 {
        let Some(block) = draft.blocks.first() else { break };
        let text = block.inline().text();
        let short = matches!(block.kind, BlockKind::Heading { .. } | BlockKind::Paragraph(_))
            && crate::text_page::is_heading(&text);
        if !short {
            break;
        }
        lines.push(text.trim().to_owned());
        draft.blocks.remove(0);
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    match refs.as_slice() {
        [] => None,
        // "Kicker / Title": a short first line over a longer one reads as a kicker.
        [first, second]
            if first.split_whitespace().count() <= 3
                && second.len() > first.len()
                && !declared.iter().any(|s| s.title == *first) =>
        {
            Some(Headline {
                series: Some((*first).to_owned()),
                title: (*second).to_owned(),
                ..Headline::default()
            })
        }
        _ => Some(headline::split(&refs, declared)),
    }
}

/// Lists every text block of the page that is not in the article: navigation, sidebars,
/// footers, comments. Leftovers get their specific reason.
fn list_outside(page: Walked, meta: &PageMetadata, draft: &mut Draft) {
    let mut kept: HashSet<u64> = draft.blocks.iter().map(|b| comparable(&b.inline().text())).collect();
    kept.extend(draft.notes.iter().map(|n| comparable(&n.text.text())));
    kept.extend(draft.dropped.iter().map(|d| comparable(&d.text)));
    let h = &draft.headline;
    let mut metadata: Vec<&String> = vec![&h.title];
    metadata.extend(
        h.subtitle.iter().chain(h.series.iter()).chain(meta.kicker.iter()).chain(draft.authors.iter()),
    );
    kept.extend(metadata.into_iter().map(|m| comparable(m)));

    let page_notes = page.notes.iter().map(|n| n.text.text());
    let page_blocks = page.blocks.iter().map(|b| b.inline().text());
    for text in page_blocks.chain(page_notes) {
        let key = comparable(&text);
        if key == 0 || kept.contains(&key) || is_byline_of(&text, &draft.authors) {
            continue;
        }
        kept.insert(key);
        let text = text.trim().to_owned();
        let (reason, name) = match leftover::classify(&text) {
            Some(Leftover::Drop(reason)) => (reason, None),
            Some(Leftover::Publication(name)) => (DropReason::Publication, Some(name)),
            None => (DropReason::OutsideContent, None),
        };
        if let Some(name) = name {
            draft.publication.get_or_insert(name);
        }
        draft.dropped.push(DroppedLine { line: None, text, reason });
    }
}

/// "door An Peeters" next to an author found elsewhere is the byline already used.
fn is_byline_of(text: &str, authors: &[String]) -> bool {
    byline::parse(text).is_some_and(|names| names.iter().all(|n| authors.contains(n)))
}

/// A block's text compared across the page: case and runs of white space do not count.
/// Hashed in one pass, without building the normalised string.
fn comparable(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty {
            hasher.write_u8(b' ');
        }
        empty = false;
        for c in word.chars().flat_map(char::to_lowercase) {
            hasher.write_u32(c as u32);
        }
    }
    if empty { 0 } else { hasher.finish() }
}
