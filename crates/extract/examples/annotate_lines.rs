//! Entity spans of every line of standard input, one JSON object a line: the shape of
//! `kroniek annotate --lines --json`'s `entities` (character offsets), for bench/conll.py. The
//! language is the first argument (default `nl`).
//!
//! With `--documents` as the second argument, blank lines separate documents and the lines of
//! one document are its passages, recognised together as `kroniek annotate` recognises an
//! article (a surname alone counts when another line names the person in full); blank lines
//! give no output line.

use std::io::{BufRead, Write};

use kroniek_extract::entities::{EntitySpan, Recogniser};
use kroniek_model::{Authorities, Language};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let code = args.next().unwrap_or_else(|| "nl".to_owned());
    let documents = args.next().as_deref() == Some("--documents");
    let language = Language::new(&code).unwrap_or_default();
    let recogniser = Recogniser::new(&Authorities::default());
    let lines: Vec<String> = std::io::stdin().lock().lines().collect::<Result<_, _>>()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let groups: Vec<&[String]> = if documents {
        lines.split(|l| l.trim().is_empty()).filter(|g| !g.is_empty()).collect()
    } else {
        lines.chunks(1).collect()
    };
    for (doc, group) in groups.into_iter().enumerate() {
        let texts: Vec<&str> = group.iter().map(String::as_str).collect();
        for (text, mut spans) in texts.iter().zip(recogniser.find_in_document(&texts, &language)) {
            spans.iter_mut().for_each(|e| to_chars(text, e));
            let entities = serde_json::to_string(&spans).unwrap_or_else(|_| "[]".to_owned());
            writeln!(out, "{{\"doc\":{doc},\"entities\":{entities}}}")?;
        }
    }
    out.flush()
}

/// Byte offsets → character offsets, as `kroniek annotate` reports them.
fn to_chars(text: &str, e: &mut EntitySpan) {
    let count = |byte: usize| text.get(..byte).map_or(byte, |t| t.chars().count());
    (e.start, e.end) = (count(e.start), count(e.end));
}
