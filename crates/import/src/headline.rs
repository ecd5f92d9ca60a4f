//! The headline: a scraped page's first line often packs kicker (series), title and subtitle
//! together — "Series. Title. Subtitle" — because the page set them in three styles that plain
//! text flattens.

use kroniek_model::Series;

/// A headline taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Headline {
    pub(crate) series: Option<String>,
    /// The index of the declared series that matched, in the options' list.
    pub(crate) series_index: Option<usize>,
    pub(crate) title: String,
    pub(crate) subtitle: Option<String>,
}

/// Separators between the parts of a packed headline, strongest first.
const KICKER_SEPARATORS: &[&str] = &[" | ", " // ", " :: ", " » ", " › "];

/// Splits the headline lines (one packed line, or up to three short lines) into its parts.
pub(crate) fn split(lines: &[&str], declared: &[Series]) -> Headline {
    let lines: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    match lines.as_slice() {
        [] => Headline::default(),
        [one] => split_line(one, declared),
        [first, rest @ ..] => {
            // One part per line: the first may be a declared series, or a kicker when there
            // are three lines.
            if let Some((index, series)) = declared.iter().enumerate().find(|(_, s)| s.title == *first) {
                let mut h = split_parts(rest);
                h.series = Some(series.title.clone());
                h.series_index = Some(index);
                return h;
            }
            if lines.len() >= 3 {
                let mut h = split_parts(rest);
                h.series = Some(clean(first));
                h
            } else {
                split_parts(&lines)
            }
        }
    }
}

fn split_line(line: &str, declared: &[Series]) -> Headline {
    // A declared series wins: exact match of its title at the start, followed by a separator.
    // The longest title first, so "Archieven" does not shadow "Archieven van de strijd".
    let mut candidates: Vec<(usize, &Series)> = declared.iter().enumerate().collect();
    candidates.sort_by_key(|(_, s)| std::cmp::Reverse(s.title.len()));
    for (index, series) in candidates {
        if series.title.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix(series.title.as_str())
            && let Some(rest) = strip_separator(rest)
        {
            let mut h = split_title(rest);
            h.series = Some(series.title.clone());
            h.series_index = Some(index);
            return h;
        }
    }
    for sep in KICKER_SEPARATORS {
        if let Some((kicker, rest)) = line.split_once(sep) {
            let mut h = split_title(rest);
            h.series = Some(clean(kicker));
            return h;
        }
    }
    let parts = sentences(line);
    match parts.len() {
        0 | 1 => split_title(line),
        2 => {
            // "Kicker. Name, 1890-1947" puts the life span in the title; otherwise the usual
            // reading of two parts is title and subtitle.
            let (first, second) = (parts.first().copied().unwrap_or(""), parts.get(1).copied().unwrap_or(""));
            if looks_like_life_title(second) && !looks_like_life_title(first) {
                Headline { series: Some(clean(first)), title: clean(second), ..Headline::default() }
            } else {
                Headline { title: clean(first), subtitle: Some(clean(second)), ..Headline::default() }
            }
        }
        _ => {
            // Three or more parts: the title is the part with the life span when one has it
            // ("Series. Victor Serge, 1890-1947. Subtitle"), else the second.
            let at = parts.iter().position(|p| looks_like_life_title(p)).filter(|i| *i > 0).unwrap_or(1);
            let series = parts.get(..at).map(|p| clean(&p.join(". "))).filter(|s| !s.is_empty());
            let title = parts.get(at).map(|t| clean(t)).unwrap_or_default();
            let subtitle = parts.get(at + 1..).map(|p| clean(&p.join(". "))).filter(|s| !s.is_empty());
            Headline { series, title, subtitle, series_index: None }
        }
    }
}

/// After a declared series: the remaining title and subtitle (split at the first sentence
/// boundary, or at a colon).
fn split_title(rest: &str) -> Headline {
    let parts = sentences(rest);
    if parts.len() >= 2 {
        let title = parts.first().map(|t| clean(t)).unwrap_or_default();
        let subtitle = parts.get(1..).map(|p| clean(&p.join(". "))).filter(|s| !s.is_empty());
        return Headline { title, subtitle, ..Headline::default() };
    }
    if let Some((title, subtitle)) = rest.split_once(": ")
        && !title.trim().is_empty()
        && !subtitle.trim().is_empty()
    {
        return Headline { title: clean(title), subtitle: Some(clean(subtitle)), ..Headline::default() };
    }
    Headline { title: clean(rest), ..Headline::default() }
}

fn split_parts(lines: &[&str]) -> Headline {
    let title = lines.first().map(|t| clean(t)).unwrap_or_default();
    let subtitle = lines.get(1..).map(|p| clean(&p.join(". "))).filter(|s| !s.is_empty());
    Headline { title, subtitle, ..Headline::default() }
}

