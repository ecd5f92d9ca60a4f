//! Import of a scraped text page: raw bytes (any encoding) in, an article or an error out.
#![no_main]

use std::sync::OnceLock;

use kroniek_import::{ImportOptions, PageFormat, import_page};
use kroniek_model::{Id, Language, Series};
use libfuzzer_sys::fuzz_target;

/// One declared series, so that the headline's series matching runs too.
fn series() -> &'static [Series] {
    static SERIES: OnceLock<Vec<Series>> = OnceLock::new();
    SERIES.get_or_init(|| {
        let id = Id::new("archieven").expect("a valid id");
        vec![Series { id, title: "Uit de archieven".to_owned(), description: None }]
    })
}

fuzz_target!(|data: &[u8]| {
    let options = ImportOptions::with_series(series(), Some(Language::dutch()));
    let _ = import_page(data, PageFormat::Text, &options);
});
