//! An article's Markdown body → sections, footnotes and works, with a diagnostic for every
//! construct the model cannot hold, each at its line and column in the whole file.
//!
//! pulldown-cmark finds the structure; the *text* of every block is then taken from the source
//! (see [`crate::inline`]), so emphasis, links and footnote references stay Markdown exactly as
//! written, which is what the model's text fields hold.

use std::ops::Range;
use std::path::Path;

use kroniek_model::{Block, Diagnostic, Footnote, Section, Work};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::Parsed;
use crate::bibliography::work_from_item;
use crate::footnote::FootnoteLinker;
use crate::inline::inline_markdown;

/// An article's body as the model holds it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    /// The sections; the first (heading `None`) is the lead, left out when empty.
    pub sections: Vec<Section>,
    /// The footnotes, in order of definition.
    pub footnotes: Vec<Footnote>,
    /// The works of every bibliography list, in source order.
    pub works: Vec<Work>,
}

/// The Markdown extensions an article may use.
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// Reads the Markdown body that starts at byte `body_offset` of `source` (the whole file, so
/// that diagnostics carry the file's own line numbers; pass 0 for a bare Markdown text).
///
/// - `##` opens a section; the blocks before the first heading are the lead. `#` in the body is
///   a warning (the title lives in the front matter) and opens a section too; `###` and deeper
///   become [`Block::Heading`].
/// - A list whose every item ends in a year or year range in parentheses is a bibliography: its
///   items become works, grouped by the paragraph ending in `:` right before it, and both leave
///   the blocks.
/// - Code blocks are left out and raw HTML is kept as text, each with a warning; tables become
///   one paragraph per row; HTML comments are dropped.
pub fn parse_markdown(path: &Path, source: &str, body_offset: usize) -> Parsed<Body> {
    let offset = body_offset.min(source.len());
    let offset = if source.is_char_boundary(offset) { offset } else { 0 };
    let body = source.get(offset..).unwrap_or("");
    let copy = crate::raw_text_blocks::parse_copy(body, markdown_options());
    let parser = Parser::new_ext(copy.as_deref().unwrap_or(body), markdown_options());
    let mut diagnostics = Vec::new();
    for (label, definition) in parser.reference_definitions().iter() {
        let span = definition.span.start + offset..definition.span.end + offset;
        let message = format!("the link reference definition `[{label}]` is not kept");
        diagnostics.push(
            Diagnostic::warning(path, source, span, message)
                .with_help("write the link inline: [text](https://…)"),
        );
    }
    let events =
        parser.into_offset_iter().map(|(event, range)| (event, range.start + offset..range.end + offset));
    let walker = BodyWalker {
        path,
        source,
        events: events.collect(),
        next: 0,
        diagnostics,
        sections: Vec::new(),
        current: Section { heading: None, blocks: Vec::new() },
        label_candidate: false,
        works: Vec::new(),
        footnotes: FootnoteLinker::default(),
    };
    walker.run()
}

/// The texts of the leaf blocks inside a container.
#[derive(Default)]
struct Leaves {
    texts: Vec<String>,
    /// Whether anything besides paragraphs was inside (and so was flattened).
    nested: bool,
}

impl Leaves {
    fn absorb(&mut self, other: Leaves) {
        self.texts.extend(other.texts);
        self.nested |= other.nested;
    }
}

/// Walks pulldown-cmark's events once, building sections as it goes.
struct BodyWalker<'a> {
    path: &'a Path,
    source: &'a str,
    events: Vec<(Event<'a>, Range<usize>)>,
    next: usize,
    diagnostics: Vec<Diagnostic>,
    sections: Vec<Section>,
    current: Section,
    /// Whether the last block of the current section is a paragraph that nothing (not even a
    /// dropped block) separates from what comes next: a bibliography's group label.
    label_candidate: bool,
    works: Vec<Work>,
    footnotes: FootnoteLinker,
}

impl<'a> BodyWalker<'a> {
    fn run(mut self) -> Parsed<Body> {
        while let Some((event, range)) = self.bump() {
            let was_candidate = std::mem::take(&mut self.label_candidate);
            match event {
                Event::Start(tag) => self.top_level_block(tag, range, was_candidate),
                // Inline content cannot stand at the top level; keep it rather than lose it.
                event if is_inline_event(&event) => {
                    self.next -= 1;
                    if let Some(text) = self.inline_run(0) {
                        self.current.blocks.push(Block::Paragraph { text });
                    }
                }
                _ => {}
            }
        }
        let current = std::mem::replace(&mut self.current, Section { heading: None, blocks: Vec::new() });
        self.finish_section(current);
        let (footnotes, problems) = self.footnotes.finish(self.path, self.source);
        self.diagnostics.extend(problems);
        let body = Body { sections: self.sections, footnotes, works: self.works };
        Parsed::new(Some(body), self.diagnostics)
    }

