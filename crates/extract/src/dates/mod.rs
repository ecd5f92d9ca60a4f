//! Temporal expressions in Dutch, French and English → EDTF, and an article's dated events.
//! (Filled by the dates issue; this is the contract the rest of the crate calls.)

use kroniek_model::{Edtf, Event, Language};
use serde::Serialize;

use crate::text::PlainPassage;

/// A temporal expression found in a text. Offsets are byte offsets into the text given.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// The date they denote; `None` for an expression recognised but not resolvable (an age
    /// with no birth to anchor it).
    pub date: Option<Edtf>,
}

/// Every temporal expression in one plain text, in text order.
pub fn find(_text: &str, _language: &Language) -> Vec<DateSpan> {
    Vec::new()
}

/// The dated events of an article's passages (from [`crate::text::passages`]), in text order.
/// `birth` is the subject's birth from the authority records, when known; without it the text's
/// own birth statement anchors ages.
pub fn events(_passages: &[PlainPassage], _language: &Language, _birth: Option<Edtf>) -> Vec<Event> {
    Vec::new()
}
