//! Which reader a page needs: plain text or HTML.

use serde::Serialize;

/// The shape of a scraped page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageFormat {
    /// Text copied off a website: one paragraph per line or per blank-line-separated block.
    Text,
    /// A saved HTML page.
    Html,
}

/// How far into the file to look for HTML markup: the doctype or `<html>` of a saved page
/// sits at the top, and a bounded look keeps detection constant-time on huge files.
const SNIFF_BYTES: usize = 1024;

impl PageFormat {
    /// Guesses the format from the file's extension (without dot), then from its first bytes.
    ///
    /// The extension wins when it is a known one (`html`, `htm`, `xhtml`, `txt`, `text`),
    /// because an archivist's file names are deliberate; otherwise a page that starts with a
    /// doctype, `<html`, `<head` or `<body` (after a BOM and whitespace) is HTML.
    pub fn detect(path_ext: Option<&str>, bytes: &[u8]) -> PageFormat {
        match path_ext.map(str::to_ascii_lowercase).as_deref() {
            Some("html" | "htm" | "xhtml" | "shtml") => return PageFormat::Html,
            Some("txt" | "text") => return PageFormat::Text,
            _ => {}
        }
        let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
        let head = head.get(start..).unwrap_or_default().to_ascii_lowercase();
        let markers: [&[u8]; 6] = [b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--"];
        if markers.iter().any(|m| head.starts_with(m)) { PageFormat::Html } else { PageFormat::Text }
    }

    /// The name `kroniek extract --json` prints (`"text"`, `"html"`).
    pub fn as_str(self) -> &'static str {
        match self {
            PageFormat::Text => "text",
            PageFormat::Html => "html",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_extension_wins_over_the_content() {
        assert_eq!(PageFormat::detect(Some("HTM"), b"just words"), PageFormat::Html);
        assert_eq!(PageFormat::detect(Some("txt"), b"<html><body>x</body></html>"), PageFormat::Text);
    }

    #[test]
    fn without_an_extension_markup_at_the_top_means_html() {
        assert_eq!(PageFormat::detect(None, b"\xEF\xBB\xBF  <!DOCTYPE html><p>x"), PageFormat::Html);
        assert_eq!(PageFormat::detect(Some("dat"), b"\n<HTML>"), PageFormat::Html);
        assert_eq!(PageFormat::detect(None, b"Series. Title\n\nText <b>bold</b>"), PageFormat::Text);
        assert_eq!(PageFormat::detect(None, b""), PageFormat::Text);
    }
}
