//! The DOM → blocks walk: paragraphs, headings, lists, quotes and note lists from an HTML
//! tree, with emphasis and links kept as inline Markdown and note references as references.

use std::collections::{HashMap, HashSet};

use dom_query::NodeRef;

use crate::draft::{BlockKind, DraftBlock, DraftNote};
use crate::inline::{Inline, Piece};

/// Elements that start a new block; everything else is inline.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
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
    "pre",
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
    "hr",
    "address",
    "center",
    "form",
    "fieldset",
    "details",
    "summary",
    "hgroup",
    "body",
    "html",
];

/// Elements whose content is never text of the page.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video",
    "audio", "select", "button", "input", "textarea", "head", "title", "meta", "link",
];

/// Deeper than this, a subtree is read as flat text: pathological nesting must not overflow
/// the stack, and no article nests this deep.
const MAX_DEPTH: usize = 200;

/// Classes and ids that mark a container of notes.
const NOTES_MARKERS: &[&str] = &["footnote", "endnote", "voetnot", "noten", "notes", "fn-list"];

/// What a walk recovers.
#[derive(Debug, Default)]
pub(crate) struct Walked {
    pub(crate) blocks: Vec<DraftBlock>,
    pub(crate) notes: Vec<DraftNote>,
}

/// Walks a tree into blocks. `note_targets` are the ids that in-page links point at, so that
/// a list of elements with those ids is read as the notes list.
pub(crate) struct DomWalker {
    note_targets: HashSet<String>,
    /// Note element id → note label, filled as note lists are read.
    note_labels: HashMap<String, String>,
    list_counter: usize,
    walked: Walked,
}

impl DomWalker {
    /// A walker for a tree whose in-page link targets are known.
    pub(crate) fn new(root: &NodeRef<'_>) -> Self {
        let mut note_targets = HashSet::new();
        for node in root.descendants_it() {
            if node.has_name("a")
                && let Some(target) = node.attr("href").and_then(|h| h.strip_prefix('#').map(str::to_owned))
            {
                note_targets.insert(target);
            }
        }
        Self { note_targets, note_labels: HashMap::new(), list_counter: 0, walked: Walked::default() }
    }

    /// Reads the tree under `root`.
    pub(crate) fn walk(mut self, root: &NodeRef<'_>) -> Walked {
        // Notes first, so that references in the text know their labels whatever the order.
        self.find_note_lists(root);
        let mut inline = Inline::default();
        self.block_children(root, &mut inline, 0);
        self.flush(&mut inline);
        let mut walked = self.walked;
        let labels: HashMap<String, String> = self.note_labels;
        relabel_refs(&mut walked.blocks, &labels);
        walked
    }

    fn find_note_lists(&mut self, root: &NodeRef<'_>) {
        // Collected first: marking a list below mutates the tree the iterator walks.
        let lists: Vec<NodeRef<'_>> =
            root.descendants_it().filter(|n| n.has_name("ol") || n.has_name("ul")).collect();
        for node in lists {
            let items: Vec<NodeRef<'_>> =
                node.element_children().into_iter().filter(|c| c.has_name("li")).collect();
            let targeted =
                items.iter().any(|li| li.id_attr().is_some_and(|id| self.note_targets.contains(&*id)));
            let marked =
                node.ancestors_it(Some(3)).chain(std::iter::once(node)).any(|n| is_notes_container(&n));
            if items.is_empty() || !(targeted || marked) {
                continue;
            }
            let start: usize = node.attr("start").and_then(|s| s.trim().parse().ok()).unwrap_or(1);
            for (i, li) in items.iter().enumerate() {
                let label = (start + i).to_string();
                if let Some(id) = li.id_attr() {
                    self.note_labels.insert(id.to_string(), label.clone());
                }
                let mut text = Inline::default();
                self.inline_children(li, &mut text, 0, true);
                text.normalise_space();
                // A note that repeats its number ("1. Zie …") keeps only the text.
                if let Some((_, len)) = crate::footnote::marker(&text.text()) {
                    text.strip_prefix_bytes(len);
                }
                self.walked.notes.push(DraftNote { label, text, line: None });
            }
            node.set_attr("data-kroniek-notes", "1");
        }
    }

