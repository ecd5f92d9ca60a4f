//! Markdown to model: any body gives sections, blocks and footnotes or diagnostics. The body
//! offset (where the body starts in its file) is fuzzed too, since positions are computed from it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (offset, rest) = common::choose(data, 64);
    let text = common::text(rest);
    let _ = kroniek_source::parse_markdown(Path::new("content/reeks/artikel.md"), &text, offset);
});
