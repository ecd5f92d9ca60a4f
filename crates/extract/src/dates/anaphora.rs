//! Relative expressions and ages, resolved in reading order: "datzelfde jaar" counts from the
//! last date before it in the same article, "op 15-jarige leeftijd" from the subject's birth.

use kroniek_model::{Edtf, EdtfDate, Precision};

use super::grammar::Found;
use super::reading::{Reading, anchor_of, resolve};

/// Walks an article's expressions in order, keeping the last date as the anchor.
#[derive(Debug, Clone, Default)]
pub(super) struct Resolver {
    anchor: Option<EdtfDate>,
    birth: Option<EdtfDate>,
}

impl Resolver {
    /// A resolver for a subject born on `birth`, if known.
    pub(super) fn new(birth: Option<EdtfDate>) -> Self {
        Self { anchor: None, birth }
    }

    /// Forgets the last date: a footnote does not continue the sentence before it.
    pub(super) fn forget_anchor(&mut self) {
        self.anchor = None;
    }

    /// The expression's date, if it has one; a date becomes the anchor for what follows.
    pub(super) fn resolve(&mut self, found: &Found) -> Option<Edtf> {
        let value = resolve(&found.reading, found.qualifier, self.anchor, self.birth)?;
        if let Some(anchor) = anchor_of(&value) {
            self.anchor = Some(anchor);
        }
        Some(value)
    }
}

/// The subject's birth as the text states it: the first expression in a birth statement that
/// needs no context and names at least a year.
pub(super) fn birth_statement<'a>(found: impl IntoIterator<Item = &'a Found>) -> Option<EdtfDate> {
    found
        .into_iter()
        .filter(|f| f.birth && f.reading.is_absolute())
        .filter_map(|f| resolve(&f.reading, f.qualifier, None, None)?.start())
        .find(|d| d.precision() <= Precision::Year)
}

/// A life span given as a range of years ("Victor Serge, 1890-1947", "(1890-1947)"): the first
/// closed range of 10 to 110 years gives the birth year.
pub(super) fn life_span<'a>(found: impl IntoIterator<Item = &'a Found>) -> Option<EdtfDate> {
    found.into_iter().find_map(|f| {
        let Reading::Range(Some(_), Some(_)) = f.reading else { return None };
        let value = resolve(&f.reading, f.qualifier, None, None)?;
        let (start, end) = (value.start()?, value.end()?);
        let years = end.year_value() - start.year_value();
        (start.precision() == Precision::Year && (10..=110).contains(&years))
            .then(|| EdtfDate::year(start.year_value()))
    })
}

#[cfg(test)]
mod tests;