    fn top_level_block(&mut self, tag: Tag<'a>, range: Range<usize>, was_candidate: bool) {
        match tag {
            Tag::Paragraph => {
                let text = self.leaf_texts(0).texts.join(" ");
                self.current.blocks.push(Block::Paragraph { text });
                self.label_candidate = true;
            }
            Tag::Heading { level, .. } => {
                // A heading is one line: a hard break in a setext heading becomes a space.
                let text = self.leaf_texts(0).texts.join(" ").replace("\\\n", " ");
                match level {
                    HeadingLevel::H1 => {
                        self.warn(range, "a `#` heading in the body: the title belongs in the front matter")
                            .with_help_last("use `##` for a section heading");
                        self.open_section(text);
                    }
                    HeadingLevel::H2 => self.open_section(text),
                    _ => self.current.blocks.push(Block::Heading { text }),
                }
            }
            Tag::List(first) => {
                let items = self.list_items(0);
                self.list(items, first.is_some(), was_candidate);
            }
            Tag::BlockQuote(_) => {
                let leaves = self.leaf_texts(1);
                if leaves.nested {
                    self.warn(
                        range,
                        "this quote holds more than paragraphs: its text is kept as plain paragraphs",
                    );
                }
                self.current.blocks.push(Block::Quote { text: leaves.texts.join("\n\n") });
            }
            Tag::Table(_) => {
                self.warn(range, "tables are not supported: each row is kept as a paragraph");
                for text in self.table_rows(0) {
                    self.current.blocks.push(Block::Paragraph { text });
                }
            }
            Tag::FootnoteDefinition(label) => self.footnote_definition(&label, range),
            other => {
                let leaves = self.block_texts(other, range, 0);
                for text in leaves.texts {
                    self.current.blocks.push(Block::Paragraph { text });
                }
            }
        }
    }

    /// A top-level list: a bibliography when every item is a work, a list block otherwise.
    fn list(&mut self, items: Vec<String>, ordered: bool, after_candidate: bool) {
        let works: Option<Vec<_>> =
            if items.is_empty() { None } else { items.iter().map(|item| work_from_item(item)).collect() };
        let Some(works) = works else {
            self.current.blocks.push(Block::List { items, ordered });
            return;
        };
        let mut group = None;
        if after_candidate
            && let Some(Block::Paragraph { text }) = self.current.blocks.last()
            && let Some(label) = text.strip_suffix(':')
        {
            group = Some(label.trim_end().to_owned());
            self.current.blocks.pop();
        }
        self.works.extend(works.into_iter().map(|(title, date)| Work {
            title,
            date: Some(date),
            group: group.clone(),
        }));
    }

    fn open_section(&mut self, heading: String) {
        let done =
            std::mem::replace(&mut self.current, Section { heading: Some(heading), blocks: Vec::new() });
        self.finish_section(done);
    }

    fn finish_section(&mut self, section: Section) {
        // An empty lead is no lead; an empty titled section still shows its heading.
        if section.heading.is_some() || !section.blocks.is_empty() {
            self.sections.push(section);
        }
    }

