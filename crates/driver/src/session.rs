//! A long-lived build for `serve`: the last good site in memory, rebuilt in part after an edit.
//!
//! An edit to articles re-reads only those files and re-renders only the pages that show them
//! (the article, the series page and, when it is listed there, the front page and feeds; the
//! sitemap and data file from kept per-entry pieces); an edit to the configuration,
//! authorities or theme rebuilds everything. A failed rebuild keeps the last good site.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kroniek_model::Entry;
use kroniek_site::{Page, RenderError, SiteRenderer};
use kroniek_source::{ArticleCache, load_changed};
use rayon::prelude::*;

use crate::knowledge::extract_knowledge;
use crate::location::is_ignored;
use crate::pipeline::{Failed, compile_cached, publishable, render_diagnostic};
use crate::{ArchiveLocation, ArchiveSources, Compiled, DriverError};

/// What a (re)build changed in the site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteChange {
    /// Output paths written or rewritten.
    pub written: BTreeSet<String>,
    /// Output paths that no longer exist.
    pub removed: BTreeSet<String>,
    /// Whether every page was rendered (configuration, authorities or theme changed).
    pub full: bool,
    /// After a partial rebuild, the positions in the archive's entries of the articles whose
    /// text changed (a full rebuild changed them all).
    pub articles: Vec<usize>,
}

/// The archive being served, with its last good build.
#[derive(Debug)]
pub struct Session {
    location: ArchiveLocation,
    /// The archive's root, absolute, so that watcher paths can be made relative.
    root: Option<PathBuf>,
    sources: ArchiveSources,
    current: Option<Compiled>,
    /// Parsed articles by path and text, so an edit re-parses only the files it changed.
    cache: ArticleCache,
}

impl Session {
    /// Opens an archive; nothing is built yet.
    pub fn open(location: ArchiveLocation) -> Result<Self, DriverError> {
        let root = match location.root() {
            Some(root) => Some(fs::canonicalize(root).map_err(|e| DriverError::io(root, e))?),
            None => None,
        };
        Ok(Self {
            location,
            root,
            sources: ArchiveSources::default(),
            current: None,
            cache: ArticleCache::new(),
        })
    }

    /// The archive's absolute root, if it lives on disk.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// The last good build.
    pub fn current(&self) -> Option<&Compiled> {
        self.current.as_ref()
    }

    /// Reads everything and builds the whole site.
    pub fn build(&mut self) -> Result<SiteChange, Failed> {
        self.sources = self.location.read().map_err(|e| Failed { diagnostics: vec![io_diagnostic(&e)] })?;
        self.full_build()
    }

