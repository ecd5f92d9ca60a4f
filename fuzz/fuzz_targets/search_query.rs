//! The search query language: parsing never fails, and the parse is bounded.
#![no_main]

use kroniek_search::{MAX_UNITS, ParsedQuery, year_range};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let query = ParsedQuery::parse(&text);
    let units = query.groups.iter().map(Vec::len).sum::<usize>() + query.excluded.len();
    assert!(units <= MAX_UNITS, "{units} units from {text:?}");
    let _ = year_range(&text);
});
