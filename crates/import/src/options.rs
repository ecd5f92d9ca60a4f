//! What the caller knows that the page does not say.

use kroniek_model::{Language, Series};

/// The context of an import: the archive's series and defaults, when there is an archive.
#[derive(Debug, Clone)]
pub struct ImportOptions<'a> {
    /// The series declared in the archive's `kroniek.toml`; a headline that starts with one of
    /// their titles gets that series, matched exactly.
    pub series: &'a [Series],
    /// The language to use when the body is too short or too mixed to tell.
    pub default_language: Option<Language>,
    /// Pages above this many bytes are refused with [`crate::ImportError::TooLarge`].
    pub max_bytes: usize,
}

/// A page this large is surely not one article: warn, but still import it.
pub(crate) const LARGE_PAGE_BYTES: usize = 4 * 1024 * 1024;

impl Default for ImportOptions<'_> {
    /// No series, no default language, and a 64 MiB ceiling: far above any real article (the
    /// reference page is 7 kB) yet enough for a whole saved site page with inline images.
    fn default() -> Self {
        Self { series: &[], default_language: None, max_bytes: 64 * 1024 * 1024 }
    }
}

impl<'a> ImportOptions<'a> {
    /// Options with the archive's series and language.
    pub fn with_series(series: &'a [Series], default_language: Option<Language>) -> Self {
        Self { series, default_language, ..Self::default() }
    }
}
