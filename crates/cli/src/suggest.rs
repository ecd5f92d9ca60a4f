//! `kroniek suggest [DIR]`: prints authority records, ready to paste, for the names the
//! archive's articles mention most often without a record.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use kroniek_driver::{ArchiveLocation, suggest};

use crate::commands::announce_demo;

/// Runs the command; `min_mentions` and `limit` choose which names get a record.
pub(crate) fn run(dir: Option<&Path>, min_mentions: usize, limit: usize) -> anyhow::Result<ExitCode> {
    let location = ArchiveLocation::resolve(dir)?;
    announce_demo(&location);
    let sources = location.read()?;
    let suggestions = match suggest(&sources, min_mentions, limit) {
        Ok(suggestions) => suggestions,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            return Ok(ExitCode::from(1));
        }
    };
    let errors = suggestions.diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        eprintln!("note: {errors} problem(s) in the archive; `kroniek check` lists them");
    }
    let mut out = std::io::stdout().lock();
    if suggestions.names.is_empty() {
        writeln!(out, "# every name mentioned {min_mentions} times or more has a record")?;
    } else {
        write!(out, "{}", suggestions.toml)?;
    }
    Ok(ExitCode::SUCCESS)
}
