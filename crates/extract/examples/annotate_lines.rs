//! Entity spans of every line of standard input, one JSON object a line: the shape of
//! `kroniek annotate --lines --json`'s `entities`, for bench/conll.py. The language is the first
//! argument (default `nl`).

use std::io::{BufRead, Write};

use kroniek_extract::Extractor;
use kroniek_model::{Authorities, Language};

fn main() -> std::io::Result<()> {
    let code = std::env::args().nth(1).unwrap_or_else(|| "nl".to_owned());
    let language = Language::new(&code).unwrap_or_default();
    let extractor = Extractor::new(&Authorities::default());
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (doc, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        let annotation = extractor.annotate(&line, &language);
        let entities = serde_json::to_string(&annotation.entities).unwrap_or_else(|_| "[]".to_owned());
        writeln!(out, "{{\"doc\":{doc},\"entities\":{entities}}}")?;
    }
    out.flush()
}
