//! The kroniek archive format (docs/format.md): kroniek.toml with the series, the four
//! authority files, and TOML front matter on every article.

use std::path::PathBuf;

use crate::plan::{ArchivePlan, ArticlePlan};
use crate::site_format::SiteFile;
use crate::toml_writer::TomlWriter;

/// The site's name in every format.
pub(crate) const SITE_TITLE: &str = "De Rode Kroniek";

/// The site's base URL in every format.
pub(crate) const BASE_URL: &str = "https://example.org/";

/// The description every format gives the site.
pub(crate) fn site_description(plan: &ArchivePlan) -> String {
    format!(
        "Synthetisch archief van de arbeidersbeweging: {} artikelen, seed {}, gemaakt door \
         kroniek-bench-gen voor benchmarks.",
        plan.articles.len(),
        plan.seed
    )
}

/// kroniek.toml and the authority files.
pub(crate) fn scaffold(plan: &ArchivePlan) -> Vec<SiteFile> {
    let mut config = TomlWriter::new();
    config
        .string("title", SITE_TITLE)
        .string("base_url", BASE_URL)
        .string("language", "nl")
        .string("publication", SITE_TITLE)
        .string("description", &site_description(plan))
        .integer("per_page", 20);
    for series in &plan.series {
        config
            .array_table("series")
            .string("id", series.id)
            .string("title", series.title)
            .string("description", series.description);
    }
    let a = &plan.authorities;
    let authorities = PathBuf::from("authorities");
    vec![
        (PathBuf::from("kroniek.toml"), config.finish()),
        (authorities.join("people.toml"), a.people_toml()),
        (authorities.join("organisations.toml"), a.organisations_toml()),
        (authorities.join("places.toml"), a.places_toml()),
        (authorities.join("periodicals.toml"), a.periodicals_toml()),
    ]
}

/// The article's front matter, without the `+++` lines.
pub(crate) fn front_matter(plan: &ArchivePlan, ap: &ArticlePlan) -> String {
    let authors: Vec<&str> = ap.authors.iter().map(|&i| plan.authors[i].as_str()).collect();
    let mut w = TomlWriter::new();
    w.string("title", &ap.title)
        .string("subtitle", &ap.subtitle)
        .string("series", plan.series[ap.series].id)
        .strings("authors", &authors)
        .string("published", &ap.published.edtf())
        .string("language", ap.language.code())
        .string("summary", &ap.summary)
        .strings("subjects", &ap.subjects);
    w.finish()
}
