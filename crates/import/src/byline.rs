//! Bylines: "door Guy Van Sinoy", "par Marc Dubois", "By Sarah Jones", "tekst: Jef Claes".

/// Words that open a byline, lowercase, longest first so "geschreven door" wins over "door".
const OPENERS: &[&str] = &[
    "geschreven door",
    "tekst en foto's:",
    "tekst en foto’s:",
    "written by",
    "écrit par",
    "texte de",
    "article de",
    "tekst:",
    "texte:",
    "texte :",
    "text:",
    "auteur:",
    "auteur :",
    "author:",
    "door:",
    "door",
    "par",
    "by",
    "van de hand van",
];

/// Lowercase words that may sit inside a name (particles), so "Guy Van Sinoy", "Jan de Vries",
/// "Charles de Gaulle", "Ludwig von Mises" and "Jean d'Arc" all read as names.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "ten", "ter", "te", "op", "in", "'t", "von", "zu", "du", "des", "la",
    "le", "di", "da", "del", "dos", "y", "e", "bin", "ibn", "al",
];

/// Words joining several authors.
const JOINERS: &[&str] = &["en", "et", "and", "&", "und", "y", "e"];

/// The authors a byline line names, or `None` when the line is not a byline.
pub(crate) fn parse(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim().trim_end_matches('.').trim();
    if trimmed.chars().count() > 120 {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let opener = OPENERS.iter().find(|o| {
        lower.starts_with(*o)
            && lower.get(o.len()..).is_some_and(|rest| o.ends_with(':') || rest.starts_with([' ', '\u{a0}']))
    })?;
    // Openers may hold `é`: cut the original by characters to stay on char boundaries.
    let rest: String = trimmed.chars().skip(opener.chars().count()).collect();
    let rest = rest.trim().trim_start_matches(':').trim();
    // "door Jan Peeters · 1 mei 2022": the byline ends where a date or separator starts.
    let rest = rest.split(['·', '|', '—', '–', '(']).next().unwrap_or_default().trim();
    let rest = rest.trim_end_matches([',', ';']).trim();
    let names = split_names(rest)?;
    (!names.is_empty()).then_some(names)
}

fn split_names(text: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for raw in text.split_whitespace() {
        let (word, comma) = match raw.strip_suffix(',') {
            Some(w) => (w, true),
            None => (raw, false),
        };
        if JOINERS.contains(&word) && !current.is_empty() {
            names.push(name_of(&current)?);
            current.clear();
            continue;
        }
        if word.is_empty() {
            continue;
        }
        current.push(word);
        if comma {
            names.push(name_of(&current)?);
            current.clear();
        }
    }
    if !current.is_empty() {
        names.push(name_of(&current)?);
    }
    Some(names)
}

/// A name: one to six words, each capitalised or a particle, with at least one capitalised.
fn name_of(words: &[&str]) -> Option<String> {
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let particle = |w: &str| PARTICLES.contains(&w) || w.starts_with("d'") || w.starts_with("d’");
    let ok = words.iter().all(|w| capitalised(w) || particle(w)) && words.iter().any(|w| capitalised(w));
    // A name has letters; "door 1933" or "by 1917" is a sentence, not a byline.
    let lettered = words.iter().all(|w| w.chars().any(char::is_alphabetic));
    (ok && lettered && capitalised(words.last().copied().unwrap_or_default())).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(line: &str) -> Option<Vec<String>> {
        parse(line)
    }

    #[test]
    fn bylines_in_three_languages() {
        assert_eq!(authors("door Jan Van Acker"), Some(vec!["Jan Van Acker".into()]));
        assert_eq!(authors("Door Jan de Vries."), Some(vec!["Jan de Vries".into()]));
        assert_eq!(authors("par Marie-Claire Dubois"), Some(vec!["Marie-Claire Dubois".into()]));
        assert_eq!(
            authors("By Sarah Jones and Tom Ward"),
            Some(vec!["Sarah Jones".into(), "Tom Ward".into()])
        );
        assert_eq!(authors("tekst: Jef Claes"), Some(vec!["Jef Claes".into()]));
        assert_eq!(
            authors("Texte : Luc Martin, Anne Roux"),
            Some(vec!["Luc Martin".into(), "Anne Roux".into()])
        );
        assert_eq!(authors("door An Peeters · 1 mei 2022"), Some(vec!["An Peeters".into()]));
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert_eq!(authors("door de politie opgepakt"), None);
        assert_eq!(authors("par exemple"), None);
        assert_eq!(authors("By 1917 the war had changed everything."), None);
        assert_eq!(authors("Door de staking van 1932 werden velen ontslagen"), None);
        assert_eq!(authors("Bypass"), None);
    }
}
