//! The import stage's integration tests: fixtures in `tests/fixtures` (written for these
//! tests in the shape of real scraped pages), snapshots of the recovered model, one test per
//! warning, bad input, and the shared reference sample when it is present.

mod bad_input;
mod fixtures;
mod loses_nothing;
mod sample;
mod warnings;

use kroniek_import::{ImportOptions, Imported, PageFormat, import_page};
use kroniek_model::{Id, Series};

/// The fixture folder.
fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Imports a fixture, detecting its format from the extension.
fn import_fixture(name: &str, series: &[Series]) -> Imported {
    let bytes = std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ext = name.rsplit('.').next();
    let options = ImportOptions::with_series(series, None);
    import_page(&bytes, PageFormat::detect(ext, &bytes), &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Imports text given inline.
fn import_text(text: &str) -> Imported {
    import_page(text.as_bytes(), PageFormat::Text, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A declared series, as kroniek.toml gives it.
fn series(id: &str, title: &str) -> Series {
    Series { id: Id::new(id).unwrap_or_else(|e| panic!("{e}")), title: title.to_owned(), description: None }
}
