//! One date as written, at a token: "30 december 1890", "30/12/1890", "December 30, 1890",
//! "april 1936", "de zomer van 1917", "de jaren dertig", "the 1930s", "de negentiende eeuw",
//! "le XIXe siècle", "1909" — and the numbers, ordinals and years they are made of.

use super::grammar::Parser;
use super::lexicon::{Meaning, Unit, flag};
use super::reading::{Grain, Point, YearRef};
use super::token::Kind;

/// Years a bare four-digit number may be.
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2100;

impl Parser<'_> {
    /// A point at token `j`, optionally after a part ("begin", "fin de") and an article.
    /// `short`: a year of fewer than four digits is allowed ("het jaar 476").
    pub(super) fn point(&self, j: usize, short: bool) -> Option<(usize, Point)> {
        let (k, part) = match self.phrase(j, |m| matches!(m, Meaning::Part(_))) {
            Some((end, Meaning::Part(p), _)) => (end, Some(p)),
            _ => (j, None),
        };
        let (k, had_article) = self.skip_article(k);
        let (end, mut point) = if self.has(k, flag::WEEKDAY) {
            let day = k + 1 + usize::from(self.punct(k + 1) == Some(','));
            self.day_month(day, short).or_else(|| self.month_day(day, short))?
        } else {
            self.numeric_date(k)
                .or_else(|| self.day_month(k, short))
                .or_else(|| self.month_day(k, short))
                .or_else(|| self.month_year(k, short))
                .or_else(|| self.season(k, short))
                .or_else(|| self.decade(k, had_article))
                .or_else(|| self.century(k))
                .or_else(|| self.year_point(k, short))?
        };
        point.part = part;
        Some((end, point))
    }

    /// A day that its month does not have ("31 februari 1920", "30/02/1920"): where the
    /// expression ends, so that no part of it is read as a date.
    pub(super) fn impossible_date(&self, k: usize) -> Option<usize> {
        if let (Some((a, 1..=2)), Some(sep @ ('/' | '.' | '-')), Some((b, 1..=2)), Some((year, 4))) =
            (self.digits(k), self.punct(k + 1), self.digits(k + 2), self.digits(k + 4))
            && self.punct(k + 3) == Some(sep)
            && (1..=4).all(|n| self.adjacent(k + n))
        {
            let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
            let bad = !(1..=12).contains(&month) || day == 0 || day > u32::from(max_day(month, year));
            return bad.then_some(k + 5);
        }
        let (end, day, month, year) = if let Some((after_month, month)) = self.month(k)
            && self.lexicon.month_first
        {
            let (after, day) = self.day(after_month)?;
            let (end, year) = self.year_after(after, true);
            (end, day, month, year)
        } else {
            let (mut m, day) = self.day(k)?;
            if self.has(m, flag::OF) {
                m += 1;
            }
            let (after, month) = self.month(m)?;
            let (end, year) = self.year_after(after, true);
            (end, day, month, year)
        };
        (day > max_day(u32::from(month), year.map_or(2000, |y| y as u32))).then_some(end)
    }

    /// "May 12-15, 1920": a month, two days and a year.
    pub(super) fn month_day_range(&self, k: usize) -> Option<(usize, Point, Point)> {
        if !self.lexicon.month_first {
            return None;
        }
        let (after_month, month) = self.month(k)?;
        let (after_day, first) = self.day(after_month)?;
        if !(self.punct(after_day) == Some('-') || self.has(after_day, flag::TO)) {
            return None;
        }
        let (after, last) = self.day(after_day + 1)?;
        let (end, year) = self.year_after(after, false);
        let year = Some(YearRef::Absolute(year?));
        if first >= last || last > max_day(u32::from(month), year.map_or(2000, |_| 2000)) {
            return None;
        }
        let point = |day| Point { year, grain: Grain::Day(month, day), part: None };
        Some((end, point(first), point(last)))
    }

    /// Skips an article ("de", "the", "l'"), returning where the noun starts.
    pub(super) fn skip_article(&self, k: usize) -> (usize, bool) {
        if self.has(k, flag::ARTICLE) {
            let apostrophe = self.punct(k + 1) == Some('\'') && self.adjacent(k + 1);
            (k + 1 + usize::from(apostrophe), true)
        } else {
            (k, false)
        }
    }

    /// `30/12/1890`, `30.12.1890`, `30-12-1890`, `1890-12-30`: separators the same and tight.
    fn numeric_date(&self, k: usize) -> Option<(usize, Point)> {
        let (a, a_digits) = self.digits(k)?;
        let sep = self.punct(k + 1).filter(|c| matches!(c, '/' | '.' | '-'))?;
        let (b, b_digits) = self.digits(k + 2)?;
        if self.punct(k + 3) != Some(sep) {
            return None;
        }
        let (c, c_digits) = self.digits(k + 4)?;
        if !(1..=4).all(|n| self.adjacent(k + n)) {
            return None;
        }
        let (year, month, day) = match (a_digits, b_digits, c_digits) {
            (4, 2, 2) if sep == '-' => (a, b, c),
            (1..=2, 1..=2, 4) if a > 12 || b <= 12 => (c, b, a),
            (1..=2, 1..=2, 4) => (c, a, b),
            _ => return None,
        };
        if !YEARS.contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > u32::from(max_day(month, year))
        {
            return None;
        }
        let grain = Grain::Day(month as u8, day as u8);
        Some((k + 5, Point { year: Some(YearRef::Absolute(year as i32)), grain, part: None }))
    }

    /// `30 december 1890`, `le 1er mai 1886`, `12 nov. 1862`, `30. Dezember 1890`,
    /// `30 de diciembre de 1890`, `the 30th of December, 1890`; the year may be left out.
    fn day_month(&self, k: usize, short: bool) -> Option<(usize, Point)> {
        let (mut m, day) = self.day(k)?;
        if self.punct(m) == Some('.') && self.adjacent(m) {
            m += 1;
        }
        if self.has(m, flag::OF) {
            m += 1;
        }
        let (after, month) = self.month(m)?;
        let (end, year) = self.year_after(after, short);
        if day > max_day(u32::from(month), year.map_or(2000, |y| y as u32)) {
            return None;
        }
        let year = year.map(YearRef::Absolute).or_else(|| self.relative_year_after(after));
        let end = if year.is_some() && end == after { self.relative_year_end(after) } else { end };
        Some((end, Point { year, grain: Grain::Day(month, day), part: None }))
    }

    /// `December 30, 1890`, `Dec. 30th 1890`: for languages that write the month first.
    fn month_day(&self, k: usize, short: bool) -> Option<(usize, Point)> {
        if !self.lexicon.month_first {
            return None;
        }
        let (after_month, month) = self.month(k)?;
        let (after_day, day) = self.day(after_month)?;
        if self.is_word_like(after_day) {
            return None;
        }
        let (end, year) = self.year_after(after_day, short);
        if day > max_day(u32::from(month), year.map_or(2000, |y| y as u32)) {
            return None;
        }
        Some((end, Point { year: year.map(YearRef::Absolute), grain: Grain::Day(month, day), part: None }))
    }

    /// `april 1936`, `avril 1936`, `abril de 1936`, `april van dat jaar`; a month with no year
    /// (`in mei`) is returned yearless for the caller to accept or not.
    fn month_year(&self, k: usize, short: bool) -> Option<(usize, Point)> {
        let (after, month) = self.month(k)?;
        let (end, year) = self.year_after(after, short);
        let year = match year {
            Some(y) => Some(YearRef::Absolute(y)),
            None => self.relative_year_after(after),
        };
        let end = if year.is_some() && end == after { self.relative_year_end(after) } else { end };
        if year.is_none() {
            // "Jan", "Mar" alone are names and words; only a full month name stands alone.
            let t = &self.tokens[k];
            let abbreviation = self.lexicon.get(t.id).abbreviation;
            if abbreviation {
                return None;
            }
        }
        Some((end, Point { year, grain: Grain::Month(month), part: None }))
    }

    /// `de zomer van 1917`, `l'été 1917`, `the summer of 1917`, `zomer 1917`, `de zomer van
    /// dat jaar`: a season needs its year.
    fn season(&self, k: usize, short: bool) -> Option<(usize, Point)> {
        let t = self.tokens.get(k)?;
        let season = self.lexicon.get(t.id).season;
        if season == 0 || !matches!(t.kind, Kind::Word { .. }) {
            return None;
        }
        let (end, year) = self.year_after(k + 1, short);
        let (end, year) = match year {
            Some(y) => (end, YearRef::Absolute(y)),
            None => (self.relative_year_end(k + 1), self.relative_year_after(k + 1)?),
        };
        Some((end, Point { year: Some(year), grain: Grain::Season(season), part: None }))
    }

    /// Decades: `de jaren dertig`, `jaren '30`, `les années 1930`, `the 1930s`, `the '30s`,
    /// `the thirties`, `die dreißiger Jahre`, `die 1930er Jahre`, `los años treinta`.
    fn decade(&self, k: usize, had_article: bool) -> Option<(usize, Point)> {
        let t = *self.tokens.get(k)?;
        let decade = |first: u32, end: usize| {
            let grain =
                if first.is_multiple_of(100) && self.text[t.start..t.end].ends_with('s') && first >= 1000 {
                    Grain::Century
                } else {
                    Grain::Decade
                };
            Some((end, Point { year: Some(YearRef::Absolute(first as i32)), grain, part: None }))
        };
        let with_noun = |end: usize| if self.has(end, flag::DECADES) { end + 1 } else { end };
        match t.kind {
            Kind::Suffixed { value, digits } if self.lexicon.get(t.id).flags & flag::DECADE_SUFFIX != 0 => {
                return match digits {
                    4 if value % 10 == 0 && YEARS.contains(&value) => decade(value, with_noun(k + 1)),
                    2 if value % 10 == 0 => decade(1900 + value, with_noun(k + 1)),
                    _ => None,
                };
            }
            Kind::Punct('\'') => {
                let next = self.tokens.get(k + 1)?;
                if let Kind::Suffixed { value, digits: 2 } = next.kind
                    && value % 10 == 0
                    && self.lexicon.get(next.id).flags & flag::DECADE_SUFFIX != 0
                    && self.adjacent(k + 1)
                {
                    return decade(1900 + value, k + 2);
                }
                return None;
            }
            Kind::Number { value, digits: 4 }
                if value % 10 == 0
                    && YEARS.contains(&value)
                    && self.punct(k + 1) == Some('\'')
                    && self.adjacent(k + 1)
                    && self.word_is(k + 2, "s") =>
            {
                return decade(value, k + 3);
            }
            _ => {}
        }
        let entry = *self.lexicon.get(t.id);
        if !matches!(t.kind, Kind::Word { .. }) {
            return None;
        }
        if entry.flags & flag::DECADE_ADJECTIVE != 0 && self.has(k + 1, flag::DECADES) {
            return self.decade_of_century(decade(1900 + 10 * u32::from(entry.decade), k + 2)?);
        }
        if entry.flags & flag::DECADE_SELF != 0 && had_article {
            return self.decade_of_century(decade(1900 + 10 * u32::from(entry.decade), k + 1)?);
        }
        if entry.flags & flag::DECADES == 0 {
            return None;
        }
        // The decades noun, maybe "de"/"of" and an article ("la década de los treinta").
        let mut n = k + 1;
        if self.has(n, flag::OF) {
            n += 1;
            n = self.skip_article(n).0;
        }
        let apostrophe = self.punct(n) == Some('\'');
        let at = n + usize::from(apostrophe);
        let found = match self.tokens.get(at)?.kind {
            Kind::Number { value, digits: 4 } if !apostrophe && value % 10 == 0 && YEARS.contains(&value) => {
                decade(value, at + 1)
            }
            Kind::Number { value, digits: 2 } if value % 10 == 0 && value > 0 => decade(1900 + value, at + 1),
            Kind::Word { .. } if !apostrophe => {
                let (end, value) = self.number(at)?;
                if value % 10 != 0 || !(10..=90).contains(&value) {
                    return None;
                }
                decade(1900 + u32::from(value), end)
            }
            _ => None,
        }?;
        self.decade_of_century(found)
    }

    /// "de jaren twintig van de negentiende eeuw": a decade placed in another century.
    fn decade_of_century(&self, (end, point): (usize, Point)) -> Option<(usize, Point)> {
        if point.grain != Grain::Decade || !self.has(end, flag::OF) {
            return Some((end, point));
        }
        let (k, _) = self.skip_article(end + 1);
        match (self.century(k), point.year) {
            (Some((after, century)), Some(YearRef::Absolute(decade))) => {
                let Some(YearRef::Absolute(first)) = century.year else { return Some((end, point)) };
                let year = Some(YearRef::Absolute(first + decade % 100));
                Some((after, Point { year, ..point }))
            }
            _ => Some((end, point)),
        }
    }

    /// Centuries: `de negentiende eeuw`, `de 19e eeuw`, `le XIXe siècle`, `le dix-neuvième
    /// siècle`, `the 19th century`, `das 19. Jahrhundert`, `el siglo XIX`.
    fn century(&self, k: usize) -> Option<(usize, Point)> {
        let (end, n) = if let Some((after, n)) = self.ordinal(k)
            && self.has(after, flag::CENTURY)
        {
            (after + 1, n)
        } else if self.has(k, flag::CENTURY) {
            let (after, n) = self.roman(k + 1).or_else(|| self.ordinal(k + 1)).or_else(|| {
                let (d, digits) = self.digits(k + 1)?;
                (digits <= 2).then_some((k + 2, d as u16))
            })?;
            (after, n)
        } else {
            return None;
        };
        if !(2..=21).contains(&n) {
            return None;
        }
        let first = (i32::from(n) - 1) * 100;
        Some((end, Point { year: Some(YearRef::Absolute(first)), grain: Grain::Century, part: None }))
    }

    /// A bare year: four digits (or fewer when `short`).
    fn year_point(&self, k: usize, short: bool) -> Option<(usize, Point)> {
        let (value, digits) = self.digits(k)?;
        let ok =
            (digits == 4 && YEARS.contains(&value)) || (short && digits < 4 && (1..=999).contains(&value));
        ok.then_some((
            k + 1,
            Point { year: Some(YearRef::Absolute(value as i32)), grain: Grain::Year, part: None },
        ))
    }

    /// The year after a day or month: an optional comma and "van"/"de"/"of", then four
    /// digits (three when `short`). Returns where the expression ends and the year, if any.
    fn year_after(&self, mut k: usize, short: bool) -> (usize, Option<i32>) {
        let start = k;
        if self.punct(k) == Some(',') {
            k += 1;
        }
        if self.has(k, flag::OF) {
            k += 1;
        }
        match self.digits(k) {
            Some((value, 4)) if YEARS.contains(&value) => (k + 1, Some(value as i32)),
            Some((value, 3)) if short && value >= 100 => (k + 1, Some(value as i32)),
            _ => (start, None),
        }
    }

    /// "van dat jaar", "of the following year", "de la même année" after a month or season.
    fn relative_year_after(&self, k: usize) -> Option<YearRef> {
        let k = if self.has(k, flag::OF) { k + 1 } else { k };
        match self.phrase(k, |m| matches!(m, Meaning::Shift(Unit::Year, _))) {
            Some((_, Meaning::Shift(_, n), _)) => Some(YearRef::Relative(n)),
            _ => None,
        }
    }

    fn relative_year_end(&self, k: usize) -> usize {
        let at = if self.has(k, flag::OF) { k + 1 } else { k };
        match self.phrase(at, |m| matches!(m, Meaning::Shift(Unit::Year, _))) {
            Some((end, ..)) => end,
            None => k,
        }
    }

    /// A day of the month: `30`, `1er`, `30th`, `premier`, `first`.
    pub(super) fn day(&self, k: usize) -> Option<(usize, u8)> {
        let t = self.tokens.get(k)?;
        let value = match t.kind {
            Kind::Number { value, digits: 1..=2 } => value,
            Kind::Suffixed { value, digits: 1..=2 }
                if self.lexicon.get(t.id).flags & flag::ORDINAL_SUFFIX != 0 =>
            {
                value
            }
            Kind::Word { .. } => u32::from(self.lexicon.get(t.id).ordinal),
            _ => return None,
        };
        (1..=31).contains(&value).then_some((k + 1, value as u8))
    }

    /// A month name at `k` (and the full stop after an abbreviation).
    pub(super) fn month(&self, k: usize) -> Option<(usize, u8)> {
        let t = self.tokens.get(k)?;
        let Kind::Word { upper } = t.kind else { return None };
        let entry = self.lexicon.get(t.id);
        if entry.month == 0 || (self.lexicon.months_capitalised && !upper) {
            return None;
        }
        let stop = entry.abbreviation && self.punct(k + 1) == Some('.') && self.adjacent(k + 1);
        Some((k + 1 + usize::from(stop), entry.month))
    }

    /// An ordinal: `19e`, `19th`, `19.` (before a noun), `negentiende`, `dix-neuvième`,
    /// `twenty-first`, `XIXe`.
    fn ordinal(&self, k: usize) -> Option<(usize, u16)> {
        let t = self.tokens.get(k)?;
        match t.kind {
            Kind::Suffixed { value, digits: 1..=2 }
                if self.lexicon.get(t.id).flags & flag::ORDINAL_SUFFIX != 0 =>
            {
                Some((k + 1, value as u16))
            }
            Kind::Number { value, digits: 1..=2 }
                if self.punct(k + 1) == Some('.') && self.adjacent(k + 1) =>
            {
                Some((k + 2, value as u16))
            }
            Kind::Word { .. } => {
                let entry = self.lexicon.get(t.id);
                if entry.ordinal > 0 {
                    return Some((k + 1, entry.ordinal));
                }
                if entry.cardinal >= 10 {
                    // "dix-neuvième", "twenty-first", "vingt et unième".
                    let mut n = k + 1;
                    while self.punct(n) == Some('-') || self.has(n, flag::AND) {
                        n += 1;
                    }
                    let last = self.lexicon.get(self.tokens.get(n)?.id).ordinal;
                    if n > k + 1 && (1..10).contains(&last) {
                        return Some((n + 1, entry.cardinal + last));
                    }
                }
                self.roman(k)
            }
            _ => None,
        }
    }

    /// A Roman numeral in capitals, with an optional ordinal suffix: `XIX`, `XIXe`, `XIXᵉ`.
    fn roman(&self, k: usize) -> Option<(usize, u16)> {
        let t = self.tokens.get(k)?;
        if !matches!(t.kind, Kind::Word { upper: true }) {
            return None;
        }
        let word = &self.text[t.start..t.end];
        let digits = word.bytes().take_while(|b| b"IVXLC".contains(b)).count();
        let suffix = &word[digits..];
        if digits == 0 {
            return None;
        }
        if !suffix.is_empty() {
            let mut buffer = String::new();
            let id = self.lexicon.id(suffix, &mut buffer);
            if self.lexicon.get(id).flags & flag::ORDINAL_SUFFIX == 0 {
                return None;
            }
        }
        roman_value(&word[..digits]).map(|v| (k + 1, v))
    }

    /// A number in digits (up to three) or words: `15`, `vijftien`, `dix-sept`, `vingt et un`,
    /// `twenty-one`, `quatre-vingt-dix`, `eenentwintig`.
    pub(super) fn number(&self, k: usize) -> Option<(usize, u16)> {
        let t = self.tokens.get(k)?;
        match t.kind {
            Kind::Number { value, digits: 1..=3 } => Some((k + 1, value as u16)),
            Kind::Word { .. } => {
                let mut total = self.cardinal(k)?;
                let mut n = k + 1;
                loop {
                    let mut next = n;
                    while self.punct(next) == Some('-') || self.has(next, flag::AND) {
                        next += 1;
                    }
                    if next == n || next > n + 3 {
                        break;
                    }
                    let Some(part) = self.tokens.get(next).and_then(|_| self.cardinal(next)) else { break };
                    let joined = if total == 4 && part == 20 {
                        80
                    } else if (total == 10 && part < 10)
                        || (total >= 20 && total % 10 == 0 && part < 20 && total % 100 != 0)
                    {
                        total + part
                    } else {
                        break;
                    };
                    total = joined;
                    n = next + 1;
                }
                Some((n, total))
            }
            _ => None,
        }
    }

    fn cardinal(&self, k: usize) -> Option<u16> {
        let t = self.tokens.get(k)?;
        if !matches!(t.kind, Kind::Word { .. }) {
            return None;
        }
        let known = self.lexicon.get(t.id).cardinal;
        if known > 0 {
            return Some(known);
        }
        if t.id != 0 {
            return None;
        }
        self.lexicon.cardinal(&self.text[t.start..t.end])
    }

    /// A token's value when it is digits only.
    pub(super) fn digits(&self, k: usize) -> Option<(u32, u8)> {
        match self.tokens.get(k)?.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    fn is_word_like(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| !matches!(t.kind, Kind::Punct(_))) && self.adjacent(k)
    }

    fn word_is(&self, k: usize, word: &str) -> bool {
        self.tokens.get(k).is_some_and(|t| self.text[t.start..t.end].eq_ignore_ascii_case(word))
    }
}

/// The last day of a month (29 for February when the year is not known).
fn max_day(month: u32, year: u32) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn roman_value(text: &str) -> Option<u16> {
    let value = |c: u8| match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        _ => 0,
    };
    let bytes = text.as_bytes();
    let mut total: i32 = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let v = value(c);
        if bytes.get(i + 1).is_some_and(|&n| value(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    // Only canonical numerals: "IIII" or "VX" are not centuries.
    (total > 0 && to_roman(total as u16) == text).then_some(total as u16)
}

fn to_roman(mut n: u16) -> String {
    const TABLE: [(u16, &str); 9] =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}
