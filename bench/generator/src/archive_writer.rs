//! Writes a planned archive to disk in every requested format, articles in parallel.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use crate::article::write_article;
use crate::plan::ArchivePlan;
use crate::site_format::SiteFormat;

/// What to generate.
#[derive(Clone, Debug)]
pub(crate) struct GenerateOptions {
    /// Number of articles.
    pub(crate) articles: usize,
    /// Seed of every random choice.
    pub(crate) seed: u64,
    /// Formats to write, without repeats.
    pub(crate) formats: Vec<SiteFormat>,
    /// The output folder; it must not exist or be empty.
    pub(crate) out: PathBuf,
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Report {
    /// Articles written (per format).
    pub(crate) articles: usize,
    /// Authority records: people, organisations, places, periodicals.
    pub(crate) authorities: [usize; 4],
    /// Files written, all formats together.
    pub(crate) files: u64,
    /// Bytes written, all formats together.
    pub(crate) bytes: u64,
}

/// Refuses a non-empty folder (or a file) at `path`, and creates the folder if missing.
pub(crate) fn prepare_empty_dir(path: &Path) -> Result<()> {
    match fs::read_dir(path) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                bail!(
                    "{} is not empty; refusing to write into it (choose a new or empty folder)",
                    path.display()
                );
            }
            Ok(())
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {
            fs::create_dir_all(path).with_context(|| format!("cannot create {}", path.display()))
        }
        Err(e) if path.exists() && !path.is_dir() => {
            Err(e).with_context(|| format!("{} is not a folder", path.display()))
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Plans and writes the archive. With one format the site is `out` itself; with several,
/// each goes to `out/<format>/`.
pub(crate) fn generate(options: &GenerateOptions) -> Result<Report> {
    prepare_empty_dir(&options.out)?;
    let plan = ArchivePlan::new(options.seed, options.articles);
    let roots: Vec<(SiteFormat, PathBuf)> = options
        .formats
        .iter()
        .map(|&format| {
            let root = if options.formats.len() == 1 {
                options.out.clone()
            } else {
                options.out.join(format.dir_name())
            };
            (format, root)
        })
        .collect();

    let mut files = 0u64;
    let mut bytes = 0u64;
    for (format, root) in &roots {
        for dir in format.article_dirs(&plan) {
            create_dir(&root.join(dir))?;
        }
        for (relative, text) in format.scaffold(&plan) {
            let path = root.join(relative);
            if let Some(parent) = path.parent() {
                create_dir(parent)?;
            }
            write(&path, &text)?;
            files += 1;
            bytes += text.len() as u64;
        }
    }

    let (article_files, article_bytes) = (0..options.articles)
        .into_par_iter()
        .map(|index| -> Result<(u64, u64)> {
            let article = write_article(&plan, index);
            let mut written = (0, 0);
            for (format, root) in &roots {
                let (relative, text) = format.article_file(&plan, &article);
                write(&root.join(relative), &text)?;
                written.0 += 1;
                written.1 += text.len() as u64;
            }
            Ok(written)
        })
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))?;

    let a = &plan.authorities;
    Ok(Report {
        articles: options.articles,
        authorities: [a.people.len(), a.organisations.len(), a.places.len(), a.periodicals.len()],
        files: files + article_files,
        bytes: bytes + article_bytes,
    })
}

fn create_dir(path: &Path) -> Result<()> {
    fs::create_dir_all(path).with_context(|| format!("cannot create {}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests;
