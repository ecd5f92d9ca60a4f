//! A request's path, decoded and checked, as a name in the in-memory site.
//!
//! Files come from a map, not the disk, so no request can escape a root; what matters is that
//! every spelling of a name resolves to the one key it means and that tricks meant for disk
//! servers (`..`, `%2e%2e`, backslashes, NUL bytes, overlong UTF-8) are refused outright instead
//! of being guessed at.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A decoded request path: its segments in NFC, and whether it ended with a slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RequestPath {
    segments: Vec<String>,
    trailing_slash: bool,
}

/// Why a path names nothing that could exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathError {
    /// Not starting with `/`, a `%` not followed by two hex digits, bytes that are not UTF-8
    /// (overlong encodings included), control characters (NUL included), backslashes, or `.`
    /// and `..` segments: a malformed request, answered 400.
    Malformed,
    /// An empty segment (`//`): well-formed but never a page, answered 404. Refusing it also
    /// means a redirect can never turn into a `//other-host` address.
    EmptySegment,
}

impl RequestPath {
    /// Decodes the path part of a request target (`/archieven/%C3%A9t%C3%A9/`).
    pub(crate) fn parse(raw: &str) -> Result<Self, PathError> {
        let rest = raw.strip_prefix('/').ok_or(PathError::Malformed)?;
        if !escapes_are_well_formed(rest.as_bytes()) {
            return Err(PathError::Malformed);
        }
        let decoded: Cow<'_, [u8]> = percent_decode_str(rest).into();
        let text = std::str::from_utf8(&decoded).map_err(|_| PathError::Malformed)?;
        if text.chars().any(|c| c.is_control() || c == '\\') {
            return Err(PathError::Malformed);
        }
        let trailing_slash = text.is_empty() || text.ends_with('/');
        let mut segments = Vec::new();
        if !text.is_empty() {
            let mut parts = text.split('/').peekable();
            while let Some(segment) = parts.next() {
                let is_last = parts.peek().is_none();
                match segment {
                    // Checked on the decoded text, so `%2e%2e` is refused like `..`.
                    "." | ".." => return Err(PathError::Malformed),
                    "" if is_last => {}
                    "" => return Err(PathError::EmptySegment),
                    _ => segments.push(nfc(segment)),
                }
            }
        }
        Ok(Self { segments, trailing_slash })
    }

    /// The segments, decoded and in NFC.
    pub(crate) fn segments(&self) -> &[String] {
        &self.segments
    }

    /// Whether the path ended with `/` (or was `/` itself).
    pub(crate) fn has_trailing_slash(&self) -> bool {
        self.trailing_slash
    }

    /// The segments joined with `/`: the site key of the file the path names.
    pub(crate) fn key(&self) -> String {
        self.segments.join("/")
    }

    /// The key of the folder page this path names: its `index.html`.
    pub(crate) fn index_key(&self) -> String {
        if self.segments.is_empty() { "index.html".to_owned() } else { format!("{}/index.html", self.key()) }
    }
}

/// Puts a site key in NFC so a name typed on one system finds a page written on another
/// (macOS, for one, hands out decomposed accents).
pub(crate) fn nfc(text: &str) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.to_owned(),
        _ => text.nfc().collect(),
    }
}

/// Every `%` is followed by two hex digits; `percent_decode` would otherwise pass a stray `%`
/// through, and two spellings of one name would both work.
fn escapes_are_well_formed(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(at) = rest.iter().position(|&b| b == b'%') {
        let Some(hex) = rest.get(at + 1..at + 3) else { return false };
        if !hex.iter().all(u8::is_ascii_hexdigit) {
            return false;
        }
        rest = rest.get(at + 3..).unwrap_or_default();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{PathError, RequestPath};

    fn key(raw: &str) -> String {
        RequestPath::parse(raw).map(|p| p.key()).unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn root_and_folders_name_their_index() {
        let root = RequestPath::parse("/").unwrap();
        assert_eq!((root.index_key(), root.has_trailing_slash()), ("index.html".into(), true));
        let folder = RequestPath::parse("/archieven/x/").unwrap();
        assert_eq!(folder.index_key(), "archieven/x/index.html");
        assert!(!RequestPath::parse("/archieven/x").unwrap().has_trailing_slash());
    }

    #[test]
    fn escapes_decode_to_nfc() {
        // "é" as one code point and as "e" + combining acute both find the NFC key.
        assert_eq!(key("/archieven/%C3%A9t%C3%A9"), "archieven/été");
        assert_eq!(key("/archieven/e%CC%81te%CC%81"), "archieven/été");
        assert_eq!(key("/a%20b"), "a b");
    }

    #[test]
    fn traversal_spellings_are_malformed() {
        for raw in [
            "/..",
            "/../etc/passwd",
            "/a/../../b",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc",
            "/a/%2e/b",
            "/..%2f..%2fetc",
            "/a\\..\\b",
            "/a%5c..%5cb",
            "/a%00b",
            "/a%0d%0aSet-Cookie:x",
            "/%c0%ae%c0%ae/etc",
            "/%e0%80%ae",
            "/%ff",
            "/a%2",
            "/a%zz",
            "etc/passwd",
            "",
        ] {
            assert_eq!(RequestPath::parse(raw), Err(PathError::Malformed), "{raw}");
        }
    }

    #[test]
    fn empty_segments_name_nothing() {
        for raw in ["//", "//evil.example/x", "/a//b", "/a/%2f/b"] {
            assert_eq!(RequestPath::parse(raw), Err(PathError::EmptySegment), "{raw}");
        }
    }

    #[test]
    fn dots_inside_names_are_fine() {
        assert_eq!(key("/static/style.css"), "static/style.css");
        assert_eq!(key("/a/..b/c..."), "a/..b/c...");
    }
}
