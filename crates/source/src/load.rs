//! The whole archive: every file read, then the checks that need more than one file (subjects,
//! place references, series, one URL per article).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kroniek_model::{Archive, Authorities, AuthorityKind, Diagnostic, Entry, Severity, SiteConfig};
use rayon::prelude::*;

use crate::SourceFiles;
use crate::article::{ArticleSpans, read_article};
use crate::authority::{PlaceRef, read_authorities};
use crate::config::parse_config;
use crate::toml_reader::closest;

/// The archive and every problem found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The archive; `None` only when `kroniek.toml` is missing or unusable.
    pub archive: Option<Archive>,
    /// Every problem, sorted by path, line and column.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error (a build must not go on).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The configuration file's path in an archive.
pub const CONFIG_FILE: &str = "kroniek.toml";

/// What a file of the archive is for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Config,
    Article,
    Authorities(AuthorityKind),
    /// Read by other stages (templates, static files) or not at all (READMEs, VCS folders).
    Ignored,
    /// In a folder kroniek reads, but not a file it can use: a warning, then skipped.
    Stray(String),
}

/// Reads a whole archive and reports every problem in one run.
///
/// The archive holds every article and record that could be read: a malformed article yields
/// its diagnostics and the rest still loads. An article whose series is not declared, or that
/// claims the URL of an earlier one (in path order), is left out; an unknown subject is dropped
/// from its article. Entries are sorted with [`Archive::sort_entries`].
pub fn load(files: &SourceFiles) -> Loaded {
    load_with(files, None)
}

/// What was read from an archive's files, kept between loads of one archive so that reloading
/// after an edit reads only the files that changed: what `serve` needs to answer an edit in
/// milliseconds.
///
/// A file counts as unchanged when [`SourceFiles`] still holds the very bytes it was read from
/// (the same shared buffer: no hashing, no copying), or bytes equal to them. An unchanged
/// article is handed out as the same shared [`Entry`], so a caller can tell an unchanged entry
/// from a re-read one with `Arc::ptr_eq`.
#[derive(Debug, Default)]
pub struct ArticleCache {
    /// The configuration and authority files, and what was read from them.
    front: Option<FrontFiles>,
    /// The configuration the cached articles were read with: a change invalidates them all,
    /// since series titles and the default language go into every article.
    config: Option<SiteConfig>,
    articles: HashMap<PathBuf, Arc<CachedArticle>>,
    /// Where the last load placed every article, when it found no error: what
    /// [`load_changed`] updates instead of placing every article again.
    placed: Option<Placed>,
}

/// The articles as the last load placed them.
#[derive(Debug)]
struct Placed {
    /// In archive order.
    entries: Vec<Arc<Entry>>,
    by_path: HashMap<PathBuf, Arc<Entry>>,
    /// Which article holds each URL: (series, lowercased slug) → path.
    urls: HashMap<(String, String), PathBuf>,
    /// The diagnostics of the article files that have any.
    by_file: HashMap<PathBuf, Vec<Diagnostic>>,
    /// The other files' diagnostics: stray files, configuration, authorities.
    others: Vec<Diagnostic>,
}

/// `kroniek.toml` and `authorities/*.toml` as last read, with their results.
#[derive(Debug)]
struct FrontFiles {
    sources: Vec<(PathBuf, Arc<[u8]>)>,
    config: Option<SiteConfig>,
    authorities: Arc<Authorities>,
    diagnostics: Vec<Diagnostic>,
}

/// One article source as last read: the entry before the archive-wide checks.
#[derive(Debug)]
struct CachedArticle {
    source: Arc<[u8]>,
    entry: Option<Arc<Entry>>,
    diagnostics: Vec<Diagnostic>,
    spans: ArticleSpans,
}

impl ArticleCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hands out `entry` for its path from now on, for as long as the path's source stays the
    /// same: a later stage's additions (the extract stage's knowledge) are then kept with the
    /// parse. `entry` must be the cached entry of its path with only such additions; an entry
    /// whose path the cache does not hold is ignored.
    pub fn keep(&mut self, entry: &Arc<Entry>) {
        let Some(cached) = self.articles.get_mut(&entry.path) else { return };
        let parse = cached.entry.clone();
        let updated = CachedArticle {
            source: Arc::clone(&cached.source),
            entry: Some(Arc::clone(entry)),
            diagnostics: cached.diagnostics.clone(),
            spans: cached.spans.clone(),
        };
        *cached = Arc::new(updated);
        // The placed archive holds the parse too: it gives out the kept entry from now on.
        let Some(placed) = self.placed.as_mut() else { return };
        let Some(held) = placed.by_path.get_mut(&entry.path) else { return };
        if parse.is_some_and(|parse| Arc::ptr_eq(&parse, held))
            && let Ok(at) = placed.entries.binary_search_by(|e| e.archive_order(held))
            && let Some(slot) = placed.entries.get_mut(at)
        {
            *slot = Arc::clone(entry);
            *held = Arc::clone(entry);
        }
    }
}

