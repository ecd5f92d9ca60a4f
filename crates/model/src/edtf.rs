//! Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1 — the date format archives use.
//!
//! Supported: `1890-12-30`, `1936-04`, `1909`, negative years `-0044`, long years `Y170002`,
//! seasons `1917-22` (21 spring … 24 winter), unspecified digits `19XX`, `1936-XX`, `1936-04-XX`,
//! qualifiers `?` (uncertain), `~` (approximate), `%` (both), and intervals `1926/1929`,
//! `1917/..` (open), `/1929` (unknown start). Times of day are not supported: an archive dates
//! events, not instants.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A parsed EDTF value: a single date or an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edtf {
    /// A single date at some precision.
    Date(EdtfDate),
    /// A closed, open or half-unknown interval.
    Interval(IntervalEnd, IntervalEnd),
}

/// One end of an EDTF interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntervalEnd {
    /// A known date.
    Date(EdtfDate),
    /// `..`: the interval goes on without bound.
    Open,
    /// Empty: the end exists but is not known.
    Unknown,
}

/// How sure the source is about a date (EDTF level 1 qualification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Qualifier {
    /// No qualification.
    #[default]
    Exact,
    /// `?`: the source is unsure.
    Uncertain,
    /// `~`: circa.
    Approximate,
    /// `%`: both uncertain and approximate.
    UncertainApproximate,
}

/// The finest unit a date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A day: `1890-12-30`.
    Day,
    /// A month: `1936-04`.
    Month,
    /// A season: `1917-22`.
    Season,
    /// A year: `1909`.
    Year,
    /// A decade: `191X`.
    Decade,
    /// A century: `19XX`.
    Century,
}

/// A single EDTF date (no interval).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EdtfDate {
    year: i32,
    /// Trailing `X` digits of the year: 0, 1 (decade) or 2 (century).
    year_unspecified: u8,
    /// Month 1–12, 21–24 for a season, 0 for `XX`.
    month: Option<u8>,
    /// Day of the month, 0 for `XX`.
    day: Option<u8>,
    qualifier: Qualifier,
}

/// Why a string is not EDTF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EdtfError {
    /// The text does not have the shape of an EDTF date.
    #[error("`{0}` is not an EDTF date (expected e.g. 1890-12-30, 1936-04, 1909, 1926/1929)")]
    Syntax(String),
    /// The month is outside 1–12 (or 21–24 for seasons).
    #[error("month {0} does not exist (use 01–12, or 21–24 for seasons)")]
    Month(u8),
    /// The day does not exist in that month.
    #[error("day {day} does not exist in {year}-{month:02}")]
    Day {
        /// The year.
        year: i32,
        /// The month.
        month: u8,
        /// The day that is out of range.
        day: u8,
    },
    /// The interval ends before it starts.
    #[error("the interval ends before it starts")]
    Reversed,
}

impl EdtfDate {
    /// A day-precise date, if it exists in the proleptic Gregorian calendar.
    pub fn ymd(year: i32, month: u8, day: u8) -> Result<Self, EdtfError> {
        check_month(month)?;
        check_day(year, month, day)?;
        Ok(Self {
            year,
            year_unspecified: 0,
            month: Some(month),
            day: Some(day),
            qualifier: Qualifier::Exact,
        })
    }

    /// A month-precise date.
    pub fn ym(year: i32, month: u8) -> Result<Self, EdtfError> {
        check_month(month)?;
        Ok(Self { year, year_unspecified: 0, month: Some(month), day: None, qualifier: Qualifier::Exact })
    }

    /// A year-precise date.
    pub fn year(year: i32) -> Self {
        Self { year, year_unspecified: 0, month: None, day: None, qualifier: Qualifier::Exact }
    }

    /// A season of a year: 21 spring, 22 summer, 23 autumn, 24 winter.
    pub fn season(year: i32, season: u8) -> Result<Self, EdtfError> {
        if !(21..=24).contains(&season) {
            return Err(EdtfError::Month(season));
        }
        Ok(Self { year, year_unspecified: 0, month: Some(season), day: None, qualifier: Qualifier::Exact })
    }

    /// The same date with another qualifier.
    #[must_use]
    pub fn with_qualifier(self, qualifier: Qualifier) -> Self {
        Self { qualifier, ..self }
    }

    /// The year (for `19XX`, 1900).
    pub fn year_value(&self) -> i32 {
        self.year
    }

