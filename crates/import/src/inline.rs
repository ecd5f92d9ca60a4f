//! Inline text on its way into the model: plain words (escaped for Markdown on output),
//! Markdown the HTML reader produced on purpose, and footnote references.

/// One run of an inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Words as the page shows them; escaped when written as Markdown.
    Text(String),
    /// Markdown syntax written on purpose (`*`, `**`, `[`, `](url)`).
    Markup(String),
    /// A footnote reference; `original` is how the page wrote it, used when no note matches.
    Ref { label: String, original: String },
}

/// A paragraph's, item's or note's text as pieces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Inline {
    pub(crate) pieces: Vec<Piece>,
}

impl Inline {
    /// Plain text as one piece.
    pub(crate) fn plain(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.is_empty() { Self::default() } else { Self { pieces: vec![Piece::Text(text)] } }
    }

    pub(crate) fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text(last)) = self.pieces.last_mut() {
            last.push_str(text);
        } else {
            self.pieces.push(Piece::Text(text.to_owned()));
        }
    }

    pub(crate) fn push_markup(&mut self, markup: &str) {
        self.pieces.push(Piece::Markup(markup.to_owned()));
    }

    /// The words a reader sees, without markup; what the heuristics look at.
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Ref { original, .. } => out.push_str(original),
                Piece::Markup(_) => {}
            }
        }
        out
    }

    pub(crate) fn is_blank(&self) -> bool {
        self.pieces.iter().all(|p| match p {
            Piece::Text(t) => t.trim().is_empty(),
            Piece::Markup(_) => true,
            Piece::Ref { .. } => false,
        })
    }

    /// Collapses runs of whitespace to one space and trims both ends, keeping no-break spaces
    /// inside the text (typography is kept as the page has it).
    pub(crate) fn normalise_space(&mut self) {
        let mut previous_space = true;
        for piece in &mut self.pieces {
            match piece {
                Piece::Text(t) => {
                    let mut out = String::with_capacity(t.len());
                    for c in t.chars() {
                        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{000C}') {
                            if !previous_space {
                                out.push(' ');
                            }
                            previous_space = true;
                        } else {
                            out.push(c);
                            previous_space = false;
                        }
                    }
                    *t = out;
                }
                Piece::Ref { .. } => previous_space = false,
                Piece::Markup(_) => {}
            }
        }
        self.trim();
    }

    /// Trims whitespace (no-break spaces too) from both ends.
    pub(crate) fn trim(&mut self) {
        if let Some(Piece::Text(t)) = self.pieces.first_mut() {
            *t = t.trim_start().to_owned();
        }
        self.trim_end();
        self.pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
    }

    fn trim_end(&mut self) {
        for piece in self.pieces.iter_mut().rev() {
            match piece {
                Piece::Text(t) => {
                    let trimmed = t.trim_end().len();
                    t.truncate(trimmed);
                    if !t.is_empty() {
                        return;
                    }
                }
                Piece::Markup(_) => {}
                Piece::Ref { .. } => return,
            }
        }
    }

    /// Removes the first `bytes` bytes of text (a list marker, a note number) and the space after.
    pub(crate) fn strip_prefix_bytes(&mut self, bytes: usize) {
        if let Some(Piece::Text(t)) = self.pieces.first_mut() {
            let cut = t.get(bytes..).unwrap_or_default().trim_start().to_owned();
            *t = cut;
        }
        self.pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
    }

    /// The inline Markdown the model stores; `known` says which reference labels have a note.
    pub(crate) fn to_markdown(&self, known: &dyn Fn(&str) -> bool) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => escape_into(t, out.is_empty(), &mut out),
                Piece::Markup(m) => out.push_str(m),
                Piece::Ref { label, original } if known(label) => {
                    out.push_str("[^");
                    out.push_str(label);
                    out.push(']');
                    let _ = original;
                }
                Piece::Ref { original, .. } => escape_into(original, out.is_empty(), &mut out),
            }
        }
        out
    }
}

/// Escapes plain text so that CommonMark (with footnotes, tables and strikethrough) renders
/// exactly these characters: inline syntax anywhere, block syntax at the start.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, true, &mut out);
    out
}

