//! The stage's entry point: bytes and a format in, an [`Imported`] article out.

use crate::assemble::assemble;
use crate::encoding::decode;
use crate::options::LARGE_PAGE_BYTES;
use crate::{ImportError, ImportOptions, ImportWarning, Imported, PageFormat, html_page, text_page};

/// Recovers an article from a scraped page.
///
/// Decodes the bytes (UTF-8, else the declared or guessed encoding), reads them as plain text
/// or HTML, and returns the article with every warning and every dropped line. Fails only when
/// there is no article to return: an empty, binary or oversized file, or a page of nothing but
/// site leftovers or without body text.
pub fn import_page(
    bytes: &[u8],
    format: PageFormat,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    if bytes.len() > options.max_bytes {
        return Err(ImportError::TooLarge { bytes: bytes.len(), limit: options.max_bytes });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let decoded = decode(bytes, format)?;
    if decoded.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut draft = match format {
        PageFormat::Text => text_page::read(&decoded.text, options.series),
        PageFormat::Html => html_page::read(&decoded.text, options.series)?,
    };
    if bytes.len() > LARGE_PAGE_BYTES {
        let message = format!(
            "the page is {} MB, unusually large for one article; check that it holds one",
            bytes.len() / 1_000_000
        );
        draft.warnings.insert(0, ImportWarning::new(None, message));
    }
    if decoded.encoding != "UTF-8" {
        let message = format!("the page is not UTF-8; it was read as {}", decoded.encoding);
        draft.warnings.insert(0, ImportWarning::new(None, message));
    }
    let series_id = draft.headline.series_index.and_then(|i| options.series.get(i)).map(|s| s.id.clone());
    let assembled = assemble(draft, options)?;
    Ok(Imported {
        article: assembled.article,
        series_id,
        warnings: assembled.warnings,
        dropped: assembled.dropped,
        encoding: decoded.encoding,
    })
}