    /// The month 1–12, if the date names one.
    pub fn month(&self) -> Option<u8> {
        self.month.filter(|m| (1..=12).contains(m))
    }

    /// The day of the month, if the date names one.
    pub fn day(&self) -> Option<u8> {
        self.day.filter(|d| *d > 0)
    }

    /// The season code 21–24, if the date is a season.
    pub fn season_code(&self) -> Option<u8> {
        self.month.filter(|m| (21..=24).contains(m))
    }

    /// The qualifier.
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The finest unit the date names.
    pub fn precision(&self) -> Precision {
        match (self.year_unspecified, self.month, self.day) {
            (2.., _, _) => Precision::Century,
            (1, _, _) => Precision::Decade,
            (_, None | Some(0), _) => Precision::Year,
            (_, Some(21..=24), _) => Precision::Season,
            (_, Some(_), None | Some(0)) => Precision::Month,
            (_, Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The first day the date may mean, as (year, month, day).
    pub fn earliest(&self) -> (i32, u8, u8) {
        match self.precision() {
            Precision::Century | Precision::Decade | Precision::Year => (self.year, 1, 1),
            Precision::Season => (self.year, season_months(self.month.unwrap_or(21)).0, 1),
            Precision::Month => (self.year, self.month.unwrap_or(1), 1),
            Precision::Day => (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)),
        }
    }

    /// The last day the date may mean, as (year, month, day).
    pub fn latest(&self) -> (i32, u8, u8) {
        let span = match self.year_unspecified {
            0 => 0,
            1 => 9,
            _ => 99,
        };
        match self.precision() {
            Precision::Century | Precision::Decade | Precision::Year => (self.year + span, 12, 31),
            Precision::Season => {
                let (_, last) = season_months(self.month.unwrap_or(21));
                // Winter runs into the next year's first months.
                let year = if last < 3 { self.year + 1 } else { self.year };
                (year, last, days_in_month(year, last))
            }
            Precision::Month => {
                let month = self.month.unwrap_or(12);
                (self.year, month, days_in_month(self.year, month))
            }
            Precision::Day => self.earliest(),
        }
    }
}

impl Edtf {
    /// Parses an EDTF string (levels 0 and 1).
    pub fn parse(text: &str) -> Result<Self, EdtfError> {
        let text = text.trim();
        if let Some((start, end)) = text.split_once('/') {
            let start = parse_end(start, text)?;
            let end = parse_end(end, text)?;
            if matches!(start, IntervalEnd::Open) && matches!(end, IntervalEnd::Open)
                || matches!(start, IntervalEnd::Unknown) && matches!(end, IntervalEnd::Unknown)
            {
                return Err(EdtfError::Syntax(text.to_owned()));
            }
            if let (IntervalEnd::Date(a), IntervalEnd::Date(b)) = (start, end)
                && a.earliest() > b.latest()
            {
                return Err(EdtfError::Reversed);
            }
            Ok(Edtf::Interval(start, end))
        } else {
            parse_date(text).map(Edtf::Date)
        }
    }

    /// A closed interval between two dates.
    pub fn interval(start: EdtfDate, end: EdtfDate) -> Result<Self, EdtfError> {
        if start.earliest() > end.latest() {
            return Err(EdtfError::Reversed);
        }
        Ok(Edtf::Interval(IntervalEnd::Date(start), IntervalEnd::Date(end)))
    }

    /// The first date of the value (the date itself, or an interval's known start).
    pub fn start(&self) -> Option<EdtfDate> {
        match self {
            Edtf::Date(d) | Edtf::Interval(IntervalEnd::Date(d), _) => Some(*d),
            Edtf::Interval(_, _) => None,
        }
    }

    /// The last date of the value (the date itself, or an interval's known end).
    pub fn end(&self) -> Option<EdtfDate> {
        match self {
            Edtf::Date(d) | Edtf::Interval(_, IntervalEnd::Date(d)) => Some(*d),
            Edtf::Interval(_, _) => None,
        }
    }

    /// The precision of the value's first known date.
    pub fn precision(&self) -> Precision {
        self.start().or(self.end()).map_or(Precision::Year, |d| d.precision())
    }

    /// The year a timeline files this value under: its start year, else its end year.
    pub fn year(&self) -> Option<i32> {
        self.start().or(self.end()).map(|d| d.year_value())
    }

    /// Sort key: earliest day, then latest day. Open or unknown ends sort outermost.
    fn key(&self) -> ((i32, u8, u8), (i32, u8, u8)) {
        const MIN: (i32, u8, u8) = (i32::MIN, 0, 0);
        const MAX: (i32, u8, u8) = (i32::MAX, 13, 32);
        match self {
            Edtf::Date(d) => (d.earliest(), d.latest()),
            Edtf::Interval(a, b) => {
                let a = match a {
                    IntervalEnd::Date(d) => d.earliest(),
                    _ => MIN,
                };
                let b = match b {
                    IntervalEnd::Date(d) => d.latest(),
                    _ => MAX,
                };
                (a, b)
            }
        }
    }
}

impl Ord for Edtf {
    /// Chronological: by earliest day, then latest day; ties broken by the text so that the
    /// order is total and agrees with equality.
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key()).then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl PartialOrd for Edtf {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for Edtf {
    type Err = EdtfError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Edtf::parse(s)
    }
}

impl fmt::Display for EdtfDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.year.unsigned_abs();
        let sign = if self.year < 0 { "-" } else { "" };
        if year > 9999 {
            write!(f, "Y{sign}{year}")?;
        } else {
            let digits = format!("{year:04}");
            let keep = 4 - usize::from(self.year_unspecified.min(2));
            write!(f, "{sign}{}{}", &digits[..keep], &"XX"[..4 - keep])?;
        }
        if let Some(month) = self.month {
            if month == 0 { write!(f, "-XX")? } else { write!(f, "-{month:02}")? }
        }
        if let Some(day) = self.day {
            if day == 0 { write!(f, "-XX")? } else { write!(f, "-{day:02}")? }
        }
        f.write_str(match self.qualifier {
            Qualifier::Exact => "",
            Qualifier::Uncertain => "?",
            Qualifier::Approximate => "~",
            Qualifier::UncertainApproximate => "%",
        })
    }
}

