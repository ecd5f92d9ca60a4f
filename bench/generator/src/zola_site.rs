//! The same articles as a minimal Zola site: config.toml with the search index on, an
//! `_index.md` per series, and three templates (index, section, page); Zola adds its
//! sitemap and, with `generate_feeds`, Atom feeds.
//!
//! What the pages show matches kroniek's minimal equivalent and the Hugo site's: the front
//! page lists the series and the 20 newest articles, a series page lists its articles 20 a
//! page, newest first, an article page links back to its series, and the site and each series
//! have a feed of their 20 newest articles in full (`feed_limit`; Zola's built-in Atom
//! template carries a page's whole content when it has no `<!-- more -->` summary).

use std::path::PathBuf;

use crate::kroniek_site::{BASE_URL, SITE_TITLE, site_description};
use crate::plan::{ArchivePlan, ArticlePlan};
use crate::site_format::SiteFile;
use crate::toml_writer::TomlWriter;

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<link rel="alternate" type="application/atom+xml" href="{{ get_url(path="atom.xml", trailing_slash=false) }}">
</head>
<body>
<header><a href="{{ config.base_url }}">{{ config.title }}</a></header>
"#;

/// The front page gathers every series' pages to pick the 20 newest, as Hugo's
/// `site.RegularPages.ByDate.Reverse` does.
const INDEX: &str = r#"<main>
<h1>{{ config.title }}</h1>
<p>{{ config.description }}</p>
<h2>Reeksen</h2>
<ul>
{% set_global newest = [] %}{% for path in section.subsections %}{% set s = get_section(path=path) %}<li><a href="{{ s.permalink }}">{{ s.title }}</a></li>
{% set_global newest = newest | concat(with=s.pages) %}{% endfor %}</ul>
<h2>Nieuw</h2>
<ul>
{% for page in newest | sort(attribute="date") | reverse | slice(end=20) %}<li><a href="{{ page.permalink }}">{{ page.title }}</a> <time datetime="{{ page.date }}">{{ page.date }}</time></li>
{% endfor %}</ul>
</main>
</body>
</html>
"#;

const SECTION: &str = r#"<main>
<h1>{{ section.title }}</h1>
{% if section.description %}<p>{{ section.description }}</p>{% endif %}
<ul>
{% for page in paginator.pages %}<li><a href="{{ page.permalink }}">{{ page.title }}</a> <time datetime="{{ page.date }}">{{ page.date }}</time><br>{{ page.description }}</li>
{% endfor %}</ul>
<nav>{% if paginator.previous %}<a href="{{ paginator.previous }}">&larr;</a>{% endif %}
{{ paginator.current_index }} / {{ paginator.number_pagers }}
{% if paginator.next %}<a href="{{ paginator.next }}">&rarr;</a>{% endif %}</nav>
</main>
</body>
</html>
"#;

const PAGE: &str = r#"<main>
<article>
{% set parent = get_section(path=page.ancestors | last, metadata_only=true) %}<p><a href="{{ parent.permalink }}">{{ parent.title }}</a></p>
<h1>{{ page.title }}</h1>
{% if page.extra.subtitle %}<p>{{ page.extra.subtitle }}</p>{% endif %}
<p>{% if page.extra.authors %}{{ page.extra.authors | join(sep=", ") }} · {% endif %}<time datetime="{{ page.date }}">{{ page.date }}</time></p>
{{ page.content | safe }}
</article>
</main>
</body>
</html>
"#;

/// config.toml, the section indices and the templates.
pub(crate) fn scaffold(plan: &ArchivePlan) -> Vec<SiteFile> {
    let mut config = TomlWriter::new();
    config
        .string("base_url", BASE_URL.trim_end_matches('/'))
        .string("title", SITE_TITLE)
        .string("description", &site_description(plan))
        .comment("elasticlunr's code for Dutch is \"du\"; the index uses its Dutch pipeline.")
        .string("default_language", "du")
        .raw("build_search_index", "true")
        .raw("generate_feeds", "true")
        .comment("kroniek's feeds carry the 20 newest articles; Zola's default is every page.")
        .integer("feed_limit", 20)
        .raw("taxonomies", "[]");
    let head = |title: &str| HEAD.replace("__TITLE__", title);
    let mut files = vec![
        (PathBuf::from("config.toml"), config.finish()),
        (PathBuf::from("templates/index.html"), format!("{}{INDEX}", head("{{ config.title }}"))),
        (
            PathBuf::from("templates/section.html"),
            format!("{}{SECTION}", head("{{ section.title }} · {{ config.title }}")),
        ),
        (
            PathBuf::from("templates/page.html"),
            format!("{}{PAGE}", head("{{ page.title }} · {{ config.title }}")),
        ),
    ];
    for series in &plan.series {
        let mut index = TomlWriter::new();
        index
            .string("title", series.title)
            .string("description", series.description)
            .string("sort_by", "date")
            .integer("paginate_by", 20)
            .raw("generate_feeds", "true");
        files.push((
            PathBuf::from("content").join(series.id).join("_index.md"),
            format!("+++\n{}+++\n", index.finish()),
        ));
    }
    files
}

/// The article's front matter for Zola (which refuses unknown keys, so everything but the
/// standard fields goes under `[extra]`), without the `+++` lines.
pub(crate) fn front_matter(plan: &ArchivePlan, ap: &ArticlePlan) -> String {
    let authors: Vec<&str> = ap.authors.iter().map(|&i| plan.authors[i].as_str()).collect();
    let mut w = TomlWriter::new();
    w.string("title", &ap.title)
        .string("description", &ap.summary)
        .raw("date", &ap.published.edtf())
        .table("extra")
        .string("subtitle", &ap.subtitle)
        .string("series", plan.series[ap.series].id)
        .strings("authors", &authors)
        .string("language", ap.language.code())
        .strings("subjects", &ap.subjects);
    w.finish()
}
