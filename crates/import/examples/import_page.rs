//! Imports one page and prints the result as JSON, with the time it took:
//! `cargo run -p kroniek-import --example import_page -- PAGE [REPEAT]` (with REPEAT, the
//! time is the mean of that many imports of the same page, without the first).

use std::time::Instant;

use kroniek_import::{ImportOptions, PageFormat, import_page};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import_page PAGE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let format = PageFormat::detect(path.rsplit('.').next(), &bytes);
    let repeat: u32 = std::env::args().nth(2).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let mut result = import_page(&bytes, format, &ImportOptions::default());
    let started = Instant::now();
    for _ in 1..repeat {
        result = import_page(&bytes, format, &ImportOptions::default());
    }
    let elapsed = if repeat > 1 { started.elapsed() / (repeat - 1) } else { started.elapsed() };
    match result {
        Ok(imported) => println!("{}", serde_json::to_string_pretty(&imported).unwrap_or_default()),
        Err(e) => println!("error: {e}"),
    }
    eprintln!("{} bytes in {:.1} ms", bytes.len(), elapsed.as_secs_f64() * 1000.0);
}
