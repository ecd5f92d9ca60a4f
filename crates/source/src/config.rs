//! `kroniek.toml` → [`SiteConfig`]: parsed with serde into raw structs, then validated once
//! into typed values (a `Url`, a `Language`, `Id`s), each problem pinned to its key or value.

use std::num::NonZeroUsize;
use std::path::Path;

use kroniek_model::{Diagnostic, Id, Language, Series, SiteConfig};
use serde::Deserialize;
use toml::Spanned;
use toml::de::DeValue;
use url::Url;

use crate::toml_reader::{TomlReader, fields_of};

/// First URL segments the site itself uses; a series with one of these ids would shadow a page.
pub const RESERVED_SEGMENTS: [&str; 14] = [
    "people",
    "organisations",
    "places",
    "periodicals",
    "timeline",
    "search",
    "data",
    "api",
    "static",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "404.html",
    "page",
];

/// Articles per series page when `per_page` is not given.
const DEFAULT_PER_PAGE: usize = 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<Spanned<String>>,
    base_url: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    publication: Option<String>,
    description: Option<String>,
    per_page: Option<Spanned<i64>>,
    #[serde(default)]
    series: Vec<Spanned<RawSeries>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeries {
    id: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    description: Option<String>,
}

/// Reads and validates `kroniek.toml`. Every problem is reported, each at its key or value;
/// any error makes the configuration unusable.
pub fn parse_config(path: &Path, text: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let reader = TomlReader::new(path, text, 0);
    let document = reader.parse(text)?;
    let span = document.span();
    let mut table = document.into_inner();

    let mut diagnostics = reader.drop_unknown_keys(&mut table, fields_of::<RawConfig>(), "kroniek.toml");
    if let Some(series) = table.get_mut("series")
        && let DeValue::Array(items) = series.get_mut()
    {
        for item in items.iter_mut() {
            if let DeValue::Table(fields) = item.get_mut() {
                diagnostics.extend(reader.drop_unknown_keys(
                    fields,
                    fields_of::<RawSeries>(),
                    "a [[series]] table",
                ));
            }
        }
    }

    let Some(raw) =
        reader.deserialize::<RawConfig>(Spanned::new(span, DeValue::Table(table)), &mut diagnostics)
    else {
        return Err(diagnostics);
    };
    let config = ConfigValidator { reader: &reader, diagnostics: &mut diagnostics }.validate(raw);
    match config {
        Some(config) if diagnostics.is_empty() => Ok(config),
        _ => Err(diagnostics),
    }
}

/// Turns the raw file into typed values, collecting every problem on the way.
struct ConfigValidator<'r, 'a> {
    reader: &'r TomlReader<'a>,
    diagnostics: &'r mut Vec<Diagnostic>,
}

impl ConfigValidator<'_, '_> {
    fn validate(&mut self, raw: RawConfig) -> Option<SiteConfig> {
        let title = self.required_text(raw.title, "title", "title = \"De Linkse Socialist\"");
        let base_url = self.base_url(raw.base_url);
        let language = self.language(raw.language);
        let per_page = self.per_page(raw.per_page);
        let series = self.series(raw.series);
        let title = title?;
        Some(SiteConfig {
            publication: non_empty(raw.publication).unwrap_or_else(|| title.clone()),
            title,
            base_url: base_url?,
            language: language?,
            description: non_empty(raw.description),
            per_page: per_page?,
            series,
        })
    }

