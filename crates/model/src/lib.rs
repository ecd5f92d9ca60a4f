//! The data model every kroniek stage speaks.
//!
//! Stage: none — this crate is the vocabulary. It holds pure data (articles, authority records,
//! EDTF dates, the site configuration, diagnostics) with the parsing and validation rules that
//! belong to the values themselves (an EDTF string, a language code, an id).
//!
//! It must not depend on any other kroniek crate and does no I/O: no files, no clock, no network.

mod archive;
mod article;
mod authority;
mod config;
mod diagnostic;
mod edtf;
mod id;
mod knowledge;
mod language;
mod origin;

pub use archive::{Archive, Entry};
pub use article::{Article, Block, Footnote, Section, Work};
pub use authority::{Authorities, Authority, AuthorityKind, Coordinates};
pub use config::{Series, SiteConfig};
pub use diagnostic::{Diagnostic, Severity, Span};
pub use edtf::{Edtf, EdtfDate, EdtfError, IntervalEnd, Precision, Qualifier};
pub use id::{Id, IdError};
pub use knowledge::{Entity, EntityKind, Event, Knowledge, Mention, Passage, Position};
pub use language::{Language, LanguageError};
pub use origin::Origin;
