//! The source stage: an archive's files → [`Archive`](kroniek_model::Archive) + every
//! [`Diagnostic`](kroniek_model::Diagnostic).
//!
//! Input: the files of an archive as bytes in memory ([`SourceFiles`]): `kroniek.toml`,
//! `content/<series>/<slug>.md`, `authorities/*.toml` (see `docs/format.md`).
//! Output: the validated [`SiteConfig`](kroniek_model::SiteConfig), the articles as
//! [`Entry`](kroniek_model::Entry)s and the authority records, with a diagnostic — file, line,
//! column — for every problem, all reported in one run ([`load`]); after an edit, only the
//! changed files are read again ([`load_cached`], [`load_changed`]). The pieces are public too,
//! for stages that read one file ([`parse_article`], [`parse_markdown`]) and for the import
//! stage, which writes sources with [`write_article`].
//!
//! It depends on `kroniek-model` only: no other stage, and no I/O — the driver reads the disk.

mod article;
mod authority;
mod bibliography;
mod config;
mod files;
mod footnote;
mod front_matter;
mod inline;
mod load;
mod markdown;
mod parsed;
mod raw_text_blocks;
mod toml_reader;
mod writer;

pub use article::parse_article;
pub use authority::parse_authorities;
pub use config::{RESERVED_SEGMENTS, parse_config};
pub use files::SourceFiles;
pub use load::{ArticleCache, CONFIG_FILE, Loaded, load, load_cached, load_changed};
pub use markdown::{Body, parse_markdown};
pub use parsed::Parsed;
pub use writer::write_article;

#[cfg(test)]
mod fixture_tests;
