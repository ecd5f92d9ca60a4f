//! Dates as readers and machines see them: "30 december 1890" in the article's language,
//! `1890-12-30` in `<time datetime>` and JSON-LD, RFC 3339 in feeds.

use kroniek_model::{Edtf, EdtfDate, IntervalEnd, Precision, Qualifier};

use crate::i18n::{Strings, fill};

/// A date in words, in the language of `strings`: "30 december 1890", "avril 1936", "1909",
/// "ca. 1906", "1926–1929".
pub(crate) fn human(date: &Edtf, strings: &Strings) -> String {
    match date {
        Edtf::Date(d) => human_date(d, strings),
        Edtf::Interval(IntervalEnd::Date(a), IntervalEnd::Date(b)) => {
            let (a, b) = (human_date(a, strings), human_date(b, strings));
            // Bare years close up ("1926–1929"); longer dates breathe ("april 1936 – mei 1937").
            if a.contains(' ') || b.contains(' ') { format!("{a} – {b}") } else { format!("{a}–{b}") }
        }
        Edtf::Interval(IntervalEnd::Date(a), _) => fill(strings.from, &human_date(a, strings)),
        Edtf::Interval(_, IntervalEnd::Date(b)) => fill(strings.until, &human_date(b, strings)),
        // The parser refuses intervals without any date; print the EDTF rather than nothing.
        Edtf::Interval(_, _) => date.to_string(),
    }
}

fn human_date(date: &EdtfDate, s: &Strings) -> String {
    let year = date.year_value();
    let year_text =
        if year < 0 { fill(s.before_christ, &year.unsigned_abs().to_string()) } else { year.to_string() };
    let month_name = |m: u8| s.months.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("");
    let text = match date.precision() {
        Precision::Day => {
            let day = date.day().unwrap_or(1);
            let month = month_name(date.month().unwrap_or(1));
            // French writes the first of the month as an ordinal: "1er mai 1936".
            let day = if day == 1 && s.code == "fr" { "1er".to_owned() } else { day.to_string() };
            format!("{day} {month} {year_text}")
        }
        Precision::Month => format!("{} {year_text}", month_name(date.month().unwrap_or(1))),
        Precision::Season => {
            let season = date.season_code().map_or(0, |c| usize::from(c - 21));
            format!("{} {year_text}", s.seasons.get(season).copied().unwrap_or(""))
        }
        Precision::Year => year_text,
        Precision::Decade => fill(s.decade, &year.to_string()),
        Precision::Century => fill(s.century, &ordinal_century(year, s)),
    };
    match date.qualifier() {
        Qualifier::Exact => text,
        Qualifier::Uncertain => format!("{text}?"),
        Qualifier::Approximate => fill(s.circa, &text),
        Qualifier::UncertainApproximate => format!("{}?", fill(s.circa, &text)),
    }
}

/// The century of `19XX` (year 1900): "20" in Dutch and French patterns, "20th" in English.
fn ordinal_century(year: i32, s: &Strings) -> String {
    let n = year.div_euclid(100) + 1;
    if s.code != "en" {
        return n.to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The value's first date in ISO 8601 at its own precision (`1890-12-30`, `1936-04`, `1909`),
/// for `<time datetime>` and schema.org; `None` when there is no known start or the year does
/// not fit four digits.
pub(crate) fn machine(date: &Edtf) -> Option<String> {
    let d = date.start().or(date.end())?;
    let year = d.year_value();
    if !(0..=9999).contains(&year) {
        return None;
    }
    Some(match (d.precision(), d.month(), d.day()) {
        (Precision::Day, Some(m), Some(day)) => format!("{year:04}-{m:02}-{day:02}"),
        (Precision::Month, Some(m), _) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    })
}

/// The first day the value may mean, as `YYYY-MM-DD` (sitemaps), with the year clamped to
/// four digits.
pub(crate) fn first_day(date: &Edtf) -> String {
    let (y, m, d) = date.start().or(date.end()).map_or((1970, 1, 1), |d| d.earliest());
    format!("{:04}-{m:02}-{d:02}", y.clamp(0, 9999))
}

/// The first day the value may mean at midnight UTC, in RFC 3339 (Atom's date format).
pub(crate) fn rfc3339(date: &Edtf) -> String {
    format!("{}T00:00:00Z", first_day(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn human_in(text: &str, code: &str) -> String {
        let date = Edtf::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        human(&date, Strings::for_language(code))
    }

    #[test]
    fn dates_read_in_the_articles_language() {
        assert_eq!(human_in("1890-12-30", "nl"), "30 december 1890");
        assert_eq!(human_in("1890-12-30", "fr"), "30 décembre 1890");
        assert_eq!(human_in("1890-12-30", "en"), "30 December 1890");
        assert_eq!(human_in("1936-04", "fr"), "avril 1936");
        assert_eq!(human_in("1936-05-01", "fr"), "1er mai 1936");
        assert_eq!(human_in("1909", "nl"), "1909");
        assert_eq!(human_in("1917-22", "nl"), "zomer 1917");
        assert_eq!(human_in("1923-23", "en"), "autumn 1923");
        assert_eq!(human_in("1936-04", "de"), "April 1936", "other languages fall back to English");
    }

    #[test]
    fn qualifiers_intervals_and_vague_dates() {
        assert_eq!(human_in("1906~", "nl"), "ca. 1906");
        assert_eq!(human_in("1906?", "fr"), "1906?");
        assert_eq!(human_in("1926/1929", "nl"), "1926–1929");
        assert_eq!(human_in("1936-04/1937-05", "nl"), "april 1936 – mei 1937");
        assert_eq!(human_in("1917/..", "nl"), "vanaf 1917");
        assert_eq!(human_in("/1929", "en"), "until 1929");
        assert_eq!(human_in("191X", "fr"), "années 1910");
        assert_eq!(human_in("19XX", "en"), "20th century");
        assert_eq!(human_in("18XX", "nl"), "19e eeuw");
        assert_eq!(human_in("-0044", "nl"), "44 v.Chr.");
    }

    #[test]
    fn machine_forms_keep_precision_and_feeds_get_midnight() {
        let p = |t: &str| Edtf::parse(t).unwrap();
        assert_eq!(machine(&p("1890-12-30")).as_deref(), Some("1890-12-30"));
        assert_eq!(machine(&p("1936-04")).as_deref(), Some("1936-04"));
        assert_eq!(machine(&p("1917-22")).as_deref(), Some("1917"));
        assert_eq!(machine(&p("1926/1929")).as_deref(), Some("1926"));
        assert_eq!(machine(&p("-0044")), None);
        assert_eq!(rfc3339(&p("1936-04")), "1936-04-01T00:00:00Z");
        assert_eq!(rfc3339(&p("1917-24")), "1917-12-01T00:00:00Z");
        assert_eq!(first_day(&p("/1929")), "1929-01-01");
    }
}
