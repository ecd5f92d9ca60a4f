//! The whole archive: every file read, then the checks that need more than one file (subjects,
//! place references, series, one URL per article).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use kroniek_model::{Archive, Authorities, AuthorityKind, Diagnostic, Entry, Severity, SiteConfig};
use rayon::prelude::*;

use crate::SourceFiles;
use crate::article::{ArticleSpans, ReadArticle, read_article};
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

/// Parsed articles kept between loads of one archive, so that reloading after an edit parses
/// only the files whose text changed (what `serve` needs to answer an edit in milliseconds).
#[derive(Debug, Default)]
pub struct ArticleCache {
    /// The configuration the cached articles were read with: a change invalidates them all,
    /// since series titles and the default language go into every article.
    config: Option<SiteConfig>,
    articles: HashMap<PathBuf, (u64, ReadArticle)>,
}

impl ArticleCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }
}

/// Like [`load`], reusing the articles of `cache` whose text has not changed and remembering
/// the ones parsed now. The result is the same as `load`'s.
pub fn load_cached(files: &SourceFiles, cache: &mut ArticleCache) -> Loaded {
    load_with(files, Some(cache))
}

fn text_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

fn load_with(files: &SourceFiles, mut cache: Option<&mut ArticleCache>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut texts: Vec<(PathBuf, Role, String)> = Vec::new();
    for (path, bytes) in files.iter() {
        let role = role(path);
        match &role {
            Role::Ignored => continue,
            Role::Stray(message) => {
                diagnostics.push(Diagnostic::file(Severity::Warning, path, message.clone()));
                continue;
            }
            _ => {}
        }
        if let Some(text) = decode(path, bytes, &mut diagnostics) {
            texts.push((path.to_path_buf(), role, text));
        }
    }

    let config = read_config(&texts, &mut diagnostics);
    let (authorities, place_refs) = read_all_authorities(&texts, &mut diagnostics);
    check_place_refs(&authorities, &place_refs, &mut diagnostics);

    let mut entries = Vec::new();
    let mut urls: HashMap<(String, String), PathBuf> = HashMap::new();
    // Parsing articles is the bulk of the work and each is independent: spread it over the
    // cores, then place them one by one, in path order, so URL checks stay deterministic.
    if let Some(cache) = cache.as_deref_mut()
        && cache.config != config
    {
        cache.articles.clear();
        cache.config.clone_from(&config);
    }
    let cached = cache.as_deref();
    let read: Vec<_> = texts
        .par_iter()
        .filter(|(_, role, _)| *role == Role::Article)
        .map(|(path, _, text)| {
            let key = cached.map(|_| text_key(text));
            let hit = cached.and_then(|c| c.articles.get(path)).filter(|(k, _)| Some(*k) == key);
            match hit {
                Some((_, read)) => (path, text, read.clone(), None),
                None => {
                    let read = read_article(path, text, config.as_ref());
                    let fresh = key.map(|k| (k, read.clone()));
                    (path, text, read, fresh)
                }
            }
        })
        .collect();
    if let Some(cache) = cache {
        let present: std::collections::HashSet<&PathBuf> = read.iter().map(|(path, ..)| *path).collect();
        cache.articles.retain(|path, _| present.contains(path));
        for (path, _, _, fresh) in &read {
            if let Some(fresh) = fresh {
                cache.articles.insert((*path).clone(), fresh.clone());
            }
        }
    }
    for (path, text, read, _) in read {
        diagnostics.extend(read.parsed.diagnostics);
        let Some(mut entry) = read.parsed.value else { continue };
        let checks = ArchiveChecks { path, text, spans: &read.spans, diagnostics: &mut diagnostics };
        if checks.place(&mut entry, config.as_ref(), &authorities, &mut urls) {
            entries.push(entry);
        }
    }

    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let archive = config.map(|config| {
        let mut archive = Archive { config, entries, authorities };
        archive.sort_entries();
        archive
    });
    Loaded { archive, diagnostics }
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
fn decode(path: &Path, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_owned()),
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
    text: &'a str,
    spans: &'a ArticleSpans,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl ArchiveChecks<'_> {
    /// Checks subjects, series and URL; returns whether the entry joins the archive.
    fn place(
        mut self,
        entry: &mut Entry,
        config: Option<&SiteConfig>,
        authorities: &Authorities,
        urls: &mut HashMap<(String, String), PathBuf>,
    ) -> bool {
        self.subjects(entry, authorities);
        // `read_article` reported an undeclared series; such an entry has no page to go to.
        if config.is_some_and(|c| c.series(entry.series.as_str()).is_none()) {
            return false;
        }
        // Case-insensitive: many disks (and so `public/`) cannot hold both X/ and x/.
        let key = (entry.series.as_str().to_owned(), entry.slug.to_lowercase());
        let Some(earlier) = urls.get(&key) else {
            urls.insert(key, entry.path.clone());
            return true;
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
        let diagnostic = match span {
            Some(span) => Diagnostic::error(self.path, self.text, span, message),
            None => Diagnostic::file(Severity::Error, self.path, message),
        };
        self.diagnostics.push(diagnostic.with_help(help));
        false
    }

    /// Subjects name authority ids of any kind; unknown ones are reported and dropped.
    fn subjects(&mut self, entry: &mut Entry, authorities: &Authorities) {
        let mut kept = Vec::new();
        for (index, subject) in entry.subjects.iter().enumerate() {
            if authorities.find(subject.as_str()).next().is_some() {
                kept.push(subject.clone());
                continue;
            }
            let span = self.spans.subjects.get(index).cloned().unwrap_or(0..0);
            let message = format!("unknown subject `{subject}`: no authority record has this id");
            let diagnostic = Diagnostic::error(self.path, self.text, span, message);
            // Listing every id costs as much as the archive has records: only on the error path.
            let ids: Vec<&str> = authorities.iter().map(|a| a.id.as_str()).collect();
            self.diagnostics.push(match closest(subject.as_str(), &ids) {
                Some(near) => diagnostic.with_help(format!("did you mean `{near}`?")),
                None => diagnostic.with_help("add a record with this id to one of the files in authorities/"),
            });
        }
        entry.subjects = kept;
    }
}

#[cfg(test)]
mod tests;
