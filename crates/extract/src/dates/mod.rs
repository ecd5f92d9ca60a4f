//! Temporal expressions in Dutch, French and English (and German and Spanish) → EDTF, and an
//! article's dated events.
//!
//! The pipeline, one concept per file:
//! - `token`: the text as words, numbers and marks with byte ranges;
//! - `lexicon` (and `lexicon/<language>.rs`): each language's words and phrases as data;
//! - `grammar` and `point`: expressions and the dates inside them → readings;
//! - `guard`: the traps (counts, pages, amounts, times, years in titles);
//! - `reading`: readings → EDTF (parts of periods, shifts, ages);
//! - `anaphora`: reading order, the anchor for relative expressions, the subject's birth;
//! - `events`: an article's passages → sorted [`Event`]s.
//!
//! Hand-written rather than regular expressions: the grammar compares small word ids, so one
//! pass over the tokens does the whole job (see BENCHMARKS.md, "Dates").

mod anaphora;
mod events;
mod grammar;
mod guard;
mod lexicon;
mod point;
mod reading;
mod token;

use kroniek_model::{Edtf, Language};
use serde::Serialize;

pub use events::{chronological, events};

use anaphora::{Resolver, birth_statement, life_span};
use lexicon::Lexicon;

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
    /// with no birth to anchor it, "het jaar daarop" with no date before it).
    pub date: Option<Edtf>,
}

/// Every temporal expression in one plain text, in text order. Relative expressions count from
/// the date before them in the same text; ages from the text's own birth statement. Dates
/// that do not exist ("31 februari 1920") are left out.
pub fn find(text: &str, language: &Language) -> Vec<DateSpan> {
    let lexicon = Lexicon::for_language(language);
    let found = grammar::recognise(text, lexicon);
    let birth = birth_statement(&found).or_else(|| life_span(found.iter().take_while(|f| f.start < 200)));
    let mut resolver = Resolver::new(birth);
    found
        .iter()
        .filter_map(|f| {
            let date = resolver.resolve(f);
            // An expression that needs no context and still has no date does not exist.
            if date.is_none() && f.reading.is_absolute() {
                return None;
            }
            Some(DateSpan { start: f.start, end: f.end, text: text[f.start..f.end].to_owned(), date })
        })
        .collect()
}