/// Like [`load`], reusing what `cache` read from files that have not changed and remembering
/// what is read now. The result is the same as `load`'s.
pub fn load_cached(files: &SourceFiles, cache: &mut ArticleCache) -> Loaded {
    load_with(files, Some(cache))
}

/// Whether `now` holds the bytes `before` was read from.
fn same_bytes(before: &Arc<[u8]>, now: &Arc<[u8]>) -> bool {
    Arc::ptr_eq(before, now) || before == now
}

/// Like [`load_cached`], when the files at `changed` (archive-relative) are the only ones
/// written, created or removed since the last load with `cache`: only those articles are read
/// and placed among the others, which costs about what the edit touched, not what the archive
/// holds. When that cannot be done exactly — `changed` names anything but an article, the last
/// load or this one finds an error, an article takes another's URL — it loads like
/// [`load_cached`]. Either way the result is the same as `load`'s.
pub fn load_changed(files: &SourceFiles, cache: &mut ArticleCache, changed: &[PathBuf]) -> Loaded {
    match load_in_place(files, cache, changed) {
        Some(loaded) => loaded,
        None => load_cached(files, cache),
    }
}

/// [`load_changed`]'s own path; `None` where it must load everything.
fn load_in_place(files: &SourceFiles, cache: &mut ArticleCache, changed: &[PathBuf]) -> Option<Loaded> {
    let front = cache.front.as_ref()?;
    let config = front.config.clone()?;
    let mut placed = cache.placed.take()?;
    let mut read = Vec::new();
    for path in changed {
        let path = crate::files::normalise(path);
        match role(&path) {
            Role::Ignored => continue,
            Role::Article => {}
            _ => return None,
        }
        let article = match files.shared(&path) {
            None => None,
            Some(bytes) => Some(match cache.articles.get(&path).filter(|c| same_bytes(&c.source, bytes)) {
                Some(hit) => Arc::clone(hit),
                None => Arc::new(read_source(&path, bytes, Some(&config))),
            }),
        };
        read.push((path, article));
    }
    read.sort_by(|a, b| a.0.cmp(&b.0));
    read.dedup_by(|a, b| a.0 == b.0);

    // Out with the old versions first, so that two articles may trade URLs.
    for (path, _) in &read {
        placed.by_file.remove(path);
        let Some(old) = placed.by_path.remove(path) else { continue };
        placed.urls.remove(&(old.series.as_str().to_owned(), old.slug.to_lowercase()));
        let at = placed.entries.binary_search_by(|e| e.archive_order(&old)).ok()?;
        placed.entries.remove(at);
    }
    let authorities = Arc::clone(&front.authorities);
    for (path, article) in &read {
        let Some(article) = article else { continue };
        let mut diagnostics = article.diagnostics.clone();
        let entry = article.entry.as_ref()?;
        let bytes = files.shared(path)?;
        let checks = ArchiveChecks { path, bytes, spans: &article.spans, diagnostics: &mut diagnostics };
        let entry = checks.place(entry, Some(&config), &authorities, &mut placed.urls)?;
        if diagnostics.iter().any(Diagnostic::is_error) {
            return None;
        }
        let at = placed.entries.binary_search_by(|e| e.archive_order(&entry)).err()?;
        placed.entries.insert(at, Arc::clone(&entry));
        placed.by_path.insert(path.clone(), entry);
        if !diagnostics.is_empty() {
            placed.by_file.insert(path.clone(), diagnostics);
        }
    }

    for (path, article) in read {
        match article {
            Some(article) => cache.articles.insert(path, article),
            None => cache.articles.remove(&path),
        };
    }
    let mut diagnostics = placed.others.clone();
    diagnostics.extend(placed.by_file.values().flatten().cloned());
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let archive = Archive { config, entries: placed.entries.clone(), authorities };
    cache.placed = Some(placed);
    Some(Loaded { archive: Some(archive), diagnostics })
}

