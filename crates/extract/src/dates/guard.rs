//! The traps: numbers that look like years and are not, and years inside titles.
//!
//! A four-digit number is a year unless its neighbours say otherwise: a count ("1500 doden",
//! "meer dan 2000"), a page or issue ("p. 1917", "nr. 1920"), an amount ("€ 1917", "1917
//! frank"), a time ("19.17 uur") or part of a longer number ("1.917.000"). A date inside a
//! short quoted title ("‘Lenin in 1917’") belongs to the title, not to the story.

use super::grammar::Parser;
use super::lexicon::flag;
use super::reading::Reading;
use super::token::Kind;

/// Whether the bare number at token `k` (an expression ending before token `end`) may be read
/// as a year.
pub(super) fn bare_year_ok(p: &Parser<'_>, k: usize, end: usize, _reading: &Reading) -> bool {
    let prev = k.checked_sub(1);
    if let Some(prev) = prev {
        match p.tokens[prev].kind {
            Kind::Number { .. } | Kind::Suffixed { .. } => return false,
            Kind::Punct('€' | '$' | '£' | 'ƒ' | '¥' | '#' | '§' | '°' | 'º' | '№') => return false,
            Kind::Punct('.' | ',')
                if p.adjacent(k) && prev > 0 && p.digits(prev - 1).is_some() && p.adjacent(prev) =>
            {
                return false;
            }
            _ => {}
        }
        let marker_word = if p.punct(prev) == Some('.') { prev.checked_sub(1) } else { Some(prev) };
        if marker_word.is_some_and(|m| p.has(m, flag::MARKER)) {
            return false;
        }
        if p.has(prev, flag::ABOUT_COUNT)
            || (p.has(prev, flag::THAN) && prev > 0 && p.has(prev - 1, flag::COMPARATIVE))
        {
            return false;
        }
    }
    // What follows the last number of the expression.
    if end > 0 && p.digits(end - 1).is_some() {
        if p.has(end, flag::COUNT) || p.punct(end) == Some('%') {
            return false;
        }
        let tight_digits = matches!(p.punct(end), Some('.' | ',' | ':' | 'h'))
            && p.adjacent(end)
            && p.digits(end + 1).is_some()
            && p.adjacent(end + 1);
        if tight_digits {
            return false;
        }
    }
    true
}

/// Whether `start..end` lies inside a short quotation that reads as a title: at most twelve
/// words, no sentence break, on one line ("‘Lenin in 1917’", "“Year One of the Revolution”").
pub(super) fn inside_title(text: &str, start: usize, end: usize) -> bool {
    const REACH: usize = 120;
    let before = &text[floor_boundary(text, start.saturating_sub(REACH))..start];
    let Some((open_at, open)) = last_opening_quote(before) else { return false };
    let close = match open {
        '“' => &['”', '“'][..],
        '‘' => &['’'][..],
        '«' => &['»'][..],
        '„' => &['“', '”'][..],
        '‚' => &['‘', '’'][..],
        '\'' => &['\''][..],
        _ => &['"'][..],
    };
    let after = &text[end..ceil_boundary(text, end + REACH)];
    let Some(close_at) = first_closing_quote(after, close) else { return false };
    let inside = &text[start - before.len() + open_at..end + close_at];
    let words = inside.split_whitespace().count();
    words <= 12 && !inside.contains(['\n', '!', '?']) && !inside.contains(". ")
}

/// The nearest quote mark before the end of `text` that opens a quotation (space or nothing
/// before it, a word after it), unless a closing mark comes first. Scans backwards, so the
/// usual case (no quotation near) stops at the first mark or after `text`'s length.
fn last_opening_quote(text: &str) -> Option<(usize, char)> {
    if !text.bytes().any(|b| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2)) {
        return None;
    }
    let mut after: Option<char> = None;
    let mut iter = text.char_indices().rev().peekable();
    while let Some((at, c)) = iter.next() {
        let before = iter.peek().map(|&(_, b)| b);
        let opens_word = after.is_some_and(|n| !n.is_whitespace())
            && before.is_none_or(|b| b.is_whitespace() || "([".contains(b));
        match c {
            '“' | '‘' | '„' | '‚' | '"' if opens_word => return Some((at, c)),
            // French guillemets are set off by spaces.
            '«' => return Some((at, c)),
            // A straight apostrophe opens a quotation only before a letter ("jaren '30" is a year).
            '\'' if opens_word && after.is_some_and(char::is_alphabetic) => return Some((at, c)),
            '”' | '»' | '\n' => return None,
            '’' | '"' | '\''
                if before.is_some_and(|b| !b.is_whitespace())
                    && after.is_none_or(|n| !n.is_alphanumeric()) =>
            {
                return None;
            }
            _ => {}
        }
        after = Some(c);
    }
    None
}

/// The first closing mark of the wanted kinds in `text` (a mark that ends a word).
fn first_closing_quote(text: &str, wanted: &[char]) -> Option<usize> {
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((at, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if wanted.contains(&c)
            && next.is_none_or(|n| !n.is_alphanumeric())
            && (c == '»' || prev.is_none_or(|p| !p.is_whitespace()))
        {
            return Some(at);
        }
        if c == '\n' {
            return None;
        }
        prev = Some(c);
    }
    None
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str, needle: &str) -> bool {
        let start = text.find(needle).unwrap();
        inside_title(text, start, start + needle.len())
    }

    #[test]
    fn a_year_in_a_short_quoted_title_is_the_titles() {
        assert!(title("Hij schreef ‘Lenin in 1917’ in Moskou.", "1917"));
        assert!(title("Zijn boek “Jaar één, 1918” verscheen.", "1918"));
        assert!(title("le livre « Paris 1871 » parut", "1871"));
        assert!(title("le livre «Paris 1871» parut", "1871"));
    }

    #[test]
    fn a_quoted_sentence_and_an_apostrophe_are_not_titles() {
        assert!(!title("Hij werkte voor L’Anarchie in 1909 en later.", "1909"));
        assert!(!title("“We kwamen in 1917 aan. Daarna werd alles anders,” zei hij.", "1917"));
        assert!(!title("In 1917 ging hij weg.", "1917"));
    }
}
