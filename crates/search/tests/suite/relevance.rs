//! Relevance on the demo archive: the judged queries of `tests/judged-queries.txt` scored by
//! mean reciprocal rank and nDCG@10, against the figures recorded in
//! `tests/relevance-baseline.txt`. A change that ranks worse fails here; one that ranks better
//! should raise the recorded figures.

use std::collections::BTreeMap;

use kroniek_search::{SearchIndex, SearchRequest};

use crate::demo;

struct Judgement {
    query: String,
    /// Slug → grade (2 for the article that must come first, 1 for the others).
    grades: BTreeMap<String, u32>,
    first: String,
}

fn judgements() -> Vec<Judgement> {
    let text = include_str!("../judged-queries.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let [query, first, others] = parts[..] else { panic!("malformed judgement: {line}") };
            let mut grades = BTreeMap::from([(first.to_owned(), 2)]);
            for slug in others.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                grades.insert(slug.to_owned(), 1);
            }
            Judgement { query: query.to_owned(), grades, first: first.to_owned() }
        })
        .collect()
}

fn recorded() -> (f64, f64) {
    let text = include_str!("../relevance-baseline.txt");
    let value = |key: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim().parse().unwrap()))
            .unwrap_or_else(|| panic!("no `{key}` in relevance-baseline.txt"))
    };
    (value("mrr"), value("ndcg@10"))
}

fn dcg(grades: impl Iterator<Item = u32>) -> f64 {
    grades
        .take(10)
        .enumerate()
        .map(|(rank, grade)| f64::from(2u32.pow(grade) - 1) / ((rank + 2) as f64).log2())
        .sum()
}

#[test]
fn judged_queries_rank_at_least_as_well_as_recorded() {
    let judgements = judgements();
    assert!(judgements.len() >= 40, "the judged set must keep at least 40 queries");
    let index = SearchIndex::in_memory(&demo::archive()).unwrap();
    let (mut mrr, mut ndcg) = (0.0, 0.0);
    let mut report = String::new();
    for judgement in &judgements {
        let results = index.search(&judgement.query, SearchRequest { offset: 0, limit: 10 });
        let slugs: Vec<String> = results
            .hits
            .iter()
            .map(|h| h.url.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_owned())
            .collect();
        let rank = slugs.iter().position(|s| s == &judgement.first);
        let reciprocal = rank.map_or(0.0, |r| 1.0 / (r + 1) as f64);
        let gained = dcg(slugs.iter().map(|s| judgement.grades.get(s).copied().unwrap_or(0)));
        let mut ideal: Vec<u32> = judgement.grades.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let score = gained / dcg(ideal.into_iter());
        mrr += reciprocal;
        ndcg += score;
        report.push_str(&format!(
            "{:<40} rr {reciprocal:.2} ndcg {score:.2} got {:?}\n",
            judgement.query,
            slugs.iter().take(3).collect::<Vec<_>>()
        ));
    }
    let n = judgements.len() as f64;
    let (mrr, ndcg) = (mrr / n, ndcg / n);
    println!("{report}\n{} queries: MRR {mrr:.3}, nDCG@10 {ndcg:.3}", judgements.len());
    let (want_mrr, want_ndcg) = recorded();
    assert!(mrr + 1e-9 >= want_mrr, "MRR fell to {mrr:.3} (recorded {want_mrr})\n{report}");
    assert!(ndcg + 1e-9 >= want_ndcg, "nDCG@10 fell to {ndcg:.3} (recorded {want_ndcg})\n{report}");
}
