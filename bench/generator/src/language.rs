//! The languages the generator writes, and the small closed word classes each one needs
//! (month and season names, number words).

/// A language of the generated prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Language {
    /// Dutch: most of the archive.
    Nl,
    /// French.
    Fr,
    /// English.
    En,
}

impl Language {
    /// Every language, in a fixed order.
    pub(crate) const ALL: [Language; 3] = [Language::Nl, Language::Fr, Language::En];

    /// The ISO 639-1 code used in front matter.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The month's name (1 = January), as written inside a sentence.
    pub(crate) fn month(self, month: u32) -> &'static str {
        const NL: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let i = (month.clamp(1, 12) - 1) as usize;
        match self {
            Language::Nl => NL[i],
            Language::Fr => FR[i],
            Language::En => EN[i],
        }
    }

    /// A number from 2 to 12 written out, for durations and counts ("vijf jaar").
    pub(crate) fn number_word(self, n: u32) -> String {
        const NL: [&str; 11] =
            ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
        const FR: [&str; 11] =
            ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
        const EN: [&str; 11] =
            ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        if !(2..=12).contains(&n) {
            return n.to_string();
        }
        let i = (n - 2) as usize;
        match self {
            Language::Nl => NL[i],
            Language::Fr => FR[i],
            Language::En => EN[i],
        }
        .to_string()
    }
}

/// The four seasons, which EDTF numbers 21 (spring) to 24 (winter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    /// Spring (EDTF 21).
    Spring,
    /// Summer (EDTF 22).
    Summer,
    /// Autumn (EDTF 23).
    Autumn,
    /// Winter (EDTF 24).
    Winter,
}

impl Season {
    /// Every season, in EDTF order.
    pub(crate) const ALL: [Season; 4] = [Season::Spring, Season::Summer, Season::Autumn, Season::Winter];

    /// "in de herfst van 1923", "à l'automne 1923", "in the autumn of 1923".
    pub(crate) fn phrase(self, language: Language, year: i32) -> String {
        match language {
            Language::Nl => {
                let name = match self {
                    Season::Spring => "lente",
                    Season::Summer => "zomer",
                    Season::Autumn => "herfst",
                    Season::Winter => "winter",
                };
                format!("in de {name} van {year}")
            }
            Language::Fr => {
                let lead = match self {
                    Season::Spring => "au printemps",
                    Season::Summer => "à l'été",
                    Season::Autumn => "à l'automne",
                    Season::Winter => "à l'hiver",
                };
                format!("{lead} {year}")
            }
            Language::En => {
                let name = match self {
                    Season::Spring => "spring",
                    Season::Summer => "summer",
                    Season::Autumn => "autumn",
                    Season::Winter => "winter",
                };
                format!("in the {name} of {year}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Language, Season};

    #[test]
    fn months_and_seasons_read_naturally() {
        assert_eq!(Language::Nl.month(12), "december");
        assert_eq!(Language::Fr.month(8), "août");
        assert_eq!(Season::Autumn.phrase(Language::Nl, 1923), "in de herfst van 1923");
        assert_eq!(Language::Nl.number_word(5), "vijf");
        assert_eq!(Language::En.number_word(40), "40");
    }
}