    /// Rebuilds after the files at `changed` (absolute paths) were written, created or removed.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<SiteChange, Failed> {
        let Some(root) = self.root.clone() else { return Ok(SiteChange::default()) };
        let relevant: Vec<PathBuf> = changed
            .iter()
            .filter_map(|path| path.strip_prefix(&root).ok().map(Path::to_path_buf))
            .filter(|rel| is_source(rel))
            .collect();
        if relevant.is_empty() {
            return Ok(SiteChange::default());
        }
        let only_articles = relevant.iter().all(|rel| rel.starts_with("content"));
        if !only_articles || self.current.is_none() {
            return self.build();
        }
        for rel in &relevant {
            match fs::read(root.join(rel)) {
                Ok(bytes) => {
                    self.sources.files.insert(rel, bytes);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    self.sources.files.remove(rel);
                }
                Err(e) => return Err(Failed { diagnostics: vec![io_diagnostic(&DriverError::io(rel, e))] }),
            }
        }
        self.article_rebuild(&relevant)
    }

    fn full_build(&mut self) -> Result<SiteChange, Failed> {
        let previous = self.current.as_ref().map(|c| &c.archive);
        let compiled = compile_cached(&self.sources, &mut self.cache, previous)?;
        let mut change = SiteChange { full: true, ..SiteChange::default() };
        change.written = compiled.site.0.keys().cloned().collect();
        if let Some(previous) = &self.current {
            change.removed =
                previous.site.0.keys().filter(|k| !compiled.site.0.contains_key(*k)).cloned().collect();
        }
        self.current = Some(compiled);
        Ok(change)
    }

    /// Only articles changed: reload the sources, then render just the pages they touch.
    ///
    /// Every step costs about what the edit touched: the load re-reads only replaced files and
    /// shares every other entry with the current archive; extraction runs on the re-read ones;
    /// the positions whose entry is not the same `Arc` as before are the changed ones; their
    /// pages, by the old archive and by the new one, are rendered, the archive-wide files from
    /// kept per-entry pieces. When the set of pages itself changes (an article added, removed
    /// or given another URL) the whole site is rendered.
    fn article_rebuild(&mut self, changed: &[PathBuf]) -> Result<SiteChange, Failed> {
        let Some(current) = self.current.as_mut() else { return self.full_build() };
        let loaded = load_changed(&self.sources.files, &mut self.cache, changed);
        let (mut archive, warnings) = publishable(&self.sources, loaded)?;
        let same_records = Arc::ptr_eq(&archive.authorities, &current.archive.authorities)
            || archive.authorities == current.archive.authorities;
        if !same_records || archive.config != current.archive.config {
            // An earlier edit to them failed; the compiled extractor and theme no longer fit.
            return self.full_build();
        }
        // Article edits leave the authority records alone, so the compiled extractor still fits.
        extract_knowledge(&mut archive, &current.extractor, Some(&current.archive), Some(&mut self.cache));

        let (old, new) = (&current.archive.entries, &archive.entries);
        if old.len() != new.len() {
            return self.full_build();
        }
        let changed: Vec<usize> = (0..new.len()).filter(|&i| !Arc::ptr_eq(&old[i], &new[i])).collect();
        let was: HashSet<usize> = changed.iter().map(|&i| Arc::as_ptr(&old[i]) as usize).collect();
        // Positions whose entry is new, not one that moved: their own page is rendered again.
        let rewritten: Vec<usize> =
            changed.iter().copied().filter(|&i| !was.contains(&(Arc::as_ptr(&new[i]) as usize))).collect();
        let urls = |entries: &[Arc<Entry>]| {
            let mut urls: Vec<String> = changed.iter().map(|&i| entries[i].url_path()).collect();
            urls.sort_unstable();
            urls
        };
        if urls(old) != urls(new) {
            return self.full_build();
        }

        let render_error = |e: RenderError| Failed { diagnostics: vec![render_diagnostic(&e)] };
        let knowledge = Arc::new(current.knowledge.updated(&current.archive, &archive, &changed));
        let before =
            SiteRenderer::with_knowledge(&current.archive, &current.theme, Arc::clone(&current.knowledge))
                .map_err(render_error)?;
        let after = SiteRenderer::with_knowledge(&archive, &current.theme, Arc::clone(&knowledge))
            .map_err(render_error)?;
        if before.pages() != after.pages() {
            drop((before, after));
            return self.full_build();
        }
        let mut pages: BTreeSet<Page> = changed
            .iter()
            .flat_map(|&i| before.pages_for_entry(i).into_iter().chain(after.pages_for_entry(i)))
            // A page keyed by position shows the entry there: only new entries change theirs.
            .filter(|page| !matches!(page, Page::Article { .. } | Page::ArticleKnowledge { .. }))
            .collect();
        pages.extend(rewritten.iter().map(|&index| Page::Article { index }));
        pages.extend(rewritten.iter().map(|&index| Page::ArticleKnowledge { index }));
        drop(before);
        let after = after.with_fragments(&current.fragments);
        let pages: Vec<Page> = pages.into_iter().collect();
        let rendered: Vec<(String, Vec<u8>)> = pages
            .par_iter()
            .map(|page| after.render(page))
            .collect::<Result<_, _>>()
            .map_err(render_error)?;
        drop(after);

        let mut change = SiteChange { articles: rewritten, ..SiteChange::default() };
        for (path, bytes) in rendered {
            change.written.insert(path.clone());
            current.site.0.insert(path, bytes);
        }
        current.warnings = warnings;
        let retired = std::mem::replace(&mut current.archive, archive);
        let retired_knowledge = std::mem::replace(&mut current.knowledge, knowledge);
        retire((retired, retired_knowledge));
        Ok(change)
    }
}

/// Drops a large value on a thread of its own, so that freeing it does not delay the answer.
fn retire<T: Send + 'static>(value: T) {
    // With no thread to be had, the value is dropped right here, inside the failed spawn.
    let _ = std::thread::Builder::new().name("kroniek-retire".to_owned()).spawn(move || drop(value));
}

/// Whether an archive-relative path is something a build reads.
fn is_source(rel: &Path) -> bool {
    let hidden = rel.iter().any(|part| part.to_str().is_none_or(is_ignored));
    let top = rel.iter().next().and_then(|p| p.to_str()).unwrap_or("");
    !hidden
        && (rel == Path::new("kroniek.toml")
            || matches!(top, "content" | "authorities" | "templates" | "static") && rel.iter().count() > 1)
}

fn io_diagnostic(error: &DriverError) -> kroniek_model::Diagnostic {
    let path = match error {
        DriverError::Io { path, .. } => path.clone(),
        _ => PathBuf::from("kroniek.toml"),
    };
    kroniek_model::Diagnostic::file(kroniek_model::Severity::Error, path, error.to_string())
}

#[cfg(test)]
mod tests;
