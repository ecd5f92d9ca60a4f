//! An article as runs of plain text: every passage the recognisers read, with inline Markdown
//! taken out so that offsets and sentences are about the words a reader sees.

use std::ops::Range;

use kroniek_model::{Article, Block, Passage};

/// One passage's plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainPassage {
    /// Where it sits in the article.
    pub passage: Passage,
    /// The text without inline Markdown.
    pub text: String,
    /// Byte ranges in `text` of the runs the Markdown put in italics (`*…*`, `_…_`), in text
    /// order. Markdown sources italicise titles of works and periodicals and foreign words, so
    /// the recognisers read a capitalised italic run as a title, not as names.
    pub emphasis: Vec<Range<usize>>,
}

impl PlainPassage {
    /// A passage from its inline Markdown.
    pub fn new(passage: Passage, markdown: &str) -> Self {
        let (text, emphasis) = plain_with_emphasis(markdown);
        Self { passage, text, emphasis }
    }

    /// A passage of text with no Markdown in it (no emphasis known).
    pub fn from_plain(passage: Passage, text: impl Into<String>) -> Self {
        Self { passage, text: text.into(), emphasis: Vec::new() }
    }

    /// The italic run that contains the byte range, if any.
    pub fn emphasis_around(&self, range: &Range<usize>) -> Option<Range<usize>> {
        within(&self.emphasis, range)
    }
}

/// The range of `ranges` (sorted, not overlapping) that contains `range`.
pub(crate) fn within(ranges: &[Range<usize>], range: &Range<usize>) -> Option<Range<usize>> {
    let k = ranges.partition_point(|r| r.end < range.end);
    ranges.get(k).filter(|r| r.start <= range.start && range.end <= r.end).cloned()
}

/// Every passage of an article in reading order: title, subtitle, then each section's heading
/// and blocks (one passage per list item), then the footnotes. Works are left out: a
/// bibliography's years are the works' own dates, not events of the story.
pub fn passages(article: &Article) -> Vec<PlainPassage> {
    let mut out = Vec::new();
    let mut push = |passage: Passage, markdown: &str| {
        let plain = PlainPassage::new(passage, markdown);
        if !plain.text.trim().is_empty() {
            out.push(plain);
        }
    };
    push(Passage::Title, &article.title);
    if let Some(subtitle) = &article.subtitle {
        push(Passage::Subtitle, subtitle);
    }
    for (section, s) in article.sections.iter().enumerate() {
        if let Some(heading) = &s.heading {
            push(Passage::Heading { section }, heading);
        }
        for (block, b) in s.blocks.iter().enumerate() {
            match b {
                Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => {
                    push(Passage::Block { section, block, item: None }, text)
                }
                Block::List { items, .. } => {
                    for (item, text) in items.iter().enumerate() {
                        push(Passage::Block { section, block, item: Some(item) }, text);
                    }
                }
            }
        }
    }
    for note in &article.footnotes {
        push(Passage::Footnote { label: note.label.clone() }, &note.text);
    }
    out
}

/// Inline Markdown → the text a reader sees: note references (`[^1]`) dropped, links reduced to
/// their words, emphasis and code marks and backslash escapes removed. Underscores inside a word
/// stay (they are not emphasis there).
pub fn plain(markdown: &str) -> String {
    plain_with_emphasis(markdown).0
}

/// [`plain`], with the byte ranges (in the plain text) of its italic runs. Delimiters pair as
/// CommonMark pairs them in the cases sources use: a run of `*` or `_` opens when a non-space
/// follows it and closes when a non-space precedes it; a run of one or three marks is italic,
/// a run of two is bold (not a title). Unpaired marks are dropped all the same.
pub fn plain_with_emphasis(markdown: &str) -> (String, Vec<Range<usize>>) {
    let chars: Vec<char> = markdown.chars().collect();
    let mut plain = Plain { out: String::with_capacity(markdown.len()), emphasis: Vec::new() };
    plain.push_markdown(&chars);
    plain.emphasis.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    // Keep the outermost run where runs nest ("*a _b_ c*").
    let mut outer: Vec<Range<usize>> = Vec::with_capacity(plain.emphasis.len());
    for r in plain.emphasis {
        if outer.last().is_none_or(|last| r.start >= last.end) {
            outer.push(r);
        }
    }
    (plain.out, outer)
}

struct Plain {
    out: String,
    emphasis: Vec<Range<usize>>,
}

/// An emphasis run waiting for its closer: its mark, its length, where it opened in the output.
struct Opener {
    mark: char,
    len: usize,
    at: usize,
}

