//! What a candidate name is: a person, an organisation, a place, a periodical, or nothing. The
//! evidence, strongest first: the gazetteer, the head words of organisations, given names,
//! the cue words before the name (per language, in [`super::lexicon`]), the shape of the name.

use std::ops::Range;

use kroniek_model::{EntityKind, Language};
use serde::Serialize;

use super::demonyms::{Demonym, demonym_lower};
use super::gazetteer::{Place, gazetteer};
use super::lexicon;
use super::tokens::Token;

/// How sure the classifier is; settles what the article-wide pass may overrule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A lone capitalised word with no evidence (one that opens a sentence, or an unknown word
    /// with nothing that makes it a person): kept only if the article names it elsewhere.
    Weak,
    /// A guess from a cue, a given name or the word's shape.
    Guess,
    /// From the gazetteer, an organisation's head word, a given name or an authority record.
    Certain,
}

/// A classified span of one passage.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Byte range in the passage's text.
    pub(crate) span: Range<usize>,
    /// What it is.
    pub(crate) kind: EntityKind,
    /// The name it stands for (a place's canonical name; otherwise the words).
    pub(crate) name: String,
    /// The gazetteer place, for places.
    pub(crate) place: Option<String>,
    /// Authority records carrying the name (several when records share it).
    pub(crate) records: Vec<u32>,
    /// How sure.
    pub(crate) strength: Strength,
    /// How many words.
    pub(crate) words: usize,
    /// How a place is named when not by its name: an adjective ("Belgische") or the word for
    /// its people ("Belgen").
    pub(crate) form: Option<Form>,
}

/// The word a place is named by when it is not the place's name: "de Belgische regering" and
/// "de Belgen" mention België without naming it. Annotations say so, for readers that count
/// only names (CoNLL's guidelines tag these words as miscellaneous, not as locations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// An adjective of the place: "Belgische", "Antwerpse", "française".
    Adjective,
    /// A word for the place's people: "Belgen", "Gentenaar", "Parisiens".
    Demonym,
}

/// What the classifier reads: the passage and its words.
pub(crate) struct Sentence<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) language: &'a Language,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// Up to three lowercase words right before word `at`, joined to it by spaces only.
    pub(crate) fn before(&self, at: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = at;
        while i > 0 && out.len() < 3 && self.tokens[i].joined {
            i -= 1;
            out.push(self.word(i).to_lowercase());
        }
        out.reverse();
        out
    }

    pub(crate) fn found(&self, words: Range<usize>, kind: EntityKind, strength: Strength) -> Found {
        let span = self.tokens[words.start].span.start..self.tokens[words.end - 1].span.end;
        Found {
            name: self.text[span.clone()].to_owned(),
            span,
            kind,
            place: None,
            records: Vec::new(),
            strength,
            words: words.len(),
            form: None,
        }
    }

    fn place(&self, words: Range<usize>, place: &Place) -> Found {
        let mut found = self.found(words, EntityKind::Place, Strength::Certain);
        found.name = place.name(self.language).to_owned();
        found.place = Some(place.id.clone());
        found
    }

    /// A place mentioned by an adjective or a word for its people, not by its name.
    fn place_as(&self, words: Range<usize>, place: &Place, form: Form) -> Found {
        Found { form: Some(form), ..self.place(words, place) }
    }
}

/// "Antwerpen-Gent-Amsterdam", "Paris-La Haye", "Frans-Duitse": a hyphenated chain whose every
/// part is a place (or a place's adjective, or its first half "Frans-", "Russisch-") is those
/// places, each with its own span. `None` when any part is not.
fn hyphen_chain(s: &Sentence<'_>, words: Range<usize>) -> Option<Vec<Found>> {
    let start = s.tokens[words.start].span.start;
    let phrase = &s.text[start..s.tokens[words.end - 1].span.end];
    if !phrase.contains('-') {
        return None;
    }
    let g = gazetteer();
    let mut out = Vec::new();
    let mut offset = start;
    for part in phrase.split('-') {
        let named = g.place(part).filter(|p| part.contains(' ') || is_usual_name(p, part));
        let mut found = match named {
            Some(place) => s.place(words.clone(), place),
            None => {
                let place = g.adjective(s.language, part).or_else(|| {
                    (s.language.code() == "nl")
                        .then(|| g.adjective(s.language, &format!("{part}e")))
                        .flatten()
                })?;
                s.place_as(words.clone(), place, Form::Adjective)
            }
        };
        found.span = offset..offset + part.len();
        found.words = 1;
        out.push(found);
        offset += part.len() + 1;
    }
    (out.len() >= 2).then_some(out)
}

