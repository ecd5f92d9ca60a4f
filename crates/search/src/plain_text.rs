//! Inline Markdown to the words a reader sees, for indexing and snippets.

/// The reader-visible text of inline Markdown: emphasis and code markers dropped, links reduced
/// to their text, footnote references (`[^1]`) removed, backslash escapes resolved.
///
/// Good enough for search (where a stray marker costs nothing) and never fails: unmatched
/// brackets are kept as text.
pub fn plain_text(markdown: &str) -> String {
    let chars: Vec<char> = markdown.chars().collect();
    let mut out = String::with_capacity(markdown.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '*' | '_' | '`' => i += 1,
            '[' if chars.get(i + 1) == Some(&'^') => match find(&chars, i + 2, ']') {
                Some(close) => i = close + 1,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            ']' if chars.get(i + 1) == Some(&'(') => match find(&chars, i + 2, ')') {
                // The link's text is already out; its target is not something a reader reads.
                Some(close) => i = close + 1,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => i += 1,
            ']' => i += 1,
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.trim().to_owned()
}

fn find(chars: &[char], from: usize, wanted: char) -> Option<usize> {
    chars
        .iter()
        .skip(from)
        .position(|&c| c == wanted || c == '\n')
        .map(|p| p + from)
        .filter(|&p| chars[p] == wanted)
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn markers_links_and_note_references_go() {
        assert_eq!(
            plain_text("Hij schreef *Les Révolutionnaires*[^3] voor [de krant](https://x.example/a)."),
            "Hij schreef Les Révolutionnaires voor de krant."
        );
        assert_eq!(plain_text(r"een \*ster\* en `code`"), "een *ster* en code");
    }

    #[test]
    fn unmatched_brackets_stay_text() {
        assert_eq!(plain_text("[^open en [half"), "[^open en half");
        assert_eq!(plain_text("a](b"), "a](b");
    }
}
