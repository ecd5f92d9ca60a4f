//! One article source (`content/<series>/<slug>.md`) → [`Entry`]: the front matter validated
//! into typed values, the body read by [`crate::parse_markdown`].

use std::ops::Range;
use std::path::Path;

use kroniek_model::{Article, Diagnostic, Entry, Id, Language, Origin, Severity, SiteConfig};
use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;

use crate::Parsed;
use crate::front_matter::{FrontMatter, FrontMatterError};
use crate::markdown::parse_markdown;
use crate::toml_reader::{TomlReader, fields_of};

/// The front matter as written; validated once into an [`Entry`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<Spanned<String>>,
    subtitle: Option<String>,
    series: Option<Spanned<String>>,
    slug: Option<Spanned<String>>,
    #[serde(default)]
    authors: Vec<String>,
    published: Option<Spanned<toml::Value>>,
    language: Option<Spanned<String>>,
    summary: Option<String>,
    #[serde(default)]
    subjects: Vec<Spanned<String>>,
    origin: Option<RawOrigin>,
}

/// The `[origin]` table `kroniek import` writes: the scraped page and a hash of its bytes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrigin {
    file: Spanned<String>,
    hash: Spanned<String>,
}

/// Where the values that whole-archive checks judge were written, as byte ranges of the file.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleSpans {
    /// The `series` value, when the front matter sets it.
    pub(crate) series: Option<Range<usize>>,
    /// The `slug` value, when the front matter sets it.
    pub(crate) slug: Option<Range<usize>>,
    /// One range per entry of `Entry::subjects`, in the same order.
    pub(crate) subjects: Vec<Range<usize>>,
}

/// An article as read, with the positions `load` needs.
#[derive(Debug, Clone)]
pub(crate) struct ReadArticle {
    pub(crate) parsed: Parsed<Entry>,
    pub(crate) spans: ArticleSpans,
}

/// Reads one article source. `path` is relative to the archive root; the series defaults to the
/// file's folder and the slug to its name. With a `config`, the series must be declared there,
/// the language defaults to the site's and the series' title becomes the article's kicker.
///
/// The value is `None` only when no entry can be placed: no front matter, TOML that does not
/// parse, no title, or a series or slug that cannot be a URL segment. Other problems (a bad
/// date, a dangling footnote, an unknown series) come as diagnostics beside the entry.
pub fn parse_article(path: &Path, text: &str, config: Option<&SiteConfig>) -> Parsed<Entry> {
    read_article(path, text, config).parsed
}

/// [`parse_article`], keeping the positions of the values that are checked across files.
pub(crate) fn read_article(path: &Path, text: &str, config: Option<&SiteConfig>) -> ReadArticle {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader =
        ArticleReader { path, text, config, diagnostics: Vec::new(), spans: ArticleSpans::default() };
    let entry = reader.read();
    ReadArticle { parsed: Parsed::new(entry, reader.diagnostics), spans: reader.spans }
}

struct ArticleReader<'a> {
    path: &'a Path,
    text: &'a str,
    config: Option<&'a SiteConfig>,
    diagnostics: Vec<Diagnostic>,
    spans: ArticleSpans,
}