/// Whether the lower-case words right before word `at` (joined to it by spaces) end in a
/// street word, perhaps followed by particles ("rue de la", "l'avenue"). Reads the words in
/// place: this runs for every run of capitals.
fn street_before(s: &Sentence<'_>, at: usize) -> bool {
    let mut k = at;
    for _ in 0..3 {
        if k == 0 || !s.tokens[k].joined || s.tokens[k - 1].capitalised {
            return false;
        }
        k -= 1;
        let word = lexicon::elided(s.word(k));
        if lexicon::is_street(word) {
            return true;
        }
        if !(lexicon::is_particle(word) || lexicon::is_article(word)) {
            return false;
        }
    }
    false
}

/// Whether a lone unknown capitalised word shows that it is a person: a surname's shape no
/// common noun has ("Trotski", "Zinovjev"), or a verb after it that only people do
/// ("Kropotkin schreef", "Kropotkin lived"). Given names, cues before the word and the
/// article's full names are weighed elsewhere.
fn person_evidence(s: &Sentence<'_>, at: usize, lower: &str) -> bool {
    lexicon::has_surname_ending(lower)
        || s.tokens.get(at + 1).is_some_and(|next| {
            next.joined && !next.capitalised && lexicon::is_person_verb(&next.text(s.text).to_lowercase())
        })
}