    fn block_children(&mut self, node: &NodeRef<'_>, inline: &mut Inline, depth: usize) {
        for child in node.children_it(false) {
            self.node(&child, inline, depth + 1);
        }
    }

    fn node(&mut self, node: &NodeRef<'_>, inline: &mut Inline, depth: usize) {
        if node.is_text() {
            inline.push_text(&node.text());
            return;
        }
        let Some(name) = node.node_name() else { return };
        let name: &str = &name;
        if SKIPPED_TAGS.contains(&name) || node.has_attr("data-kroniek-notes") {
            return;
        }
        if depth > MAX_DEPTH {
            inline.push_text(&node.text());
            inline.push_text(" ");
            return;
        }
        if !BLOCK_TAGS.contains(&name) {
            self.inline_element(node, name, inline, depth);
            return;
        }
        self.flush(inline);
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name.get(1..).and_then(|l| l.parse().ok()).unwrap_or(2);
                let text = self.inline_of(node, depth);
                if !text.is_blank() {
                    self.walked.blocks.push(DraftBlock::new(None, BlockKind::Heading { level, text }));
                }
            }
            "ul" | "ol" => self.list(node, name == "ol", depth),
            "blockquote" => self.quote(node, depth),
            "p" if is_bold_only(node) => {
                let text = self.inline_of(node, depth);
                let plain = text.text();
                let kind = if crate::text_page::is_heading(&plain) {
                    // Old pages set headings as bold paragraphs; read them as headings one
                    // level under any real heading.
                    BlockKind::Heading { level: 3, text: Inline::plain(plain.trim()) }
                } else {
                    BlockKind::Paragraph(text)
                };
                self.walked.blocks.push(DraftBlock::new(None, kind));
            }
            "hr" => {}
            _ => {
                self.block_children(node, inline, depth);
                self.flush(inline);
            }
        }
    }

    fn list(&mut self, node: &NodeRef<'_>, ordered: bool, depth: usize) {
        self.list_counter += 1;
        let list = self.list_counter;
        let start: u32 = node.attr("start").and_then(|s| s.trim().parse().ok()).unwrap_or(1);
        let mut number = start;
        for child in node.children_it(false) {
            if !child.has_name("li") {
                let mut stray = Inline::default();
                self.node(&child, &mut stray, depth + 1);
                self.flush(&mut stray);
                continue;
            }
            let mut text = Inline::default();
            let mut nested = Vec::new();
            for grandchild in child.children_it(false) {
                if grandchild.has_name("ul") || grandchild.has_name("ol") {
                    nested.push(grandchild);
                } else {
                    self.inline_node(&grandchild, &mut text, depth + 2, false);
                }
            }
            text.normalise_space();
            if !text.is_blank() {
                let kind = BlockKind::Item { list, ordered, number: ordered.then_some(number), text };
                self.walked.blocks.push(DraftBlock::new(None, kind));
            }
            number += 1;
            // Nested lists are flattened into items of their own list after the parent item.
            for sub in nested {
                self.list(&sub, sub.has_name("ol"), depth + 2);
            }
        }
    }

    fn quote(&mut self, node: &NodeRef<'_>, depth: usize) {
        let mut inner = DomWalker {
            note_targets: HashSet::new(),
            note_labels: HashMap::new(),
            list_counter: 0,
            walked: Walked::default(),
        };
        let mut inline = Inline::default();
        inner.block_children(node, &mut inline, depth);
        inner.flush(&mut inline);
        let mut quote = Inline::default();
        for (i, block) in inner.walked.blocks.iter().enumerate() {
            if i > 0 {
                quote.push_markup("\n\n");
            }
            quote.pieces.extend(block.inline().pieces.iter().cloned());
        }
        if !quote.is_blank() {
            self.walked.blocks.push(DraftBlock::new(None, BlockKind::Quote(quote)));
        }
    }

    fn flush(&mut self, inline: &mut Inline) {
        let mut text = std::mem::take(inline);
        text.normalise_space();
        if !text.is_blank() {
            self.walked.blocks.push(DraftBlock::new(None, BlockKind::Paragraph(text)));
        }
    }

    fn inline_of(&mut self, node: &NodeRef<'_>, depth: usize) -> Inline {
        let mut text = Inline::default();
        self.inline_children(node, &mut text, depth, false);
        text.normalise_space();
        text
    }

    fn inline_children(&mut self, node: &NodeRef<'_>, out: &mut Inline, depth: usize, in_note: bool) {
        for child in node.children_it(false) {
            self.inline_node(&child, out, depth + 1, in_note);
        }
    }

    /// Inside a heading, list item or note everything is inline, block tags included.
    fn inline_node(&mut self, node: &NodeRef<'_>, out: &mut Inline, depth: usize, in_note: bool) {
        if node.is_text() {
            out.push_text(&node.text());
            return;
        }
        let Some(name) = node.node_name() else { return };
        let name: &str = &name;
        if SKIPPED_TAGS.contains(&name) {
            return;
        }
        if depth > MAX_DEPTH {
            out.push_text(&node.text());
            return;
        }
        if in_note && name == "a" && is_backlink(node) {
            return;
        }
        if BLOCK_TAGS.contains(&name) {
            out.push_text(" ");
            self.inline_children(node, out, depth, in_note);
            out.push_text(" ");
        } else {
            self.inline_element(node, name, out, depth);
        }
    }

    fn inline_element(&mut self, node: &NodeRef<'_>, name: &str, out: &mut Inline, depth: usize) {
        if let Some(reference) = note_reference(node, name) {
            out.pieces.push(reference);
            return;
        }
        match name {
            "em" | "i" | "cite" => self.wrap(node, "*", out, depth),
            "strong" | "b" => self.wrap(node, "**", out, depth),
            "code" | "kbd" | "samp" => self.wrap_code(node, out),
            "br" => out.push_text(" "),
            "a" => self.link(node, out, depth),
            "q" => {
                out.push_text("“");
                self.inline_children(node, out, depth, false);
                out.push_text("”");
            }
            _ => self.inline_children(node, out, depth, false),
        }
    }

    /// `*…*` / `**…**` around the content, with surrounding spaces kept outside the markers
    /// (CommonMark does not open emphasis before a space).
    fn wrap(&mut self, node: &NodeRef<'_>, marker: &str, out: &mut Inline, depth: usize) {
        let mut inner = Inline::default();
        self.inline_children(node, &mut inner, depth, false);
        let plain = inner.text();
        if inner.is_blank() {
            out.push_text(&plain);
            return;
        }
        if plain.starts_with(char::is_whitespace) {
            out.push_text(" ");
        }
        inner.trim();
        out.push_markup(marker);
        out.pieces.extend(inner.pieces);
        out.push_markup(marker);
        if plain.ends_with(char::is_whitespace) {
            out.push_text(" ");
        }
    }

    fn wrap_code(&mut self, node: &NodeRef<'_>, out: &mut Inline) {
        let code = node.text().to_string();
        let code = code.trim();
        if code.is_empty() {
            return;
        }
        // A fence longer than any backtick run inside.
        let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest + 1);
        let pad = if code.starts_with('`') || code.ends_with('`') { " " } else { "" };
        out.push_markup(&format!("{fence}{pad}{code}{pad}{fence}"));
    }

    fn link(&mut self, node: &NodeRef<'_>, out: &mut Inline, depth: usize) {
        let mut inner = Inline::default();
        self.inline_children(node, &mut inner, depth, false);
        let href = node.attr("href").map(|h| h.trim().to_owned()).unwrap_or_default();
        let Some(url) = safe_url(&href) else {
            out.pieces.extend(inner.pieces);
            return;
        };
        if inner.is_blank() {
            return;
        }
        inner.trim();
        out.push_markup("[");
        out.pieces.extend(inner.pieces);
        out.push_markup(&format!("]({url})"));
    }
}

