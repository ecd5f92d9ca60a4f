//! `kroniek import`: what the driver did with each page, in words an editor can act on.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use kroniek_driver::{
    ExistingSources, ImportJob, ImportMode, ImportSetupError, ImportedPage, PageInputs, PageOutcome,
    SeriesChoice,
};

/// The options of `kroniek import`, as parsed.
pub(crate) struct ImportArgs<'a> {
    pub(crate) inputs: &'a [PathBuf],
    pub(crate) into: Option<&'a Path>,
    pub(crate) series: Option<&'a str>,
    pub(crate) dry_run: bool,
    pub(crate) force: bool,
}

pub(crate) fn run(args: &ImportArgs<'_>) -> anyhow::Result<ExitCode> {
    let root = args.into.unwrap_or(Path::new("."));
    let existing = if args.force { ExistingSources::Replace } else { ExistingSources::Keep };
    let mode = if args.dry_run { ImportMode::DryRun } else { ImportMode::Write };
    let job = match ImportJob::open(root, args.series, existing, mode) {
        Ok(job) => job,
        Err(ImportSetupError::Config(diagnostics)) => {
            for diagnostic in &diagnostics {
                eprintln!("{diagnostic}\n");
            }
            eprintln!("kroniek.toml has errors: nothing was imported");
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(e.into()),
    };

    let inputs = PageInputs::collect(args.inputs);
    let mut failed = inputs.problems.len();
    for problem in &inputs.problems {
        eprintln!("error: {problem}");
    }
    let bar = progress_bar(inputs.pages.len());
    let reports = job.run(&inputs.pages, &|| bar.inc(1));
    bar.finish_and_clear();

    // Buffered: a mirror's report runs to tens of thousands of lines, and stdout alone
    // would make a system call for each.
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut imported, mut skipped) = (0, 0);
    for report in &reports {
        let page = report.page.display();
        match &report.outcome {
            PageOutcome::Imported(done) => {
                imported += 1;
                print_imported(&mut out, &report.page, done, args.dry_run)?;
            }
            PageOutcome::AlreadyImported { article } => {
                skipped += 1;
                writeln!(out, "{page}: skipped: already imported as {}\n", article.display())?;
            }
            PageOutcome::Failed(failure) => {
                failed += 1;
                // Flushed first so that, on a shared terminal, the error sits after its page's
                // neighbours and not in the middle of one.
                out.flush()?;
                eprintln!("{page}: error: {failure}\n");
            }
        }
    }
    out.flush()?;
    let verb = if args.dry_run { "would import" } else { "imported" };
    eprintln!(
        "{verb} {imported} page{} into {}; {skipped} already imported, {failed} failed{}",
        plural(imported),
        root.display(),
        if args.dry_run { " (dry run: nothing written)" } else { "" }
    );
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A bar on stderr for a terminal; nothing at all otherwise, so logs and pipes stay clean.
fn progress_bar(pages: usize) -> ProgressBar {
    if pages < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(pages as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pages  {rate}  {eta} left") {
        // indicatif's own `{per_sec}` shows four decimals; whole pages read better.
        bar.set_style(style.with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} pages/s", state.per_sec());
        }));
    }
    bar
}

fn print_imported(
    out: &mut impl Write,
    page: &Path,
    done: &ImportedPage,
    dry_run: bool,
) -> std::io::Result<()> {
    let article = &done.imported.article;
    let action = match (dry_run, done.replaced) {
        (false, false) => "written to",
        (false, true) => "replaced",
        (true, false) => "would be written to",
        (true, true) => "would replace",
    };
    writeln!(out, "{}: {action} {}", page.display(), done.target.display())?;
    writeln!(out, "  title:       {}", article.title)?;
    if let Some(subtitle) = &article.subtitle {
        writeln!(out, "  subtitle:    {subtitle}")?;
    }
    let from = match done.series_from {
        SeriesChoice::Flag => "from --series",
        SeriesChoice::Headline => "named by the headline",
    };
    writeln!(out, "  series:      {} ({from})", done.series)?;
    if !article.authors.is_empty() {
        writeln!(out, "  authors:     {}", article.authors.join(", "))?;
    }
    if let Some(published) = &article.published {
        writeln!(out, "  published:   {published}")?;
    }
    if let Some(publication) = &article.publication {
        writeln!(
            out,
            "  publication: {publication} (named by the page; the site's comes from kroniek.toml)"
        )?;
    }
    writeln!(out, "  language:    {}", article.language)?;
    writeln!(out, "  encoding:    {}", done.imported.encoding)?;
    let headings = article.sections.iter().filter(|s| s.heading.is_some()).count();
    writeln!(
        out,
        "  recovered:   {headings} section{}, {} footnote{}, {} work{}",
        plural(headings),
        article.footnotes.len(),
        plural(article.footnotes.len()),
        article.works.len(),
        plural(article.works.len()),
    )?;
    let dropped = &done.imported.dropped;
    if dropped.is_empty() {
        writeln!(out, "  dropped:     nothing")?;
    } else {
        writeln!(out, "  dropped:     {} line{}", dropped.len(), plural(dropped.len()))?;
        for line in dropped {
            let text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
            match line.line {
                Some(number) => writeln!(out, "    line {number}: {}: {text}", line.reason.describe())?,
                None => writeln!(out, "    {}: {text}", line.reason.describe())?,
            }
        }
    }
    for warning in &done.imported.warnings {
        match warning.line {
            Some(line) => writeln!(out, "  {}:{line}: warning: {}", page.display(), warning.message)?,
            None => writeln!(out, "  {}: warning: {}", page.display(), warning.message)?,
        }
    }
    if dry_run {
        writeln!(out, "  --- {} (not written) ---", done.target.display())?;
        write!(out, "{}", done.source)?;
        writeln!(out, "  --- end of {} ---", done.target.display())?;
    }
    writeln!(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
