//! What an expression says, and its EDTF once the context is known.
//!
//! The grammar turns words into a [`Reading`]: a point ("april 1936"), a range, a shift from
//! the previous date ("het jaar daarop") or an age. [`resolve`] turns a reading into EDTF
//! given the article's last date (the anchor) and the subject's birth.

use kroniek_model::{Edtf, EdtfDate, IntervalEnd, Precision, Qualifier};

use super::lexicon::{Part, Unit};

/// A year as written: a number, or relative to the anchor's year ("dat jaar" is `Relative(0)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearRef {
    /// A year in digits.
    Absolute(i32),
    /// The anchor's year plus this.
    Relative(i32),
}

/// The unit a point names, with what it names below the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Grain {
    /// A day: month, day.
    Day(u8, u8),
    /// A month.
    Month(u8),
    /// A season, 21–24.
    Season(u8),
    /// A year.
    Year,
    /// A decade: the year is its first.
    Decade,
    /// A century: the year is its first (1800 for the nineteenth).
    Century,
}

/// One date as written. Without a year, the anchor's year is meant ("op 12 mei").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Point {
    pub(super) year: Option<YearRef>,
    pub(super) grain: Grain,
    pub(super) part: Option<Part>,
}

impl Point {
    /// Whether the point needs no context.
    pub(super) fn is_absolute(&self) -> bool {
        matches!(self.year, Some(YearRef::Absolute(_)))
    }

    /// (year, month, day) for ordering two absolute points of a range; unknown parts are 0.
    pub(super) fn order_key(&self) -> Option<(i32, u8, u8)> {
        let Some(YearRef::Absolute(year)) = self.year else { return None };
        Some(match self.grain {
            Grain::Day(m, d) => (year, m, d),
            Grain::Month(m) => (year, m, 0),
            Grain::Season(s) => (year, (s - 20) * 3, 0),
            _ => (year, 0, 0),
        })
    }
}

/// What an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// One date.
    Point(Point),
    /// From one date to another; `None` is an open end ("sinds 1917", "tot 1923").
    Range(Option<Point>, Option<Point>),
    /// The anchor moved by so many units ("twee jaar later" is `Shift(Year, 2)`).
    Shift(Unit, i32),
    /// The subject's age in years; `subject` is false when the sentence is about a relative.
    Age {
        /// The age.
        years: u16,
        /// Whether the age is the article's subject's.
        subject: bool,
    },
}

impl Reading {
    /// Whether the reading needs no context: a failure to resolve it means the date does not
    /// exist, not that the context is missing.
    pub(super) fn is_absolute(&self) -> bool {
        match self {
            Reading::Point(p) => p.is_absolute(),
            Reading::Range(a, b) => a.is_none_or(|p| p.is_absolute()) && b.is_none_or(|p| p.is_absolute()),
            Reading::Shift(..) | Reading::Age { .. } => false,
        }
    }
}

/// The EDTF of a reading, given the anchor (the last date before it) and the subject's birth.
pub(super) fn resolve(
    reading: &Reading,
    qualifier: Qualifier,
    anchor: Option<EdtfDate>,
    birth: Option<EdtfDate>,
) -> Option<Edtf> {
    let value = match reading {
        Reading::Point(p) => point(p, anchor)?,
        Reading::Range(a, b) => {
            let start = match a {
                Some(p) => IntervalEnd::Date(point(p, anchor)?.start()?),
                None => IntervalEnd::Open,
            };
            let end = match b {
                Some(p) => IntervalEnd::Date(point(p, anchor)?.end()?),
                None => IntervalEnd::Open,
            };
            match (start, end) {
                (IntervalEnd::Date(s), IntervalEnd::Date(e)) => Edtf::interval(s, e).ok()?,
                (IntervalEnd::Open, IntervalEnd::Open) => return None,
                (s, e) => Edtf::Interval(s, e),
            }
        }
        Reading::Shift(unit, amount) => shift(anchor?, *unit, *amount)?,
        Reading::Age { years, subject } => {
            if !subject {
                return None;
            }
            age(birth?, *years)?
        }
    };
    Some(qualify(value, qualifier))
}

/// The date a later relative expression counts from: a date itself, an interval's end (the
/// story has reached it), or an open interval's start.
pub(super) fn anchor_of(value: &Edtf) -> Option<EdtfDate> {
    match value {
        Edtf::Date(d) | Edtf::Interval(_, IntervalEnd::Date(d)) => Some(*d),
        Edtf::Interval(IntervalEnd::Date(d), _) => Some(*d),
        Edtf::Interval(..) => None,
    }
}

/// The year of an anchor fine enough to count years from.
fn anchor_year(anchor: Option<EdtfDate>) -> Option<i32> {
    anchor.filter(|a| a.precision() <= Precision::Year).map(|a| a.year_value())
}