/// `<sup>2</sup>`, `<sup><a href="#fn2">[2]</a></sup>`, `<a href="#fn2">2</a>`: a reference,
/// labelled by the digits for now (relabelled by note id after the walk).
fn note_reference(node: &NodeRef<'_>, name: &str) -> Option<Piece> {
    let text = node.text().to_string();
    let digits = text.trim().trim_start_matches(['[', '(']).trim_end_matches([']', ')']).trim();
    let numeric = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    if !numeric || digits.starts_with('0') {
        return None;
    }
    let anchor = if name == "a" { Some(*node) } else { node.descendants_it().find(|d| d.has_name("a")) };
    let target = anchor.and_then(|a| a.attr("href")).and_then(|h| h.strip_prefix('#').map(str::to_owned));
    match (name, &target) {
        ("sup", _) | ("a", Some(_)) => {
            // The target id rides in `original` until relabelling, after a NUL that no text has.
            let original = match target {
                Some(t) => format!("{}\u{0}{t}", text.trim()),
                None => text.trim().to_owned(),
            };
            Some(Piece::Ref { label: digits.to_owned(), original })
        }
        _ => None,
    }
}

/// Gives each reference the label of the note its link targets, and drops the target id.
fn relabel_refs(blocks: &mut [DraftBlock], labels: &HashMap<String, String>) {
    for block in blocks {
        for piece in &mut block.inline_mut().pieces {
            if let Piece::Ref { label, original } = piece
                && let Some((shown, target)) = original.split_once('\u{0}')
            {
                if let Some(l) = labels.get(target) {
                    *label = l.clone();
                }
                *original = shown.to_owned();
            }
        }
    }
}

