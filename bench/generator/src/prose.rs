//! Fills phrasebook templates from an article's cast (the people, organisations, places
//! and papers it mentions) and a timeline cursor that moves forward through the subject's
//! life, so that dates come in order and ages fit.

use crate::authorities::Authorities;
use crate::date_phrase::{RecordDate, paren_range, random_phrase};
use crate::language::{Language, Season};
use crate::organisations::Organisation;
use crate::people::Person;
use crate::periodicals::Periodical;
use crate::phrasebook::Phrasebook;
use crate::places::Place;
use crate::rng::Rng;
use crate::work_titles::{WorkLanguage, work_title};

/// The records one article talks about.
#[derive(Debug)]
pub(crate) struct Cast<'a> {
    /// The person the article is about.
    pub(crate) subject: &'a Person,
    /// Other people it mentions.
    pub(crate) people: Vec<&'a Person>,
    /// Organisations it mentions.
    pub(crate) organisations: Vec<&'a Organisation>,
    /// Places it mentions (the subject's birth and death places among them).
    pub(crate) places: Vec<&'a Place>,
    /// Periodicals it mentions.
    pub(crate) periodicals: Vec<&'a Periodical>,
    /// Where the subject was born.
    pub(crate) birth_place: &'a Place,
    /// Where the subject died, when known.
    pub(crate) death_place: Option<&'a Place>,
}

impl<'a> Cast<'a> {
    /// The cast for record indices chosen by the plan.
    pub(crate) fn from_indices(
        authorities: &'a Authorities,
        subject: usize,
        people: &[usize],
        organisations: &[usize],
        places: &[usize],
        periodicals: &[usize],
    ) -> Self {
        let subject = &authorities.people[subject];
        Self {
            subject,
            people: people.iter().map(|&i| &authorities.people[i]).collect(),
            organisations: organisations.iter().map(|&i| &authorities.organisations[i]).collect(),
            places: places.iter().map(|&i| &authorities.places[i]).collect(),
            periodicals: periodicals.iter().map(|&i| &authorities.periodicals[i]).collect(),
            birth_place: &authorities.places[subject.born_in],
            death_place: subject.died_in.map(|i| &authorities.places[i]),
        }
    }
}

/// Writes sentences in one language about one cast.
#[derive(Debug)]
pub(crate) struct ProseWriter<'a> {
    /// The article's random stream; the article writer draws from it too.
    pub(crate) rng: Rng,
    language: Language,
    book: &'static Phrasebook,
    cast: Cast<'a>,
    historians: &'a [String],
    italic_periodicals: bool,
    /// The timeline cursor and the last year it may reach in the current part.
    year: i32,
    window_end: i32,
    /// Which organisations of the cast have been named in full already.
    introduced: Vec<bool>,
    last_org: usize,
    last_person: usize,
    last_page: u32,
    /// The activity last picked: verb, rest, separable particle.
    activity: (&'static str, String, &'static str),
}

impl<'a> ProseWriter<'a> {
    /// A writer; `historians` are the names footnotes cite as authors.
    pub(crate) fn new(mut rng: Rng, language: Language, cast: Cast<'a>, historians: &'a [String]) -> Self {
        let italic_periodicals = rng.percent(50);
        let born = cast.subject.born.year;
        let organisations = cast.organisations.len();
        Self {
            rng,
            language,
            book: Phrasebook::of(language),
            cast,
            historians,
            italic_periodicals,
            year: born,
            window_end: born + 80,
            introduced: vec![false; organisations],
            last_org: 0,
            last_person: 0,
            last_page: 1,
            activity: ("", String::new(), ""),
        }
    }