    /// A required, non-empty string; a missing key is reported at the top of the file.
    fn required_text(&mut self, value: Option<Spanned<String>>, key: &str, example: &str) -> Option<String> {
        let Some(value) = value else {
            let message = format!("kroniek.toml has no `{key}`");
            self.diagnostics.push(self.reader.error(0..0, message).with_help(format!("add `{example}`")));
            return None;
        };
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.diagnostics.push(self.reader.error(value.span(), format!("`{key}` is empty")));
            return None;
        }
        Some(text.to_owned())
    }

    fn base_url(&mut self, value: Option<Spanned<String>>) -> Option<Url> {
        let text = self.required_text(value.clone(), "base_url", "base_url = \"https://example.org/\"")?;
        let span = value.map_or(0..0, |v| v.span());
        let help = "write an absolute URL such as \"https://example.org/\"";
        let mut url = match Url::parse(&text) {
            Ok(url) => url,
            Err(e) => {
                let message = format!("`base_url` is not an absolute URL: {e}");
                self.diagnostics.push(self.reader.error(span, message).with_help(help));
                return None;
            }
        };
        if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() || url.host().is_none() {
            let message = format!("`base_url` must be an http or https URL, not `{text}`");
            self.diagnostics.push(self.reader.error(span, message).with_help(help));
            return None;
        }
        if url.query().is_some() || url.fragment().is_some() {
            let message = "`base_url` must not have a query (`?…`) or a fragment (`#…`)";
            self.diagnostics.push(self.reader.error(span, message).with_help(help));
            return None;
        }
        // Pages are joined onto the base, so it must name a folder.
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Some(url)
    }

    fn language(&mut self, value: Option<Spanned<String>>) -> Option<Language> {
        let text = self.required_text(value.clone(), "language", "language = \"nl\"")?;
        match Language::new(&text) {
            Ok(language) => Some(language),
            Err(e) => {
                self.diagnostics.push(self.reader.error(value.map_or(0..0, |v| v.span()), e.to_string()));
                None
            }
        }
    }

    fn per_page(&mut self, value: Option<Spanned<i64>>) -> Option<NonZeroUsize> {
        let Some(value) = value else {
            return NonZeroUsize::new(DEFAULT_PER_PAGE);
        };
        let per_page = usize::try_from(*value.get_ref()).ok().and_then(NonZeroUsize::new);
        if per_page.is_none() {
            self.diagnostics.push(self.reader.error(value.span(), "`per_page` must be at least 1"));
        }
        per_page
    }

    fn series(&mut self, raw: Vec<Spanned<RawSeries>>) -> Vec<Series> {
        let mut series: Vec<Series> = Vec::new();
        for table in raw {
            let table_span = table.span();
            let raw = table.into_inner();
            let Some(id) = raw.id else {
                let message = "this [[series]] has no `id`";
                self.diagnostics
                    .push(self.reader.error(table_span, message).with_help("add `id = \"archieven\"`"));
                continue;
            };
            let title = match raw.title {
                Some(title) if !title.get_ref().trim().is_empty() => Some(title.get_ref().trim().to_owned()),
                Some(title) => {
                    self.diagnostics.push(self.reader.error(title.span(), "the series' `title` is empty"));
                    None
                }
                None => {
                    let message = format!("the series `{}` has no `title`", id.get_ref());
                    self.diagnostics.push(self.reader.error(id.span(), message));
                    None
                }
            };
            let Some(id) = self.series_id(&id, &series) else { continue };
            if let Some(title) = title {
                series.push(Series { id, title, description: non_empty(raw.description) });
            }
        }
        series
    }

    fn series_id(&mut self, id: &Spanned<String>, earlier: &[Series]) -> Option<Id> {
        let text = id.get_ref();
        if RESERVED_SEGMENTS.contains(&text.as_str()) {
            let message = format!("`{text}` cannot be a series id: the site uses /{text} for its own pages");
            self.diagnostics.push(self.reader.error(id.span(), message).with_help("choose another id"));
            return None;
        }
        let parsed = match Id::new(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                self.diagnostics.push(self.reader.error(id.span(), e.to_string()));
                return None;
            }
        };
        if earlier.iter().any(|s| s.id == parsed) {
            let message = format!("the series `{text}` is declared twice");
            self.diagnostics.push(self.reader.error(id.span(), message));
            return None;
        }
        Some(parsed)
    }
}

