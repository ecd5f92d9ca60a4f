//! Candidate names in one passage: titles in italics, works in quotation marks, names of
//! authority records, and runs of capitalised words (with the particles and compounds names
//! carry), each classified.

use std::ops::Range;

use kroniek_model::{EntityKind, Language};

use super::authority_index::{AuthorityIndex, entity_kind};
use super::classifier::{Found, Sentence, Strength, classify_run};
use super::lexicon;
use super::tokens::{Token, quotations, tokenize};
use crate::text::sentences;

/// Every candidate of one passage, classified, in text order, without overlaps. `emphasis`
/// are the byte ranges the Markdown put in italics (empty for plain text).
pub(crate) fn find_in_passage(
    text: &str,
    emphasis: &[Range<usize>],
    language: &Language,
    index: &AuthorityIndex,
) -> Vec<Found> {
    let sentence_spans = sentences(text);
    let tokens = tokenize(text, &sentence_spans);
    let s = Sentence { text, tokens: &tokens, language };
    let mut taken = vec![false; tokens.len()];
    let mut out = Vec::new();

    italics(&s, emphasis, index, &mut taken, &mut out);
    works(&s, &mut taken, &mut out);
    if !index.is_empty() {
        authority_names(&s, index, &mut taken, &mut out);
    }
    // A page in capitals says nothing with its capitals: only authority names count there.
    if !shouting(text) {
        runs(&s, &mut taken, &mut out);
    }
    out.sort_by_key(|f| f.span.start);
    acronym_expansions(text, &mut out);
    coordinated_people(text, &mut out);
    for found in &mut out {
        // "POUM-milities", "ACM-veteranen": the acronym before a common noun is the record's.
        if found.kind == EntityKind::Organisation
            && found.records.is_empty()
            && found.words == 1
            && let Some(records) = index.one_word(&found.name)
            && records.iter().all(|&r| entity_kind(index.record(r).kind) == EntityKind::Organisation)
        {
            found.records = records.to_vec();
        }
        if found.kind == EntityKind::Place
            && found.records.is_empty()
            && let Some(place) = &found.place
        {
            found.records = index.places_named(place).to_vec();
        }
    }
    out
}

fn token_range(tokens: &[Token], span: &Range<usize>) -> Range<usize> {
    let start = tokens.partition_point(|t| t.span.start < span.start);
    let end = tokens.partition_point(|t| t.span.end <= span.end);
    start..end.max(start)
}

/// Runs in italics: in Markdown sources the titles of works and periodicals and foreign words.
/// A run that is exactly an authority record's name is that record ("*Die Neue Zeit*"); a run
/// that opens with a capital is a title, a periodical after a cue ("de krant *Vooruit*"), else a
/// work; no person, organisation or place is made from the words of any italic run.
fn italics(
    s: &Sentence<'_>,
    emphasis: &[Range<usize>],
    index: &AuthorityIndex,
    taken: &mut [bool],
    out: &mut Vec<Found>,
) {
    for run in emphasis {
        let words = token_range(s.tokens, run);
        if words.is_empty() || taken[words.clone()].iter().any(|t| *t) {
            continue;
        }
        taken[words.clone()].iter_mut().for_each(|t| *t = true);
        let whole = |at: usize| {
            index.longest_at(s.text, s.tokens, at).filter(|(len, _)| at + len == words.end).map(|(_, r)| r)
        };
        let article_first =
            words.len() >= 2 && lexicon::is_article(&s.tokens[words.start].text(s.text).to_lowercase());
        let named = whole(words.start).map(|records| (words.start, records)).or_else(|| {
            article_first.then(|| whole(words.start + 1).map(|r| (words.start + 1, r))).flatten()
        });
        if let Some((from, records)) = named {
            let first = index.record(records[0]);
            let span = s.tokens[from].span.start..s.tokens[words.end - 1].span.end;
            out.push(Found {
                name: s.text[span.clone()].to_owned(),
                span,
                kind: entity_kind(first.kind),
                place: None,
                records: records.to_vec(),
                strength: Strength::Certain,
                words: words.end - from,
                form: None,
            });
            continue;
        }
        if !s.tokens[words.start].capitalised {
            continue;
        }
        let before = s.before(words.start);
        let before: Vec<&str> = before.iter().map(String::as_str).collect();
        let kind = match lexicon::cue(&before) {
            Some(EntityKind::Periodical) => EntityKind::Periodical,
            _ => EntityKind::Work,
        };
        let span = s.tokens[words.start].span.start..s.tokens[words.end - 1].span.end;
        let title = s.text[run.start..run.end].trim();
        let span = if title.len() > span.len() && s.text[run.clone()].trim_start() == title {
            // Keep a title's closing mark ("Sozialreform oder Revolution?").
            let lead = s.text[run.clone()].len() - s.text[run.clone()].trim_start().len();
            run.start + lead..run.start + lead + title.len()
        } else {
            span
        };
        out.push(Found {
            name: s.text[span.clone()].to_owned(),
            span,
            kind,
            place: None,
            records: Vec::new(),
            strength: Strength::Certain,
            words: words.len(),
            form: None,
        });
    }
}

