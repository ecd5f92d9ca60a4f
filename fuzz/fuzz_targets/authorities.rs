//! The four authority files (people, organisations, places, periodicals).
#![no_main]

use std::path::Path;

use kroniek_model::AuthorityKind;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (kind, rest) = common::choose(data, 4);
    let (kind, file) = [
        (AuthorityKind::Person, "authorities/people.toml"),
        (AuthorityKind::Organisation, "authorities/organisations.toml"),
        (AuthorityKind::Place, "authorities/places.toml"),
        (AuthorityKind::Periodical, "authorities/periodicals.toml"),
    ][kind];
    let text = common::text(rest);
    let _ = kroniek_source::parse_authorities(kind, Path::new(file), &text);
});
