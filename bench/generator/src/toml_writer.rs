//! Writes TOML text by hand: key order is the order of the calls, so the output is stable
//! and cheap to produce for tens of thousands of records.

use std::fmt::Write as _;

/// Appends TOML key/value lines and table headers to a string.
#[derive(Debug, Default)]
pub(crate) struct TomlWriter {
    text: String,
}

/// A TOML basic string with quotes, backslashes and control characters escaped.
pub(crate) fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl TomlWriter {
    /// An empty document.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// `[name]`, preceded by a blank line unless it opens the document.
    pub(crate) fn table(&mut self, name: &str) -> &mut Self {
        self.blank_line();
        let _ = writeln!(self.text, "[{name}]");
        self
    }

    /// `[[name]]`, preceded by a blank line unless it opens the document.
    pub(crate) fn array_table(&mut self, name: &str) -> &mut Self {
        self.blank_line();
        let _ = writeln!(self.text, "[[{name}]]");
        self
    }

    /// `key = "value"`.
    pub(crate) fn string(&mut self, key: &str, value: &str) -> &mut Self {
        let _ = writeln!(self.text, "{key} = {}", quoted(value));
        self
    }

    /// `key = "value"` when there is a value.
    pub(crate) fn opt_string(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        if let Some(value) = value {
            self.string(key, value);
        }
        self
    }

    /// `key = ["a", "b"]`; nothing when the list is empty.
    pub(crate) fn strings<S: AsRef<str>>(&mut self, key: &str, values: &[S]) -> &mut Self {
        if values.is_empty() {
            return self;
        }
        let items: Vec<String> = values.iter().map(|v| quoted(v.as_ref())).collect();
        let _ = writeln!(self.text, "{key} = [{}]", items.join(", "));
        self
    }

    /// `key = 12.3456` with four decimals.
    pub(crate) fn float(&mut self, key: &str, value: f64) -> &mut Self {
        let _ = writeln!(self.text, "{key} = {value:.4}");
        self
    }

    /// `key = 20`.
    pub(crate) fn integer(&mut self, key: &str, value: i64) -> &mut Self {
        let _ = writeln!(self.text, "{key} = {value}");
        self
    }

    /// `key = value` with a value already in TOML syntax (a bare date, a boolean).
    pub(crate) fn raw(&mut self, key: &str, value: &str) -> &mut Self {
        let _ = writeln!(self.text, "{key} = {value}");
        self
    }

    /// A `# comment` line.
    pub(crate) fn comment(&mut self, text: &str) -> &mut Self {
        let _ = writeln!(self.text, "# {text}");
        self
    }

    /// The document so far.
    pub(crate) fn finish(self) -> String {
        self.text
    }

    fn blank_line(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{TomlWriter, quoted};

    #[test]
    fn quoted_escapes_what_toml_needs() {
        assert_eq!(quoted(r#"Het "Rode" \ Vaandel"#), r#""Het \"Rode\" \\ Vaandel""#);
        assert_eq!(quoted("l’Humanité"), "\"l’Humanité\"");
    }

    #[test]
    fn writer_output_parses_as_toml() {
        let mut w = TomlWriter::new();
        w.string("title", "A \"quoted\" title")
            .strings("aliases", &["x", "y"])
            .float("lat", 50.8333)
            .table("gent")
            .string("name", "Gent");
        let text = w.finish();
        let value: toml::Table = text.parse().expect("valid TOML");
        assert_eq!(value["title"].as_str(), Some("A \"quoted\" title"));
        assert_eq!(value["gent"]["name"].as_str(), Some("Gent"));
    }
}