fn load_with(files: &SourceFiles, mut cache: Option<&mut ArticleCache>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut front_sources: Vec<(PathBuf, Arc<[u8]>)> = Vec::new();
    let mut articles: Vec<(&Path, &Arc<[u8]>)> = Vec::new();
    for (path, bytes) in files.iter_shared() {
        match role(path) {
            Role::Ignored => {}
            Role::Stray(message) => diagnostics.push(Diagnostic::file(Severity::Warning, path, message)),
            Role::Article => articles.push((path, bytes)),
            Role::Config | Role::Authorities(_) => {
                front_sources.push((path.to_path_buf(), Arc::clone(bytes)))
            }
        }
    }

    let kept_front = cache.as_deref_mut().and_then(|c| c.front.take()).filter(|front| {
        front.sources.len() == front_sources.len()
            && front.sources.iter().zip(&front_sources).all(|((p, b), (q, c))| p == q && same_bytes(b, c))
    });
    let front = kept_front.unwrap_or_else(|| read_front(front_sources));
    diagnostics.extend(front.diagnostics.iter().cloned());
    let config = front.config.clone();
    let authorities = Arc::clone(&front.authorities);

    if let Some(cache) = cache.as_deref_mut()
        && cache.config != config
    {
        cache.articles.clear();
        cache.config.clone_from(&config);
    }
    // Parsing articles is the bulk of the work and each is independent: spread it over the
    // cores, then place them one by one, in path order, so URL checks stay deterministic.
    let cached = cache.as_deref();
    let read: Vec<ReadSource<'_>> = articles
        .par_iter()
        .map(|&(path, bytes)| {
            let hit = cached.and_then(|c| c.articles.get(path)).filter(|c| same_bytes(&c.source, bytes));
            match hit {
                Some(hit) => (path, bytes, Arc::clone(hit), false),
                None => (path, bytes, Arc::new(read_source(path, bytes, config.as_ref())), true),
            }
        })
        .collect();
    if let Some(cache) = cache.as_deref_mut() {
        if cache.articles.len() != read.len() || read.iter().any(|(.., fresh)| *fresh) {
            let present: std::collections::HashSet<&Path> = read.iter().map(|(path, ..)| *path).collect();
            cache.articles.retain(|path, _| present.contains(path.as_path()));
        }
        for (path, _, article, fresh) in &read {
            if *fresh {
                cache.articles.insert(path.to_path_buf(), Arc::clone(article));
            }
        }
        cache.front = Some(front);
    }

    let others = diagnostics.clone();
    let mut by_file = HashMap::new();
    let mut entries = Vec::with_capacity(read.len());
    let mut urls: HashMap<(String, String), PathBuf> = HashMap::with_capacity(read.len());
    for (path, bytes, article, _) in read {
        let mut found = article.diagnostics.clone();
        if let Some(entry) = &article.entry {
            let checks = ArchiveChecks { path, bytes, spans: &article.spans, diagnostics: &mut found };
            if let Some(entry) = checks.place(entry, config.as_ref(), &authorities, &mut urls) {
                entries.push(entry);
            }
        }
        if !found.is_empty() {
            diagnostics.extend(found.iter().cloned());
            by_file.insert(path.to_path_buf(), found);
        }
    }

    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let archive = config.map(|config| {
        let mut archive = Archive { config, entries, authorities };
        archive.sort_entries();
        archive
    });
    if let Some(cache) = cache {
        // Only a load without errors is a base to place changed articles in: an error may hide
        // an article another one would have collided with.
        cache.placed =
            archive.as_ref().filter(|_| !diagnostics.iter().any(Diagnostic::is_error)).map(|archive| {
                Placed {
                    entries: archive.entries.clone(),
                    by_path: archive.entries.iter().map(|e| (e.path.clone(), Arc::clone(e))).collect(),
                    urls,
                    by_file,
                    others,
                }
            });
    }
    Loaded { archive, diagnostics }
}

/// One article file of a load: its path, its bytes, what was read from them, and whether that
/// was read now (not taken from the cache).
type ReadSource<'f> = (&'f Path, &'f Arc<[u8]>, Arc<CachedArticle>, bool);

/// Reads one article's bytes: a file that is not UTF-8 is a diagnostic and no entry.
fn read_source(path: &Path, bytes: &Arc<[u8]>, config: Option<&SiteConfig>) -> CachedArticle {
    let mut diagnostics = Vec::new();
    let (entry, spans) = match decode(path, bytes, &mut diagnostics) {
        Some(text) => {
            let read = read_article(path, text, config);
            diagnostics.extend(read.parsed.diagnostics);
            (read.parsed.value.map(Arc::new), read.spans)
        }
        None => (None, ArticleSpans::default()),
    };
    CachedArticle { source: Arc::clone(bytes), entry, diagnostics, spans }
}

