//! `kroniek suggest`: authority records to paste for the names the archive's articles use most
//! often without a record.

use kroniek_extract::Extractor;
use kroniek_extract::entities::{UnlinkedName, frequent_unlinked, suggestions_toml};
use kroniek_model::{Diagnostic, Mention};
use kroniek_source::load;
use rayon::prelude::*;

use crate::ArchiveSources;

/// The most frequent unlinked names and their records as TOML.
#[derive(Debug, Clone)]
pub struct Suggestions {
    /// The names, most mentioned first.
    pub names: Vec<UnlinkedName>,
    /// Ready-to-paste records, grouped by authority file.
    pub toml: String,
    /// Problems met loading the archive (warnings, or errors in articles that were skipped).
    pub diagnostics: Vec<Diagnostic>,
}

/// Recognises the names in every article of the archive and suggests records for the `limit`
/// most frequent ones without a record, among those mentioned at least `min_mentions` times.
/// Fails with the diagnostics when the archive cannot be loaded at all.
pub fn suggest(
    sources: &ArchiveSources,
    min_mentions: usize,
    limit: usize,
) -> Result<Suggestions, Vec<Diagnostic>> {
    let loaded = load(&sources.files);
    let mut diagnostics = sources.diagnostics.clone();
    diagnostics.extend(loaded.diagnostics);
    let Some(archive) = loaded.archive else { return Err(diagnostics) };
    let extractor = Extractor::new(&archive.authorities);
    let mentions: Vec<(String, Vec<Mention>)> = archive
        .entries
        .par_iter()
        .map(|entry| {
            let knowledge = extractor.extract(&entry.article, &entry.subjects);
            (entry.path.to_string_lossy().replace('\\', "/"), knowledge.mentions)
        })
        .collect();
    let mut names = frequent_unlinked(mentions.iter().map(|(p, m)| (p.as_str(), m.as_slice())), min_mentions);
    names.truncate(limit);
    let toml = suggestions_toml(&names);
    Ok(Suggestions { names, toml, diagnostics })
}
