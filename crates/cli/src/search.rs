//! `kroniek search QUERY [DIR] [--json]`: the archive's index (kept up to date in its cache
//! folder) queried from the terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use kroniek_driver::{ArchiveLocation, BuildError, open_search};
use kroniek_search::{SearchRequest, SearchResults};

pub(crate) struct SearchArgs<'a> {
    pub(crate) query: &'a str,
    pub(crate) dir: Option<&'a Path>,
    pub(crate) json: bool,
    pub(crate) limit: usize,
    pub(crate) offset: usize,
}

pub(crate) fn run(args: &SearchArgs<'_>) -> anyhow::Result<ExitCode> {
    let location = ArchiveLocation::resolve(args.dir)?;
    crate::commands::announce_demo(&location);
    let session = match open_search(&location) {
        Ok(session) => session,
        Err(BuildError::Content(failed)) => {
            for diagnostic in &failed.diagnostics {
                eprintln!("{diagnostic}\n");
            }
            eprintln!("the archive could not be loaded, so there is nothing to search");
            return Ok(ExitCode::from(1));
        }
        Err(BuildError::Io(error)) => return Err(error.into()),
    };
    let errors = session.diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        eprintln!("note: the archive has {errors} error(s) (see `kroniek check`); searching what loaded");
    }
    if let Some(reason) = &session.report.rebuilt {
        eprintln!("search index built ({reason})");
    } else if session.report.indexed + session.report.removed > 0 {
        eprintln!(
            "search index updated: {} article(s) re-indexed, {} removed",
            session.report.indexed, session.report.removed
        );
    }
    let request = SearchRequest { offset: args.offset, limit: args.limit.clamp(1, 100) };
    let results = session.index.search(args.query, request);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &results)?;
        writeln!(out)?;
    } else {
        print_text(&mut out, &results, args.offset, std::io::stdout().is_terminal())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_text(
    out: &mut impl Write,
    results: &SearchResults,
    offset: usize,
    colour: bool,
) -> std::io::Result<()> {
    for note in &results.notes {
        writeln!(out, "note: {}", note.message)?;
    }
    let plural = if results.total == 1 { "article" } else { "articles" };
    writeln!(out, "{} {plural}", results.total)?;
    for (n, hit) in results.hits.iter().enumerate() {
        writeln!(out)?;
        let when = hit.date.as_deref().unwrap_or("undated");
        let series = hit.series_title.as_deref().or(hit.series.as_deref()).unwrap_or("");
        writeln!(out, "{:>3}. {}", offset + n + 1, hit.title)?;
        writeln!(out, "     {series} · {when} · {}", hit.url)?;
        writeln!(out, "     {}", terminal_snippet(&hit.snippet, colour))?;
    }
    Ok(())
}

/// The snippet's HTML for a terminal: `<mark>` as bold (or `[` `]` when not a terminal),
/// entities decoded.
fn terminal_snippet(html: &str, colour: bool) -> String {
    let (open, close) = if colour { ("\u{1b}[1m", "\u{1b}[0m") } else { ("[", "]") };
    html.replace("<mark>", open)
        .replace("</mark>", close)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