/// Titles in quotation marks: "‘Year One of the Russian Revolution’". A quotation in lower
/// case is a phrase, one after "de slogan" a saying; one that is a single name ("de
/// ‘Bonnot-bende’") is left to the name rules. Names inside a title are the title's words.
fn works(s: &Sentence<'_>, taken: &mut [bool], out: &mut Vec<Found>) {
    for quote in quotations(s.text) {
        let words = token_range(s.tokens, &quote);
        if words.is_empty() || !s.tokens[words.start].capitalised {
            continue;
        }
        let before = words.start.checked_sub(1).map(|i| s.tokens[i].text(s.text).to_lowercase());
        if before.as_deref().is_some_and(lexicon::introduces_saying) {
            continue;
        }
        if is_speech(s, &quote, words.clone()) {
            continue;
        }
        let title_case = (words.start..words.end).all(|i| {
            let t = &s.tokens[i];
            t.capitalised || lexicon::is_particle(&t.text(s.text).to_lowercase())
        });
        if title_case && words.len() <= 5 {
            let classified = classify_run(s, words.clone());
            // "de ‘Tribunisten’": one quoted word that is a group of people is no title.
            if words.len() == 1 && classified.is_empty() {
                taken[words].iter_mut().for_each(|t| *t = true);
                continue;
            }
            let is_name = classified.len() == 1
                && classified[0].strength == Strength::Certain
                && classified[0].kind != EntityKind::Person;
            if is_name {
                continue;
            }
        }
        let title = s.text[quote.clone()].trim();
        let lead = s.text[quote.clone()].len() - s.text[quote.clone()].trim_start().len();
        let span = quote.start + lead..quote.start + lead + title.len();
        out.push(Found {
            span,
            kind: EntityKind::Work,
            name: title.to_owned(),
            place: None,
            records: Vec::new(),
            strength: Strength::Certain,
            words: words.len(),
            form: None,
        });
        taken[words].iter_mut().for_each(|t| *t = true);
    }
}

/// Whether a quotation is someone's words rather than a title: a longer one that speaks in
/// the first or second person ("‘Wij blijven hier’, zei ze"), that follows a colon, or that a
/// comma and a lower-case word (", zei de minister") follow. Names inside it are the name
/// rules' to find.
fn is_speech(s: &Sentence<'_>, quote: &Range<usize>, words: Range<usize>) -> bool {
    if words.len() < 5 {
        return false;
    }
    let pronoun = (words.start..words.end).any(|i| {
        matches!(
            s.tokens[i].text(s.text).to_lowercase().as_str(),
            "ik" | "we"
                | "wij"
                | "je"
                | "jij"
                | "u"
                | "ons"
                | "onze"
                | "mijn"
                | "jullie"
                | "i"
                | "you"
                | "my"
                | "our"
                | "nous"
                | "vous"
                | "mon"
                | "notre"
        )
    });
    let before = s.text[..quote.start].trim_end();
    let colon = before.ends_with([':', '"', '“', '‘', '\'', '«', '„']) && {
        let b = before.trim_end_matches(['"', '“', '‘', '\'', '«', '„']).trim_end();
        b.ends_with(':')
    };
    let after = s.text.get(quote.end..).unwrap_or("");
    let after = after.trim_start_matches(['"', '”', '’', '\'', '»']).trim_start();
    let said = after
        .strip_prefix(',')
        .is_some_and(|a| a.trim_start().chars().next().is_some_and(char::is_lowercase));
    pronoun || colon || said || words.len() >= 12
}

fn authority_names(s: &Sentence<'_>, index: &AuthorityIndex, taken: &mut [bool], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < s.tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let capitalised = s.tokens[i].capitalised;
        let Some((len, records, skip)) = index
            .longest_at(s.text, s.tokens, i)
            .or_else(|| capitalised.then(|| index.genitive_at(s.text, s.tokens, i)).flatten())
            .map(|(len, records)| (len, records, 0))
            .or_else(|| (!capitalised).then(|| index.elided_at(s.text, s.tokens, i)).flatten())
        else {
            if let Some(parts) = capitalised.then(|| authority_chain(s, index, i)).flatten() {
                out.extend(parts);
                taken[i] = true;
            }
            i += 1;
            continue;
        };
        if taken[i..i + len].iter().any(|t| *t) {
            i += 1;
            continue;
        }
        let first = index.record(records[0]);
        let span = s.tokens[i].span.start + skip..s.tokens[i + len - 1].span.end;
        out.push(Found {
            name: s.text[span.clone()].to_owned(),
            span,
            kind: entity_kind(first.kind),
            place: None,
            records: records.to_vec(),
            strength: Strength::Certain,
            words: len,
            form: None,
        });
        taken[i..i + len].iter_mut().for_each(|t| *t = true);
        i += len;
    }
}