    /// The items of a list whose start was just read, through its end. Nested lists are
    /// flattened into the list, each item after its parent.
    fn list_items(&mut self, quote_depth: usize) -> Vec<String> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.bump() {
            match event {
                Event::Start(Tag::Item) => {
                    let mut own = Leaves::default();
                    let mut nested = Vec::new();
                    loop {
                        if self.peek().is_some_and(is_inline) {
                            own.texts.extend(self.inline_run(quote_depth));
                            continue;
                        }
                        let Some((event, range)) = self.bump() else { break };
                        match event {
                            Event::End(_) => break,
                            Event::Start(Tag::List(_)) => {
                                self.warn(range, "a nested list is flattened into its parent list");
                                nested.extend(self.list_items(quote_depth));
                            }
                            Event::Start(tag) => own.absorb(self.block_texts(tag, range, quote_depth)),
                            _ => {}
                        }
                    }
                    if own.nested || own.texts.len() > 1 {
                        self.warn(
                            range,
                            "this list item holds several blocks: they are joined into one line",
                        );
                    }
                    items.push(own.texts.join(" "));
                    items.extend(nested);
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        items
    }

    /// Every leaf text up to the end of the container whose start was just read.
    fn leaf_texts(&mut self, quote_depth: usize) -> Leaves {
        let mut leaves = Leaves::default();
        loop {
            if self.peek().is_some_and(is_inline) {
                leaves.texts.extend(self.inline_run(quote_depth));
                continue;
            }
            let Some((event, range)) = self.bump() else { break };
            match event {
                Event::End(_) => break,
                Event::Start(tag) => leaves.absorb(self.block_texts(tag, range, quote_depth)),
                _ => {}
            }
        }
        leaves
    }

    /// The texts of one block nested somewhere, whose start was just read.
    fn block_texts(&mut self, tag: Tag<'a>, range: Range<usize>, quote_depth: usize) -> Leaves {
        match tag {
            Tag::Paragraph => self.leaf_texts(quote_depth),
            Tag::BlockQuote(_) => Leaves { nested: true, ..self.leaf_texts(quote_depth + 1) },
            Tag::CodeBlock(_) => {
                self.skip_to_end();
                self.warn(range, "code blocks are not supported: this one is left out");
                Leaves::default()
            }
            Tag::HtmlBlock => Leaves { texts: self.html_block(range).into_iter().collect(), nested: true },
            Tag::FootnoteDefinition(label) => {
                self.footnote_definition(&label, range);
                Leaves::default()
            }
            Tag::Table(_) => {
                self.warn(range, "tables are not supported: each row is kept as a paragraph");
                Leaves { texts: self.table_rows(quote_depth), nested: true }
            }
            _ => Leaves { nested: true, ..self.leaf_texts(quote_depth) },
        }
    }

    /// A table's rows, cells joined by ` | `, through the table's end.
    fn table_rows(&mut self, quote_depth: usize) -> Vec<String> {
        let mut rows = Vec::new();
        while let Some((event, _)) = self.bump() {
            match event {
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    let row = self.leaf_texts(quote_depth).texts.join(" | ");
                    rows.push(crate::inline::protect_block_start(&row));
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        rows
    }

    /// Raw HTML is never trusted: it is kept as text (the site escapes it), except comments,
    /// which are notes to the editor and are dropped.
    fn html_block(&mut self, range: Range<usize>) -> Option<String> {
        let mut html = String::new();
        while let Some((event, range)) = self.bump() {
            match event {
                // From the source: the parser may have read a copy with closing tags lower-cased.
                Event::Html(text) => html.push_str(self.source.get(range).unwrap_or(&text)),
                Event::End(_) => break,
                _ => {}
            }
        }
        let html = html.trim();
        if html.starts_with("<!--") && html.ends_with("-->") {
            return None;
        }
        self.warn(range, "raw HTML is not interpreted: it is kept as text");
        Some(html.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" "))
    }

    fn footnote_definition(&mut self, label: &str, range: Range<usize>) {
        let leaves = self.leaf_texts(0);
        if leaves.nested || leaves.texts.len() > 1 {
            self.warn(
                range.clone(),
                "this footnote holds several blocks: they are joined into one paragraph",
            );
        }
        self.footnotes.define(label, self.source, range, leaves.texts.join(" "));
    }

    /// Consecutive inline events → their Markdown; references are noted on the way.
    fn inline_run(&mut self, quote_depth: usize) -> Option<String> {
        let mut span: Option<Range<usize>> = None;
        let mut hard_breaks = Vec::new();
        let mut text_run: Option<Range<usize>> = None;
        while self.peek().is_some_and(is_inline) {
            let Some((event, range)) = self.bump() else { break };
            span = Some(match span {
                Some(s) => s.start.min(range.start)..s.end.max(range.end),
                None => range.clone(),
            });
            match event {
                Event::Text(_) => match &mut text_run {
                    Some(run) if run.end == range.start => run.end = range.end,
                    _ => {
                        if let Some(run) = text_run.replace(range) {
                            self.footnotes.scan_text(self.source, run);
                        }
                    }
                },
                other => {
                    if let Some(run) = text_run.take() {
                        self.footnotes.scan_text(self.source, run);
                    }
                    match other {
                        Event::FootnoteReference(label) => self.footnotes.reference(&label, range),
                        Event::HardBreak => hard_breaks.push(range.end.saturating_sub(1)),
                        _ => {}
                    }
                }
            }
        }
        if let Some(run) = text_run {
            self.footnotes.scan_text(self.source, run);
        }
        span.map(|mut span| {
            // An escaped first character (`\-`) starts its text event after the backslash.
            let bytes = self.source.as_bytes();
            if span.start > 0
                && bytes.get(span.start - 1) == Some(&b'\\')
                && bytes.get(span.start).is_some_and(u8::is_ascii_punctuation)
            {
                span.start -= 1;
            }
            inline_markdown(self.source, span, &hard_breaks, quote_depth)
        })
    }

    fn skip_to_end(&mut self) {
        let mut depth = 1usize;
        while let Some((event, _)) = self.bump() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
    }

    fn peek(&self) -> Option<&(Event<'a>, Range<usize>)> {
        self.events.get(self.next)
    }

    fn bump(&mut self) -> Option<(Event<'a>, Range<usize>)> {
        let item = self.events.get(self.next).cloned();
        self.next += 1;
        item
    }

    fn warn(&mut self, range: Range<usize>, message: &str) -> &mut Self {
        self.diagnostics.push(Diagnostic::warning(self.path, self.source, range, message));
        self
    }

    fn with_help_last(&mut self, help: &str) {
        if let Some(last) = self.diagnostics.pop() {
            self.diagnostics.push(last.with_help(help));
        }
    }
}

/// Whether an event belongs inside a paragraph.
fn is_inline((event, _): &(Event<'_>, Range<usize>)) -> bool {
    is_inline_event(event)
}

fn is_inline_event(event: &Event<'_>) -> bool {
    match event {
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::TaskListMarker(_) => true,
        Event::Html(_) | Event::Rule => false,
    }
}

#[cfg(test)]
mod tests;
