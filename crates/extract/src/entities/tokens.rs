//! Words of a plain text as the recognisers see them: byte ranges, their shape, and whether
//! only a space separates a word from the one before (a name never runs across punctuation).

use std::ops::Range;

/// One word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the text.
    pub(crate) span: Range<usize>,
    /// Starts with an upper-case letter.
    pub(crate) capitalised: bool,
    /// Two or more letters, every letter upper case ("BWP", "POUM").
    pub(crate) all_caps: bool,
    /// Only white space (no punctuation, no line break) separates it from the word before.
    pub(crate) joined: bool,
    /// A single capital followed by a full stop ("J. Stalin"); the stop is not in the span.
    pub(crate) initial: bool,
    /// The first word of its sentence.
    pub(crate) sentence_start: bool,
}

impl Token {
    /// The word's text.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑')
}

/// The words of `text`, with sentence starts from `sentences` (byte ranges).
pub(crate) fn tokenize(text: &str, sentences: &[Range<usize>]) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut sentence = 0;
    let mut gap_start = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j].1;
            if d.is_alphanumeric() {
                j += 1;
            } else if is_joiner(d) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        // "Arbeiders- en Boerenblok": a hyphen that leaves a compound's second half for later.
        if chars.get(j).is_some_and(|&(_, d)| d == '-' || d == '‑')
            && chars.get(j + 1).is_some_and(|n| n.1 == ' ')
        {
            let rest = &text[chars[j + 1].0..];
            if ["en ", "of ", "et ", "ou ", "and ", "or ", "und "].iter().any(|w| rest[1..].starts_with(w)) {
                end = chars[j + 1].0;
                j += 1;
            }
        }
        // "Bernstein’s", "SPD's": an English genitive is not part of the name, and ends it.
        if c.is_uppercase() {
            let word = &text[at..end];
            if let Some(stem) = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))
                && stem.chars().count() >= 2
            {
                end = at + stem.len();
            }
        }
        let word = &text[at..end];
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let gap = &text[gap_start..at];
        let initial_before = tokens.last().is_some_and(|t| t.initial) && gap == ". ";
        let joined = !tokens.is_empty()
            && (initial_before || (!gap.is_empty() && gap.chars().all(|g| g == ' ' || g == '\u{a0}')));
        while sentence < sentences.len() && sentences[sentence].end <= at {
            sentence += 1;
        }
        let sentence_start = sentences.get(sentence).is_some_and(|s| s.start <= at)
            && tokens.last().is_none_or(|t| sentences[sentence].start > t.span.start);
        let mut letters_iter = word.chars();
        let first = letters_iter.next().unwrap_or(' ');
        let initial = first.is_uppercase() && letters_iter.next().is_none() && text[end..].starts_with(". ");
        tokens.push(Token {
            span: at..end,
            capitalised: first.is_uppercase(),
            all_caps: letters >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()),
            joined,
            initial,
            sentence_start: sentence_start || tokens.is_empty(),
        });
        gap_start = end;
        i = j;
    }
    tokens
}

/// Quotations in the text: the byte range inside the marks, for marks that open after a space
/// or a bracket and close before a space or punctuation (so "L’Anarchie" is no quotation).
pub(crate) fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let close = match c {
            '‘' => '’',
            '“' => '”',
            '«' => '»',
            '"' => '"',
            '\'' => '\'',
            '„' => '”',
            _ => {
                i += 1;
                continue;
            }
        };
        let opens =
            i == 0 || chars[i - 1].1.is_whitespace() || matches!(chars[i - 1].1, '(' | '[' | '—' | '–');
        if !opens {
            i += 1;
            continue;
        }
        let inner_start = at + c.len_utf8();
        let found = chars[i + 1..]
            .iter()
            .take(200)
            .position(|&(_, d)| d == close)
            .map(|p| p + i + 1)
            .filter(|&k| chars.get(k + 1).is_none_or(|&(_, n)| !n.is_alphanumeric()) && k > i + 1);
        match found {
            Some(k) => {
                out.push(inner_start..chars[k].0);
                i = k + 1;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, &sentences(text)).iter().map(|t| t.text(text).to_owned()).collect()
    }

    #[test]
    fn words_keep_hyphens_and_apostrophes_inside() {
        assert_eq!(
            words("de krant L’Anarchie en de Bonnot-bende."),
            ["de", "krant", "L’Anarchie", "en", "de", "Bonnot-bende"]
        );
        assert_eq!(words("het Arbeiders- en Boerenblok"), ["het", "Arbeiders-", "en", "Boerenblok"]);
        assert_eq!(words("een leerling- of gezel"), ["een", "leerling-", "of", "gezel"]);
    }

    #[test]
    fn a_genitive_ends_the_name() {
        let text = "Karl Kautsky’s Die Neue Zeit en de SPD's school";
        let t = tokenize(text, &sentences(text));
        let words: Vec<&str> = t.iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["Karl", "Kautsky", "Die", "Neue", "Zeit", "en", "de", "SPD", "school"]);
        assert!(!t[2].joined, "the genitive separates");
    }

    #[test]
    fn joined_only_by_spaces_and_initials() {
        let text = "Guy Van Sinoy, J. Stalin. Hij";
        let t = tokenize(text, &sentences(text));
        let joined: Vec<bool> = t.iter().map(|t| t.joined).collect();
        assert_eq!(joined, [false, true, true, false, true, false]);
        assert!(t[3].initial);
        assert!(t[5].sentence_start && !t[4].sentence_start);
    }

    #[test]
    fn quotations_are_not_apostrophes() {
        let text = "lid van de ‘Bonnot-bende’ en schreef in L’Anarchie ‘Year One’.";
        let q: Vec<&str> = quotations(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(q, ["Bonnot-bende", "Year One"]);
    }
}