/// Classifies a run of capitalised words (with particles inside); may return less than the
/// run (a leading "In" or a sentence's "De" dropped), or nothing.
pub(crate) fn classify_run(s: &Sentence<'_>, run: Range<usize>) -> Vec<Found> {
    let (mut start, mut end) = (run.start, run.end);
    // A passage that is nothing but capitalised words is a heading or a byline ("De Standaard"
    // under an article): an article that opens it opens the title, as it does mid-sentence.
    let whole_passage = run.start == 0 && run.end == s.tokens.len() && run.len() >= 2;
    while start < end {
        let lower = s.word(start).to_lowercase();
        let token = &s.tokens[start];
        let article_in_name = lexicon::is_article(&lower)
            && token.capitalised
            && (!token.sentence_start || whole_passage)
            && start + 1 < end;
        // "Van Diepenbeek", "Van der Voort": a capitalised particle mid-sentence opens a
        // Flemish surname.
        let article_in_name = article_in_name
            || (matches!(lower.as_str(), "van" | "vande" | "vanden" | "vander" | "ter" | "ten")
                && token.capitalised
                && !token.sentence_start
                && start + 1 < end);
        let stop = (lexicon::is_stopword(&lower) && !article_in_name) || lexicon::is_calendar_word(&lower);
        if stop || !token.capitalised {
            start += 1;
        } else {
            break;
        }
    }
    while end > start && !s.tokens[end - 1].capitalised {
        end -= 1;
    }
    if start >= end {
        return Vec::new();
    }
    // "Mme Duval", "Dr Kuyper": a title before a name says it is a person, and is not the name.
    if end - start >= 2 && lexicon::is_title(&s.word(start).to_lowercase()) {
        return vec![s.found(start + 1..end, EntityKind::Person, Strength::Guess)];
    }
    // Runs longer than any name are headings in title case or a page in capitals.
    if end - start > 8 {
        return Vec::new();
    }
    // "rue de la Vecquée", "l'avenue Franklin Roosevelt": a street, not its namesake.
    if street_before(s, start) {
        return Vec::new();
    }
    let phrase = &s.text[s.tokens[start].span.start..s.tokens[end - 1].span.end];
    let whole_place = gazetteer().place(phrase);
    if whole_place.is_none()
        && let Some(places) = hyphen_chain(s, start..end)
    {
        return places;
    }
    if end - start == 1 {
        return classify_word(s, start).into_iter().collect();
    }
    if let Some(place) = whole_place {
        return vec![s.place(start..end, place)];
    }
    let lower: Vec<String> = (start..end).map(|i| s.word(i).to_lowercase()).collect();
    if lexicon::is_saint(&lower[0]) {
        return Vec::new();
    }
    // "Eerste Wereldoorlog", "Koude Oorlog", "Russische Revolutie": events, not entities.
    if lower.last().is_some_and(|w| lexicon::is_event_word(w)) {
        return match gazetteer().adjective(s.language, s.word(start)) {
            Some(place) => vec![s.place_as(start..start + 1, place, Form::Adjective)],
            None => Vec::new(),
        };
    }
    let before = s.before(start);
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    let cue = lexicon::cue(&before);
    let organisation_word =
        |i: usize| lexicon::is_organisation_word(&lower[i - start]) || is_acronym(s.word(i));
    // "Peeters van Buitenlandse Zaken", "Schouppe van de NMBS": a name, a particle, then an
    // organisation whose head comes after the particle are two names (the head before it,
    // "Universiteit van Amsterdam", makes one).
    if let Some(k) =
        (1..lower.len()).find(|&k| lexicon::is_particle(&lower[k]) && !s.tokens[start + k].capitalised)
        && !lower[..k].iter().any(|w| lexicon::is_organisation_word(w))
        && (start + k..end).any(organisation_word)
    {
        let after = (start + k..end).find(|&i| s.tokens[i].capitalised).unwrap_or(end);
        let mut out = classify_run(s, start..start + k);
        out.extend(classify_run(s, after..end));
        return out;
    }
    if lower.iter().any(|w| lexicon::is_organisation_word(w)) {
        return vec![s.found(start..end, EntityKind::Organisation, Strength::Certain)];
    }
    // "Roda JC", "KV Mechelen", "BNP Paribas": an acronym among the words of a name makes it a
    // club's or a company's; people's names carry none.
    if (start..end).any(|i| is_acronym(s.word(i))) && !gazetteer().is_given_name(s.word(start)) {
        return vec![s.found(start..end, EntityKind::Organisation, Strength::Certain)];
    }
    // "Social Democrats", "Spaanse Bolsjewieken": a group of people, not one.
    if demonym_lower(s.language, &lower[lower.len() - 1]) == Some(Demonym::Group) {
        return Vec::new();
    }
    // "Canadese Gander", "Oost-Duitse Eisenach": the place's adjective, then a name.
    if let Some(place) = gazetteer().adjective(s.language, s.word(start)) {
        let mut out = vec![s.place_as(start..start + 1, place, Form::Adjective)];
        out.extend(classify_run(s, start + 1..end));
        return out;
    }
    // "de Amerikaan Varian Fry": the people of a place, then (perhaps) a name.
    if let Some(d) = demonym_lower(s.language, &lower[0]) {
        let mut out = match d {
            Demonym::Of(place) => vec![s.place_as(start..start + 1, place, Form::Demonym)],
            Demonym::Group => Vec::new(),
        };
        out.extend(classify_run(s, start + 1..end));
        return out;
    }
    let first = s.word(start);
    // "minister van Leefmilieu Vera Dua": a portfolio or an office, then a person's given name
    // and surname, are two names.
    if !gazetteer().is_given_name(first)
        && let Some(k) = (start + 1..end - 1).find(|&i| {
            s.tokens[i].capitalised && s.tokens[i + 1].capitalised && gazetteer().is_given_name(s.word(i))
        })
    {
        let mut out = classify_run(s, start..k);
        out.push(s.found(k..end, EntityKind::Person, Strength::Certain));
        return out;
    }
    if gazetteer().is_given_name(first) || s.tokens[start].initial {
        return vec![s.found(start..end, EntityKind::Person, Strength::Certain)];
    }
    if let Some(kind @ (EntityKind::Person | EntityKind::Periodical | EntityKind::Organisation)) = cue {
        return vec![s.found(start..end, kind, Strength::Guess)];
    }
    if lexicon::is_article(&lower[0]) {
        return vec![s.found(start..end, EntityKind::Periodical, Strength::Guess)];
    }
    // "in Tamil Nadu", "naar Camp David": a name after a cue for a place is one.
    if cue == Some(EntityKind::Place) && !gazetteer().is_given_name(first) {
        return vec![s.found(start..end, EntityKind::Place, Strength::Guess)];
    }
    if end - start <= 4 && !s.tokens[start].sentence_start {
        return vec![s.found(start..end, EntityKind::Person, Strength::Guess)];
    }
    if end - start <= 4 {
        // At a sentence's start the first word may be an ordinary word: keep the rest.
        let mut rest = classify_run(s, start + 1..end);
        if rest.is_empty() {
            rest = vec![s.found(start..end, EntityKind::Person, Strength::Weak)];
        }
        return rest;
    }
    Vec::new()
}

