//! Settles names that several authority records share. The article's subjects decide first;
//! then the other mentions: a record whose own id, or whose places, the article names
//! elsewhere. A tie stays unlinked: an unlinked mention is a gap, a wrong link is an error.

use std::collections::HashMap;

use kroniek_model::Id;

use super::authority_index::AuthorityIndex;
use super::classifier::Found;

/// Leaves every found name with at most one record.
pub(crate) fn link(passages: &mut [Vec<Found>], index: &AuthorityIndex, subjects: &[Id]) {
    // Ids the article names without doubt, with how often.
    let mut named: HashMap<&str, usize> = HashMap::new();
    for found in passages.iter().flatten() {
        if let [only] = found.records.as_slice() {
            *named.entry(index.record(*only).id.as_str()).or_default() += 1;
        }
    }
    let mut decisions: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for (p, founds) in passages.iter().enumerate() {
        for (k, found) in founds.iter().enumerate() {
            if found.records.len() < 2 {
                continue;
            }
            decisions.push((p, k, decide(&found.records, index, subjects, &named)));
        }
    }
    for (p, k, decision) in decisions {
        passages[p][k].records = decision.into_iter().collect();
    }
}

fn decide(
    candidates: &[u32],
    index: &AuthorityIndex,
    subjects: &[Id],
    named: &HashMap<&str, usize>,
) -> Option<u32> {
    let about: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&c| subjects.iter().any(|s| s.as_str() == index.record(c).id))
        .collect();
    if let [only] = about.as_slice() {
        return Some(*only);
    }
    let score = |c: u32| {
        let record = index.record(c);
        named.get(record.id.as_str()).copied().unwrap_or(0)
            + record.related.iter().map(|r| named.get(r.as_str()).copied().unwrap_or(0)).sum::<usize>()
    };
    let mut scored: Vec<(usize, u32)> = candidates.iter().map(|&c| (score(c), c)).collect();
    scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    match scored.as_slice() {
        [(best, c), (second, _), ..] if *best > 0 && best > second => Some(*c),
        _ => None,
    }
}
