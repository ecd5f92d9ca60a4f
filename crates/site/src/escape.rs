//! Escaping text for HTML and XML output.
//!
//! Hand-written rather than taken from a crate because the XML side must also drop the control
//! characters XML 1.0 forbids (a single stray byte from a scraped page would make a feed
//! unreadable), and both sides want an append-to-buffer form that allocates nothing extra.

/// Appends `text` to `out`, escaped for HTML text and quoted attribute values. Unlike
/// minijinja's default it leaves `/` alone, so URLs stay readable in the page source.
pub(crate) fn push_html(out: &mut String, text: &str) {
    // Writing into a String cannot fail.
    let _ = write_html(out, text);
}

/// The bytes HTML escaping replaces, as a table: the scan runs over every byte of every page.
static HTML_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table
};

/// Writes `text` escaped for HTML into any writer (minijinja's output, a String).
pub(crate) fn write_html<W: std::fmt::Write + ?Sized>(out: &mut W, text: &str) -> std::fmt::Result {
    // A byte scan: every character that needs escaping is ASCII, so multi-byte UTF-8
    // sequences pass through untouched and slicing at the found positions is always valid.
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !HTML_SPECIAL[usize::from(b)] {
            continue;
        }
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[start..i])?;
        out.write_str(replacement)?;
        start = i + 1;
    }
    out.write_str(&text[start..])
}

/// `text` escaped for HTML.
pub(crate) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_html(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped for XML text and attributes, without the characters
/// XML 1.0 does not allow.
pub(crate) fn push_xml(out: &mut String, text: &str) {
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !XML_SPECIAL[usize::from(b)] {
            continue;
        }
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters; other
            // characters starting with EF pass through.
            0xEF if matches!(bytes.get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])) => "",
            0xEF => continue,
            _ if b < 0x20 => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(replacement);
        start = if b == 0xEF { i + 3 } else { i + 1 };
    }
    if start < text.len() {
        out.push_str(&text[start..]);
    }
}

/// The bytes XML escaping looks at: markup characters, control characters other than tab,
/// line feed and carriage return, and the lead byte of U+FFFE/U+FFFF.
static XML_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = !matches!(b, 0x09 | 0x0A | 0x0D);
        b += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xEF] = true;
    table
};

/// `text` escaped for XML.
pub(crate) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_xml(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html(r#"<script>alert("x & y")</script>"#),
            "&lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt;"
        );
        assert_eq!(html("één"), "één");
    }

    #[test]
    fn xml_drops_forbidden_control_characters() {
        assert_eq!(xml("a\u{0}b\u{1b}c\td'e"), "abc\td&apos;e");
        assert_eq!(xml("x\u{FFFE}y\u{FFFF}z\u{FEFF}ï"), "xyz\u{FEFF}ï");
        assert_eq!(xml("\u{FFFF}"), "");
        assert_eq!(xml("één & <twee>"), "één &amp; &lt;twee&gt;");
    }
}
