//! `kroniek annotate FILE [--lines] [--json]`: the spans of dates and entities in plain text,
//! for researchers who tag their own texts and for measuring the recognisers (DESIGN.md,
//! "annotate --json"). One JSON line per document; with `--lines` every input line is one.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use kroniek_driver::ArchiveLocation;
use kroniek_extract::{Annotation, Extractor};
use kroniek_model::{Authorities, Language};
use serde::Serialize;

/// What `annotate` was asked to do.
pub(crate) struct AnnotateArgs<'a> {
    /// The text file, or `-` for standard input.
    pub(crate) file: &'a Path,
    /// Every line is a document.
    pub(crate) lines: bool,
    /// JSON lines instead of the readable form.
    pub(crate) json: bool,
    /// The archive lending its authority records and language (default: the current folder's).
    pub(crate) archive: Option<&'a Path>,
    /// The text's language, overriding the archive's.
    pub(crate) language: Option<&'a str>,
}

/// One document's line of output.
#[derive(Serialize)]
struct Document<'a> {
    /// 1-based: with `--lines`, the line number.
    doc: usize,
    #[serde(flatten)]
    annotation: &'a Annotation,
}

pub(crate) fn run(args: &AnnotateArgs<'_>) -> anyhow::Result<ExitCode> {
    let (authorities, language) = archive_context(args.archive)?;
    let language = match args.language {
        Some(code) => Language::new(code)?,
        None => language,
    };
    // An unreadable or non-UTF-8 file is a content error (exit 1), not a usage error.
    let text = match read_text(args.file) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: {error:#}");
            return Ok(ExitCode::from(1));
        }
    };
    let extractor = Extractor::new(&authorities);
    let documents: Vec<&str> = if args.lines { text.lines().collect() } else { vec![text.as_str()] };

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, document) in documents.iter().enumerate() {
        let annotation = extractor.annotate(document, &language);
        if args.json {
            serde_json::to_writer(&mut out, &Document { doc: n + 1, annotation: &annotation })?;
            writeln!(out)?;
        } else {
            print_readable(&mut out, n + 1, &annotation)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The archive's records and language when there is an archive; none and Dutch otherwise.
fn archive_context(archive: Option<&Path>) -> anyhow::Result<(Authorities, Language)> {
    match ArchiveLocation::resolve(archive)? {
        ArchiveLocation::Demo => Ok((Authorities::default(), Language::default())),
        ArchiveLocation::Dir(root) => {
            let (authorities, diagnostics) = kroniek_driver::read_authorities(&root);
            for diagnostic in &diagnostics {
                eprintln!("{diagnostic}\n");
            }
            let language = kroniek_driver::read_config(&root).map(|c| c.language).unwrap_or_default();
            Ok((authorities, language))
        }
    }
}

fn read_text(file: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if file == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    }
    let shown = PathBuf::from(file);
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: not UTF-8 text (first bad byte at {})",
            shown.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}

fn print_readable(out: &mut impl Write, doc: usize, annotation: &Annotation) -> std::io::Result<()> {
    if annotation.dates.is_empty() && annotation.entities.is_empty() {
        return Ok(());
    }
    writeln!(out, "document {doc}")?;
    for d in &annotation.dates {
        let date = d.date.map_or_else(|| "(no date)".to_owned(), |e| e.to_string());
        writeln!(out, "  {:>6}-{:<6} date    {:<22} {}", d.start, d.end, date, d.text)?;
    }
    for e in &annotation.entities {
        let id = e.id.as_deref().unwrap_or("-");
        writeln!(out, "  {:>6}-{:<6} {:<7} {:<22} {}", e.start, e.end, e.kind.as_str(), id, e.text)?;
    }
    Ok(())
}
