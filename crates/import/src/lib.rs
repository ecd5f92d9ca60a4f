//! The import stage: a scraped page → an article.
//!
//! Stage: `import`, between the archive's sources and the rest of the flow — it turns pages
//! copied off old websites into the same [`Article`](kroniek_model::Article) a written source
//! gives, so that `kroniek import` can write them out as sources and `kroniek extract` can show
//! what was recovered.
//!
//! Input: the bytes of one page — plain text copied off a website, or saved HTML — its
//! [`PageFormat`], and [`ImportOptions`] (the archive's series and language, when known).
//!
//! Output: [`Imported`]: the article (series, title, subtitle, authors, publication, date,
//! language, sections, footnotes, works), the id of the declared series it matched, warnings
//! (unmatched footnotes, guessed language, …), every line that was dropped and why, and the
//! encoding the bytes were read in; or an [`ImportError`] when there is no article at all.
//! Text in the article is inline Markdown: recovered plain text is escaped so that it renders
//! as the same words.
//!
//! Must not depend on: any other kroniek crate than `kroniek-model`; the file system, the
//! clock or the network (the caller reads the file and writes the source).
//!
//! How: both readers produce a format-neutral draft (`draft`), which one assembler turns into
//! the article (`assemble`): footnotes linked (`footnote`), bibliographies read
//! (`bibliography`), sections built, language detected (`language`). The text reader
//! (`text_page`) works line by line with the headline, byline and leftover rules (`headline`,
//! `byline`, `leftover`); the HTML reader (`html_page`) parses the page once, prunes
//! its furniture (`html_prune`), finds the main content with dom_smoothie, sanitises it with
//! ammonia and walks the DOM (`html_walk`, `html_meta`).

mod assemble;
mod bibliography;
mod byline;
mod draft;
mod encoding;
mod error;
mod footnote;
mod format;
mod headline;
mod html_depth;
mod html_meta;
mod html_page;
mod html_prune;
mod html_walk;
mod import;
mod imported;
mod inline;
mod language;
mod leftover;
mod options;
mod text_page;

pub use error::ImportError;
pub use format::PageFormat;
pub use import::import_page;
pub use imported::{DropReason, DroppedLine, ImportWarning, Imported};
pub use options::ImportOptions;