    /// The phrasebook in use.
    pub(crate) fn book(&self) -> &'static Phrasebook {
        self.book
    }

    /// The cast.
    pub(crate) fn cast(&self) -> &Cast<'a> {
        &self.cast
    }

    /// The article's language.
    pub(crate) fn language(&self) -> Language {
        self.language
    }

    /// Moves the timeline to `start..=end`; dates written next fall inside it, in order.
    pub(crate) fn set_window(&mut self, start: i32, end: i32) {
        self.year = start;
        self.window_end = end.max(start);
    }

    /// Forgets which organisations were named in full, so the next mention of each is full
    /// again (footnotes are written before the text but read after it).
    pub(crate) fn forget_introductions(&mut self) {
        self.introduced.iter_mut().for_each(|i| *i = false);
    }

    /// A template filled in, with its first letter capitalised (and, in French, with
    /// elision and contraction where the slots met: "de Anvers" → "d'Anvers").
    pub(crate) fn sentence(&mut self, template: &str) -> String {
        let text = self.fill(template);
        if self.language == Language::Fr { capitalise(&french_elisions(&text)) } else { capitalise(&text) }
    }

    /// A template filled in.
    pub(crate) fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            let end = start + len;
            self.slot(&rest[start + 1..end], &mut out);
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    fn female(&self) -> usize {
        usize::from(self.cast.subject.female)
    }

    /// Moves the timeline cursor a little forward and returns the year.
    fn advance(&mut self) -> i32 {
        let step = self.rng.weighted(&[30, 45, 20, 5]) as i32;
        self.year = (self.year + step).min(self.window_end);
        self.year
    }

    fn place_name(&self, place: &Place) -> String {
        let i = match self.language {
            Language::Nl => 0,
            Language::Fr => 1,
            Language::En => 2,
        };
        place.names[i].clone()
    }

    fn pick_org(&mut self) -> usize {
        if self.cast.organisations.is_empty() {
            return usize::MAX;
        }
        self.last_org = self.rng.below(self.cast.organisations.len());
        self.last_org
    }

    /// The organisation with its article: in full with the acronym the first time, then the
    /// acronym alone ("de Belgische Werkliedenpartij (BWP)", later "de BWP").
    fn org_reference(&mut self, i: usize, preposition: &str) -> String {
        let Some(org) = self.cast.organisations.get(i) else {
            return "de partij".to_string();
        };
        let full = !self.introduced[i];
        self.introduced[i] = true;
        let head = if full { format!("{} ({})", org.name, org.acronym) } else { org.acronym.clone() };
        let first = if full { &org.name } else { &org.acronym };
        with_article(self.language, org, first, &head, preposition)
    }

    fn year_slot(&mut self, key: &str) -> i32 {
        match key {
            "Y2" => {
                let later = self.year + self.rng.range(1, 6);
                self.year = later.min(self.window_end + 3);
                self.year
            }
            _ => self.advance(),
        }
    }

    fn activity(&mut self) {
        let raw = *self.rng.pick(self.book.activities);
        let mut parts = raw.splitn(3, '|');
        let verb = parts.next().unwrap_or("");
        let rest = parts.next().unwrap_or("");
        let particle = parts.next().unwrap_or("");
        let rest = self.fill(rest);
        self.activity = (verb, rest, particle);
    }

    fn slot(&mut self, key: &str, out: &mut String) {
        let female = self.female();
        let language = self.language;
        match key {
            "P" => out.push_str(&self.cast.subject.name()),
            "S" => out.push_str(self.cast.subject.surname),
            "H" => out.push_str(self.book.pronoun[female]),
            "ZIJN" => out.push_str(self.book.possessive[female]),
            "HIM" => out.push_str(self.book.object[female]),
            "E" => out.push_str(self.book.feminine_e[female]),
            "Q" | "QS" => {
                if self.cast.people.is_empty() {
                    out.push_str(self.cast.subject.surname);
                    return;
                }
                self.last_person = self.rng.below(self.cast.people.len());
                let person = self.cast.people[self.last_person];
                if key == "Q" {
                    out.push_str(&person.name());
                } else {
                    out.push_str(&capitalise(person.surname));
                }
            }
            "QLIFE" => {
                let person = self.cast.people.get(self.last_person).copied().unwrap_or(self.cast.subject);
                out.push_str(&life_years(person));
            }
            "LIFE" => out.push_str(&life_years(self.cast.subject)),
            "O" | "dO" | "aO" => {
                let i = self.pick_org();
                let preposition = match key {
                    "dO" => "de",
                    "aO" => "à",
                    _ => "",
                };
                let text = self.org_reference(i, preposition);
                out.push_str(&text);
            }
            "OA" | "OS" => {
                let i = self.pick_org();
                if let Some(org) = self.cast.organisations.get(i) {
                    if key == "OA" {
                        out.push_str(&org.acronym);
                    } else {
                        out.push_str(&with_article(language, org, &org.acronym, &org.acronym, ""));
                    }
                }
            }
            "OF" => {
                let i = self.pick_org();
                if let Some(org) = self.cast.organisations.get(i) {
                    let head = format!("{} ({})", org.name, org.acronym);
                    out.push_str(&with_article(language, org, &org.name, &head, ""));
                    self.introduced[i] = true;
                }
            }
            "OY" => {
                if let Some(org) = self.cast.organisations.get(self.last_org) {
                    out.push_str(&org.founded.year.to_string());
                }
            }
            "OE" => {
                let feminine = self.cast.organisations.get(self.last_org).is_some_and(|org| org.feminine_fr);
                if feminine {
                    out.push('e');
                }
            }
            "X" => {
                let place = *self.rng.pick(&self.cast.places);
                out.push_str(&self.place_name(place));
            }
            "XB" => out.push_str(&self.place_name(self.cast.birth_place)),
            "XD" => {
                let place = self.cast.death_place.unwrap_or(self.cast.birth_place);
                out.push_str(&self.place_name(place));
            }
            "J" => {
                if self.cast.periodicals.is_empty() {
                    out.push_str("de partijkrant");
                    return;
                }
                let paper = *self.rng.pick(&self.cast.periodicals);
                if self.italic_periodicals {
                    out.push('*');
                    out.push_str(&paper.name);
                    out.push('*');
                } else {
                    out.push_str(&paper.name);
                }
            }
            "D" => {
                let year = self.advance();
                out.push_str(&random_phrase(&mut self.rng, language, year));
            }
            "DS" => {
                let year = self.advance();
                out.push_str(&self.rng.pick(&Season::ALL).phrase(language, year));
            }
            "DM" => {
                let year = self.advance();
                let mut date = RecordDate::random_day(&mut self.rng, year);
                date.day = None;
                out.push_str(&date.phrase(language));
            }
            "DB" => {
                let year = self.rng.range(self.year, self.window_end);
                let date = RecordDate::random_day(&mut self.rng, year);
                out.push_str(&bare_day(language, &date));
            }
            "Y" | "Y2" => {
                let year = self.year_slot(key);
                out.push_str(&year.to_string());
            }
            "RP" => {
                let start = self.advance();
                let end = (start + self.rng.range(1, 5)).min(self.window_end.max(start + 1));
                out.push_str(&paren_range(&mut self.rng, start, end));
                self.year = end.min(self.window_end);
            }
            "PY" => out.push_str(&self.rng.range(1952, 2021).to_string()),
            "BORN" => out.push_str(&self.cast.subject.born.phrase(language)),
            "DIED" => match self.cast.subject.died {
                Some(died) => out.push_str(&died.phrase(language)),
                None => out.push_str(&random_phrase(&mut self.rng, language, self.window_end)),
            },
            "AGE" => {
                let age = (self.year - self.cast.subject.born.year).max(11);
                out.push_str(&age.to_string());
            }
            "DAGE" => {
                let born = self.cast.subject.born.year;
                let age = self.cast.subject.end_year() - born;
                out.push_str(&age.to_string());
            }
            "SMALLAGE" => out.push_str(&self.rng.range(3, 12).to_string()),
            "YAGE" => out.push_str(&self.rng.range(11, 15).to_string()),
            "T" => out.push_str(self.rng.pick_str(self.book.topics)),
            "OPP" => out.push_str(self.rng.pick_str(self.book.opposed)),
            "dOPP" => {
                let thing = *self.rng.pick(self.book.opposed);
                out.push_str(&french_contraction("de", thing));
            }
            "ACT" | "ACTS" => {
                self.activity();
                let (verb, rest, particle) = &self.activity;
                if key == "ACTS" && language == Language::Nl {
                    // Dutch subordinate clauses put the verb last, particle attached.
                    out.push_str(rest);
                    out.push(' ');
                    out.push_str(particle);
                    out.push_str(verb);
                } else {
                    out.push_str(verb);
                    out.push(' ');
                    out.push_str(rest);
                    if !particle.is_empty() {
                        out.push(' ');
                        out.push_str(particle);
                    }
                }
            }
            "ACTV" => {
                self.activity();
                out.push_str(self.activity.0);
            }
            "ACTR" => {
                out.push_str(&self.activity.1);
                if !self.activity.2.is_empty() {
                    out.push(' ');
                    out.push_str(self.activity.2);
                }
            }
            "ROLE" | "ROLEN" => {
                let trades = if female == 1 { self.book.trades_f } else { self.book.trades_m };
                let trade = trades[self.cast.subject.occupation % trades.len()];
                if key == "ROLEN" {
                    out.push_str(strip_indefinite_article(trade));
                } else {
                    out.push_str(trade);
                }
            }
            "FROLE" => out.push_str(self.rng.pick_str(self.book.trades_m)),
            "MROLE" => out.push_str(self.rng.pick_str(self.book.trades_f)),
            "WP" => out.push_str(self.rng.pick_str(self.book.workplaces)),
            "IND" => out.push_str(self.rng.pick_str(self.book.industries)),
            "WORKERS" => out.push_str(self.rng.pick_str(self.book.workers)),
            "ADJP" => out.push_str(self.rng.pick_str(self.book.person_adjectives)),
            "MONEY" => out.push_str(self.rng.pick_str(self.book.money)),
            "NUM" | "NUMS" | "NUML" => {
                let weights = match key {
                    "NUMS" => [70, 30, 0],
                    "NUML" => [0, 40, 60],
                    _ => [40, 35, 25],
                };
                let n = match self.rng.weighted(&weights) {
                    0 => self.rng.range(12, 99),
                    1 => self.rng.range(100, 999),
                    _ => self.rng.range(20, 500) * 50,
                };
                out.push_str(&group_thousands(language, n));
            }
            "NW" => {
                let n = self.rng.range(2, 12) as u32;
                out.push_str(&language.number_word(n));
            }
            "PAGE" => {
                self.last_page = self.rng.range(3, 480) as u32;
                out.push_str(&self.last_page.to_string());
            }
            "PAGE2" => {
                let page = self.last_page + self.rng.range(1, 12) as u32;
                out.push_str(&page.to_string());
            }
            "AUTH" => {
                if let Some(name) = self.historians.get(self.rng.below(self.historians.len().max(1))) {
                    out.push_str(name);
                }
            }
            "WT" => {
                let work_language = match language {
                    Language::Nl => WorkLanguage::Nl,
                    Language::Fr => WorkLanguage::Fr,
                    Language::En => WorkLanguage::En,
                };
                let place = *self.rng.pick(&self.cast.places);
                let name = place.names[work_language.place_name_index()].clone();
                let year = self.rng.range(self.cast.subject.born.year + 15, self.window_end);
                out.push_str(&work_title(&mut self.rng, work_language, &name, year));
            }
            other => {
                // Unknown slots are caught by the phrasebook tests; keep the text visible.
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
    }
}

/// "1890-1947", or "1890-?" when the death is unknown.
fn life_years(person: &Person) -> String {
    match person.died {
        Some(died) => format!("{}-{}", person.born.year, died.year),
        None => format!("{}-?", person.born.year),
    }
}

/// "12 maart 1913", "1er mai 1906", "17 November 1947": a day date without preposition.
fn bare_day(language: Language, date: &RecordDate) -> String {
    let month = language.month(date.month.unwrap_or(1));
    match (language, date.day.unwrap_or(1)) {
        (Language::Fr, 1) => format!("1er {month} {}", date.year),
        (_, day) => format!("{day} {month} {}", date.year),
    }
}

/// The organisation's name with the article its language and gender call for, contracted
/// with a French preposition ("du POB", "à la CGT", "de l'ILP").
fn with_article(
    language: Language,
    org: &Organisation,
    first_word: &str,
    head: &str,
    preposition: &str,
) -> String {
    match language {
        Language::Nl => {
            let article = if org.neuter_nl { "het" } else { "de" };
            format!("{article} {head}")
        }
        Language::En => format!("the {head}"),
        Language::Fr => {
            let article = if starts_with_vowel(first_word) {
                "l'"
            } else if org.feminine_fr {
                "la "
            } else {
                "le "
            };
            let phrase = format!("{article}{head}");
            if preposition.is_empty() { phrase } else { french_contraction(preposition, &phrase) }
        }
    }
}

/// French "de" or "à" before a phrase opening on its article: du, au, de la, à l', des.
fn french_contraction(preposition: &str, phrase: &str) -> String {
    let de = preposition == "de";
    if let Some(rest) = phrase.strip_prefix("le ") {
        format!("{} {rest}", if de { "du" } else { "au" })
    } else if let Some(rest) = phrase.strip_prefix("les ") {
        format!("{} {rest}", if de { "des" } else { "aux" })
    } else if starts_with_vowel(phrase) && !phrase.starts_with("l'") && de {
        format!("d'{phrase}")
    } else {
        format!("{preposition} {phrase}")
    }
}

/// French elision and contraction across slot boundaries: "de Anvers" → "d'Anvers",
/// "face à le chômage" → "face au chômage", "de le" → "du".
fn french_elisions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        let is_de = word == "de" || word == "De";
        let contracted = match (word, next) {
            ("à" | "À", "le") => Some("au"),
            ("à" | "À", "les") => Some("aux"),
            (_, "le") if is_de => Some("du"),
            (_, "les") if is_de => Some("des"),
            _ => None,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        if let Some(contracted) = contracted {
            // Keep the capital of a sentence-initial "De".
            if word.starts_with(char::is_uppercase) {
                out.push_str(&capitalise(contracted));
            } else {
                out.push_str(contracted);
            }
            words.next();
        } else if (is_de || word == "que") && starts_with_vowel(next) && !next.starts_with(['h', 'H']) {
            out.push_str(&word[..word.len() - 1]);
            out.push('\'');
            out.push_str(next);
            words.next();
        } else {
            out.push_str(word);
        }
    }
    out
}

