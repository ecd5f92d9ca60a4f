use kroniek_model::Edtf;

use super::*;

fn date(text: &str) -> EdtfDate {
    Edtf::parse(text).unwrap().start().unwrap()
}

fn shown(value: Option<Edtf>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

#[test]
fn an_age_straddles_two_years_unless_the_birth_is_on_new_years_day() {
    assert_eq!(shown(age(date("1890-12-30"), 15)), "1905/1906");
    assert_eq!(shown(age(date("1900-01-01"), 20)), "1920");
    assert_eq!(shown(age(date("1890"), 15)), "1905/1906");
    assert_eq!(shown(age(date("1890-04"), 0)), "1890/1891");
    assert_eq!(shown(age(date("1890~"), 15)), "1905~/1906~", "an approximate birth gives an approximate age");
}

#[test]
fn an_age_needs_a_birth_precise_to_the_year_and_a_human_age() {
    assert_eq!(shown(age(date("189X"), 15)), "-");
    assert_eq!(shown(age(date("1890"), 121)), "-");
}

#[test]
fn a_relative_or_another_persons_age_has_no_date() {
    let reading = Reading::Age { years: 9, subject: false };
    assert_eq!(shown(resolve(&reading, Qualifier::Exact, None, Some(date("1890-12-30")))), "-");
    let reading = Reading::Age { years: 9, subject: true };
    assert_eq!(shown(resolve(&reading, Qualifier::Exact, None, None)), "-");
}

#[test]
fn shifts_keep_the_unit_they_count_in() {
    let shifted = |anchor: &str, unit, n| shown(shift(date(anchor), unit, n));
    assert_eq!(shifted("1923-23", Unit::Year, 0), "1923");
    assert_eq!(shifted("1923-10-05", Unit::Year, 2), "1925");
    assert_eq!(shifted("1936-11", Unit::Month, 3), "1937-02");
    assert_eq!(shifted("1936-01", Unit::Month, -1), "1935-12");
    assert_eq!(shifted("1890-12-30", Unit::Day, 3), "1891-01-02");
    assert_eq!(shifted("1920-02-28", Unit::Day, 1), "1920-02-29");
    assert_eq!(shifted("1900-02-28", Unit::Day, 1), "1900-03-01");
    assert_eq!(shifted("1906~", Unit::Year, 1), "1907~", "the anchor's doubt carries over");
}

#[test]
fn a_shift_finer_than_its_anchor_has_no_date() {
    assert_eq!(shown(shift(date("1936"), Unit::Month, 1)), "-");
    assert_eq!(shown(shift(date("1936-04"), Unit::Day, 1)), "-");
    assert_eq!(shown(shift(date("193X"), Unit::Year, 1)), "-");
    assert_eq!(shown(shift(date("0001"), Unit::Year, -1)), "-", "year 0 is not emitted");
}

#[test]
fn parts_are_approximate_thirds() {
    let part = |grain, year, p| {
        let point = Point { year: Some(YearRef::Absolute(year)), grain, part: Some(p) };
        shown(resolve(&Reading::Point(point), Qualifier::Exact, None, None))
    };
    assert_eq!(part(Grain::Year, 1920, Part::Begin), "1920-01~/1920-04~");
    assert_eq!(part(Grain::Year, 1936, Part::End), "1936-09~/1936-12~");
    assert_eq!(part(Grain::Decade, 1930, Part::Middle), "1933~/1936~");
    assert_eq!(part(Grain::Century, 1800, Part::End), "187X~/189X~");
    assert_eq!(part(Grain::Month(4), 1936, Part::Begin), "1936-04~");
}

#[test]
fn years_outside_one_to_9999_are_not_dates() {
    let year = |y| {
        let point = Point { year: Some(YearRef::Absolute(y)), grain: Grain::Year, part: None };
        shown(resolve(&Reading::Point(point), Qualifier::Exact, None, None))
    };
    assert_eq!(year(0), "-");
    assert_eq!(year(99999), "-");
    assert_eq!(year(1), "0001");
}

#[test]
fn the_anchor_is_where_the_story_has_got_to() {
    let anchor = |t: &str| anchor_of(&Edtf::parse(t).unwrap()).map(|d| d.to_string());
    assert_eq!(anchor("1933/1936").as_deref(), Some("1936"));
    assert_eq!(anchor("1917/..").as_deref(), Some("1917"));
    assert_eq!(anchor("../1923").as_deref(), Some("1923"));
    assert_eq!(anchor("1923-23").as_deref(), Some("1923-23"));
}

#[test]
fn qualifiers_combine() {
    assert_eq!(combine(Qualifier::Uncertain, Qualifier::Approximate), Qualifier::UncertainApproximate);
    assert_eq!(combine(Qualifier::Exact, Qualifier::Uncertain), Qualifier::Uncertain);
    assert_eq!(combine(Qualifier::Approximate, Qualifier::Approximate), Qualifier::Approximate);
}
