//! Bytes → text: UTF-8 when the bytes are UTF-8, else the encoding the page declares or the
//! one its bytes suggest — old Belgian sites are mostly Windows-1252 or ISO-8859-1.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::{ImportError, PageFormat};

/// A page's text and the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) text: String,
    pub(crate) encoding: &'static str,
}

/// How much of the start of a page is checked for binary content and for a `<meta charset>`:
/// enough for any real page head, and a bound that keeps both checks constant-time.
const SNIFF_BYTES: usize = 8 * 1024;

/// Decodes a page, refusing binary data.
pub(crate) fn decode(bytes: &[u8], format: PageFormat) -> Result<Decoded, ImportError> {
    // A BOM is the strongest statement a file can make about itself (UTF-16 files are full of
    // NUL bytes, so this comes before the binary check).
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Ok(Decoded { text: text.into_owned(), encoding: encoding.name() });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ImportError::Binary(kind));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_owned(), encoding: UTF_8.name() });
    }
    let declared = match format {
        PageFormat::Html => declared_charset(bytes),
        PageFormat::Text => None,
    };
    let encoding = declared.map(|(e, _)| e).unwrap_or_else(|| guess(bytes));
    let (text, _, _) = encoding.decode(bytes);
    let name = if encoding == WINDOWS_1252 {
        latin_name(bytes, declared.map(|(_, latin1)| latin1))
    } else {
        encoding.name()
    };
    Ok(Decoded { text: text.into_owned(), encoding: name })
}

/// Windows-1252 and ISO-8859-1 decode every byte alike except 0x80–0x9F, which are printable
/// characters (curly quotes, €, …) in the first and unused control codes in the second. So the
/// page is reported as ISO-8859-1 only when it says so, or says nothing, and has none of them.
fn latin_name(bytes: &[u8], declared_latin1: Option<bool>) -> &'static str {
    let has_c1 = bytes.iter().any(|b| (0x80..=0x9F).contains(b));
    match (has_c1, declared_latin1) {
        (true, _) | (false, Some(false)) => "windows-1252",
        (false, _) => "ISO-8859-1",
    }
}

/// The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` declares in the page's
/// head, with whether the label named Latin-1 (WHATWG maps that label to Windows-1252).
fn declared_charset(bytes: &[u8]) -> Option<(&'static Encoding, bool)> {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes).to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"charset") {
        rest = rest.get(at + b"charset".len()..)?;
        let value = rest
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\'')
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .copied()
            .collect::<Vec<u8>>();
        if let Some(encoding) = Encoding::for_label(&value) {
            // A page that declares UTF-8 but is not valid UTF-8 was mislabelled; guess instead.
            if encoding == UTF_8 {
                return None;
            }
            let latin1 = matches!(value.as_slice(), b"iso-8859-1" | b"latin1" | b"iso8859-1" | b"l1");
            return Some((encoding, latin1));
        }
    }
    None
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // No top-level domain is known; UTF-8 was already ruled out.
    detector.guess(None, false)
}

/// Why the bytes look binary, if they do.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 8] = [
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\xD0\xCF\x11\xE0", "old office document"),
        (b"\x7FELF", "executable"),
    ];
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(kind);
    }
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if head.contains(&0) {
        return Some("NUL bytes");
    }
    // Text has tabs and line breaks but hardly any other control codes.
    let controls =
        head.iter().filter(|b| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    (controls * 10 > head.len()).then_some("control characters")
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(bytes: &[u8], format: PageFormat) -> &'static str {
        decode(bytes, format).map(|d| d.encoding).unwrap_or("error")
    }

    #[test]
    fn valid_utf8_is_utf8() {
        let d = decode("Belgïe “x”".as_bytes(), PageFormat::Text);
        assert_eq!(d, Ok(Decoded { text: "Belgïe “x”".into(), encoding: "UTF-8" }));
    }

    #[test]
    fn curly_quotes_in_0x80_0x9f_mean_windows_1252() {
        let d = decode(b"\x93Congo\x94 en Belgi\xEB, dat is het", PageFormat::Text).ok();
        assert_eq!(d.as_ref().map(|d| d.encoding), Some("windows-1252"));
        assert_eq!(d.map(|d| d.text).as_deref(), Some("“Congo” en België, dat is het"));
    }

    #[test]
    fn latin_letters_without_c1_bytes_are_reported_as_latin1() {
        let d = decode(b"De co\xF6peratie en het caf\xE9 van het Volkshuis in Gent", PageFormat::Text).ok();
        assert_eq!(d.as_ref().map(|d| d.encoding), Some("ISO-8859-1"));
        assert_eq!(d.map(|d| d.text).as_deref(), Some("De coöperatie en het café van het Volkshuis in Gent"));
    }

    #[test]
    fn the_html_meta_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xE9</body></html>";
        assert_eq!(name(page, PageFormat::Html), "windows-1252");
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>caf\xE9";
        assert_eq!(name(page, PageFormat::Html), "ISO-8859-1");
    }

    #[test]
    fn a_bom_decides_even_for_utf16() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Grève".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let d = decode(&bytes, PageFormat::Text).ok();
        assert_eq!(d.map(|d| (d.text, d.encoding)), Some(("Grève".to_owned(), "UTF-16LE")));
    }

    #[test]
    fn binary_data_is_refused() {
        assert_eq!(decode(b"%PDF-1.4 ...", PageFormat::Text), Err(ImportError::Binary("PDF")));
        assert_eq!(decode(b"abc\0def", PageFormat::Text), Err(ImportError::Binary("NUL bytes")));
        let noise: Vec<u8> = (0..200u8).map(|i| i % 8 + 1).collect();
        assert_eq!(decode(&noise, PageFormat::Text), Err(ImportError::Binary("control characters")));
    }
}
