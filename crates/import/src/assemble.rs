//! Draft → Article: link the footnotes, read the bibliography, build the sections, settle the
//! language. The same for text and HTML pages.

use kroniek_model::{Article, Block, Footnote, Language, Section, Work};

use crate::bibliography;
use crate::draft::{BlockKind, Draft, DraftBlock};
use crate::footnote;
use crate::inline::escape_markdown;
use crate::language;
use crate::{DropReason, DroppedLine, ImportError, ImportOptions, ImportWarning};

/// The article with the warnings and dropped lines collected on the way.
pub(crate) struct Assembled {
    pub(crate) article: Article,
    pub(crate) warnings: Vec<ImportWarning>,
    pub(crate) dropped: Vec<DroppedLine>,
}

/// Builds the article from a reader's draft.
pub(crate) fn assemble(mut draft: Draft, options: &ImportOptions) -> Result<Assembled, ImportError> {
    drop_headline_repeats(&mut draft);
    let mut notes = std::mem::take(&mut draft.notes);
    if notes.is_empty() {
        notes = footnote::take_notes(&mut draft.blocks);
    }
    let counts = footnote::link(&mut draft.blocks, &notes, &mut draft.warnings);
    let works = take_works(&mut draft.blocks);

    if draft.headline.title.is_empty() {
        let Some(first) = draft.blocks.iter().find(|b| matches!(b.kind, BlockKind::Paragraph(_))) else {
            return Err(if draft.dropped.is_empty() {
                ImportError::NoBody { title: None }
            } else {
                ImportError::OnlyBoilerplate { dropped: draft.dropped.len() }
            });
        };
        let (line, title) = (first.line, first_sentence(&first.inline().text()));
        draft.headline.title = title;
        draft
            .warnings
            .push(ImportWarning::new(line, "no headline found; the title was taken from the first sentence"));
    }
    if draft.blocks.is_empty() && works.is_empty() {
        let leftovers = draft.dropped.iter().any(|d| {
            matches!(
                d.reason,
                DropReason::Boilerplate
                    | DropReason::Cookie
                    | DropReason::Publication
                    | DropReason::Decoration
            )
        });
        return Err(if leftovers {
            ImportError::OnlyBoilerplate { dropped: draft.dropped.len() }
        } else {
            ImportError::NoBody { title: Some(draft.headline.title) }
        });
    }

    let language = settle_language(&draft, options);
    let labels: Vec<&str> = notes.iter().map(|n| n.label.as_str()).collect();
    let known = |label: &str| labels.contains(&label);
    let footnotes = notes
        .iter()
        .zip(counts)
        .map(|(note, refs)| Footnote {
            label: note.label.clone(),
            text: note.text.to_markdown(&|_| false),
            refs,
        })
        .collect();

    let Draft { headline, authors, publication, published, blocks, warnings, dropped, .. } = draft;
    let (language, language_warning) = language;
    let mut warnings = warnings;
    warnings.extend(language_warning);
    let article = Article {
        series: headline.series,
        title: headline.title,
        subtitle: headline.subtitle,
        authors,
        language,
        publication,
        published,
        sections: sections(blocks, &known),
        footnotes,
        works,
    };
    Ok(Assembled { article, warnings, dropped })
}

/// A page often repeats its headline as the first block (an `<h1>` in the content, the title
/// line again under the kicker); the repeat goes to the dropped list.
fn drop_headline_repeats(draft: &mut Draft) {
    let parts: Vec<String> =
        [Some(&draft.headline.title), draft.headline.subtitle.as_ref(), draft.headline.series.as_ref()]
            .into_iter()
            .flatten()
            .map(|s| comparable(s))
            .collect();
    let mut i = 0;
    // Only near the top: further down, a sentence equal to the title is the author's choice.
    while i < draft.blocks.len().min(4) {
        let Some(block) = draft.blocks.get(i) else { break };
        let is_repeat = !matches!(block.kind, BlockKind::Item { .. })
            && parts.contains(&comparable(&block.inline().text()));
        if is_repeat {
            let block = draft.blocks.remove(i);
            draft.dropped.push(DroppedLine {
                line: block.line,
                text: block.inline().text(),
                reason: DropReason::Duplicate,
            });
        } else {
            i += 1;
        }
    }
}

