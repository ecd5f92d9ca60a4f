//! Property: every EDTF the recogniser emits parses back to the same value and text.

use kroniek_extract::dates;
use kroniek_model::{Edtf, Language};
use proptest::prelude::*;

/// Words and numbers that make dates, traps and noise, in all three core languages.
const PIECES: &[&str] = &[
    "in",
    "op",
    "van",
    "tot",
    "sinds",
    "rond",
    "vermoedelijk",
    "begin",
    "eind",
    "midden",
    "de",
    "het",
    "jaren",
    "dertig",
    "negentiende",
    "eeuw",
    "zomer",
    "herfst",
    "december",
    "nov.",
    "mei",
    "februari",
    "datzelfde",
    "jaar",
    "later",
    "twee",
    "daarop",
    "15-jarige",
    "leeftijd",
    "geboren",
    "tussen",
    "en",
    "le",
    "1er",
    "l'été",
    "années",
    "vers",
    "depuis",
    "jusqu'en",
    "à",
    "ans",
    "the",
    "summer",
    "of",
    "December",
    "since",
    "until",
    "around",
    "1930s",
    "century",
    "19th",
    "at",
    "age",
    "years",
    "-",
    "–",
    "/",
    ".",
    ",",
    "(",
    ")",
    "?",
    "‘",
    "’",
    "p.",
    "doden",
    "frank",
    "uur",
    "0",
    "1",
    "9",
    "12",
    "29",
    "30",
    "31",
    "99",
    "476",
    "1890",
    "1900",
    "1917",
    "1923",
    "1926",
    "2100",
    "9999",
    "99999",
    "1890-1947",
    "1926-29",
    "30/12/1890",
    "31/02/1920",
    "1890-12-30",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..24).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_emitted_edtf_parses_back_to_itself(text in text(), language in prop::sample::select(&["nl", "fr", "en", "de", "xx"][..])) {
        let language = Language::new(language).unwrap();
        for span in dates::find(&text, &language) {
            prop_assert_eq!(&text[span.start..span.end], span.text.as_str());
            if let Some(date) = span.date {
                let printed = date.to_string();
                let parsed = Edtf::parse(&printed);
                prop_assert_eq!(parsed.as_ref(), Ok(&date), "{} from {:?}", printed, span.text);
                prop_assert_eq!(parsed.unwrap().to_string(), printed);
            }
        }
    }

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,200}") {
        for language in ["nl", "fr", "en"] {
            let spans = dates::find(&text, &Language::new(language).unwrap());
            for pair in spans.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start, "spans overlap");
            }
        }
    }
}
