//! Recognition and linking throughput, in bytes of plain text per second on one core, with a
//! generated authority file of 10,000 records (BENCHMARKS.md, "Entities").
//!
//! `cargo bench -p kroniek-extract --bench entities`

// criterion's macros write undocumented functions.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kroniek_extract::entities::Recogniser;
use kroniek_model::{Authorities, Authority, AuthorityKind, Id, Language};

const GIVEN: &[&str] =
    &["Jan", "Marie", "Pieter", "Louise", "Emile", "Anna", "Victor", "Rosa", "Karel", "Lena"];
const SYLLABLES: &[&str] =
    &["van", "ders", "mol", "berg", "hoe", "ven", "lam", "brecht", "sin", "oy", "gaal", "ter"];

/// A deterministic surname for record `n`.
fn surname(n: usize) -> String {
    let mut s = String::new();
    let mut k = n;
    for _ in 0..3 {
        s.push_str(SYLLABLES[k % SYLLABLES.len()]);
        k /= SYLLABLES.len();
    }
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn authorities(n: usize) -> Authorities {
    let mut a = Authorities::default();
    for i in 0..n {
        let (kind, id, name, alias) = match i % 10 {
            0..=5 => {
                let name = format!("{} {}", GIVEN[i % GIVEN.len()], surname(i));
                (AuthorityKind::Person, format!("p{i}"), name, Some(surname(i)))
            }
            6..=7 => (AuthorityKind::Organisation, format!("o{i}"), format!("{} Partij", surname(i)), None),
            8 => (AuthorityKind::Place, format!("l{i}"), format!("{}dorp", surname(i)), None),
            _ => (AuthorityKind::Periodical, format!("j{i}"), format!("De {}", surname(i)), None),
        };
        let mut record = Authority::new(kind, Id::new(&id).expect("valid id"), name);
        record.aliases.extend(alias);
        a.insert(record);
    }
    a
}

/// About `bytes` of Dutch prose naming records, gazetteer places and unknown names.
fn text(bytes: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.len() < bytes {
        let name = format!("{} {}", GIVEN[i % GIVEN.len()], surname(i * 10 % 10_000));
        out.push_str(&format!(
            "In {} vertrok {name} naar Luik, waar de {} Partij een congres hield. De Antwerpse \
             afdeling van de BWP steunde {} en de krant Vooruit schreef erover. Daarna trok \
             {} met Zinovjev en Kovalski naar Parijs en Barcelona; ‘Het rode jaar’ verscheen later. ",
            1890 + i % 60,
            surname((i * 10 + 6) % 10_000),
            surname(i * 10 % 10_000),
            surname(i * 10 % 10_000),
        ));
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let recogniser = Recogniser::new(&authorities(10_000));
    let language = Language::dutch();
    let text = text(1 << 20);
    // Paragraphs of about a kilobyte, as articles have them.
    let mut paragraphs: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        if at + 2 - start >= 1_000 {
            paragraphs.push(&text[start..at + 2]);
            start = at + 2;
        }
    }
    paragraphs.push(&text[start..]);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("find, 1 MiB, 10,000 records", |b| {
        b.iter(|| paragraphs.iter().map(|p| recogniser.find(p, &language).len()).sum::<usize>())
    });
    group.finish();
    c.bench_function("compile 10,000 records", |b| b.iter(|| Recogniser::new(&authorities(10_000))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
