//! Times the search stage on an archive on disk (bench/search.sh runs it under GNU time):
//!
//!   search_bench ARCHIVE bundle OUT        the static bundle, written to OUT
//!   search_bench ARCHIVE tantivy DIR       a fresh tantivy index in DIR
//!   search_bench ARCHIVE queries DIR N     N queries from the archive's own words, p50/p99
//!
//! Prints one line of `key=value` figures. Loading the archive is timed apart.

use std::path::{Path, PathBuf};
use std::time::Instant;

use kroniek_search::{SearchIndex, SearchRequest, StaticBundle};
use kroniek_source::{SourceFiles, load};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: search_bench ARCHIVE bundle|tantivy|queries OUT [N]");
        std::process::exit(2);
    }
    let started = Instant::now();
    let archive = read(Path::new(&args[1]));
    let loaded = started.elapsed();
    let out = PathBuf::from(&args[3]);
    let started = Instant::now();
    match args[2].as_str() {
        "bundle" => {
            let bundle = StaticBundle::build(&archive);
            let built = started.elapsed();
            let mut bytes = 0;
            for (path, contents) in &bundle.files {
                let target = out.join(path);
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::write(target, contents).unwrap();
                bytes += contents.len();
            }
            println!(
                "load_s={:.2} build_s={:.2} total_s={:.2} files={} bytes={bytes}",
                loaded.as_secs_f64(),
                built.as_secs_f64(),
                started.elapsed().as_secs_f64(),
                bundle.files.len()
            );
        }
        "tantivy" => {
            let (index, report) = SearchIndex::open(&out, &archive).unwrap();
            println!(
                "load_s={:.2} index_s={:.2} docs={} indexed={}",
                loaded.as_secs_f64(),
                started.elapsed().as_secs_f64(),
                index.len(),
                report.indexed
            );
        }
        "queries" => {
            let n: usize = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(1000);
            let (index, _) = SearchIndex::open(&out, &archive).unwrap();
            let opened = started.elapsed();
            let queries = mix(&archive, n);
            let mut times = Vec::with_capacity(n);
            let mut total_hits = 0;
            for q in &queries {
                let t = Instant::now();
                let results = index.search(q, SearchRequest::default());
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                total_hits += results.total;
            }
            times.sort_by(|a, b| a.total_cmp(b));
            let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
            println!(
                "open_s={:.2} queries={} p50_ms={:.2} p90_ms={:.2} p99_ms={:.2} max_ms={:.2} mean_hits={}",
                opened.as_secs_f64(),
                queries.len(),
                at(0.5),
                at(0.9),
                at(0.99),
                times[times.len() - 1],
                total_hits / queries.len().max(1)
            );
        }
        other => panic!("unknown mode {other}"),
    }
}

/// A deterministic mix: single words, two words, phrases, prefixes, names, filters, exclusions.
fn mix(archive: &kroniek_model::Archive, n: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for entry in archive.entries.iter().step_by((archive.entries.len() / 200).max(1)) {
        for block in entry.article.blocks().take(3) {
            if let kroniek_model::Block::Paragraph { text } = block {
                words.extend(
                    text.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.chars().count() > 4)
                        .map(str::to_owned),
                );
            }
        }
    }
    let names: Vec<String> = archive.authorities.iter().map(|a| a.name.clone()).collect();
    let series: Vec<String> = archive.config.series.iter().map(|s| s.id.to_string()).collect();
    let mut state = 7u64;
    let mut next = |len: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as usize % len.max(1)
    };
    (0..n)
        .map(|i| {
            let w = |next: &mut dyn FnMut(usize) -> usize| words[next(words.len())].clone();
            match i % 8 {
                0 | 1 => w(&mut next),
                2 => format!("{} {}", w(&mut next), w(&mut next)),
                3 => format!("\"{} {}\"", w(&mut next), w(&mut next)),
                4 => format!("{}*", w(&mut next).chars().take(4).collect::<String>()),
                5 => names[next(names.len())].clone(),
                6 => format!("{} series:{} jaar:1990..2020", w(&mut next), series[next(series.len())]),
                _ => format!("{} -{}", w(&mut next), w(&mut next)),
            }
        })
        .collect()
}

fn read(root: &Path) -> kroniek_model::Archive {
    let mut files = SourceFiles::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&rel)) else { continue };
        for entry in entries.flatten() {
            let rel = rel.join(entry.file_name());
            let name = rel.to_string_lossy();
            if name.starts_with('.') || name.starts_with("public") {
                continue;
            }
            if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                stack.push(rel);
            } else if let Ok(bytes) = std::fs::read(root.join(&rel)) {
                files.insert(&rel, bytes);
            }
        }
    }
    let loaded = load(&files);
    loaded.archive.expect("an archive")
}
