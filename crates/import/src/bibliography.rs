//! Bibliography items: a list item that ends in a year or a year range in parentheses —
//! `‘Veroverde stad’ (1932)`, `Year One of the Russian Revolution (1926-29)` — is a work.

use kroniek_model::{Edtf, EdtfDate, Qualifier};

/// A work's title (quotes and emphasis removed) and its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParsedWork {
    pub(crate) title: String,
    pub(crate) date: Edtf,
}

/// Reads one item; `None` when it does not end in a parenthesised year or range.
pub(crate) fn parse_item(item: &str) -> Option<ParsedWork> {
    let item = item.trim().trim_end_matches(['.', ';', ',']).trim_end();
    let inner = item.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (title, date) = (inner.get(..open)?, inner.get(open + 1..)?);
    let date = parse_date(date.trim())?;
    let title = strip_quotes(title.trim().trim_end_matches([',', ':', '-', '–']).trim());
    (!title.is_empty()).then(|| ParsedWork { title: title.to_owned(), date })
}

/// `1932`, `1926-29`, `1926–1929`, `1926/29`, `ca. 1930`, `1930?`.
pub(crate) fn parse_date(text: &str) -> Option<Edtf> {
    let (text, qualifier) = match text.strip_suffix('?') {
        Some(t) => (t.trim(), Qualifier::Uncertain),
        None => match ["ca.", "ca ", "c.", "circa ", "vers ", "omstreeks ", "rond "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
        {
            Some(t) => (t.trim(), Qualifier::Approximate),
            None => (text, Qualifier::Exact),
        },
    };
    if let Some(year) = year(text) {
        return Some(Edtf::Date(EdtfDate::year(year).with_qualifier(qualifier)));
    }
    let (start, end) = text.split_once(['-', '–', '—', '/'])?;
    let start = year(start.trim())?;
    let end = end.trim();
    let end = match end.len() {
        4 => year(end)?,
        // "1926-29": the century of the start; "1898-1902"-style wraps are written in full.
        2 if end.bytes().all(|b| b.is_ascii_digit()) => start - start % 100 + end.parse::<i32>().ok()?,
        _ => return None,
    };
    let q = |y| EdtfDate::year(y).with_qualifier(qualifier);
    Edtf::interval(q(start), q(end)).ok()
}

fn year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// Removes the quotes or emphasis that set a title off: ‘…’, “…”, «…», "…", *…*, _…_.
pub(crate) fn strip_quotes(title: &str) -> &str {
    const PAIRS: [(char, char); 8] =
        [('‘', '’'), ('“', '”'), ('«', '»'), ('"', '"'), ('\'', '\''), ('„', '”'), ('*', '*'), ('_', '_')];
    let mut title = title.trim();
    for (open, close) in PAIRS {
        if let Some(inner) = title.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            // Only when the pair encloses the whole title ("‘A’ en ‘B’" keeps its quotes); a
            // closing quote inside is an apostrophe (‘L’extermination’).
            if !inner.contains(open) {
                title = inner.trim();
            }
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(item: &str) -> Option<(String, String)> {
        parse_item(item).map(|w| (w.title, w.date.to_string()))
    }

    #[test]
    fn years_and_ranges_become_edtf() {
        assert_eq!(work("‘Veroverde stad’ (1932)"), Some(("Veroverde stad".into(), "1932".into())));
        assert_eq!(
            work("Year one of the Revolution (1926-29)"),
            Some(("Year one of the Revolution".into(), "1926/1929".into()))
        );
        assert_eq!(work("« Mémoires » (1886)."), Some(("Mémoires".into(), "1886".into())));
        assert_eq!(work("*Het kapitaal* (1867–1894)"), Some(("Het kapitaal".into(), "1867/1894".into())));
        assert_eq!(work("Brieven (ca. 1930)"), Some(("Brieven".into(), "1930~".into())));
        assert_eq!(work("‘L’exil’ (1940)"), Some(("L’exil".into(), "1940".into())));
        assert_eq!(work("Lenin in 1917 (1924)"), Some(("Lenin in 1917".into(), "1924".into())));
    }

    #[test]
    fn items_without_a_final_year_are_not_works() {
        assert_eq!(work("intrekking van de loonsverlaging;"), None);
        assert_eq!(work("De partij (PSB)"), None);
        assert_eq!(work("(1932)"), None);
        assert_eq!(work("Omgekeerd (1929-1920)"), None);
    }
}
