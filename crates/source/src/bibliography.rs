//! Bibliography notation: list items such as `*Veroverde stad* (1932)` or `Het jaar één
//! (1926-29)` read as works with EDTF dates, and written back the same way.

use kroniek_model::{Edtf, EdtfDate, IntervalEnd, Precision, Qualifier};

/// Wrappers a title may stand in, outermost first when several apply (`**…**` before `*…*`).
const WRAPPERS: [(&str, &str); 12] = [
    ("**", "**"),
    ("__", "__"),
    ("*", "*"),
    ("_", "_"),
    ("\"", "\""),
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("‹", "›"),
];

/// Reads one list item as a work: a title, then a year or year range in parentheses.
/// Returns `None` when the item does not have that shape.
pub(crate) fn work_from_item(item: &str) -> Option<(String, Edtf)> {
    let item = item.trim().trim_end_matches(['.', ';', ',']).trim_end();
    let inner = item.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let date = parse_date(&inner[open + 1..])?;
    let title = inner[..open].trim().trim_end_matches(',').trim_end();
    let title = unwrap_title(title);
    if title.is_empty() { None } else { Some((title.to_owned(), date)) }
}

/// The date inside the parentheses: `1932`, `1932?`, `1926-29`, `1926-1929`, `1926–1929`
/// (two-digit ends are in the start's century, or the next one when that would run backwards),
/// or any other EDTF value (`1936-04-12`, `1926/1929`).
fn parse_date(text: &str) -> Option<Edtf> {
    let text = text.trim();
    let (body, qualifier) = match text.chars().last() {
        Some('?') => (&text[..text.len() - 1], Qualifier::Uncertain),
        Some('~') => (&text[..text.len() - 1], Qualifier::Approximate),
        Some('%') => (&text[..text.len() - 1], Qualifier::UncertainApproximate),
        _ => (text, Qualifier::Exact),
    };
    if let Some(year) = four_digits(body) {
        return Some(Edtf::Date(EdtfDate::year(year).with_qualifier(qualifier)));
    }
    if let Some((start, end)) = body.split_once(['-', '–', '—'])
        && let Some(start) = four_digits(start.trim())
    {
        let end = end.trim();
        let end = match end.len() {
            4 => four_digits(end)?,
            2 if end.bytes().all(|b| b.is_ascii_digit()) => {
                let in_century = start - start % 100 + end.parse::<i32>().ok()?;
                if in_century < start { in_century + 100 } else { in_century }
            }
            _ => return Edtf::parse(text).ok(),
        };
        return Edtf::interval(
            EdtfDate::year(start).with_qualifier(qualifier),
            EdtfDate::year(end).with_qualifier(qualifier),
        )
        .ok();
    }
    Edtf::parse(text).ok()
}

fn four_digits(text: &str) -> Option<i32> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) { text.parse().ok() } else { None }
}

/// A title without the emphasis markers or quotes around it (`*Veroverde stad*` →
/// `Veroverde stad`); wrappers that also occur inside the title are left alone, since then
/// they do not wrap it.
pub(crate) fn unwrap_title(title: &str) -> &str {
    let mut title = title.trim();
    'outer: loop {
        for (open, close) in WRAPPERS {
            if let Some(inner) = title.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
                let inner_trimmed = inner.trim();
                if !inner_trimmed.is_empty() && !inner.contains(open) && !inner.contains(close) {
                    title = inner_trimmed;
                    continue 'outer;
                }
            }
        }
        return title;
    }
}

/// The list item a work is written as: the title in emphasis, then the date in parentheses.
pub(crate) fn work_item(title: &str, date: Option<&Edtf>) -> String {
    let title = if !title.contains('*') {
        format!("*{title}*")
    } else if !title.contains('_') {
        format!("_{title}_")
    } else {
        title.to_owned()
    };
    match date {
        Some(date) => format!("{title} ({})", date_notation(date)),
        None => title,
    }
}

/// A date in the bibliography's own notation where it has one (`1932`, `1926-1929`, `1932?`),
/// EDTF otherwise.
fn date_notation(date: &Edtf) -> String {
    if let Edtf::Interval(IntervalEnd::Date(a), IntervalEnd::Date(b)) = date
        && a.precision() == Precision::Year
        && b.precision() == Precision::Year
        && a.qualifier() == b.qualifier()
    {
        let qualifier = match a.qualifier() {
            Qualifier::Exact => "",
            Qualifier::Uncertain => "?",
            Qualifier::Approximate => "~",
            Qualifier::UncertainApproximate => "%",
        };
        return format!("{}-{}{qualifier}", a.year_value(), b.year_value());
    }
    date.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(item: &str) -> Option<(String, String)> {
        work_from_item(item).map(|(title, date)| (title, date.to_string()))
    }

    fn pair(title: &str, date: &str) -> Option<(String, String)> {
        Some((title.to_owned(), date.to_owned()))
    }

    #[test]
    fn years_and_ranges_in_parentheses() {
        assert_eq!(work("*Veroverde stad* (1932)"), pair("Veroverde stad", "1932"));
        assert_eq!(work("*Het eerste jaar* (1926-29)"), pair("Het eerste jaar", "1926/1929"));
        assert_eq!(work("Memoires (1926-1929)"), pair("Memoires", "1926/1929"));
        assert_eq!(work("“Brieven” (1998–03)"), pair("Brieven", "1998/2003"));
        assert_eq!(work("_Notities_ (1932?)"), pair("Notities", "1932?"));
        assert_eq!(work("**Dagboek**, (1936-04-12)."), pair("Dagboek", "1936-04-12"));
        assert_eq!(work("Werken (1926/1929)"), pair("Werken", "1926/1929"));
    }

    #[test]
    fn other_items_are_not_works() {
        for item in
            ["Een gewone zin", "Zonder haakjes 1932", "(1932)", "*Titel* (veel)", "Omgekeerd (1929-1926)"]
        {
            assert_eq!(work(item), None, "{item}");
        }
    }

    #[test]
    fn titles_lose_only_real_wrappers() {
        assert_eq!(unwrap_title("*“Nested”*"), "Nested");
        assert_eq!(unwrap_title("*een* en *twee*"), "*een* en *twee*");
        assert_eq!(unwrap_title("'t Fonteintje"), "'t Fonteintje");
    }

    #[test]
    fn written_items_read_back() {
        for (title, date) in
            [("Gewoon", "1932"), ("Met * ster", "1926/1929"), ("Met * en _", "1932?"), ("Dag", "1936-04-12")]
        {
            let date = Edtf::parse(date).unwrap();
            let item = work_item(title, Some(&date));
            assert_eq!(work_from_item(&item), Some((title.to_owned(), date)), "{item}");
        }
        assert_eq!(work_item("Gewoon", Edtf::parse("1926/1929").ok().as_ref()), "*Gewoon* (1926-1929)");
    }
}
