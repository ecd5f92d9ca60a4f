//! Article → knowledge: the dated events and the named entities in an article's text, the
//! entities linked to the archive's authority records.
//!
//! Stage: extract (after load, before render and index). Pure: no I/O, no clock. The
//! [`Extractor`] is built once per set of authority records (it compiles their names) and is
//! then shared by every article, in parallel.
//!
//! - [`text`]: an article as passages of plain text, and sentences.
//! - [`dates`]: temporal expressions → EDTF, and an article's dated events.
//! - [`entities`]: people, organisations, places, periodicals and works, and their links.

pub mod dates;
pub mod entities;
pub mod text;

mod extractor;

pub use extractor::{Annotation, Extractor};
