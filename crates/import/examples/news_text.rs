//! The body text of saved HTML pages, for scoring against a news benchmark's ground truth:
//! `cargo run --release -p kroniek-import --example news_text -- DIR OUT.json [REPEAT]`.
//!
//! Imports every `*.html` file in DIR and writes `{"version": …, "output": {ID: {"articleBody":
//! TEXT}}}` (ID is the file name without `.html`), the shape the benchmark's `evaluate.py`
//! reads. The body text is what a news benchmark calls the article body: the text of every
//! section heading, paragraph, list item, quotation and sub-heading, then the works of a
//! bibliography and the notes, one block a paragraph — not the title, subtitle, kicker or
//! byline, which the article keeps as metadata. Inline Markdown is turned back into its words
//! (link targets dropped). With REPEAT, every page is imported that many times and the time
//! per page printed is the median over the repeats of the mean over all pages.

use std::path::PathBuf;
use std::time::Instant;

use kroniek_import::{ImportOptions, PageFormat, import_page};
use kroniek_model::{Article, Block};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: news_text DIR OUT.json [REPEAT]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .collect(),
        Err(e) => {
            eprintln!("{dir}: {e}");
            std::process::exit(1);
        }
    };
    paths.sort();
    let pages: Vec<(String, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().into_owned();
            Some((id, std::fs::read(p).ok()?))
        })
        .collect();

    let options = ImportOptions::default();
    let mut output = serde_json::Map::new();
    let mut failed = 0;
    for (id, bytes) in &pages {
        let body = match import_page(bytes, PageFormat::Html, &options) {
            Ok(imported) => body_text(&imported.article),
            Err(e) => {
                eprintln!("{id}: {e}");
                failed += 1;
                String::new()
            }
        };
        output.insert(id.clone(), serde_json::json!({ "articleBody": body }));
    }
    let mut per_page = Vec::with_capacity(repeat);
    if repeat > 1 {
        for _ in 0..repeat {
            let started = Instant::now();
            for (_, bytes) in &pages {
                let _ = std::hint::black_box(import_page(bytes, PageFormat::Html, &options));
            }
            per_page.push(started.elapsed().as_secs_f64() * 1000.0 / pages.len().max(1) as f64);
        }
        per_page.sort_by(f64::total_cmp);
    }
    let json = serde_json::json!({ "version": env!("CARGO_PKG_VERSION"), "output": output });
    if let Err(e) = std::fs::write(out, json.to_string()) {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
    eprint!("{} pages, {failed} without an article", pages.len());
    match per_page.get(per_page.len() / 2) {
        Some(ms) => eprintln!("; {ms:.2} ms per page (median of {repeat} passes, one thread)"),
        None => eprintln!(),
    }
}

/// The article's body as plain text, one block a paragraph.
fn body_text(article: &Article) -> String {
    let mut blocks: Vec<String> = Vec::new();
    for section in &article.sections {
        blocks.extend(section.heading.iter().map(|h| plain(h)));
        for block in &section.blocks {
            match block {
                Block::Paragraph { text } | Block::Quote { text } | Block::Heading { text } => {
                    blocks.push(plain(text))
                }
                Block::List { items, .. } => blocks.extend(items.iter().map(|i| plain(i))),
            }
        }
    }
    blocks.extend(article.works.iter().map(|w| plain(&w.title)));
    blocks.extend(article.footnotes.iter().map(|n| plain(&n.text)));
    blocks.join("\n\n")
}

/// Inline Markdown's words: link targets, note references, escapes and emphasis removed.
fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '*' | '`' => {}
            '[' if chars.peek() == Some(&'^') => {
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            '[' => {}
            ']' if chars.peek() == Some(&'(') => {
                let mut depth = 0;
                for c in chars.by_ref() {
                    match c {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}