fn is_notes_container(node: &NodeRef<'_>) -> bool {
    let names =
        format!("{} {}", node.class().unwrap_or_default(), node.id_attr().unwrap_or_default()).to_lowercase();
    NOTES_MARKERS.iter().any(|m| names.contains(m))
}

/// A note's link back to its reference: "↩", "^", "terug", "retour", "back".
fn is_backlink(node: &NodeRef<'_>) -> bool {
    let href = node.attr("href").unwrap_or_default();
    let text = node.text().to_lowercase();
    let text = text.trim();
    href.starts_with('#')
        && (text.chars().all(|c| !c.is_alphanumeric()) || ["terug", "retour", "back", "top"].contains(&text))
}

/// A paragraph whose only text sits in one `<b>`/`<strong>` (an old page's heading).
fn is_bold_only(node: &NodeRef<'_>) -> bool {
    let children: Vec<NodeRef<'_>> =
        node.children_it(false).filter(|c| !(c.is_text() && c.text().trim().is_empty())).collect();
    match children.as_slice() {
        [only] => {
            let mut current = *only;
            // Through wrappers such as <font> or <span>.
            for _ in 0..4 {
                if current.has_name("b") || current.has_name("strong") {
                    return true;
                }
                let inner: Vec<NodeRef<'_>> = current
                    .children_it(false)
                    .filter(|c| !(c.is_text() && c.text().trim().is_empty()))
                    .collect();
                match inner.as_slice() {
                    [next] if next.is_element() => current = *next,
                    _ => return false,
                }
            }
            false
        }
        _ => false,
    }
}

/// Links that may reach the article: web and mail links and site-relative paths. In-page
/// anchors, `javascript:` and `data:` URLs are dropped (the sanitiser already removed most).
fn safe_url(href: &str) -> Option<String> {
    let lower = href.to_ascii_lowercase();
    let allowed = lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || (lower.starts_with('/') && !lower.starts_with("//"));
    if !allowed || href.is_empty() {
        return None;
    }
    // CommonMark's pointy-bracket destination takes spaces and parentheses.
    let href = href.replace('<', "%3C").replace('>', "%3E");
    Some(if href.contains([' ', '(', ')']) { format!("<{href}>") } else { href })
}

#[cfg(test)]
mod tests;
