//! Dates as authority records store them (EDTF) and as prose writes them, in the varied forms
//! a date recogniser must handle: "op 30 december 1890", "in april 1936", "in de herfst van
//! 1923", "In 1909", "rond 1906", "begin 1920".

use crate::language::{Language, Season};
use crate::rng::Rng;

/// A date with year, optional month and day, and an EDTF qualifier for approximate years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RecordDate {
    /// The year.
    pub(crate) year: i32,
    /// The month (1–12), if known.
    pub(crate) month: Option<u32>,
    /// The day of the month, if known (only with a month).
    pub(crate) day: Option<u32>,
    /// True for an approximate year (`1906~`).
    pub(crate) approximate: bool,
}

/// The number of days in a month of the Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl RecordDate {
    /// A full calendar day.
    pub(crate) fn day(year: i32, month: u32, day: u32) -> Self {
        Self { year, month: Some(month), day: Some(day), approximate: false }
    }

    /// A random day in `year`.
    pub(crate) fn random_day(rng: &mut Rng, year: i32) -> Self {
        let month = rng.range(1, 12) as u32;
        let day = rng.range(1, days_in_month(year, month) as i32) as u32;
        Self::day(year, month, day)
    }

    /// A date in `year` known to a random precision, as in real authority files: mostly full
    /// days, some months, some bare or approximate years.
    pub(crate) fn random_precision(rng: &mut Rng, year: i32) -> Self {
        let mut date = Self::random_day(rng, year);
        match rng.weighted(&[70, 10, 14, 6]) {
            0 => {}
            1 => date.day = None,
            2 => {
                date.day = None;
                date.month = None;
            }
            _ => {
                date.day = None;
                date.month = None;
                date.approximate = true;
            }
        }
        date
    }

    /// The EDTF form: `1890-12-30`, `1936-04`, `1909`, `1906~`.
    pub(crate) fn edtf(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ if self.approximate => format!("{:04}~", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// The date as prose writes it, at the precision it has ("op 30 december 1890",
    /// "in april 1936", "in 1909", "rond 1906").
    pub(crate) fn phrase(&self, language: Language) -> String {
        let y = self.year;
        match (self.month, self.day, language) {
            (Some(m), Some(d), Language::Nl) => format!("op {d} {} {y}", language.month(m)),
            (Some(m), Some(1), Language::Fr) => format!("le 1er {} {y}", language.month(m)),
            (Some(m), Some(d), Language::Fr) => format!("le {d} {} {y}", language.month(m)),
            (Some(m), Some(d), Language::En) => format!("on {d} {} {y}", language.month(m)),
            (Some(m), None, Language::Fr) => format!("en {} {y}", language.month(m)),
            (Some(m), None, _) => format!("in {} {y}", language.month(m)),
            (None, _, Language::Nl) if self.approximate => format!("rond {y}"),
            (None, _, Language::Fr) if self.approximate => format!("vers {y}"),
            (None, _, Language::En) if self.approximate => format!("around {y}"),
            (None, _, Language::Fr) => format!("en {y}"),
            (None, _, _) => format!("in {y}"),
        }
    }
}

/// Writes a date inside `year` in one of the many forms prose uses.
pub(crate) fn random_phrase(rng: &mut Rng, language: Language, year: i32) -> String {
    match rng.weighted(&[24, 18, 10, 34, 4, 5, 5]) {
        0 => RecordDate::random_day(rng, year).phrase(language),
        1 => {
            let mut date = RecordDate::random_day(rng, year);
            date.day = None;
            date.phrase(language)
        }
        2 => rng.pick(&Season::ALL).phrase(language, year),
        3 => match language {
            Language::Fr => format!("en {year}"),
            _ => format!("in {year}"),
        },
        4 => match language {
            Language::Nl => format!("rond {year}"),
            Language::Fr => format!("vers {year}"),
            Language::En => format!("around {year}"),
        },
        5 => match language {
            Language::Nl => format!("begin {year}"),
            Language::Fr => format!("au début de l'année {year}"),
            Language::En => format!("early in {year}"),
        },
        _ => match language {
            Language::Nl => format!("eind {year}"),
            Language::Fr => format!("à la fin de l'année {year}"),
            Language::En => format!("late in {year}"),
        },
    }
}

/// A year range in parentheses as biographies print them: "(1926-29)" or "(1926-1929)".
pub(crate) fn paren_range(rng: &mut Rng, start: i32, end: i32) -> String {
    if start / 100 == end / 100 && rng.percent(60) {
        format!("({start}-{:02})", end % 100)
    } else {
        format!("({start}-{end})")
    }
}

#[cfg(test)]
mod tests {
    use super::{RecordDate, days_in_month, paren_range, random_phrase};
    use crate::language::Language;
    use crate::rng::Rng;

    #[test]
    fn edtf_forms() {
        assert_eq!(RecordDate::day(1890, 12, 30).edtf(), "1890-12-30");
        let mut d = RecordDate::day(1936, 4, 1);
        d.day = None;
        assert_eq!(d.edtf(), "1936-04");
        d.month = None;
        assert_eq!(d.edtf(), "1936");
        d.approximate = true;
        assert_eq!(d.edtf(), "1936~");
    }

    #[test]
    fn phrases_read_like_the_sample() {
        assert_eq!(RecordDate::day(1890, 12, 30).phrase(Language::Nl), "op 30 december 1890");
        assert_eq!(RecordDate::day(1906, 5, 1).phrase(Language::Fr), "le 1er mai 1906");
        assert_eq!(RecordDate::day(1947, 11, 17).phrase(Language::En), "on 17 November 1947");
    }

    #[test]
    fn leap_years() {
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(1904, 2), 29);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    fn random_phrases_contain_the_year() {
        let mut rng = Rng::for_stream(1, 2, 3);
        for language in Language::ALL {
            for _ in 0..50 {
                assert!(random_phrase(&mut rng, language, 1917).contains("1917"));
            }
        }
        let range = paren_range(&mut rng, 1926, 1929);
        assert!(range == "(1926-29)" || range == "(1926-1929)", "{range}");
    }
}