fn point(p: &Point, anchor: Option<EdtfDate>) -> Option<Edtf> {
    let year = match p.year {
        Some(YearRef::Absolute(y)) => y,
        Some(YearRef::Relative(n)) => anchor_year(anchor)? + n,
        None => anchor_year(anchor)?,
    };
    // Year 0 and years past 9999 are not dates an article means.
    if !(1..=9999).contains(&year) {
        return None;
    }
    let date = match p.grain {
        Grain::Day(m, d) => EdtfDate::ymd(year, m, d).ok()?,
        Grain::Month(m) => EdtfDate::ym(year, m).ok()?,
        Grain::Season(s) => EdtfDate::season(year, s).ok()?,
        Grain::Year => EdtfDate::year(year),
        Grain::Decade => unspecified(year, 1)?,
        Grain::Century => unspecified(year, 2)?,
    };
    match p.part {
        None => Some(Edtf::Date(date)),
        Some(part) => part_of(date, p.grain, year, part),
    }
}

/// `193X` (decade) or `18XX` (century): the model builds these only by parsing.
fn unspecified(first_year: i32, digits: u32) -> Option<EdtfDate> {
    let unit = 10_i32.pow(digits);
    if first_year % unit != 0 || !(0..=9999).contains(&first_year) {
        return None;
    }
    let text =
        format!("{:0width$}{}", first_year / unit, &"XX"[..digits as usize], width = 4 - digits as usize);
    Edtf::parse(&text).ok()?.start()
}

/// A part of a period, as an approximate interval: thirds of a year in months, of a decade in
/// years, of a century in decades. A part of a month or season is that month or season,
/// approximately; a part of a day is the day.
fn part_of(date: EdtfDate, grain: Grain, year: i32, part: Part) -> Option<Edtf> {
    let approx = |d: EdtfDate| d.with_qualifier(Qualifier::Approximate);
    let (a, b) = match part {
        Part::Begin => (0, 1),
        Part::Middle => (1, 2),
        Part::End => (2, 3),
    };
    let (start, end) = match grain {
        Grain::Day(..) => return Some(Edtf::Date(date)),
        Grain::Month(_) | Grain::Season(_) => return Some(Edtf::Date(approx(date))),
        Grain::Year => {
            let month = |third: u8| third * 4;
            (EdtfDate::ym(year, month(a) + 1).ok()?, EdtfDate::ym(year, month(b)).ok()?)
        }
        Grain::Decade => (EdtfDate::year(year + 3 * i32::from(a)), EdtfDate::year(year + 3 * i32::from(b))),
        Grain::Century => {
            let decades = [(0, 20), (30, 60), (70, 90)][a as usize];
            (unspecified(year + decades.0, 1)?, unspecified(year + decades.1, 1)?)
        }
    };
    Edtf::interval(approx(start), approx(end)).ok()
}

/// The anchor moved by whole units; the anchor must name the unit.
fn shift(anchor: EdtfDate, unit: Unit, amount: i32) -> Option<Edtf> {
    let q = anchor.qualifier();
    let date = match unit {
        Unit::Year => EdtfDate::year(anchor_year(Some(anchor))?.checked_add(amount)?),
        Unit::Month => {
            let month = i32::from(anchor.month()?);
            let index = anchor.year_value().checked_mul(12)?.checked_add(month - 1)?.checked_add(amount)?;
            EdtfDate::ym(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8).ok()?
        }
        Unit::Day => {
            if anchor.precision() != Precision::Day {
                return None;
            }
            let days =
                days_from_civil(anchor.year_value(), anchor.month()?, anchor.day()?) + i64::from(amount);
            let (y, m, d) = civil_from_days(days);
            EdtfDate::ymd(y, m, d).ok()?
        }
    };
    if !(1..=9999).contains(&date.year_value()) {
        return None;
    }
    Some(Edtf::Date(date.with_qualifier(q)))
}

/// The years in which the subject had this age: one year when the birth is on 1 January,
/// else the two years the age straddles.
fn age(birth: EdtfDate, years: u16) -> Option<Edtf> {
    if birth.precision() > Precision::Year || years > 120 {
        return None;
    }
    let q = birth.qualifier();
    let first = birth.year_value() + i32::from(years);
    let on_new_year = birth.month() == Some(1) && birth.day() == Some(1);
    let value = if on_new_year {
        Edtf::Date(EdtfDate::year(first))
    } else {
        Edtf::interval(EdtfDate::year(first), EdtfDate::year(first + 1)).ok()?
    };
    Some(qualify(value, q))
}

/// Adds a qualifier to every date of a value.
fn qualify(value: Edtf, qualifier: Qualifier) -> Edtf {
    if qualifier == Qualifier::Exact {
        return value;
    }
    let q = |d: EdtfDate| d.with_qualifier(combine(d.qualifier(), qualifier));
    match value {
        Edtf::Date(d) => Edtf::Date(q(d)),
        Edtf::Interval(a, b) => {
            let end = |e: IntervalEnd| match e {
                IntervalEnd::Date(d) => IntervalEnd::Date(q(d)),
                other => other,
            };
            Edtf::Interval(end(a), end(b))
        }
    }
}

/// Two qualifiers together: uncertain and approximate make `%`.
pub(super) fn combine(a: Qualifier, b: Qualifier) -> Qualifier {
    use Qualifier::*;
    match (a, b) {
        (Exact, x) | (x, Exact) => x,
        (x, y) if x == y => x,
        _ => UncertainApproximate,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests;
