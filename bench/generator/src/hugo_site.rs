//! The same articles as a minimal Hugo site: hugo.toml, a section index per series, and
//! four layouts (home, list, single, RSS); Hugo adds its built-in sitemap.
//!
//! What the pages show matches kroniek's minimal equivalent: the front page lists the series
//! and the 20 newest articles, a series page lists its articles 20 a page, newest first, an
//! article page links back to its series, and the site and each series have a feed of their
//! 20 newest articles in full (kroniek's feeds carry full articles; Hugo's built-in RSS
//! template carries every page's summary, which would not be the same work).

use std::path::PathBuf;

use crate::kroniek_site::{BASE_URL, SITE_TITLE, site_description};
use crate::plan::{ArchivePlan, ArticlePlan};
use crate::site_format::SiteFile;
use crate::toml_writer::TomlWriter;

/// `<head>` shared by the layouts.
const HEAD: &str = r#"<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>
"#;

const HOME: &str = r#"<main>
<h1>{{ site.Title }}</h1>
<p>{{ site.Params.description }}</p>
<h2>Reeksen</h2>
<ul>
{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
<h2>Nieuw</h2>
<ul>
{{ range first 20 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
</main>
</body>
</html>
"#;

const LIST: &str = r#"<main>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p>{{ . }}</p>{{ end }}
{{ $paginator := .Paginate .Pages.ByDate.Reverse }}
<ul>
{{ range $paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time><br>{{ .Description }}</li>
{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
</main>
</body>
</html>
"#;

const SINGLE: &str = r#"<main>
<article>
<p><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
<h1>{{ .Title }}</h1>
{{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}
<p>{{ with .Params.authors }}{{ delimit . ", " }} · {{ end }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}
</article>
</main>
</body>
</html>
"#;

/// The site's and each series' feed: the 20 newest articles, full text. `.RegularPagesRecursive`
/// is every article on the home page and the series' own on a series page.
const RSS: &str = r#"{{ printf "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
<link>{{ .Permalink }}</link>
<description>{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}</description>
<language>{{ site.Language.Lang }}</language>
{{ with .OutputFormats.Get "RSS" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
{{ range first 20 .RegularPagesRecursive.ByDate.Reverse }}<item>
<title>{{ .Title }}</title>
<link>{{ .Permalink }}</link>
<guid>{{ .Permalink }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
<description>{{ .Content | html }}</description>
</item>
{{ end }}</channel>
</rss>
"#;

/// hugo.toml, the section indices and the layouts.
pub(crate) fn scaffold(plan: &ArchivePlan) -> Vec<SiteFile> {
    let mut config = TomlWriter::new();
    config
        .string("baseURL", BASE_URL)
        .string("defaultContentLanguage", "nl")
        .string("title", SITE_TITLE)
        .comment("kroniek has no tag pages either; the sitemap and robots stay at Hugo's defaults.")
        .strings("disableKinds", &["taxonomy", "term"])
        .table("params")
        .string("description", &site_description(plan))
        .table("pagination")
        .integer("pagerSize", 20);
    let mut files = vec![
        (PathBuf::from("hugo.toml"), config.finish()),
        (PathBuf::from("layouts/index.html"), format!("{HEAD}{HOME}")),
        (PathBuf::from("layouts/_default/list.html"), format!("{HEAD}{LIST}")),
        (PathBuf::from("layouts/_default/single.html"), format!("{HEAD}{SINGLE}")),
        (PathBuf::from("layouts/_default/rss.xml"), RSS.to_owned()),
    ];
    for series in &plan.series {
        let mut index = TomlWriter::new();
        index.string("title", series.title).string("description", series.description);
        files.push((
            PathBuf::from("content").join(series.id).join("_index.md"),
            format!("+++\n{}+++\n", index.finish()),
        ));
    }
    files
}

/// The article's front matter for Hugo, without the `+++` lines.
pub(crate) fn front_matter(plan: &ArchivePlan, ap: &ArticlePlan) -> String {
    let authors: Vec<&str> = ap.authors.iter().map(|&i| plan.authors[i].as_str()).collect();
    let mut w = TomlWriter::new();
    w.string("title", &ap.title)
        .raw("date", &ap.published.edtf())
        .string("description", &ap.summary)
        .string("summary", &ap.summary)
        .string("subtitle", &ap.subtitle)
        .strings("authors", &authors)
        .strings("subjects", &ap.subjects);
    w.finish()
}