impl ArticleReader<'_> {
    fn read(&mut self) -> Option<Entry> {
        let (path, text) = (self.path, self.text);
        let front = match FrontMatter::find(text) {
            Ok(front) => front,
            Err(FrontMatterError::Missing) => {
                let message = "this article has no front matter";
                let help = "start the file with a `+++` line, then `title = \"…\"`, then another `+++` line";
                self.diagnostics.push(Diagnostic::error(path, text, 0..0, message).with_help(help));
                return None;
            }
            Err(FrontMatterError::Unclosed) => {
                let message = "the front matter is not closed";
                let help = "end it with a line holding only `+++`";
                self.diagnostics.push(Diagnostic::error(path, text, 0..3, message).with_help(help));
                return None;
            }
        };

        let reader = TomlReader::new(path, text, front.toml.start);
        let toml_text = text.get(front.toml.clone()).unwrap_or("");
        let document = match reader.parse(toml_text) {
            Ok(document) => document,
            Err(errors) => {
                self.diagnostics.extend(errors);
                return None;
            }
        };
        let span = document.span();
        let mut table = document.into_inner();
        self.diagnostics.extend(reader.drop_unknown_keys(
            &mut table,
            fields_of::<RawFrontMatter>(),
            "the front matter",
        ));
        let raw: RawFrontMatter =
            reader.deserialize(Spanned::new(span, DeValue::Table(table)), &mut self.diagnostics)?;

        let title = self.title(&reader, raw.title);
        let series = self.series(&reader, raw.series);
        let slug = self.slug(&reader, raw.slug);
        let published =
            raw.published.and_then(|value| reader.edtf("published", &value, &mut self.diagnostics));
        let language = self.language(&reader, raw.language);
        let subjects = self.subjects(&reader, raw.subjects);
        let origin = raw.origin.and_then(|origin| self.origin(&reader, origin));
        let body = parse_markdown(path, text, front.body_offset);
        self.diagnostics.extend(body.diagnostics);
        let body = body.value.unwrap_or_default();

        let (title, series, slug) = (title?, series?, slug?);
        let article = Article {
            series: self.config.and_then(|c| c.series(series.as_str())).map(|s| s.title.clone()),
            title,
            subtitle: non_empty(raw.subtitle),
            authors: raw.authors.iter().map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect(),
            language,
            publication: self.config.map(|c| c.publication.clone()),
            published,
            sections: body.sections,
            footnotes: body.footnotes,
            works: body.works,
        };
        Some(Entry {
            path: path.to_path_buf(),
            series,
            slug,
            summary: non_empty(raw.summary),
            subjects,
            article,
            origin,
            knowledge: Default::default(),
        })
    }

    fn title(&mut self, reader: &TomlReader<'_>, title: Option<Spanned<String>>) -> Option<String> {
        let Some(title) = title else {
            let message = "the front matter has no `title`";
            let help = "add `title = \"…\"` between the `+++` lines";
            self.diagnostics.push(Diagnostic::error(self.path, self.text, 0..3, message).with_help(help));
            return None;
        };
        let text = title.get_ref().trim();
        if text.is_empty() {
            self.diagnostics.push(reader.error(title.span(), "the `title` is empty"));
            return None;
        }
        Some(text.to_owned())
    }

    /// The series: the front matter's, else the folder's; declared in the configuration if
    /// there is one.
    fn series(&mut self, reader: &TomlReader<'_>, series: Option<Spanned<String>>) -> Option<Id> {
        let (id, span) = match &series {
            Some(value) => {
                let span = reader.shift(value.span());
                self.spans.series = Some(span.clone());
                match Id::new(value.get_ref()) {
                    Ok(id) => (id, Some(span)),
                    Err(e) => {
                        self.diagnostics.push(Diagnostic::error(self.path, self.text, span, e.to_string()));
                        return None;
                    }
                }
            }
            None => {
                let folder = self.path.parent().and_then(Path::file_name).map(|f| f.to_string_lossy());
                let Some(folder) = folder else {
                    let message = "this article belongs to no series";
                    let help = "put it in content/<series>/, or set `series = \"…\"` in the front matter";
                    self.diagnostics
                        .push(Diagnostic::file(Severity::Error, self.path, message).with_help(help));
                    return None;
                };
                match Id::new(&folder) {
                    Ok(id) => (id, None),
                    Err(_) => {
                        let message = format!("the folder name `{folder}` is not a valid series id");
                        let help = "series ids are lowercase letters, digits and hyphens; rename the folder or set `series = \"…\"`";
                        self.diagnostics
                            .push(Diagnostic::file(Severity::Error, self.path, message).with_help(help));
                        return None;
                    }
                }
            }
        };
        if let Some(config) = self.config
            && config.series(id.as_str()).is_none()
        {
            let message = format!("unknown series `{id}`: kroniek.toml does not declare it");
            let declared: Vec<_> = config.series.iter().map(|s| format!("`{}`", s.id)).collect();
            let help = if declared.is_empty() {
                format!("declare it in kroniek.toml: [[series]] id = \"{id}\" title = \"…\"")
            } else {
                format!("declared series: {}; or add a [[series]] with id = \"{id}\"", declared.join(", "))
            };
            let diagnostic = match span {
                Some(span) => Diagnostic::error(self.path, self.text, span, message),
                None => Diagnostic::file(Severity::Error, self.path, message),
            };
            self.diagnostics.push(diagnostic.with_help(help));
        }
        Some(id)
    }

    /// The slug: the front matter's, else the file name without `.md`.
    fn slug(&mut self, reader: &TomlReader<'_>, slug: Option<Spanned<String>>) -> Option<String> {
        let help = "a slug is letters, digits, hyphens and underscores, e.g. `victor-serge`";
        match slug {
            Some(value) => {
                let span = reader.shift(value.span());
                self.spans.slug = Some(span.clone());
                if is_slug(value.get_ref()) {
                    return Some(value.into_inner());
                }
                let message = format!("`{}` is not a valid slug", value.get_ref());
                self.diagnostics.push(Diagnostic::error(self.path, self.text, span, message).with_help(help));
                None
            }
            None => {
                let stem =
                    self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                if is_slug(&stem) {
                    return Some(stem);
                }
                let message = format!("the file name `{stem}` is not a valid slug");
                let help = format!("{help}; rename the file or set `slug = \"…\"`");
                self.diagnostics.push(Diagnostic::file(Severity::Error, self.path, message).with_help(help));
                None
            }
        }
    }

    fn language(&mut self, reader: &TomlReader<'_>, language: Option<Spanned<String>>) -> Language {
        let default = || self.config.map(|c| c.language.clone()).unwrap_or_default();
        let Some(value) = language else { return default() };
        match Language::new(value.get_ref().trim()) {
            Ok(language) => language,
            Err(e) => {
                self.diagnostics.push(reader.error(value.span(), e.to_string()));
                default()
            }
        }
    }

    /// The imported page's record: both values must say something.
    fn origin(&mut self, reader: &TomlReader<'_>, origin: RawOrigin) -> Option<Origin> {
        let file = self.origin_value(reader, "file", origin.file);
        let hash = self.origin_value(reader, "hash", origin.hash);
        Some(Origin { file: file?, hash: hash? })
    }

    fn origin_value(&mut self, reader: &TomlReader<'_>, key: &str, value: Spanned<String>) -> Option<String> {
        let text = value.get_ref().trim();
        if text.is_empty() {
            let help = "`kroniek import` writes both `file` and `hash`; remove `[origin]` if the article was not imported";
            self.diagnostics
                .push(reader.error(value.span(), format!("`origin.{key}` is empty")).with_help(help));
            return None;
        }
        Some(text.to_owned())
    }

    fn subjects(&mut self, reader: &TomlReader<'_>, subjects: Vec<Spanned<String>>) -> Vec<Id> {
        let mut ids: Vec<Id> = Vec::new();
        for value in subjects {
            match Id::new(value.get_ref()) {
                Ok(id) if ids.contains(&id) => {
                    let message = format!("the subject `{id}` is listed twice");
                    self.diagnostics.push(reader.warning(value.span(), message));
                }
                Ok(id) => {
                    ids.push(id);
                    self.spans.subjects.push(reader.shift(value.span()));
                }
                Err(e) => self.diagnostics.push(reader.error(value.span(), e.to_string())),
            }
        }
        ids
    }
}

/// Whether a text can be a URL segment for an article: ASCII letters, digits, `-` and `_`,
/// starting with a letter or digit.
pub(crate) fn is_slug(text: &str) -> bool {
    text.len() <= 120
        && text.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests;
