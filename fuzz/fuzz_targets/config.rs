//! `kroniek.toml`: any text gives a configuration or diagnostics, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    let _ = kroniek_source::parse_config(Path::new("kroniek.toml"), &text);
});
