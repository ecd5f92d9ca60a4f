//! Names that stand for a fuller name given elsewhere in the article: a surname alone
//! ("Serge", "Nin") or a given name alone ("Victor") is the person the article names in full,
//! before or after; an organisation's head word alone ("de Bond", "the International") is the
//! one organisation the article names in full with that last word, if there is only one, and
//! a lone word that no person explains is the one organisation whose full name it opens
//! ("Omega" after "Omega Pharma"); a word that opens a sentence counts only if the article
//! names it elsewhere.

use std::collections::HashMap;

use kroniek_model::EntityKind;

use super::classifier::{Found, Strength};
use super::lexicon;

struct FullName {
    name: String,
    records: Vec<u32>,
    count: usize,
    first_seen: usize,
}

/// Resolves single words across the article's passages (`texts[i]` is passage `i`'s text).
pub(crate) fn resolve(passages: &mut [Vec<Found>], texts: &[&str]) {
    let mut full: HashMap<String, FullName> = HashMap::new();
    let mut order = 0;
    for found in passages.iter().flatten() {
        if found.kind == EntityKind::Person && found.words >= 2 {
            let entry = full.entry(found.name.clone()).or_insert_with(|| FullName {
                name: found.name.clone(),
                records: found.records.clone(),
                count: 0,
                first_seen: order,
            });
            entry.count += 1;
            order += 1;
        }
    }
    // Every word a full name can be shortened to: its last word, everything after the given
    // name ("Van Sinoy"), and its first word.
    let mut short: HashMap<String, Vec<&FullName>> = HashMap::new();
    for person in full.values() {
        let words: Vec<&str> = person.name.split_whitespace().collect();
        let mut keys = vec![words[words.len() - 1].to_owned(), words[0].to_owned()];
        if words.len() > 2 {
            keys.push(words[1..].join(" "));
        }
        keys.dedup();
        for key in keys {
            short.entry(key).or_default().push(person);
        }
    }
    // Organisations named in full, by their last word as written ("Bond" → "Sociaal-
    // Democratische Bond"): (name, records) per distinct organisation.
    let mut heads: HashMap<String, Vec<(String, Vec<u32>)>> = HashMap::new();
    for (p, founds) in passages.iter().enumerate() {
        for found in founds.iter().filter(|f| f.kind == EntityKind::Organisation && f.words >= 2) {
            let Some(last) = texts[p][found.span.clone()].split_whitespace().last() else { continue };
            let organisations = heads.entry(last.to_lowercase()).or_default();
            let same = |o: &(String, Vec<u32>)| {
                if found.records.is_empty() {
                    o.1.is_empty() && o.0 == found.name
                } else {
                    o.1 == found.records
                }
            };
            if !organisations.iter().any(same) {
                organisations.push((found.name.clone(), found.records.clone()));
            }
        }
    }
    // Organisations named in full by their first word as written ("Sabena" → "Sabena Airline
    // Management Partnership", "Omega" → "Omega Pharma"), for a lone word no person explains.
    let mut openers: HashMap<String, Vec<(String, Vec<u32>)>> = HashMap::new();
    for (p, founds) in passages.iter().enumerate() {
        for found in founds.iter().filter(|f| f.kind == EntityKind::Organisation && f.words >= 2) {
            let Some(first) = texts[p][found.span.clone()].split_whitespace().next() else { continue };
            let lower = first.to_lowercase();
            if lexicon::is_article(&lower) || lexicon::is_organisation_word(&lower) {
                continue;
            }
            let organisations = openers.entry(first.to_owned()).or_default();
            if !organisations.iter().any(|o| o.0 == found.name) {
                organisations.push((found.name.clone(), found.records.clone()));
            }
        }
    }
    let mut settled: Vec<Vec<Option<Found>>> = Vec::with_capacity(passages.len());
    for (p, founds) in passages.iter().enumerate() {
        let mut row = Vec::with_capacity(founds.len());
        for found in founds {
            let text = &texts[p][found.span.clone()];
            let shorthand = found.kind == EntityKind::Organisation
                && found.words == 1
                && found.records.is_empty()
                && found.strength == Strength::Weak;
            if shorthand {
                let organisation = match heads.get(&text.to_lowercase()).map(Vec::as_slice) {
                    Some([(name, records)]) => Some(Found {
                        name: name.clone(),
                        records: records.clone(),
                        strength: Strength::Certain,
                        ..found.clone()
                    }),
                    _ => None,
                };
                row.push(organisation);
                continue;
            }
            let eligible = found.kind != EntityKind::Work
                && found.words == 1
                && !(found.strength == Strength::Certain && found.kind == EntityKind::Organisation)
                && (found.kind == EntityKind::Place || found.records.is_empty());
            // A Dutch or English genitive: "Nins vriend", "Serge's boek".
            let bare = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("’s"))
                .or_else(|| text.strip_suffix('s'));
            let people = short.get(text).or_else(|| bare.and_then(|b| short.get(b)));
            let person = eligible.then_some(people).flatten().and_then(|people| {
                people
                    .iter()
                    // A place is a person only by a surname: "Adler" after "Fritz Adler", but
                    // "Georgia" is not "Georgia Smith".
                    .filter(|person| {
                        found.kind != EntityKind::Place
                            || person.name.ends_with(text)
                            || bare.is_some_and(|b| person.name.ends_with(b))
                    })
                    .max_by(|a, b| a.count.cmp(&b.count).then(b.first_seen.cmp(&a.first_seen)))
            });
            let organisation = (person.is_none()
                && found.kind == EntityKind::Person
                && found.words == 1
                && found.records.is_empty()
                && found.strength < Strength::Certain)
                .then(|| match openers.get(text).map(Vec::as_slice) {
                    Some([(name, records)]) => Some(Found {
                        kind: EntityKind::Organisation,
                        name: name.clone(),
                        records: records.clone(),
                        strength: Strength::Certain,
                        ..found.clone()
                    }),
                    _ => None,
                })
                .flatten();
            row.push(
                person
                    .map(|person| Found {
                        kind: EntityKind::Person,
                        name: person.name.clone(),
                        place: None,
                        form: None,
                        records: person.records.clone(),
                        strength: Strength::Certain,
                        ..found.clone()
                    })
                    .or(organisation),
            );
        }
        settled.push(row);
    }
    // What the article calls a word where it is sure, for the words that open sentences.
    let mut known: HashMap<&str, Found> = HashMap::new();
    for (p, founds) in passages.iter().enumerate() {
        for (k, found) in founds.iter().enumerate() {
            let found = settled[p][k].as_ref().unwrap_or(found);
            if found.strength > Strength::Weak {
                known.entry(&texts[p][found.span.clone()]).or_insert_with(|| found.clone());
            }
        }
    }
    let known: HashMap<String, Found> = known.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    for (p, founds) in passages.iter_mut().enumerate() {
        let row = std::mem::take(&mut settled[p]);
        let mut kept = Vec::with_capacity(founds.len());
        for (found, resolved) in founds.drain(..).zip(row) {
            if let Some(resolved) = resolved {
                kept.push(resolved);
            } else if found.strength == Strength::Weak {
                if let Some(same) = known.get(&texts[p][found.span.clone()]) {
                    kept.push(Found { span: found.span, ..same.clone() });
                }
            } else {
                kept.push(found);
            }
        }
        *founds = kept;
    }
}