/// Reads the configuration and the authority files, and checks the records' place references.
fn read_front(sources: Vec<(PathBuf, Arc<[u8]>)>) -> FrontFiles {
    let mut diagnostics = Vec::new();
    let mut texts: Vec<(PathBuf, Role, String)> = Vec::new();
    for (path, bytes) in &sources {
        if let Some(text) = decode(path, bytes, &mut diagnostics) {
            texts.push((path.clone(), role(path), text.to_owned()));
        }
    }
    let config = read_config(&texts, &mut diagnostics);
    let (authorities, place_refs) = read_all_authorities(&texts, &mut diagnostics);
    check_place_refs(&authorities, &place_refs, &mut diagnostics);
    FrontFiles { sources, config, authorities: Arc::new(authorities), diagnostics }
}

/// What a path is, from where it sits: `kroniek.toml`, `content/<series>/<slug>.md`,
/// `authorities/<kind>.toml`.
fn role(path: &Path) -> Role {
    let parts: Vec<String> = path.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let Some(name) = parts.last() else { return Role::Ignored };
    // Hidden files, editors' swap and backup files: never meant for the site.
    if parts.iter().any(|p| p.starts_with('.'))
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".swx", ".tmp"].iter().any(|ext| name.ends_with(ext))
    {
        return Role::Ignored;
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    match parts.as_slice() {
        [CONFIG_FILE] => Role::Config,
        ["content", _, file] if file.ends_with(".md") => Role::Article,
        ["content", file] if file.ends_with(".md") => Role::Stray(
            "an article directly under content/ belongs to no series: move it into content/<series>/".into(),
        ),
        ["content", _, _, _, ..] if name.ends_with(".md") => Role::Stray(
            "an article must sit in content/<series>/, one folder deep: this one is deeper and is skipped".into(),
        ),
        ["content", ..] => Role::Stray("not an article (only .md files are read under content/): skipped".into()),
        ["authorities", file] => match AuthorityKind::ALL.iter().find(|k| format!("{}.toml", k.plural()) == *file) {
            Some(kind) => Role::Authorities(*kind),
            None => Role::Stray(
                "not an authority file (people.toml, organisations.toml, places.toml or periodicals.toml): skipped"
                    .into(),
            ),
        },
        ["authorities", ..] => Role::Stray("authority files sit directly in authorities/: skipped".into()),
        _ => Role::Ignored,
    }
}

/// A file's text; not UTF-8 is an error at the first bad byte.
fn decode<'b>(path: &Path, bytes: &'b [u8], diagnostics: &mut Vec<Diagnostic>) -> Option<&'b str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.valid_up_to();
            // Before `at` the lossy text has the very same bytes, so the position holds.
            let shown = String::from_utf8_lossy(bytes);
            let message = "this file is not UTF-8 text; it is skipped";
            let help = "save it as UTF-8 (most editors offer this under \"encoding\")";
            diagnostics.push(Diagnostic::error(path, &shown, at..at + 1, message).with_help(help));
            None
        }
    }
}

fn read_config(texts: &[(PathBuf, Role, String)], diagnostics: &mut Vec<Diagnostic>) -> Option<SiteConfig> {
    let Some((path, _, text)) = texts.iter().find(|(_, role, _)| *role == Role::Config) else {
        // A file that was there but not UTF-8 has its own diagnostic already.
        if !diagnostics.iter().any(|d| d.path == Path::new(CONFIG_FILE)) {
            let message = "there is no kroniek.toml: this folder is not a kroniek archive";
            let help = "`kroniek new DIR` starts an archive";
            diagnostics.push(Diagnostic::file(Severity::Error, CONFIG_FILE, message).with_help(help));
        }
        return None;
    };
    match parse_config(path, text) {
        Ok(config) => Some(config),
        Err(errors) => {
            diagnostics.extend(errors);
            None
        }
    }
}

fn read_all_authorities(
    texts: &[(PathBuf, Role, String)],
    diagnostics: &mut Vec<Diagnostic>,
) -> (Authorities, Vec<(PathBuf, String, Vec<PlaceRef>)>) {
    let mut authorities = Authorities::default();
    let mut refs = Vec::new();
    for (path, role, text) in texts {
        let Role::Authorities(kind) = role else { continue };
        let read = read_authorities(*kind, path, text);
        diagnostics.extend(read.parsed.diagnostics);
        for record in read.parsed.value.into_iter().flatten() {
            authorities.insert(record);
        }
        refs.push((path.clone(), text.clone(), read.place_refs));
    }
    (authorities, refs)
}

