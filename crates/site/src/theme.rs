//! The theme: minijinja templates and static files, built in or overridden by the archive.

use std::collections::BTreeMap;

/// Templates (name → source text) and static files (name → bytes) that make the site's look.
///
/// Names are paths relative to the theme's `templates/` and `static/` folders:
/// `article.html`, `partials/card.html`, `style.css`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    templates: BTreeMap<String, String>,
    statics: BTreeMap<String, Vec<u8>>,
}

/// The built-in templates, embedded in the binary. `include_str!` (rather than a directory
/// walk) lets the compiler track each file, so editing the theme rebuilds the crate.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../theme/templates/base.html")),
    ("front.html", include_str!("../theme/templates/front.html")),
    ("series.html", include_str!("../theme/templates/series.html")),
    ("article.html", include_str!("../theme/templates/article.html")),
    ("404.html", include_str!("../theme/templates/404.html")),
    ("search.html", include_str!("../theme/templates/search.html")),
    ("partials/card.html", include_str!("../theme/templates/partials/card.html")),
    ("partials/pagination.html", include_str!("../theme/templates/partials/pagination.html")),
    ("partials/share.html", include_str!("../theme/templates/partials/share.html")),
    ("partials/notes.html", include_str!("../theme/templates/partials/notes.html")),
    ("partials/works.html", include_str!("../theme/templates/partials/works.html")),
    ("partials/event.html", include_str!("../theme/templates/partials/event.html")),
    ("partials/kinds.html", include_str!("../theme/templates/partials/kinds.html")),
    ("partials/article-aside.html", include_str!("../theme/templates/partials/article-aside.html")),
    ("partials/on-this-day.html", include_str!("../theme/templates/partials/on-this-day.html")),
    ("timeline.html", include_str!("../theme/templates/timeline.html")),
    ("timeline-year.html", include_str!("../theme/templates/timeline-year.html")),
    ("entity.html", include_str!("../theme/templates/entity.html")),
    ("entities.html", include_str!("../theme/templates/entities.html")),
];

/// The built-in static files.
const BUILTIN_STATICS: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../theme/static/style.css")),
    ("print.css", include_bytes!("../theme/static/print.css")),
    ("print.js", include_bytes!("../theme/static/print.js")),
    ("favicon.svg", include_bytes!("../theme/static/favicon.svg")),
    ("on-this-day.js", include_bytes!("../theme/static/on-this-day.js")),
    ("world.svg", include_bytes!("../theme/static/world.svg")),
];

impl Theme {
    /// kroniek's own theme.
    pub fn builtin() -> Theme {
        Theme {
            templates: BUILTIN_TEMPLATES.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect(),
            statics: BUILTIN_STATICS.iter().map(|(n, b)| ((*n).to_owned(), b.to_vec())).collect(),
        }
    }

    /// The theme with some files replaced or added: an archive overrides any one file by
    /// putting a file of the same name in its `templates/` or `static/` folder.
    #[must_use]
    pub fn with_overrides(
        mut self,
        templates: impl IntoIterator<Item = (String, String)>,
        statics: impl IntoIterator<Item = (String, Vec<u8>)>,
    ) -> Theme {
        self.templates.extend(templates);
        self.statics.extend(statics);
        self
    }

    /// A template's source, by name (`article.html`).
    pub fn template(&self, name: &str) -> Option<&str> {
        self.templates.get(name).map(String::as_str)
    }

    /// Every template, by name.
    pub fn templates(&self) -> impl Iterator<Item = (&str, &str)> {
        self.templates.iter().map(|(n, t)| (n.as_str(), t.as_str()))
    }

    /// A static file's bytes, by name (`style.css`).
    pub fn static_file(&self, name: &str) -> Option<&[u8]> {
        self.statics.get(name).map(Vec::as_slice)
    }

    /// The names of every static file, in order.
    pub fn static_names(&self) -> impl Iterator<Item = &str> {
        self.statics.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_file_on_disk_is_embedded() {
        // Guards against adding a file to theme/ and forgetting to list it above.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("theme");
        let theme = Theme::builtin();
        let mut on_disk = Vec::new();
        for (folder, prefix) in [("templates", ""), ("templates/partials", "partials/"), ("static", "")] {
            for entry in std::fs::read_dir(root.join(folder)).into_iter().flatten().flatten() {
                if entry.path().is_file() {
                    on_disk.push((folder, format!("{prefix}{}", entry.file_name().to_string_lossy())));
                }
            }
        }
        assert!(on_disk.len() >= 10, "theme folder not found: {on_disk:?}");
        for (folder, name) in on_disk {
            let embedded = if folder == "static" {
                theme.static_file(&name).is_some()
            } else {
                theme.template(&name).is_some()
            };
            assert!(embedded, "theme/{folder}/{name} is not embedded");
        }
    }

    #[test]
    fn overrides_replace_one_file_and_keep_the_rest() {
        let theme = Theme::builtin().with_overrides(
            [("404.html".to_owned(), "weg".to_owned())],
            [("extra.css".to_owned(), b"a{}".to_vec())],
        );
        assert_eq!(theme.template("404.html"), Some("weg"));
        assert!(theme.template("article.html").is_some_and(|t| t.contains("extends")));
        assert_eq!(theme.static_file("extra.css"), Some(&b"a{}"[..]));
        assert!(theme.static_file("style.css").is_some());
    }
}
