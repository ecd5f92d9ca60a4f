//! The date recogniser on free text, in each core language and one it has no lexicon for; every
//! span it reports lies on character boundaries of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (language, rest) = common::choose(data, 4);
    let text = common::text(rest);
    for span in kroniek_extract::dates::find(&text, &common::language(language)) {
        assert!(
            text.get(span.start..span.end).is_some(),
            "span {}..{} is not in the text",
            span.start,
            span.end
        );
    }
});
