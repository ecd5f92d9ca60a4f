//! Where an article's front matter is: the TOML between the `+++` lines, and the body after.

use std::ops::Range;

/// The parts of an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// The TOML between the fences.
    pub(crate) toml: Range<usize>,
    /// Where the Markdown body starts.
    pub(crate) body_offset: usize,
}

/// Why an article's front matter cannot be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FrontMatterError {
    /// The file does not start with a `+++` line.
    Missing,
    /// The opening `+++` has no closing partner.
    Unclosed,
}

/// The fence line that opens and closes the front matter.
pub(crate) const FENCE: &str = "+++";

impl FrontMatter {
    /// Finds the front matter: the first line must be `+++`, the next `+++` line closes it.
    pub(crate) fn find(text: &str) -> Result<Self, FrontMatterError> {
        let mut lines = line_ranges(text);
        match lines.next() {
            Some(first) if is_fence(&text[first.clone()]) => {}
            _ => return Err(FrontMatterError::Missing),
        }
        let toml_start = line_ranges(text).nth(1).map_or(text.len(), |r| r.start);
        for line in lines {
            if is_fence(&text[line.clone()]) {
                let body_offset = text[line.end..].strip_prefix('\n').map_or(line.end, |_| line.end + 1);
                return Ok(Self { toml: toml_start..line.start, body_offset });
            }
        }
        Err(FrontMatterError::Unclosed)
    }
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == FENCE
}

/// The byte ranges of the lines, without their `\n`.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split('\n').map(move |line| {
        let range = start..start + line.len();
        start = range.end + 1;
        range
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_toml_and_the_body() {
        let text = "+++\ntitle = \"x\"\n+++\nBody\n";
        let found = FrontMatter::find(text).unwrap();
        assert_eq!(&text[found.toml.clone()], "title = \"x\"\n");
        assert_eq!(&text[found.body_offset..], "Body\n");
    }

    #[test]
    fn windows_line_ends_and_an_empty_body() {
        let text = "+++\r\ntitle = \"x\"\r\n+++";
        let found = FrontMatter::find(text).unwrap();
        assert_eq!(&text[found.toml.clone()], "title = \"x\"\r\n");
        assert_eq!(found.body_offset, text.len());
    }

    #[test]
    fn missing_or_unclosed() {
        assert_eq!(FrontMatter::find(""), Err(FrontMatterError::Missing));
        assert_eq!(FrontMatter::find("title = \"x\"\n"), Err(FrontMatterError::Missing));
        assert_eq!(FrontMatter::find("---\ntitle: x\n---\n"), Err(FrontMatterError::Missing));
        assert_eq!(FrontMatter::find("+++\ntitle = \"x\"\n"), Err(FrontMatterError::Unclosed));
    }
}