impl Plain {
    fn push_markdown(&mut self, chars: &[char]) {
        let mut open: Vec<Opener> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                    self.out.push(chars[i + 1]);
                    i += 2;
                }
                '[' if chars.get(i + 1) == Some(&'^') => match find(chars, i + 2, ']') {
                    Some(close) => i = close + 1,
                    None => {
                        self.out.push(c);
                        i += 1;
                    }
                },
                '!' if chars.get(i + 1) == Some(&'[') => i += 1,
                '[' => match link_end(chars, i) {
                    Some((text_end, end)) => {
                        self.push_markdown(&chars[i + 1..text_end]);
                        i = end;
                    }
                    None => {
                        self.out.push(c);
                        i += 1;
                    }
                },
                '`' => i += 1,
                '*' | '_' => {
                    let run_end = chars[i..].iter().position(|&d| d != c).map_or(chars.len(), |p| p + i);
                    let len = run_end - i;
                    let before = i.checked_sub(1).map(|k| chars[k]);
                    let after = chars.get(run_end).copied();
                    let inside_word =
                        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
                    if c == '_' && len == 1 && inside_word {
                        self.out.push(c);
                        i += 1;
                        continue;
                    }
                    let can_open = after.is_some_and(|a| !a.is_whitespace())
                        && (c == '*' || !before.is_some_and(char::is_alphanumeric));
                    let can_close = before.is_some_and(|b| !b.is_whitespace())
                        && (c == '*' || !after.is_some_and(char::is_alphanumeric));
                    let opener = open.iter().rposition(|o| o.mark == c);
                    match opener {
                        Some(k) if can_close => {
                            let o = open.remove(k);
                            open.truncate(k);
                            if (o.len % 2 == 1 || len % 2 == 1) && o.at < self.out.len() {
                                self.emphasis.push(o.at..self.out.len());
                            }
                        }
                        _ if can_open => open.push(Opener { mark: c, len, at: self.out.len() }),
                        _ => {}
                    }
                    i = run_end;
                }
                _ => {
                    self.out.push(c);
                    i += 1;
                }
            }
        }
    }
}

fn find(chars: &[char], from: usize, wanted: char) -> Option<usize> {
    chars.get(from..)?.iter().position(|&c| c == wanted).map(|p| p + from)
}

/// For `[text](url)` starting at `open`: the index of `]` and one past `)`.
fn link_end(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let close = find(chars, open + 1, ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = find(chars, close + 2, ')')?;
    Some((close, paren + 1))
}

/// Words that end with a full stop without ending a sentence, lowercased, without the stop.
const ABBREVIATIONS: &[&str] = &[
    // Dutch
    "o.a", "bijv", "bv", "enz", "d.w.z", "m.a.w", "blz", "nr", "dhr", "mevr", "mr", "dr", "prof", "st", "ca",
    "resp", "z.g", "zgn", "vgl", "jg", "red", "ed", "dl", "vert", "jan", "feb", "febr", "mrt", "apr", "aug",
    "sep", "sept", "okt", "nov", "dec", // French
    "p", "pp", "cf", "m", "mm", "mme", "mlle", "éd", "trad", "vol", "t", "janv", "févr", "avr", "juil",
    "déc", "etc", "c.-à-d", // English
    "mrs", "ms", "st", "no", "vs", "e.g", "i.e", "oct", "jr", "sr", "ch", "fig",
];

/// The sentences of a plain text, as byte ranges, trimmed of surrounding whitespace. A sentence
/// ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by space and a
/// capital, digit or opening quote — except after a known abbreviation or a single initial.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (at, c) = bytes[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < bytes.len()
                && matches!(bytes[j].1, '.' | '!' | '?' | '…' | '"' | '”' | '’' | '»' | ')' | ']')
            {
                j += 1;
            }
            let end = bytes.get(j).map_or(text.len(), |&(b, _)| b);
            let followed_by_space = j < bytes.len() && bytes[j].1.is_whitespace();
            let mut k = j;
            while k < bytes.len() && bytes[k].1.is_whitespace() {
                k += 1;
            }
            let next = bytes.get(k).map(|&(_, c)| c);
            let opens = next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '‘' | '«' | '(' | '[' | '\'')
            });
            if followed_by_space && opens && !(c == '.' && abbreviation_before(text, at)) {
                push_trimmed(&mut out, text, start..end);
                start = bytes.get(k).map_or(text.len(), |&(b, _)| b);
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

fn abbreviation_before(text: &str, dot: usize) -> bool {
    // The separator may be wider than a byte (a no-break space).
    let word_start = text[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &text[word_start..dot];
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        // "J. Stalin", "M. Dupont": a lone capital is an initial.
        if first.is_uppercase() {
            return true;
        }
    }
    // "P.-V. Stock", "J.P. Nettl": initials joined by stops or hyphens.
    let initials = word.split(['.', '-']).filter(|part| !part.is_empty()).all(|part| {
        let mut letters = part.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    });
    if initials && word.contains('.') {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// The character offset of a byte offset (offsets in the JSON contracts count characters).
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The sentence around a byte range, for an event's or a mention's context.
pub fn sentence_at<'a>(text: &'a str, sentences: &[Range<usize>], range: &Range<usize>) -> &'a str {
    sentences
        .iter()
        .find(|s| s.start <= range.start && range.start < s.end.max(s.start + 1))
        .map_or(text.trim(), |s| &text[s.clone()])
}

#[cfg(test)]
mod tests;