/// An optional text, with blank treated as absent.
fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
        parse_config(Path::new("kroniek.toml"), text)
    }

    fn problems(text: &str) -> Vec<(usize, usize, String)> {
        let diagnostics = parse(text).err().unwrap_or_default();
        diagnostics
            .into_iter()
            .map(|d| {
                let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
                (line, column, d.message)
            })
            .collect()
    }

    const MINIMAL: &str =
        "title = \"Rode Vaan\"\nbase_url = \"https://example.org/archief\"\nlanguage = \"nl\"\n";

    #[test]
    fn a_minimal_config_gets_its_defaults() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.title, "Rode Vaan");
        assert_eq!(config.publication, "Rode Vaan");
        assert_eq!(config.base_url.as_str(), "https://example.org/archief/");
        assert_eq!(config.per_page.get(), 20);
        assert!(config.series.is_empty());
        assert_eq!(config.description, None);
    }

    #[test]
    fn series_are_read_in_order() {
        let text = format!(
            "{MINIMAL}publication = \"Uitgeverij\"\nper_page = 5\n\n[[series]]\nid = \"b\"\ntitle = \"Bee\"\n\n[[series]]\nid = \"a\"\ntitle = \"Aa\"\ndescription = \"Over a.\"\n"
        );
        let config = parse(&text).unwrap();
        let ids: Vec<_> = config.series.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(config.series("a").and_then(|s| s.description.as_deref()), Some("Over a."));
        assert_eq!(config.publication, "Uitgeverij");
        assert_eq!(config.per_page.get(), 5);
    }

    #[test]
    fn unknown_key_points_at_the_key_with_a_suggestion() {
        let text = "titel = \"x\"\nbase_url = \"https://example.org/\"\nlanguage = \"nl\"\n";
        let errors = parse(text).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        let unknown = &errors[0];
        assert_eq!(unknown.message, "unknown key `titel` in kroniek.toml");
        assert_eq!(unknown.help.as_deref(), Some("did you mean `title`?"));
        assert_eq!(unknown.span.as_ref().map(|s| (s.line, s.column, s.width)), Some((1, 1, 5)));
        assert_eq!(errors[1].message, "kroniek.toml has no `title`");
    }

    #[test]
    fn unknown_key_in_a_series_is_reported() {
        let text = format!("{MINIMAL}[[series]]\nid = \"a\"\ntitle = \"A\"\ndescripton = \"x\"\n");
        assert_eq!(problems(&text), [(7, 1, "unknown key `descripton` in a [[series]] table".to_owned())]);
    }

    #[test]
    fn bad_values_point_at_the_value() {
        let text = "title = \"\"\nbase_url = \"ftp://example.org/\"\nlanguage = \"Dutch\"\nper_page = 0\n";
        let found = problems(text);
        let places: Vec<_> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(places, [(1, 9), (2, 12), (3, 12), (4, 12)], "{found:?}");
    }

    #[test]
    fn relative_base_url_is_an_error() {
        let text = "title = \"x\"\nbase_url = \"/archief/\"\nlanguage = \"nl\"\n";
        let found = problems(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].2.starts_with("`base_url` is not an absolute URL"), "{found:?}");
    }

    #[test]
    fn series_ids_must_be_valid_unique_and_not_reserved() {
        let text = format!(
            "{MINIMAL}[[series]]\nid = \"people\"\ntitle = \"P\"\n[[series]]\nid = \"Arch\"\ntitle = \"A\"\n[[series]]\nid = \"a\"\ntitle = \"A\"\n[[series]]\nid = \"a\"\ntitle = \"A2\"\n[[series]]\ntitle = \"no id\"\n"
        );
        let found = problems(&text);
        let lines: Vec<_> = found.iter().map(|(l, _, _)| *l).collect();
        assert_eq!(lines, [5, 8, 14, 16], "{found:?}");
        assert!(found[0].2.contains("the site uses /people"));
        assert!(found[2].2.contains("declared twice"));
    }

    #[test]
    fn toml_syntax_errors_are_reported() {
        let found = problems("title = \"x\nbase_url = 1\n");
        assert!(!found.is_empty());
        assert!(found[0].2.starts_with("invalid TOML"), "{found:?}");
        assert_eq!(found[0].0, 1);
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        let found = problems(&format!("{MINIMAL}per_page = \"ten\"\n"));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (4, 12));
    }
}