fn comparable(text: &str) -> String {
    text.trim().trim_end_matches('.').split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Moves every bibliography list out of the blocks into works, with the label paragraph
/// ("In het Nederlands:") right before a list as the works' group.
fn take_works(blocks: &mut Vec<DraftBlock>) -> Vec<Work> {
    let mut works = Vec::new();
    let mut kept: Vec<DraftBlock> = Vec::with_capacity(blocks.len());
    let mut rest = std::mem::take(blocks).into_iter().peekable();
    while let Some(block) = rest.next() {
        let BlockKind::Item { list, .. } = block.kind else {
            kept.push(block);
            continue;
        };
        let mut items = vec![block];
        while let Some(next) =
            rest.next_if(|b| matches!(b.kind, BlockKind::Item { list: l, .. } if l == list))
        {
            items.push(next);
        }
        let parsed: Vec<_> = items.iter().map(|i| bibliography::parse_item(&i.inline().text())).collect();
        if parsed.iter().any(Option::is_none) {
            kept.extend(items);
            continue;
        }
        let group = match kept.last().map(|b| &b.kind) {
            Some(BlockKind::Paragraph(text)) => group_label(&text.text()),
            _ => None,
        };
        if group.is_some() {
            kept.pop();
        }
        for work in parsed.into_iter().flatten() {
            works.push(Work {
                title: escape_markdown(&work.title),
                date: Some(work.date),
                group: group.clone(),
            });
        }
    }
    *blocks = kept;
    works
}

/// "In het Nederlands:" → "In het Nederlands": a short paragraph ending in a colon.
fn group_label(text: &str) -> Option<String> {
    let label = text.trim().strip_suffix(':')?.trim();
    (!label.is_empty() && label.chars().count() <= 80 && !label.contains(". ")).then(|| label.to_owned())
}

/// The body: blocks before the first section heading are the lead (heading `None`).
fn sections(blocks: Vec<DraftBlock>, known: &dyn Fn(&str) -> bool) -> Vec<Section> {
    let section_level = blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading { level, .. } => Some(level),
            _ => None,
        })
        .min();
    let mut sections: Vec<Section> = Vec::new();
    let mut current = Section { heading: None, blocks: Vec::new() };
    let mut rest = blocks.into_iter().peekable();
    while let Some(block) = rest.next() {
        match block.kind {
            BlockKind::Heading { level, text } if Some(level) == section_level => {
                if current.heading.is_some() || !current.blocks.is_empty() {
                    sections.push(current);
                }
                current = Section { heading: Some(text.to_markdown(known)), blocks: Vec::new() };
            }
            BlockKind::Heading { text, .. } => {
                current.blocks.push(Block::Heading { text: text.to_markdown(known) })
            }
            BlockKind::Paragraph(text) => {
                current.blocks.push(Block::Paragraph { text: text.to_markdown(known) })
            }
            BlockKind::Quote(text) => current.blocks.push(Block::Quote { text: text.to_markdown(known) }),
            BlockKind::Item { list, ordered, text, .. } => {
                let mut items = vec![text.to_markdown(known)];
                while let Some(next) =
                    rest.next_if(|b| matches!(b.kind, BlockKind::Item { list: l, .. } if l == list))
                {
                    items.push(next.inline().to_markdown(known));
                }
                current.blocks.push(Block::List { items, ordered });
            }
        }
    }
    if current.heading.is_some() || !current.blocks.is_empty() {
        sections.push(current);
    }
    sections
}

/// Detected from the body; else what the page declares; else the archive's default; else
/// Dutch, the reference archive's language — each fallback with a warning.
fn settle_language(draft: &Draft, options: &ImportOptions) -> (Language, Option<ImportWarning>) {
    // A bounded sample from the start of the body: enough for a confident guess, and the
    // cost stays flat however long the article is.
    let mut body = String::new();
    for block in
        draft.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Paragraph(_) | BlockKind::Quote(_)))
    {
        if body.len() >= language::SAMPLE_BYTES {
            break;
        }
        body.push_str(&block.inline().text());
        body.push('\n');
    }
    if let Some(language) = language::detect(&body) {
        return (language, None);
    }
    let (language, source) = match (&draft.declared_language, &options.default_language) {
        (Some(l), _) => (l.clone(), "the page's declared language"),
        (None, Some(l)) => (l.clone(), "the archive's language"),
        (None, None) => (Language::dutch(), "Dutch by default"),
    };
    let message = format!("could not tell the language from the text; used {source} ({language})");
    (language, Some(ImportWarning::new(None, message)))
}

/// The first sentence of a paragraph, at most 120 characters, for a page with no headline.
fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    let sentence: String = text.get(..end).unwrap_or(text).chars().take(120).collect();
    sentence.trim().trim_end_matches('.').to_owned()
}
