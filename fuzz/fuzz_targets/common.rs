//! What several targets share: splitting the fuzzer's bytes into a choice and a text.

#![allow(dead_code)]

use kroniek_model::Language;

/// The first byte picks one of `count` options; the rest is the input. Empty input picks 0.
pub fn choose(data: &[u8], count: usize) -> (usize, &[u8]) {
    match data.split_first() {
        Some((first, rest)) => (usize::from(*first) % count, rest),
        None => (0, data),
    }
}

/// The bytes as text the way the driver reads files: invalid UTF-8 replaced, not refused, so
/// that every input reaches the parser.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A language the recognisers know (three core languages), or one they do not.
pub fn language(choice: usize) -> Language {
    let code = ["nl", "fr", "en", "de"][choice % 4];
    Language::new(code).unwrap_or_else(|_| Language::dutch())
}
