//! Properties: an EDTF value prints as text that parses back to the same value, and text in
//! EDTF's canonical spelling prints back exactly as it was written.

use kroniek_model::{Edtf, EdtfDate, IntervalEnd, Qualifier};
use proptest::prelude::*;

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::Uncertain),
        Just(Qualifier::Approximate),
        Just(Qualifier::UncertainApproximate),
    ]
}

/// Years in the range archives use, and the far ones EDTF spells with `Y`.
fn year() -> impl Strategy<Value = i32> {
    prop_oneof![4 => -9999i32..=9999, 1 => any::<i32>()]
}

/// Every kind of single date the constructors make.
fn date() -> impl Strategy<Value = EdtfDate> {
    let kinds = prop_oneof![
        year().prop_map(EdtfDate::year),
        (-9999i32..=9999, 1u8..=12).prop_filter_map("a month", |(y, m)| EdtfDate::ym(y, m).ok()),
        (-9999i32..=9999, 1u8..=12, 1u8..=31)
            .prop_filter_map("a day", |(y, m, d)| EdtfDate::ymd(y, m, d).ok()),
        (-9999i32..=9999, 21u8..=24).prop_filter_map("a season", |(y, s)| EdtfDate::season(y, s).ok()),
    ];
    (kinds, qualifier()).prop_map(|(d, q)| d.with_qualifier(q))
}

fn end() -> impl Strategy<Value = IntervalEnd> {
    prop_oneof![8 => date().prop_map(IntervalEnd::Date), 1 => Just(IntervalEnd::Open), 1 => Just(IntervalEnd::Unknown)]
}

fn value() -> impl Strategy<Value = Edtf> {
    prop_oneof![
        date().prop_map(Edtf::Date),
        (end(), end()).prop_filter_map("a valid interval", |(a, b)| Edtf::parse(&format!("{a}/{b}")).ok()),
    ]
}

/// Text in the canonical spelling, valid or not: four-digit (or `Y`) years, unspecified digits,
/// months, seasons, days, qualifiers and interval ends.
fn canonical_text() -> impl Strategy<Value = String> {
    let year = prop_oneof![
        (0u32..=9999).prop_map(|y| format!("{y:04}")),
        (1u32..=9999).prop_map(|y| format!("-{y:04}")),
        (0u32..=999).prop_map(|y| format!("{y:03}X")),
        (0u32..=99).prop_map(|y| format!("{y:02}XX")),
        (10_000u32..=999_999_999).prop_map(|y| format!("Y{y}")),
        (10_000u32..=999_999_999).prop_map(|y| format!("Y-{y}")),
    ];
    let month = prop_oneof![
        Just(String::new()),
        (1u32..=12).prop_map(|m| format!("-{m:02}")),
        (21u32..=24).prop_map(|m| format!("-{m}")),
        (13u32..=99).prop_map(|m| format!("-{m}")),
        Just("-XX".to_owned()),
    ];
    let day = prop_oneof![
        Just(String::new()),
        (1u32..=31).prop_map(|d| format!("-{d:02}")),
        Just("-XX".to_owned())
    ];
    let qualifier = prop_oneof![Just(""), Just("?"), Just("~"), Just("%")];
    let single = (year, month, day, qualifier).prop_map(|(y, m, d, q)| format!("{y}{m}{d}{q}"));
    let end = prop_oneof![4 => single.clone(), 1 => Just("..".to_owned()), 1 => Just(String::new())];
    prop_oneof![single, (end.clone(), end).prop_map(|(a, b)| format!("{a}/{b}"))]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_value_prints_as_text_that_parses_back_to_it(value in value()) {
        let printed = value.to_string();
        let again = Edtf::parse(&printed);
        prop_assert_eq!(again, Ok(value), "printed as {}", printed);
    }

    #[test]
    fn canonical_text_that_parses_prints_back_as_written(text in canonical_text()) {
        if let Ok(value) = Edtf::parse(&text) {
            prop_assert_eq!(value.to_string(), text);
        }
    }

    #[test]
    fn any_text_that_parses_round_trips(text in "[-0-9XY/.?~%]{0,16}") {
        if let Ok(value) = Edtf::parse(&text) {
            let printed = value.to_string();
            prop_assert_eq!(Edtf::parse(&printed), Ok(value), "{:?} printed as {:?}", text, printed);
        }
    }
}