impl fmt::Display for IntervalEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntervalEnd::Date(d) => d.fmt(f),
            IntervalEnd::Open => f.write_str(".."),
            IntervalEnd::Unknown => Ok(()),
        }
    }
}

impl fmt::Display for Edtf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Edtf::Date(d) => d.fmt(f),
            Edtf::Interval(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Serialize for Edtf {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Edtf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Edtf::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn parse_end(text: &str, whole: &str) -> Result<IntervalEnd, EdtfError> {
    match text {
        ".." => Ok(IntervalEnd::Open),
        "" => Ok(IntervalEnd::Unknown),
        _ => parse_date(text).map(IntervalEnd::Date).map_err(|e| match e {
            EdtfError::Syntax(_) => EdtfError::Syntax(whole.to_owned()),
            other => other,
        }),
    }
}

fn parse_date(text: &str) -> Result<EdtfDate, EdtfError> {
    let syntax = || EdtfError::Syntax(text.to_owned());
    let (body, qualifier) = match text.as_bytes().last() {
        Some(b'?') => (&text[..text.len() - 1], Qualifier::Uncertain),
        Some(b'~') => (&text[..text.len() - 1], Qualifier::Approximate),
        Some(b'%') => (&text[..text.len() - 1], Qualifier::UncertainApproximate),
        _ => (text, Qualifier::Exact),
    };

    // Long years: `Y` then an optional sign and more than four digits.
    if let Some(long) = body.strip_prefix('Y') {
        let digits = long.strip_prefix('-').unwrap_or(long);
        if digits.len() <= 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(syntax());
        }
        let year: i32 = long.parse().map_err(|_| syntax())?;
        return Ok(EdtfDate::year(year).with_qualifier(qualifier));
    }

    let (negative, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let mut parts = body.split('-');
    let year_text = parts.next().ok_or_else(syntax)?;
    let month_text = parts.next();
    let day_text = parts.next();
    if parts.next().is_some() || year_text.len() != 4 || !year_text.is_ascii() {
        return Err(syntax());
    }

    // Unspecified digits may only close the year: `19XX`, `191X`.
    let known = year_text.trim_end_matches('X');
    let year_unspecified = (year_text.len() - known.len()) as u8;
    if year_unspecified > 2 || !known.bytes().all(|b| b.is_ascii_digit()) {
        return Err(syntax());
    }
    if year_unspecified > 0 && (month_text.is_some() || negative) {
        return Err(syntax());
    }
    let mut year: i32 =
        format!("{known}{}", &"00"[..usize::from(year_unspecified)]).parse().map_err(|_| syntax())?;
    if negative {
        year = -year;
    }

    let month = month_text.map(|m| two_digits(m).ok_or_else(syntax)).transpose()?;
    let day = day_text.map(|d| two_digits(d).ok_or_else(syntax)).transpose()?;
    match (month, day) {
        (Some(m), _) if m != 0 && !(1..=12).contains(&m) && !(21..=24).contains(&m) => {
            return Err(EdtfError::Month(m));
        }
        (Some(21..=24), Some(_)) => return Err(syntax()),
        (Some(0), Some(d)) if d != 0 => return Err(syntax()),
        (Some(m @ 1..=12), Some(d)) if d != 0 => check_day(year, m, d)?,
        _ => {}
    }
    Ok(EdtfDate { year, year_unspecified, month, day, qualifier })
}

/// Two ASCII digits, or `XX` (returned as 0).
fn two_digits(text: &str) -> Option<u8> {
    match text.as_bytes() {
        b"XX" => Some(0),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    }
}

fn check_month(month: u8) -> Result<(), EdtfError> {
    if (1..=12).contains(&month) { Ok(()) } else { Err(EdtfError::Month(month)) }
}

fn check_day(year: i32, month: u8, day: u8) -> Result<(), EdtfError> {
    if day == 0 || day > days_in_month(year, month) {
        return Err(EdtfError::Day { year, month, day });
    }
    Ok(())
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// First and last month of a season (northern hemisphere, as the archives are European).
fn season_months(season: u8) -> (u8, u8) {
    match season {
        21 => (3, 5),
        22 => (6, 8),
        23 => (9, 11),
        _ => (12, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) {
        let parsed = Edtf::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(parsed.to_string(), text);
    }

    #[test]
    fn level_0_and_1_forms_print_back_as_written() {
        for text in [
            "1890-12-30",
            "1936-04",
            "1909",
            "0000",
            "-0044",
            "1917-22",
            "1926/1929",
            "1917/..",
            "../1929",
            "/1929",
            "1906~",
            "1906?",
            "1906%",
            "19XX",
            "191X",
            "1936-XX",
            "1936-04-XX",
            "Y170002",
            "Y-170002",
            "1890-12-30/1947-11-17",
            "1984?/2004~",
        ] {
            round_trip(text);
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(Edtf::parse("1920-02-31"), Err(EdtfError::Day { year: 1920, month: 2, day: 31 }));
        assert!(Edtf::parse("1900-02-29").is_err(), "1900 is not a leap year");
        assert!(Edtf::parse("2000-02-29").is_ok(), "2000 is a leap year");
        assert_eq!(Edtf::parse("1920-13"), Err(EdtfError::Month(13)));
        assert_eq!(Edtf::parse("1929/1926"), Err(EdtfError::Reversed));
        for bad in [
            "",
            "19",
            "1890-1-2",
            "1890-12-30T10:00",
            "abcd",
            "../..",
            "/",
            "Y123",
            "1917-22-01",
            "X9XX",
            "1é00",
        ] {
            assert!(Edtf::parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn precision_follows_the_finest_unit() {
        let p = |t: &str| Edtf::parse(t).map(|e| e.precision());
        assert_eq!(p("1890-12-30"), Ok(Precision::Day));
        assert_eq!(p("1936-04"), Ok(Precision::Month));
        assert_eq!(p("1917-22"), Ok(Precision::Season));
        assert_eq!(p("1909"), Ok(Precision::Year));
        assert_eq!(p("191X"), Ok(Precision::Decade));
        assert_eq!(p("19XX"), Ok(Precision::Century));
    }

    #[test]
    fn order_is_chronological() {
        let mut dates: Vec<Edtf> =
            ["1936-04", "1890-12-30", "1909", "1917-22", "1909-06", "1926/1929", "1890"]
                .iter()
                .map(|t| Edtf::parse(t).unwrap())
                .collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(sorted, ["1890", "1890-12-30", "1909", "1909-06", "1917-22", "1926/1929", "1936-04"]);
    }

    #[test]
    fn winter_ends_in_the_next_year() {
        let winter = EdtfDate::season(1923, 24).unwrap();
        assert_eq!(winter.earliest(), (1923, 12, 1));
        assert_eq!(winter.latest(), (1924, 2, 29));
    }

    #[test]
    fn serde_uses_the_edtf_string() {
        let date: Edtf = serde_json::from_str("\"1926/1929\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"1926/1929\"");
        assert!(serde_json::from_str::<Edtf>("\"1926-13\"").is_err());
    }
}
