//! The article's language, from its body text.

use kroniek_model::Language;
use whatlang::{Detector, Lang, Script};

/// Enough text for a confident guess between the Western European languages (a few long
/// paragraphs); the bound keeps detection cheap on long articles and huge pages.
pub(crate) const SAMPLE_BYTES: usize = 2_500;

/// Languages of Latin-script labour-movement archives; restricting the guess to them keeps
/// short Dutch texts from being taken for Afrikaans or Frisian.
const LATIN_LANGUAGES: &[Lang] =
    &[Lang::Nld, Lang::Fra, Lang::Eng, Lang::Deu, Lang::Spa, Lang::Ita, Lang::Por, Lang::Cat, Lang::Pol];

/// The detected language, or `None` when the text does not allow a reliable guess.
pub(crate) fn detect(text: &str) -> Option<Language> {
    let end = (SAMPLE_BYTES..text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
    let sample = text.get(..end).unwrap_or(text);
    let script = whatlang::detect_script(sample)?;
    let info = if script == Script::Latin {
        Detector::with_allowlist(LATIN_LANGUAGES.to_vec()).detect(sample)?
    } else {
        whatlang::detect(sample)?
    };
    // whatlang's reliability needs long texts; a clear lead on a few sentences is enough here.
    // Outside Latin script the script itself already narrows the guess to a few languages.
    if script == Script::Latin && !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    Language::new(iso_639_1(info.lang()).unwrap_or(info.lang().code())).ok()
}

/// The two-letter code kroniek uses where one exists.
fn iso_639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Nld => "nl",
        Lang::Fra => "fr",
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Cat => "ca",
        Lang::Pol => "pl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Ell => "el",
        Lang::Tur => "tr",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<String> {
        detect(text).map(|l| l.code().to_owned())
    }

    #[test]
    fn dutch_french_and_english_bodies() {
        assert_eq!(
            code(
                "De arbeiders legden het werk neer omdat de lonen opnieuw werden verlaagd door de directie van de mijn."
            ),
            Some("nl".into())
        );
        assert_eq!(
            code(
                "Les ouvriers ont cessé le travail parce que la direction de la mine avait encore baissé les salaires."
            ),
            Some("fr".into())
        );
        assert_eq!(
            code("The workers walked out because the management of the mine had cut their wages once again."),
            Some("en".into())
        );
        assert_eq!(
            code("Рабочие прекратили работу, потому что руководство шахты снова снизило зарплату."),
            Some("ru".into())
        );
    }

    #[test]
    fn no_text_no_language() {
        assert_eq!(code(""), None);
        assert_eq!(code("1932 - 1933"), None);
    }
}