/// "Poullet-Vandervelde": a hyphenated word whose every part is the one-word name of a record
/// names each of them.
fn authority_chain(s: &Sentence<'_>, index: &AuthorityIndex, i: usize) -> Option<Vec<Found>> {
    let token = &s.tokens[i];
    let word = token.text(s.text);
    if !word.contains('-') {
        return None;
    }
    let mut out = Vec::new();
    let mut offset = token.span.start;
    for part in word.split('-') {
        let records = index.one_word(part)?;
        let first = index.record(records[0]);
        out.push(Found {
            span: offset..offset + part.len(),
            kind: entity_kind(first.kind),
            name: part.to_owned(),
            place: None,
            records: records.to_vec(),
            strength: Strength::Certain,
            words: 1,
            form: None,
        });
        offset += part.len() + 1;
    }
    (out.len() >= 2).then_some(out)
}

/// "tussen Trotski en Stalin": a lone word with no evidence of its own, joined by "en", "and"
/// or "et" to a person the finder is sure of, is a person too.
fn coordinated_people(text: &str, out: &mut [Found]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let Some(between) = text.get(a.span.end..b.span.start) else { continue };
        if !matches!(between, " en " | " and " | " et " | " und " | " y ") || a.kind != b.kind {
            continue;
        }
        let weak_person =
            |f: &Found| f.kind == EntityKind::Person && f.strength == Strength::Weak && f.words == 1;
        let sure_person = |f: &Found| f.kind == EntityKind::Person && f.strength > Strength::Weak;
        if weak_person(b) && sure_person(a) {
            out[k].strength = Strength::Guess;
        } else if weak_person(a) && sure_person(b) {
            out[k - 1].strength = Strength::Guess;
        }
    }
}

/// Runs of capitalised words joined by spaces, with particles between them ("Groupe
/// Révolutionnaire de Bruxelles", "Tierra y Libertad"), compounds split over a conjunction
/// ("Arbeiders- en Boerenblok"), and Dutch surnames that open with particles ("van der Goes").
fn runs(s: &Sentence<'_>, taken: &mut [bool], out: &mut Vec<Found>) {
    let n = s.tokens.len();
    let lower = |i: usize| s.tokens[i].text(s.text).to_lowercase();
    let free_capital = |i: usize| i < n && !taken[i] && s.tokens[i].capitalised;
    let mut i = 0;
    while i < n {
        if taken[i] {
            i += 1;
            continue;
        }
        let surname_particles = !s.tokens[i].capitalised
            && matches!(s.tokens[i].text(s.text), "van" | "von")
            && i + 2 < n
            && matches!(s.tokens[i + 1].text(s.text), "der" | "den")
            && s.tokens[i + 1].joined
            && s.tokens[i + 2].joined
            && free_capital(i + 2);
        if !s.tokens[i].capitalised && !surname_particles {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if surname_particles {
            j = i + 3;
        }
        while j < n && !taken[j] && s.tokens[j].joined {
            let t = &s.tokens[j];
            if t.capitalised {
                j += 1;
                continue;
            }
            let w = lower(j);
            let previous_open = s.tokens[j - 1].text(s.text).ends_with('-');
            let bridge = (lexicon::is_particle(&w)
                || (previous_open && matches!(w.as_str(), "en" | "of" | "et" | "and")))
                && j + 1 < n
                && s.tokens[j + 1].joined
                && free_capital(j + 1);
            let bridge2 = lexicon::is_particle(&w)
                && j + 2 < n
                && lexicon::is_particle(&lower(j + 1))
                && s.tokens[j + 1].joined
                && s.tokens[j + 2].joined
                && free_capital(j + 2);
            if bridge {
                j += 2;
            } else if bridge2 {
                j += 3;
            } else {
                break;
            }
        }
        if surname_particles {
            out.push(s.found(i..j, EntityKind::Person, Strength::Guess));
        } else {
            out.extend(classify_run(s, i..j));
        }
        i = j;
    }
}

/// "POUM (Arbeiderspartij van marxistische eenheid)": the words in brackets after an acronym
/// are its full name, a mention of the same organisation.
fn acronym_expansions(text: &str, out: &mut [Found]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (acronym, expansion) = (&head[k - 1], &mut tail[0]);
        let is_acronym =
            acronym.kind == EntityKind::Organisation && acronym.name.chars().all(char::is_uppercase);
        // Found spans may overlap (a run and a name inside it): then there is no "between".
        let Some(between) = text.get(acronym.span.end..expansion.span.start) else { continue };
        if !is_acronym || between.trim() != "(" {
            continue;
        }
        let Some(close) = text[expansion.span.start..].find(')') else { continue };
        let inner = &text[expansion.span.start..expansion.span.start + close];
        if inner.chars().count() > 80 || inner.contains('(') {
            continue;
        }
        expansion.span.end = expansion.span.start + close;
        expansion.kind = EntityKind::Organisation;
        expansion.name = acronym.name.clone();
        expansion.strength = Strength::Certain;
        expansion.records = acronym.records.clone();
    }
}

/// Whether most of the letters of a longer text are capitals (a page in capitals, a shouted
/// heading): capitals mark nothing there.
fn shouting(text: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 40 && upper * 10 > letters * 6
}