/// Whether a word is an acronym: two to six capitals, not a Roman numeral.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().count();
    (2..=6).contains(&letters)
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && !is_roman_numeral(word)
}

/// Whether a word is a well-formed Roman numeral ("XIV", "MCMXL"): "VLD" or "DM" are made of
/// the same letters but are acronyms.
fn is_roman_numeral(word: &str) -> bool {
    // Each decimal digit's forms, thousands first: "", one, two, three, ... as Roman letters.
    const PLACES: [[&str; 10]; 4] = [
        ["", "M", "MM", "MMM", "", "", "", "", "", ""],
        ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"],
        ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
    ];
    if word.is_empty() {
        return false;
    }
    let mut rest = word;
    for forms in PLACES {
        // The longest form that opens the rest: "CCC" before "CC" before "C".
        let longest = forms.iter().filter(|f| !f.is_empty() && rest.starts_with(*f)).max_by_key(|f| f.len());
        if let Some(form) = longest {
            rest = &rest[form.len()..];
        }
    }
    rest.is_empty()
}

/// French capitalises only the first word of an organisation's name: "la Fédération
/// jurassienne", "le Parti ouvrier belge", "la Confédération générale du travail".
fn french_organisation(s: &Sentence<'_>, at: usize, lower: &str) -> Option<Found> {
    if s.language.code() != "fr" || !lexicon::is_organisation_word(lower) || s.tokens[at].sentence_start {
        return None;
    }
    let mut end = at + 1;
    let mut last_word = at + 1;
    while end < s.tokens.len() && end - at <= 5 && s.tokens[end].joined && !s.tokens[end].capitalised {
        let w = s.word(end).to_lowercase();
        if matches!(w.as_str(), "du" | "de" | "des" | "d'" | "d’") {
            end += 1;
            continue;
        }
        // Adjectives and nouns of kind ("ouvrier", "belge", "jurassienne", "générale"), not
        // the verb that follows the name.
        let adjective =
            ["e", "es", "al", "aux", "ien", "ais", "ois", "if", "el", "ier", "iers", "iste", "istes"]
                .iter()
                .any(|ending| w.ends_with(ending));
        if lexicon::is_stopword(&w) || !adjective {
            break;
        }
        end += 1;
        last_word = end;
    }
    // "président du Conseil": a head word with no name words after it is no name.
    (last_word > at + 1).then(|| s.found(at..last_word, EntityKind::Organisation, Strength::Certain))
}

