//! The search query language: parsing never fails, and the parse is bounded.
#![no_main]

use kroniek_search::{MAX_QUERY_CHARS, MAX_UNITS, ParsedQuery, year_range};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let query = ParsedQuery::parse(&text);
    // The bound the parser keeps: at most MAX_UNITS groups and exclusions. (Alternatives joined
    // by OR inside one group are not counted; the query's length bounds them.)
    let slots = query.groups.len() + query.excluded.len();
    assert!(slots <= MAX_UNITS, "{slots} groups and exclusions from {text:?}");
    let units = query.groups.iter().map(Vec::len).sum::<usize>() + query.excluded.len();
    assert!(units <= MAX_QUERY_CHARS, "{units} units from {text:?}");
    let _ = year_range(&text);
});
