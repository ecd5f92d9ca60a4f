//! A value together with the problems found while reading it.

use kroniek_model::Diagnostic;

/// The result of reading one source: the value, when one could be made, and every diagnostic
/// (errors and warnings) found on the way — like Typst's `Warned<T>`, so a caller can show the
/// warnings of a usable value and every error of an unusable one.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// The value; `None` when the source is too broken to make one.
    pub value: Option<T>,
    /// Everything worth telling the editor, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    /// A value with its diagnostics.
    pub fn new(value: Option<T>, diagnostics: Vec<Diagnostic>) -> Self {
        Self { value, diagnostics }
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The same diagnostics with the value transformed.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Parsed<U> {
        Parsed { value: self.value.map(f), diagnostics: self.diagnostics }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_told_apart_from_warnings() {
        let warning = Diagnostic::warning("a.md", "x", 0..1, "w");
        let error = Diagnostic::error("a.md", "x", 0..1, "e");
        assert!(!Parsed::new(Some(1), vec![warning.clone()]).has_errors());
        let parsed = Parsed::new(Some(1), vec![warning, error]).map(|n| n + 1);
        assert!(parsed.has_errors());
        assert_eq!(parsed.value, Some(2));
    }
}
