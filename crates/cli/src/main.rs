//! `kroniek`: the command line. A thin layer: it parses arguments, calls the driver and
//! turns results into text and exit codes (0 success, 1 content errors, 2 usage errors).

mod annotate;
mod commands;
mod import;
mod live;
mod live_knowledge;
mod live_search;
mod search;
mod serve;
mod suggest;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = commands::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
