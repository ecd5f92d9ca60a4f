//! The server's request-path decoding (`crates/serve/src/request_path.rs`, compiled here as is):
//! any path is refused or gives segments that are non-empty, not `.`/`..`, and free of `/`,
//! `\` and control characters — so a key can never climb out of the site.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code, unreachable_pub)]
#[path = "../../crates/serve/src/request_path.rs"]
mod request_path;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    let Ok(path) = request_path::RequestPath::parse(raw) else { return };
    for segment in path.segments() {
        assert!(!segment.is_empty() && segment != "." && segment != "..", "segment {segment:?} from {raw:?}");
        assert!(!segment.contains(['/', '\\']), "segment {segment:?} from {raw:?}");
        assert!(!segment.chars().any(char::is_control), "segment {segment:?} from {raw:?}");
    }
    let _ = (path.key(), path.index_key(), path.has_trailing_slash());
});