fn strip_separator(rest: &str) -> Option<&str> {
    for sep in [". ", ": ", " - ", " – ", " — ", " | ", " » ", " › ", ".\u{a0}"] {
        if let Some(r) = rest.strip_prefix(sep) {
            return Some(r.trim_start());
        }
    }
    (rest.trim().is_empty() || rest.starts_with('\n')).then_some(rest)
}

/// Splits at ". " followed by an uppercase letter, a digit or an opening quote; the period
/// after a single capital ("J. Jaurès") or a common abbreviation is not a boundary.
fn sentences(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1) == Some(&b' ') {
            let next = line.get(i + 2..).and_then(|r| r.chars().next());
            let opens = next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "‘“«\"'(".contains(c));
            let before = line.get(start..i).unwrap_or_default();
            let last_word = before.rsplit(' ').next().unwrap_or_default();
            let abbreviation = last_word.chars().count() == 1
                || ["Dr", "Mr", "Mrs", "St", "Sint", "Mgr", "Prof", "nr", "Nr", "vol", "ca"]
                    .contains(&last_word);
            if opens && !abbreviation {
                parts.push(before);
                start = i + 2;
            }
        }
        i += 1;
    }
    parts.push(line.get(start..).unwrap_or_default());
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// "Victor Serge, 1890-1947", "Louise Michel (1830–1905)": a name with a life span.
pub(crate) fn looks_like_life_title(part: &str) -> bool {
    let digits: Vec<char> = part.chars().filter(char::is_ascii_digit).collect();
    let has_span = part.split(|c: char| !c.is_ascii_digit()).filter(|d| d.len() == 4).count() >= 2;
    digits.len() >= 8 && has_span && part.chars().next().is_some_and(char::is_uppercase)
}

/// Trims the part and the period that closed it.
fn clean(part: &str) -> String {
    part.trim().trim_end_matches('.').trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_model::Id;

    fn series(title: &str) -> Vec<Series> {
        vec![Series {
            id: Id::new("reeks").unwrap_or_else(|_| unreachable!()),
            title: title.into(),
            description: None,
        }]
    }

    #[test]
    fn a_declared_series_is_matched_exactly() {
        let declared = series("Uit het archief. Deel twee");
        let h = split(&["Uit het archief. Deel twee. Jan Peeters, 1880-1950. Een leven"], &declared);
        assert_eq!(h.series.as_deref(), Some("Uit het archief. Deel twee"));
        assert_eq!(h.series_index, Some(0));
        assert_eq!(h.title, "Jan Peeters, 1880-1950");
        assert_eq!(h.subtitle.as_deref(), Some("Een leven"));
    }

    #[test]
    fn without_a_declaration_the_life_span_marks_the_title() {
        let h = split(&["Portraits de militants. Louise Michel, 1830-1905. L’institutrice"], &[]);
        assert_eq!(h.series.as_deref(), Some("Portraits de militants"));
        assert_eq!(h.title, "Louise Michel, 1830-1905");
        assert_eq!(h.subtitle.as_deref(), Some("L’institutrice"));
        let h = split(&["Portraits. Tom Mann, 1856-1941"], &[]);
        assert_eq!(
            (h.series.as_deref(), h.title.as_str(), h.subtitle),
            (Some("Portraits"), "Tom Mann, 1856-1941", None)
        );
    }

    #[test]
    fn two_parts_are_title_and_subtitle_and_one_is_a_title() {
        let h = split(&["De mijnstaking van 1932. Hoe de Borinage opstond"], &[]);
        assert_eq!((h.series, h.title.as_str()), (None, "De mijnstaking van 1932"));
        assert_eq!(h.subtitle.as_deref(), Some("Hoe de Borinage opstond"));
        assert_eq!(split(&["Honderd jaar Volkshuis"], &[]).title, "Honderd jaar Volkshuis");
        assert_eq!(split(&["Dossier | Het Volkshuis"], &[]).series.as_deref(), Some("Dossier"));
    }

    #[test]
    fn headlines_on_separate_lines() {
        let declared = series("Uit het archief");
        let h = split(&["Uit het archief", "Het Volkshuis", "Honderd jaar"], &declared);
        assert_eq!(
            (h.series.as_deref(), h.title.as_str(), h.subtitle.as_deref()),
            (Some("Uit het archief"), "Het Volkshuis", Some("Honderd jaar"))
        );
        let h = split(&["Het Volkshuis", "Honderd jaar"], &[]);
        assert_eq!(
            (h.series, h.title.as_str(), h.subtitle.as_deref()),
            (None, "Het Volkshuis", Some("Honderd jaar"))
        );
    }

    #[test]
    fn initials_do_not_split_a_title() {
        assert_eq!(split(&["J. Jaurès en de oorlog"], &[]).title, "J. Jaurès en de oorlog");
    }
}
