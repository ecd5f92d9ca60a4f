//! The subcommands and what each prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use kroniek_driver::{ArchiveLocation, BuildError, build, check, create_archive, locate_source};
use kroniek_model::Diagnostic;

/// kroniek — a chronicle engine for movement archives.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start a new archive in DIR (which must not exist or be empty).
    New {
        /// Where to create the archive.
        dir: PathBuf,
    },
    /// Report every problem in an archive, with file:line:col; exit 1 if any is an error.
    Check {
        /// The archive (default: the current folder, or the demo archive if it has no kroniek.toml).
        dir: Option<PathBuf>,
    },
    /// Serve the site on this machine, rebuilding and reloading open pages on every edit.
    Serve {
        /// The archive (default: the current folder, or the demo archive if it has no kroniek.toml).
        dir: Option<PathBuf>,
        /// The port (default 8000, or the next free one).
        #[arg(long)]
        port: Option<u16>,
        /// The address to listen on; 0.0.0.0 makes the site reachable from other machines.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
    },
    /// One article (a source .md, or a scraped .txt/.html page): its structure as JSON.
    Extract {
        /// The files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the JSON array of DESIGN.md's contract (the default prints a short summary).
        #[arg(long)]
        json: bool,
        /// The archive whose series and language guide the recovery (default: the current folder's).
        #[arg(long)]
        archive: Option<PathBuf>,
    },
    /// Spans of dates and entities in plain text, with character offsets (JSON lines with --json).
    Annotate {
        /// The text file (`-` for standard input).
        file: PathBuf,
        /// Every line of the file is a document of its own.
        #[arg(long)]
        lines: bool,
        /// One JSON object per document, as DESIGN.md's "annotate --json" contract.
        #[arg(long)]
        json: bool,
        /// The archive whose authority records and language to use (default: the current folder's).
        #[arg(long)]
        archive: Option<PathBuf>,
        /// The text's language (nl, fr, en, de, es), overriding the archive's.
        #[arg(long)]
        language: Option<String>,
    },
    /// Turn scraped pages (.txt/.html, or a folder mirroring a site) into article sources in
    /// content/<series>/<slug>.md; never overwrites, skips pages imported before.
    Import {
        /// The pages, or folders searched recursively for .txt, .text, .html and .htm pages.
        #[arg(required = true, value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
        /// The archive to import into (default: the current folder).
        #[arg(long, value_name = "ARCHIVE")]
        into: Option<PathBuf>,
        /// Put every page in this series (declared in kroniek.toml); by default the series the
        /// page's headline names.
        #[arg(long, value_name = "ID")]
        series: Option<String>,
        /// Print what would be written, and the sources themselves; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Replace existing sources, and import again pages imported before.
        #[arg(long)]
        force: bool,
    },
    /// Print authority records, ready to paste, for the names the articles mention most often
    /// without a record (with their kind, the forms seen and the articles they occur in).
    Suggest {
        /// The archive (default: the current folder, or the demo archive if it has no kroniek.toml).
        dir: Option<PathBuf>,
        /// Only names mentioned at least this often across the archive.
        #[arg(long, default_value_t = 2)]
        min_mentions: usize,
        /// At most this many records.
        #[arg(long, default_value_t = 25)]
        limit: usize,
    },
    /// Search the archive from the terminal (words, "phrases", prefix*, -word, OR, and filters
    /// such as taal:nl, reeks:ID, auteur:NAME, persoon:ID, jaar:1917..1923).
    Search {
        /// The query.
        query: String,
        /// The archive (default: the current folder, or the demo archive if it has no kroniek.toml).
        dir: Option<PathBuf>,
        /// The archive, as `extract` and `annotate` take it (same as DIR).
        #[arg(long, conflicts_with = "dir")]
        archive: Option<PathBuf>,
        /// Print DESIGN.md's JSON shape instead of text.
        #[arg(long)]
        json: bool,
        /// How many results to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// How many results to skip.
        #[arg(long, default_value_t = 0)]
        offset: usize,
    },
    /// Build the static site.
    Build {
        /// The archive (default: the current folder, or the demo archive if it has no kroniek.toml).
        dir: Option<PathBuf>,
        /// Where to write the site (default: `public` in the archive, or `./public` for the demo).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub(crate) fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::New { dir } => {
            create_archive(&dir)?;
            println!("created a new archive in {}", dir.display());
            println!("next: cd {} && kroniek serve", dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Suggest { dir, min_mentions, limit } => {
            crate::suggest::run(dir.as_deref(), min_mentions, limit)
        }
        Command::Check { dir } => {
            let location = ArchiveLocation::resolve(dir.as_deref())?;
            announce_demo(&location);
            let sources = location.read()?;
            let diagnostics = check(&sources);
            let mut out = std::io::stdout().lock();
            print_diagnostics(&mut out, &diagnostics)?;
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            writeln!(out, "{}", summary(&diagnostics, sources.files.len()))?;
            Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Serve { dir, port, bind } => crate::serve::run(dir.as_deref(), port, bind),
        Command::Extract { files, json, archive } => extract(&files, json, archive.as_deref()),
        Command::Annotate { file, lines, json, archive, language } => {
            crate::annotate::run(&crate::annotate::AnnotateArgs {
                file: &file,
                lines,
                json,
                archive: archive.as_deref(),
                language: language.as_deref(),
            })
        }
        Command::Import { inputs, into, series, dry_run, force } => {
            crate::import::run(&crate::import::ImportArgs {
                inputs: &inputs,
                into: into.as_deref(),
                series: series.as_deref(),
                dry_run,
                force,
            })
        }
        Command::Search { query, dir, archive, json, limit, offset } => {
            crate::search::run(&crate::search::SearchArgs {
                query: &query,
                dir: dir.as_deref().or(archive.as_deref()),
                json,
                limit,
                offset,
            })
        }
        Command::Build { dir, out } => {
            let started = Instant::now();
            let location = ArchiveLocation::resolve(dir.as_deref())?;
            announce_demo(&location);
            let out = out.unwrap_or_else(|| location.root().unwrap_or(Path::new(".")).join("public"));
            let sources = location.read()?;
            let mut err = std::io::stderr().lock();
            match build(&sources, &out, location.root()) {
                Ok(built) => {
                    print_diagnostics(&mut err, &built.warnings)?;
                    writeln!(
                        err,
                        "built {} articles into {} ({} files) in {} ms",
                        built.articles,
                        out.display(),
                        built.files,
                        started.elapsed().as_millis()
                    )?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(BuildError::Content(failed)) => {
                    print_diagnostics(&mut err, &failed.diagnostics)?;
                    writeln!(err, "{}", summary(&failed.diagnostics, sources.files.len()))?;
                    writeln!(err, "not built: fix the errors above; {} was left as it was", out.display())?;
                    Ok(ExitCode::from(1))
                }
                Err(BuildError::Io(error)) => Err(anyhow::Error::new(error)
                    .context(format!("could not write the site to {}", out.display()))),
            }
        }
    }
}

fn extract(files: &[PathBuf], json: bool, archive: Option<&Path>) -> anyhow::Result<ExitCode> {
    // The archive lends its series, language and authority records; without one, extraction
    // still works.
    let (config, authorities) = match ArchiveLocation::resolve(archive)? {
        ArchiveLocation::Demo => (None, Default::default()),
        ArchiveLocation::Dir(root) => {
            (kroniek_driver::read_config(&root), kroniek_driver::read_authorities(&root).0)
        }
    };
    let extractor = kroniek_extract::Extractor::new(&authorities);
    let mut reports = Vec::new();
    let mut failed = false;
    for file in files {
        let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        // A source inside an archive is read as its archive reads it (series, language).
        let located = locate_source(file).filter(|_| archive.is_none());
        let own_extractor;
        let (path, config, extractor) = match &located {
            Some((root, relative)) => {
                own_extractor = kroniek_extract::Extractor::new(&kroniek_driver::read_authorities(root).0);
                (relative.as_path(), kroniek_driver::read_config(root), &own_extractor)
            }
            None => (file.as_path(), config.clone(), &extractor),
        };
        match kroniek_driver::extract(path, &bytes, config.as_ref(), extractor) {
            Ok(mut report) => {
                report.source = file.to_string_lossy().into_owned();
                for warning in &report.warnings {
                    eprintln!("{warning}");
                }
                reports.push(report);
            }
            Err(error) => {
                eprintln!("{error}");
                failed = true;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &reports)?;
        writeln!(out)?;
    } else {
        for report in &reports {
            let article = &report.article;
            writeln!(out, "{} ({})", report.source, report.format)?;
            writeln!(out, "  title:     {}", article.title)?;
            if let Some(subtitle) = &article.subtitle {
                writeln!(out, "  subtitle:  {subtitle}")?;
            }
            writeln!(out, "  authors:   {}", article.authors.join(", "))?;
            writeln!(out, "  language:  {}", article.language)?;
            let headings = article.sections.iter().filter(|s| s.heading.is_some()).count();
            writeln!(
                out,
                "  {} sections, {} footnotes, {} works, {} words",
                headings,
                article.footnotes.len(),
                article.works.len(),
                article.word_count()
            )?;
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

pub(crate) fn announce_demo(location: &ArchiveLocation) {
    if *location == ArchiveLocation::Demo {
        eprintln!("no kroniek.toml here: using the built-in demo archive");
    }
}

fn print_diagnostics(out: &mut impl Write, diagnostics: &[Diagnostic]) -> std::io::Result<()> {
    for diagnostic in diagnostics {
        writeln!(out, "{diagnostic}\n")?;
    }
    Ok(())
}

fn summary(diagnostics: &[Diagnostic], files: usize) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!(
        "{files} files checked: {errors} error{}, {warnings} warning{}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" }
    )
}
