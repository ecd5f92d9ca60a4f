//! Where a [`Position`] is on an article's page: the fragment id of every passage.
//!
//! Each body block carries `id="p-<section>-<block>"`, each list item
//! `id="p-<section>-<block>-<item>"` (indices as in the model, from 0). Headings keep their
//! readable slug ids (a section's `h2`, a sub-heading's `h3`), and notes their
//! `<slug>-fn-<n>` ids. Ids depend only on the article's structure, so a link made on an entity
//! page or in `knowledge.json` finds the same place as long as the article's blocks stay put.

use kroniek_model::{Article, Block, Entry, Passage, Position};

use crate::anchor::AnchorSet;

/// The fragment ids of one article's passages.
#[derive(Debug)]
pub(crate) struct ArticleAnchors {
    prefix: String,
    /// The `h2` id of each section's heading.
    sections: Vec<Option<String>>,
    /// The `h3` id of each sub-heading block, by section and block.
    headings: Vec<Vec<Option<String>>>,
    /// Note labels in order of definition (note `n` is at index `n - 1`).
    notes: Vec<String>,
}

/// The id of a body block or list item.
pub(crate) fn block_id(section: usize, block: usize, item: Option<usize>) -> String {
    match item {
        Some(item) => format!("p-{section}-{block}-{item}"),
        None => format!("p-{section}-{block}"),
    }
}

impl ArticleAnchors {
    /// The anchors of `article`, whose note ids start with `prefix` (its slug). Heading ids are
    /// handed out exactly as the body renderer does: in reading order, from one [`AnchorSet`].
    pub(crate) fn new(article: &Article, prefix: &str) -> Self {
        let own = ["notes", "notes-title", "works", "works-title"].map(|s| format!("{prefix}-{s}"));
        let mut set = AnchorSet::new(own.iter().map(String::as_str).chain(["article-title", "share-title"]));
        let mut sections = Vec::with_capacity(article.sections.len());
        let mut headings = Vec::with_capacity(article.sections.len());
        for section in &article.sections {
            sections.push(section.heading.as_deref().map(|h| set.unique(&crate::markdown::plain_text(h))));
            headings.push(
                section
                    .blocks
                    .iter()
                    .map(|b| match b {
                        Block::Heading { text } => Some(set.unique(&crate::markdown::plain_text(text))),
                        _ => None,
                    })
                    .collect(),
            );
        }
        let notes = article.footnotes.iter().map(|n| n.label.clone()).collect();
        Self { prefix: prefix.to_owned(), sections, headings, notes }
    }

    /// The `h2` id of a section's heading.
    pub(crate) fn section_heading(&self, section: usize) -> Option<&str> {
        self.sections.get(section).and_then(Option::as_deref)
    }

    /// The `h3` id of a sub-heading block.
    pub(crate) fn block_heading(&self, section: usize, block: usize) -> Option<&str> {
        self.headings.get(section).and_then(|s| s.get(block)).and_then(Option::as_deref)
    }

    /// The fragment (without `#`) that shows `passage`.
    pub(crate) fn fragment(&self, passage: &Passage) -> String {
        match passage {
            Passage::Title | Passage::Subtitle => "article-title".to_owned(),
            Passage::Heading { section } => {
                self.section_heading(*section).map_or_else(|| "article-title".to_owned(), str::to_owned)
            }
            Passage::Block { section, block, item } => match self.block_heading(*section, *block) {
                Some(id) => id.to_owned(),
                None => block_id(*section, *block, *item),
            },
            Passage::Footnote { label } => match self.notes.iter().position(|l| l == label) {
                Some(index) => format!("{}-fn-{}", self.prefix, index + 1),
                None => format!("{}-notes", self.prefix),
            },
        }
    }
}

/// The fragment id (without `#`) of the place `position` points at in `entry`'s page, e.g.
/// `p-2-0`, `anarchist-in-parijs`, `victor-serge-fn-3`. Every page that links into an article
/// (timeline, entity pages, `knowledge.json`, the server's API) uses this one function.
pub fn position_fragment(entry: &Entry, position: &Position) -> String {
    ArticleAnchors::new(&entry.article, &entry.slug).fragment(&position.passage)
}

#[cfg(test)]
mod tests {
    use kroniek_model::{Footnote, Language, Section};

    use super::*;

    #[test]
    fn passages_map_to_the_ids_the_body_renders() {
        let mut a = Article::new("T", Language::dutch());
        a.sections = vec![
            Section { heading: None, blocks: vec![Block::Paragraph { text: "Lead.".into() }] },
            Section {
                heading: Some("Parijs".into()),
                blocks: vec![
                    Block::Heading { text: "Parijs".into() },
                    Block::List { items: vec!["a".into(), "b".into()], ordered: false },
                ],
            },
        ];
        a.footnotes = vec![Footnote { label: "bron".into(), text: "x".into(), refs: 1 }];
        let anchors = ArticleAnchors::new(&a, "t");
        let f = |p: Passage| anchors.fragment(&p);
        assert_eq!(f(Passage::Block { section: 0, block: 0, item: None }), "p-0-0");
        assert_eq!(f(Passage::Heading { section: 1 }), "parijs");
        assert_eq!(f(Passage::Block { section: 1, block: 0, item: None }), "parijs-2");
        assert_eq!(f(Passage::Block { section: 1, block: 1, item: Some(1) }), "p-1-1-1");
        assert_eq!(f(Passage::Footnote { label: "bron".into() }), "t-fn-1");
        assert_eq!(f(Passage::Footnote { label: "nope".into() }), "t-notes");
        assert_eq!(f(Passage::Title), "article-title");
    }
}
