//! A text as tokens for the date grammar: words, numbers, numbers with a suffix ("1er",
//! "30th", "1930s") and single punctuation marks, each with its byte range.

use super::lexicon::Lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters (and digits after a letter, as in "19h17").
    Word {
        /// Whether the first letter is a capital.
        upper: bool,
    },
    /// ASCII digits only.
    Number {
        /// The value, saturated.
        value: u32,
        /// How many digits were written ("0912" has four).
        digits: u8,
    },
    /// Digits followed by letters: "1er", "30th", "1930s".
    Suffixed {
        /// The digits' value.
        value: u32,
        /// How many digits.
        digits: u8,
    },
    /// Any other character but spaces; apostrophes are all `'` and dashes all `-`.
    Punct(char),
}

/// A token before the lexicon is consulted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RawToken {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
}

/// A token with its lexicon id: the word's, or for [`Kind::Suffixed`] the suffix's (0 when
/// unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
    pub(super) id: u16,
}

/// Tokens of a text, with lexicon ids.
pub(super) fn tokenize(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut buffer = String::new();
    let mut out = Vec::with_capacity(text.len() / 5);
    for raw in raw_tokens(text) {
        let id = match raw.kind {
            Kind::Word { .. } => lexicon.id(&text[raw.start..raw.end], &mut buffer),
            Kind::Suffixed { digits, .. } => {
                lexicon.id(&text[raw.start + usize::from(digits)..raw.end], &mut buffer)
            }
            _ => 0,
        };
        out.push(Token { start: raw.start, end: raw.end, kind: raw.kind, id });
    }
    out
}

/// Tokens of a text without lexicon ids (also used to compile the lexicon's phrases).
pub(super) fn raw_tokens(text: &str) -> impl Iterator<Item = RawToken> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skip spaces, ASCII quickly.
        loop {
            let b = *bytes.get(at)?;
            if b.is_ascii() {
                if b.is_ascii_whitespace() {
                    at += 1;
                    continue;
                }
                break;
            }
            let c = text[at..].chars().next()?;
            if c.is_whitespace() {
                at += c.len_utf8();
                continue;
            }
            break;
        }
        let start = at;
        let first = text[at..].chars().next()?;
        if !is_word_char(first) {
            at += first.len_utf8();
            let c = match first {
                '’' | '‘' | 'ʼ' | '´' | '`' | '′' => '\'',
                '–' | '—' | '‐' | '‑' | '‒' => '-',
                c => c,
            };
            return Some(RawToken { start, end: at, kind: Kind::Punct(c) });
        }
        // Leading digits, then the rest of the word.
        let mut value: u32 = 0;
        let mut digits: u8 = 0;
        while let Some(&b) = bytes.get(at) {
            if !b.is_ascii_digit() {
                break;
            }
            value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
            digits = digits.saturating_add(1);
            at += 1;
        }
        let letters_from = at;
        let mut has_digit_after_letter = false;
        while at < bytes.len() {
            let b = bytes[at];
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    has_digit_after_letter |= b.is_ascii_digit();
                    at += 1;
                    continue;
                }
                break;
            }
            match text[at..].chars().next() {
                Some(c) if is_word_char(c) => at += c.len_utf8(),
                _ => break,
            }
        }
        let kind = if digits == 0 {
            Kind::Word { upper: first.is_uppercase() }
        } else if letters_from == at {
            Kind::Number { value, digits }
        } else if has_digit_after_letter {
            Kind::Word { upper: false }
        } else {
            Kind::Suffixed { value, digits }
        };
        Some(RawToken { start, end: at, kind })
    })
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        raw_tokens(text).map(|t| (text[t.start..t.end].to_owned(), t.kind)).collect()
    }

    #[test]
    fn numbers_words_suffixes_and_marks_are_told_apart() {
        let k = kinds("le 1er mai 1886, l’été – 1930s 19h17 15-jarige");
        let shapes: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            shapes,
            ["le", "1er", "mai", "1886", ",", "l", "’", "été", "–", "1930s", "19h17", "15", "-", "jarige"]
        );
        assert_eq!(k[1].1, Kind::Suffixed { value: 1, digits: 1 });
        assert_eq!(k[3].1, Kind::Number { value: 1886, digits: 4 });
        assert_eq!(k[6].1, Kind::Punct('\''));
        assert_eq!(k[8].1, Kind::Punct('-'));
        assert_eq!(k[10].1, Kind::Word { upper: false });
    }

    #[test]
    fn a_long_run_of_digits_saturates_instead_of_overflowing() {
        let k = kinds("99999999999999999999");
        assert_eq!(k[0].1, Kind::Number { value: u32::MAX, digits: 20 });
    }
}
