//! EDTF parsing; and what parses prints back to text that parses to the same value.
#![no_main]

use kroniek_model::Edtf;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(value) = Edtf::parse(text) {
        let printed = value.to_string();
        let again = Edtf::parse(&printed).unwrap_or_else(|e| panic!("{text:?} printed as {printed:?}: {e}"));
        assert_eq!(again, value, "{text:?} printed as {printed:?} reads back differently");
        assert_eq!(again.to_string(), printed, "printing is not stable for {text:?}");
    }
});
