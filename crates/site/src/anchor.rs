//! Fragment ids for headings: readable, stable, unique within a page.

use std::collections::HashSet;

/// Hands out heading ids, each unique on the page it is used for.
///
/// Ids are the slugified heading text; a repeated heading gets `-2`, `-3`… The ids the page
/// layout uses itself are reserved up front, so a heading called "Main" cannot steal them.
#[derive(Debug)]
pub(crate) struct AnchorSet {
    used: HashSet<String>,
}

/// Ids the templates use for the page's own landmarks.
const RESERVED: [&str; 6] = ["main", "top", "site-header", "site-footer", "share", "footnotes"];

impl AnchorSet {
    /// A set with the layout's ids and the given ones already taken.
    pub(crate) fn new<'s>(taken: impl IntoIterator<Item = &'s str>) -> Self {
        let used = RESERVED.iter().copied().chain(taken).map(str::to_owned).collect();
        Self { used }
    }

    /// A fresh id for a heading's plain text.
    pub(crate) fn unique(&mut self, text: &str) -> String {
        let mut base = slugify(text);
        if base.is_empty() {
            base.push_str("section");
        }
        // `p-1-2` is the shape of block ids (`ArticleAnchors`): a heading never takes one.
        if is_block_id(&base) {
            base.push_str("-h");
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(id.clone());
        id
    }
}

/// Whether `id` has the shape of a block's id, `p-<section>-<block>[-<item>]`.
pub(crate) fn is_block_id(id: &str) -> bool {
    id.strip_prefix("p-").is_some_and(|rest| {
        let parts: Vec<&str> = rest.split('-').collect();
        (2..=3).contains(&parts.len())
            && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Lowercase ASCII words joined by hyphens: "Barcelona, Nin en de CNT" → "barcelona-nin-en-de-cnt",
/// "Œuvres d'après 1936" → "oeuvres-d-apres-1936". Letters outside Latin are kept as they are.
pub(crate) fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        let folded = fold(c);
        let mut push = |s: &str| {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push_str(s);
        };
        if let Some(f) = folded {
            push(f);
        } else if c.is_ascii_alphanumeric() {
            push(c.to_ascii_lowercase().encode_utf8(&mut [0; 4]));
        } else if c.is_alphanumeric() {
            let lower: String = c.to_lowercase().collect();
            push(&lower);
        } else {
            pending_hyphen = true;
        }
    }
    out
}

/// ASCII spellings of the accented Latin letters of the archive's languages.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'ą' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'č' | 'Ć' | 'Č' => "c",
        'ď' | 'Ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'ı' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'Ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'Ś' | 'Š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ĳ' => "ij",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert_eq!(slugify("Barcelona, Nin en de CNT"), "barcelona-nin-en-de-cnt");
        assert_eq!(slugify("Œuvres d’après 1936"), "oeuvres-d-apres-1936");
        assert_eq!(slugify("  — "), "");
        assert_eq!(slugify("Москва 1937"), "москва-1937");
    }

    #[test]
    fn repeated_and_reserved_headings_get_distinct_ids() {
        let mut set = AnchorSet::new(["victor-serge-fn-1"]);
        assert_eq!(set.unique("Bronnen"), "bronnen");
        assert_eq!(set.unique("Bronnen"), "bronnen-2");
        assert_eq!(set.unique("Main"), "main-2");
        assert_eq!(set.unique("!!!"), "section");
        assert_eq!(set.unique(""), "section-2");
        assert_eq!(set.unique("P 1 2"), "p-1-2-h", "block ids are never handed to headings");
        assert!(is_block_id("p-0-3") && is_block_id("p-10-2-7"));
        assert!(!is_block_id("p-1") && !is_block_id("p-a-1") && !is_block_id("p-1-2-3-4"));
    }
}