fn escape_into(text: &str, at_start: bool, out: &mut String) {
    let start_len = out.len();
    if at_start {
        escape_block_start(text, out);
    }
    let skip = out.len() - start_len;
    let rest = if skip > 0 { text.get(block_marker_len(text)..).unwrap_or_default() } else { text };
    let mut chars = rest.chars().peekable();
    let mut previous: Option<char> = out.chars().next_back();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            // `~~` is strikethrough; a single tilde (`1906~`) is text.
            '~' if previous == Some('~') || chars.peek() == Some(&'~') => out.push_str("\\~"),
            // `&amp;`-like runs would be read as entities.
            '&' if looks_like_entity(chars.clone()) => out.push_str("\\&"),
            _ => out.push(c),
        }
        previous = Some(c);
    }
}

/// How many bytes at the start of `text` form a block marker that [`escape_block_start`]
/// rewrote (0 when none).
fn block_marker_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b'#' | b'>' | b'-' | b'+' | b'=') => 1,
        Some(b'0'..=b'9') => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(digits) {
                Some(b'.' | b')') if digits <= 9 => digits + 1,
                _ => 0,
            }
        }
        _ => 0,
    }
}

/// Escapes what would open a heading, quote, list or thematic break at the start of a line.
fn escape_block_start(text: &str, out: &mut String) {
    let len = block_marker_len(text);
    if len == 0 {
        return;
    }
    let (marker, _) = text.split_at(len);
    match marker.as_bytes().first() {
        Some(b'#' | b'>' | b'-' | b'+' | b'=') => {
            out.push('\\');
            out.push_str(marker);
        }
        _ => {
            // `1.` → `1\.`: the digits stay, the delimiter is escaped.
            let (digits, delimiter) = marker.split_at(len - 1);
            out.push_str(digits);
            out.push('\\');
            out.push_str(delimiter);
        }
    }
}

fn looks_like_entity(rest: impl Iterator<Item = char>) -> bool {
    for (n, c) in rest.take(33).enumerate() {
        if c == ';' {
            return n > 0;
        }
        if !(c.is_ascii_alphanumeric() || c == '#') {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_syntax_is_escaped_and_typography_kept() {
        assert_eq!(escape_markdown("a*b*c_d [x](y) `k` <b> | c"), r"a\*b\*c\_d \[x\](y) \`k\` \<b> | c");
        assert_eq!(escape_markdown("‘Veroverde stad’ — «Grève» 1906~"), "‘Veroverde stad’ — «Grève» 1906~");
        assert_eq!(escape_markdown("AT&T &amp; ~~x~~"), r"AT&T \&amp; \~\~x\~\~");
    }

    #[test]
    fn block_syntax_is_escaped_only_at_the_start() {
        assert_eq!(escape_markdown("# not a heading"), r"\# not a heading");
        assert_eq!(escape_markdown("> not a quote"), r"\> not a quote");
        assert_eq!(escape_markdown("- not an item"), r"\- not an item");
        assert_eq!(escape_markdown("1917. Het jaar"), r"1917\. Het jaar");
        assert_eq!(escape_markdown("Nr. 5 - 6 # 7"), "Nr. 5 - 6 # 7");
    }

    #[test]
    fn known_references_become_footnote_syntax_and_unknown_ones_stay_text() {
        let inline = Inline {
            pieces: vec![
                Piece::Text("Ferrer.".into()),
                Piece::Ref { label: "2".into(), original: "(2)".into() },
                Piece::Text(" Zie ook".into()),
                Piece::Ref { label: "9".into(), original: "[9]".into() },
            ],
        };
        assert_eq!(inline.to_markdown(&|l| l == "2"), r"Ferrer.[^2] Zie ook\[9\]");
    }

    #[test]
    fn whitespace_is_collapsed_but_no_break_spaces_are_kept() {
        let mut inline = Inline::plain("  een \n twee\u{a0} drie  ");
        inline.normalise_space();
        assert_eq!(inline.text(), "een twee\u{a0} drie");
    }
}