/// Classifies one capitalised word.
pub(crate) fn classify_word(s: &Sentence<'_>, at: usize) -> Option<Found> {
    let token = &s.tokens[at];
    let word = s.word(at);
    let lower = word.to_lowercase();
    let g = gazetteer();
    // "Engels" is a language (and a man) before it is a Russian town.
    if lexicon::is_language_name(&lower) {
        return None;
    }
    // "L’armée", "l’homme": an elided article and a common noun.
    let bare = lexicon::elided(word);
    if bare.len() < word.len() && bare.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    if is_roman_numeral(word) {
        return None;
    }
    // The cue costs a few small strings: read it only when it can change the answer.
    let cue = || {
        let before = s.before(at);
        let before: Vec<&str> = before.iter().map(String::as_str).collect();
        lexicon::cue(&before)
    };
    if let Some(place) = g.place(word).filter(|p| {
        !lexicon::is_stopword(&lower)
            && !lexicon::is_particle(&lower)
            && (is_usual_name(p, word) || cue() == Some(EntityKind::Place))
            // "hun zoon Vladimir": a given name after a cue for a person is that person.
            && !(g.is_given_name(word) && cue() == Some(EntityKind::Person))
    }) {
        return Some(s.place(at..at + 1, place));
    }
    if is_acronym(word) {
        return Some(s.found(at..at + 1, EntityKind::Organisation, Strength::Certain));
    }
    // "BWP-congres": the acronym is the name, the rest a common noun.
    if let Some((head, tail)) = word.split_once('-')
        && is_acronym(head)
        && tail.chars().next().is_some_and(char::is_lowercase)
    {
        let mut found = s.found(at..at + 1, EntityKind::Organisation, Strength::Certain);
        found.span.end = found.span.start + head.len();
        found.name = head.to_owned();
        return Some(found);
    }
    if lexicon::is_stopword(&lower) || lexicon::is_calendar_word(&lower) || lexicon::is_particle(&lower) {
        return None;
    }
    if let Some(place) = g.adjective(s.language, word) {
        return Some(s.place_as(at..at + 1, place, Form::Adjective));
    }
    match demonym_lower(s.language, &lower) {
        Some(Demonym::Of(place)) => return Some(s.place_as(at..at + 1, place, Form::Demonym)),
        Some(Demonym::Group) => return None,
        None => {}
    }
    if lexicon::is_organisation_name(&lower) {
        return Some(s.found(at..at + 1, EntityKind::Organisation, Strength::Certain));
    }
    if g.is_given_name(word) {
        return Some(s.found(at..at + 1, EntityKind::Person, Strength::Guess));
    }
    let evidence = word.chars().count() >= 2 && person_evidence(s, at, &lower);
    if token.sentence_start || word.chars().count() < 2 {
        let strength = if evidence { Strength::Guess } else { Strength::Weak };
        return Some(s.found(at..at + 1, EntityKind::Person, strength));
    }
    let noun = lexicon::has_noun_ending(&lower);
    if let Some(found) = french_organisation(s, at, &lower) {
        return Some(found);
    }
    // A head word alone ("de Bond", "the International", "du Conseil") is the text's
    // shorthand: it counts only where the article names one such organisation in full.
    if lexicon::is_organisation_word(&lower) {
        return Some(s.found(at..at + 1, EntityKind::Organisation, Strength::Weak));
    }
    match cue() {
        Some(EntityKind::Place) if noun => None,
        Some(kind) => Some(s.found(at..at + 1, kind, Strength::Guess)),
        None if noun => None,
        // A lone unknown capitalised word is a person only with evidence ("Kamerlid", "Arts",
        // "Hope" are not); without it, only if the article names it in full elsewhere.
        None if evidence => Some(s.found(at..at + 1, EntityKind::Person, Strength::Guess)),
        None => Some(s.found(at..at + 1, EntityKind::Person, Strength::Weak)),
    }
}

/// Whether a single word names a place in a way a reader of these languages would: by one of
/// its Dutch, French or English names, or any name of a town near the archives' countries.
/// Far-away towns' other names are often people ("Stalin" was Donetsk, "Molotov" Perm).
///
/// Small towns far away are named after people ("Kropotkin", "Pushkin"), so they need a cue.
fn is_usual_name(place: &Place, word: &str) -> bool {
    use super::gazetteer::PlaceKind;
    place.kind != PlaceKind::City
        || ([&place.en, &place.nl, &place.fr].iter().any(|n| *n == word) && place.rank < 2_000)
        || matches!(
            place.country.as_str(),
            "BE" | "NL" | "FR" | "LU" | "DE" | "ES" | "IT" | "CH" | "AT" | "GB" | "PT"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_are_well_formed_and_acronyms_are_not_numerals() {
        for numeral in ["I", "IV", "XIV", "XL", "MCMXL", "CD", "MMXXIV", "LXXXVIII"] {
            assert!(is_roman_numeral(numeral), "{numeral}");
        }
        for acronym in ["VLD", "DM", "IIII", "VV", "LL", "IL", ""] {
            assert!(!is_roman_numeral(acronym), "{acronym}");
        }
        assert!(is_acronym("VLD") && !is_acronym("XIV"));
    }
}
