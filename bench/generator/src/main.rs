//! `kroniek-bench-gen`: writes synthetic archives for kroniek's benchmarks.
//!
//! Input: a number of articles, a seed and the formats wanted. Output: a complete kroniek
//! archive (kroniek.toml, content/<series>/<slug>.md, authorities/*.toml), and on request
//! the same articles as a Hugo and a Zola site. Same seed and count, same bytes: every
//! random choice comes from a seeded generator of its own stream (see `rng.rs`), so the
//! articles can be written in parallel in any order. Depends on no kroniek crate: the
//! generator writes the format from the outside, as docs/format.md describes it; only its
//! tests read the output back with `kroniek-source`.

mod archive_writer;
mod article;
mod authorities;
mod date_phrase;
mod hugo_site;
mod kroniek_site;
mod language;
mod organisations;
mod origin;
mod people;
mod periodicals;
mod phrasebook;
mod places;
mod plan;
mod prose;
mod rng;
mod site_format;
mod toml_writer;
mod work_titles;
mod zola_site;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use crate::archive_writer::{GenerateOptions, generate, prepare_empty_dir};
use crate::site_format::SiteFormat;

/// Writes a synthetic labour-movement archive for benchmarks.
#[derive(Debug, Parser)]
#[command(name = "kroniek-bench-gen", version, about)]
struct Args {
    /// How many articles to write (about 1,500 words each).
    #[arg(long, value_name = "N")]
    articles: usize,
    /// The folder to write into; it must not exist or be empty.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the pseudo-random generator: the same seed and --articles give byte-identical
    /// output.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Format to write; repeat for several. With one format --out is the site itself; with
    /// several, each goes to --out/kroniek, --out/hugo, --out/zola. Default: kroniek.
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    formats: Vec<SiteFormat>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut formats = args.formats;
    if formats.is_empty() {
        formats.push(SiteFormat::Kroniek);
    }
    formats.sort_unstable();
    formats.dedup();
    // A folder that is not empty is a usage error (exit 2), like a bad flag.
    if let Err(error) = prepare_empty_dir(&args.out) {
        eprintln!("error: {error:#}");
        return ExitCode::from(2);
    }
    let options = GenerateOptions { articles: args.articles, seed: args.seed, formats, out: args.out };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(options: &GenerateOptions) -> Result<()> {
    let report = generate(options)?;
    let [people, organisations, places, periodicals] = report.authorities;
    eprintln!(
        "wrote {} articles to {} ({} files, {:.1} MiB); authorities: {people} people, \
         {organisations} organisations, {places} places, {periodicals} periodicals",
        report.articles,
        options.out.display(),
        report.files,
        report.bytes as f64 / (1024.0 * 1024.0),
    );
    Ok(())
}