fn check_place_refs(
    authorities: &Authorities,
    refs: &[(PathBuf, String, Vec<PlaceRef>)],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let places: Vec<&str> = authorities.of_kind(AuthorityKind::Place).map(|p| p.id.as_str()).collect();
    for (path, text, place_refs) in refs {
        for place in place_refs {
            if authorities.get(AuthorityKind::Place, place.id.as_str()).is_none() {
                let message =
                    format!("unknown place `{}`: authorities/places.toml has no such record", place.id);
                let diagnostic = Diagnostic::error(path, text, place.span.clone(), message);
                diagnostics.push(match closest(place.id.as_str(), &places) {
                    Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
                    None => diagnostic
                        .with_help(format!("add a record `[{}]` to authorities/places.toml", place.id)),
                });
            }
        }
    }
}

/// The checks that place one article among the others.
struct ArchiveChecks<'a> {
    path: &'a Path,
    /// The article's source, decoded again only to point a diagnostic at its line.
    bytes: &'a [u8],
    spans: &'a ArticleSpans,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl ArchiveChecks<'_> {
    /// Checks subjects, series and URL; returns the entry if it joins the archive (the same
    /// shared entry, unless an unknown subject had to be dropped from it).
    fn place(
        mut self,
        entry: &Arc<Entry>,
        config: Option<&SiteConfig>,
        authorities: &Authorities,
        urls: &mut HashMap<(String, String), PathBuf>,
    ) -> Option<Arc<Entry>> {
        let entry = self.subjects(entry, authorities);
        // `read_article` reported an undeclared series; such an entry has no page to go to.
        if config.is_some_and(|c| c.series(entry.series.as_str()).is_none()) {
            return None;
        }
        // Case-insensitive: many disks (and so `public/`) cannot hold both X/ and x/.
        let key = (entry.series.as_str().to_owned(), entry.slug.to_lowercase());
        let Some(earlier) = urls.get(&key) else {
            urls.insert(key, entry.path.clone());
            return Some(entry);
        };
        let same_folder = earlier.parent() == self.path.parent();
        let message = if same_folder {
            format!(
                "duplicate slug `{}` in series `{}`: {} has it too",
                entry.slug,
                entry.series,
                earlier.display()
            )
        } else {
            format!("{} claims the URL {} too", earlier.display(), entry.url_path())
        };
        let help = "give one of them another `slug = \"…\"` in its front matter, or rename the file";
        let span = self.spans.slug.clone().or_else(|| self.spans.series.clone());
        let diagnostic = self.at(span, message);
        self.diagnostics.push(diagnostic.with_help(help));
        None
    }

    /// A diagnostic at `span` of the source, or on the whole file.
    fn at(&self, span: Option<std::ops::Range<usize>>, message: String) -> Diagnostic {
        match (span, std::str::from_utf8(self.bytes)) {
            (Some(span), Ok(text)) => {
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                Diagnostic::error(self.path, text, span, message)
            }
            _ => Diagnostic::file(Severity::Error, self.path, message),
        }
    }

    /// Subjects name authority ids of any kind; unknown ones are reported and dropped.
    fn subjects(&mut self, entry: &Arc<Entry>, authorities: &Authorities) -> Arc<Entry> {
        let known = |subject: &kroniek_model::Id| authorities.find(subject.as_str()).next().is_some();
        if entry.subjects.iter().all(known) {
            return Arc::clone(entry);
        }
        let mut kept = Vec::new();
        for (index, subject) in entry.subjects.iter().enumerate() {
            if known(subject) {
                kept.push(subject.clone());
                continue;
            }
            let span = self.spans.subjects.get(index).cloned().unwrap_or(0..0);
            let message = format!("unknown subject `{subject}`: no authority record has this id");
            let diagnostic = self.at(Some(span), message);
            // Listing every id costs as much as the archive has records: only on the error path.
            let ids: Vec<&str> = authorities.iter().map(|a| a.id.as_str()).collect();
            self.diagnostics.push(match closest(subject.as_str(), &ids) {
                Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
                None => diagnostic.with_help("add a record with this id to one of the files in authorities/"),
            });
        }
        let mut entry = Entry::clone(entry);
        entry.subjects = kept;
        Arc::new(entry)
    }
}

#[cfg(test)]
mod tests;