fn starts_with_vowel(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        matches!(
            c.to_lowercase().next().unwrap_or(c),
            'a' | 'e' | 'i' | 'o' | 'u' | 'é' | 'è' | 'ê' | 'â' | 'î' | 'ô' | 'û' | 'h' | 'y' | 'œ'
        )
    })
}

fn strip_indefinite_article(trade: &str) -> &str {
    trade.strip_prefix("a ").or_else(|| trade.strip_prefix("an ")).unwrap_or(trade)
}

/// 1500 as "1.500" (Dutch), "1 500" (French, no-break space) or "1,500" (English).
fn group_thousands(language: Language, n: i32) -> String {
    if n < 1000 {
        return n.to_string();
    }
    let separator = match language {
        Language::Nl => ".",
        Language::Fr => "\u{a0}",
        Language::En => ",",
    };
    format!("{}{separator}{:03}", n / 1000, n % 1000)
}

/// The text with its first letter upper-cased (skipping emphasis marks and the like).
pub(crate) fn capitalise(text: &str) -> String {
    let Some((i, c)) = text.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
        return text.to_string();
    };
    if c.is_uppercase() || !c.is_alphabetic() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&text[..i]);
    out.extend(c.to_uppercase());
    out.push_str(&text[i + c.len_utf8()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::{capitalise, french_contraction, french_elisions, group_thousands};
    use crate::language::Language;

    #[test]
    fn capitalise_skips_markup() {
        assert_eq!(capitalise("in 1909 vertrok hij"), "In 1909 vertrok hij");
        assert_eq!(capitalise("*de werker* schreef"), "*De werker* schreef");
        assert_eq!(capitalise("à l'automne 1923"), "À l'automne 1923");
    }

    #[test]
    fn french_contractions() {
        assert_eq!(french_contraction("de", "le POB"), "du POB");
        assert_eq!(french_contraction("à", "le POB"), "au POB");
        assert_eq!(french_contraction("de", "la CGT"), "de la CGT");
        assert_eq!(french_contraction("de", "l'ILP"), "de l'ILP");
        assert_eq!(french_contraction("de", "la guerre"), "de la guerre");
        assert_eq!(french_contraction("de", "le militarisme"), "du militarisme");
    }

    #[test]
    fn french_elisions_across_slots() {
        assert_eq!(
            french_elisions("dans les mines de Anvers face à le chômage"),
            "dans les mines d'Anvers face au chômage"
        );
        assert_eq!(french_elisions("Portrait de Achille Hennaut"), "Portrait d'Achille Hennaut");
        assert_eq!(french_elisions("la direction de le parti"), "la direction du parti");
        assert_eq!(french_elisions("de Hennaut à Paris"), "de Hennaut à Paris");
    }

    #[test]
    fn thousands() {
        assert_eq!(group_thousands(Language::Nl, 1500), "1.500");
        assert_eq!(group_thousands(Language::En, 25_000), "25,000");
        assert_eq!(group_thousands(Language::Fr, 999), "999");
    }
}
