//! Tests of the whole stage: archives built in memory, rendered, and read back.

use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::Arc;

use kroniek_model::{
    Archive, Article, Block, Edtf, Entry, Footnote, Id, Language, Section, Series, SiteConfig, Work,
};

use crate::{Page, RenderError, SiteRenderer, Theme};

mod knowledge;

pub(super) fn id(text: &str) -> Id {
    Id::new(text).unwrap_or_else(|e| panic!("{e}"))
}

fn config(per_page: usize) -> SiteConfig {
    SiteConfig {
        title: "De Rode Kroniek".into(),
        base_url: url::Url::parse("https://example.org/").unwrap_or_else(|e| panic!("{e}")),
        language: Language::dutch(),
        publication: "De Rode Kroniek vzw".into(),
        description: Some("Geschiedenis van de *arbeidersbeweging*, in biografieën.".into()),
        per_page: NonZeroUsize::new(per_page).unwrap_or(NonZeroUsize::MIN),
        series: vec![
            Series {
                id: id("archieven"),
                title: "Uit de archieven van de klassenstrijd".into(),
                description: Some("Levens van militanten.".into()),
            },
            Series { id: id("boeken"), title: "Boeken".into(), description: None },
        ],
    }
}

/// An article in the shape of the reference sample: lead, sections, notes, works.
fn entry(series: &str, slug: &str, title: &str, published: &str, language: &str) -> Entry {
    let mut article = Article::new(title, Language::new(language).unwrap_or_default());
    article.subtitle = Some("Een leven in *opstand*".into());
    article.authors = vec!["Anna Peeters".into(), "Jan Claes".into()];
    article.published = Edtf::parse(published).ok();
    article.sections = vec![
        Section {
            heading: None,
            blocks: vec![Block::Paragraph { text: format!("{title} werd geboren in een arm gezin.[^1]") }],
        },
        Section {
            heading: Some("Anarchist in Parijs".into()),
            blocks: vec![
                Block::Paragraph { text: "In 1909 trok hij naar Parijs.[^1] Daar schreef hij.[^2]".into() },
                Block::Quote { text: "Wij willen brood en rozen.".into() },
            ],
        },
        Section {
            heading: Some("Belangrijke werken".into()),
            blocks: vec![
                Block::Paragraph { text: "In het Nederlands:".into() },
                Block::List {
                    items: vec!["*De stad* (1932)".into(), "*Het jaar* (1926-29)".into()],
                    ordered: false,
                },
            ],
        },
    ];
    article.footnotes = vec![
        Footnote { label: "1".into(), text: "Zie *De Stem*, 12 mei 1909.".into(), refs: 2 },
        Footnote { label: "2".into(), text: "Archief, map 3.".into(), refs: 1 },
    ];
    article.works = vec![
        Work {
            title: "De stad".into(),
            date: Edtf::parse("1932").ok(),
            group: Some("In het Nederlands".into()),
        },
        Work {
            title: "Het jaar".into(),
            date: Edtf::parse("1926/1929").ok(),
            group: Some("In het Nederlands".into()),
        },
    ];
    Entry {
        path: PathBuf::from(format!("content/{series}/{slug}.md")),
        series: id(series),
        slug: slug.into(),
        summary: None,
        subjects: vec![id("victor-serge")],
        article,
        origin: None,
        knowledge: Default::default(),
    }
}

pub(super) fn archive(per_page: usize) -> Archive {
    let mut archive = Archive {
        config: config(per_page),
        entries: vec![
            entry("archieven", "victor-serge", "Victor Serge, 1890-1947", "2021-03-15", "nl"),
            entry("archieven", "andreu-nin", "Andreu Nin", "2021-05", "nl"),
            entry("archieven", "rosa-luxemburg", "Rosa Luxemburg", "2020-01-15", "en"),
            entry("archieven", "julien-lahaut", "Julien Lahaut", "2019", "fr"),
            entry("boeken", "veroverde-stad", "Veroverde stad", "2022-02-01", "nl"),
        ]
        .into_iter()
        .map(Arc::new)
        .collect(),
        authorities: Default::default(),
    };
    archive.sort_entries();
    archive
}

pub(super) fn render(archive: &Archive, page: &Page) -> (String, String) {
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let (path, bytes) = renderer.render(page).unwrap_or_else(|e| panic!("{page:?}: {e}"));
    (path, String::from_utf8(bytes).unwrap_or_default())
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.is_element() && c.tag_name().name() == name)
}

pub(super) fn article_index(archive: &Archive, slug: &str) -> usize {
    archive.entries.iter().position(|e| e.slug == slug).unwrap_or(usize::MAX)
}

#[test]
fn every_page_renders_to_its_path() {
    let archive = archive(2);
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let files = renderer.render_all().unwrap_or_else(|e| panic!("{e}"));
    for path in [
        "index.html",
        "archieven/index.html",
        "archieven/page/2/index.html",
        "boeken/index.html",
        "archieven/victor-serge/index.html",
        "archieven/julien-lahaut/index.html",
        "boeken/veroverde-stad/index.html",
        "feed.xml",
        "archieven/feed.xml",
        "boeken/feed.xml",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "data/articles.json",
        "static/style.css",
        "static/print.css",
        "static/print.js",
    ] {
        assert!(files.get(path).is_some(), "missing {path}; have {:?}", files.0.keys().collect::<Vec<_>>());
    }
    assert!(files.get("archieven/page/3/index.html").is_none(), "4 articles at 2 a page make 2 pages");
    assert_eq!(files.len(), renderer.pages().len(), "every page has its own path");
}

#[test]
fn render_all_is_byte_deterministic() {
    let archive = archive(2);
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let first = renderer.render_all().unwrap_or_else(|e| panic!("{e}"));
    let second =
        SiteRenderer::new(&archive, &theme).and_then(|r| r.render_all()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first, second);
    assert_eq!(renderer.pages(), renderer.pages());
}

#[test]
fn article_page_has_header_notes_works_and_metadata() {
    let archive = archive(20);
    let index = article_index(&archive, "victor-serge");
    let (path, html) = render(&archive, &Page::Article { index });
    assert_eq!(path, "archieven/victor-serge/index.html");
    assert!(html.contains("<html lang=\"nl\""), "site language on <html>");
    assert!(html.contains("<article class=\"article\" lang=\"nl\""));
    assert!(html.contains(">Uit de archieven van de klassenstrijd</a></p>"), "kicker");
    assert!(html.contains("<p class=\"subtitle\">Een leven in <em>opstand</em></p>"));
    assert!(html.contains("door Anna Peeters en Jan Claes"));
    assert!(html.contains("<time datetime=\"2021-03-15\">15 maart 2021</time>"));
    assert!(html.contains("<h2 id=\"anarchist-in-parijs\">"));
    // Two references to note 1, each with its own id and a back-link from the note.
    assert!(html.contains("id=\"victor-serge-fnref-1-1\" href=\"#victor-serge-fn-1\""));
    assert!(html.contains("id=\"victor-serge-fnref-1-2\" href=\"#victor-serge-fn-1\""));
    assert!(html.contains("<li id=\"victor-serge-fn-1\" value=\"1\">"));
    assert!(html.contains("href=\"#victor-serge-fnref-1-2\""));
    assert!(html.contains("<ul id=\"p-2-1\" class=\"works\">"), "the bibliography list is shown in place");
    assert!(!html.contains("-works-title"), "works shown in place are not listed twice");
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/archieven/victor-serge/\">"));
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<meta property=\"og:title\" content=\"Victor Serge, 1890-1947\">"));
    assert!(html.contains("https://bsky.app/intent/compose?text="));
    assert!(html.contains("rel=\"noopener noreferrer\""));
    assert!(
        html.contains("<button type=\"button\" class=\"print-button\" data-print hidden>Afdrukken</button>")
    );
    assert!(!html.contains("<script>"), "no inline scripts");
    assert!(html.contains("<a class=\"skip-link\" href=\"#main\">Naar de inhoud</a>"));
}

#[test]
fn json_ld_describes_the_article() {
    let archive = archive(20);
    let index = article_index(&archive, "victor-serge");
    let (_, html) = render(&archive, &Page::Article { index });
    let start = html.find("<script type=\"application/ld+json\">").map(|i| i + 35).unwrap_or(0);
    let end = html[start..].find("</script>").map_or(start, |i| start + i);
    let json: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap_or_default();
    assert_eq!(json["@type"], "Article");
    assert_eq!(json["headline"], "Victor Serge, 1890-1947");
    assert_eq!(json["alternativeHeadline"], "Een leven in opstand");
    assert_eq!(json["author"][1]["name"], "Jan Claes");
    assert_eq!(json["datePublished"], "2021-03-15");
    assert_eq!(json["inLanguage"], "nl");
    assert_eq!(json["isPartOf"]["@type"], "CreativeWorkSeries");
    assert_eq!(json["isPartOf"]["name"], "Uit de archieven van de klassenstrijd");
    assert_eq!(json["publisher"]["name"], "De Rode Kroniek vzw");
    assert_eq!(json["url"], "https://example.org/archieven/victor-serge/");
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let mut archive = archive(20);
    let evil = "</script><script>alert(1)</script>";
    if let Some(e) = archive.entries.first_mut().map(Arc::make_mut) {
        e.article.title = format!("Titel {evil}");
        e.article.authors = vec![format!("<img src=x onerror=alert(1)>")];
        e.article.sections[0]
            .blocks
            .push(Block::Paragraph { text: "[klik](javascript:alert(1)) <b>vet</b>".into() });
        e.summary = Some(evil.into());
    }
    let (_, html) = render(&archive, &Page::Article { index: 0 });
    assert!(!html.contains("<script>alert"), "no injected script");
    assert!(!html.contains("<img src=x"), "no injected tag");
    assert!(!html.contains("javascript:"), "no javascript: link");
    assert!(!html.contains("<b>"), "raw HTML is escaped");
    let (_, front) = render(&archive, &Page::Front);
    assert!(!front.contains("<script>alert"));
    let (_, feed) = render(&archive, &Page::Feed);
    assert!(roxmltree::Document::parse(&feed).is_ok(), "the feed stays well-formed");
}

#[test]
fn atom_feeds_are_well_formed_and_complete() {
    let archive = archive(20);
    for page in [Page::Feed, Page::SeriesFeed { id: id("archieven") }] {
        let (_, feed) = render(&archive, &page);
        let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("{page:?}: {e}\n{feed}"));
        let root = doc.root_element();
        let atom = "http://www.w3.org/2005/Atom";
        assert_eq!(root.tag_name().name(), "feed");
        assert_eq!(root.tag_name().namespace(), Some(atom));
        for required in ["id", "title", "updated", "author"] {
            assert!(child(root, required).is_some(), "{page:?} lacks <{required}>");
        }
        let rels: Vec<_> = root
            .children()
            .filter(|c| c.tag_name().name() == "link")
            .filter_map(|l| l.attribute("rel"))
            .collect();
        assert_eq!(rels, ["self", "alternate"]);
        let entries: Vec<_> = root.children().filter(|c| c.tag_name().name() == "entry").collect();
        assert!(!entries.is_empty());
        for entry in &entries {
            for required in ["id", "title", "updated", "published", "summary", "content", "link"] {
                assert!(child(*entry, required).is_some(), "entry lacks <{required}>");
            }
            let content = child(*entry, "content");
            assert_eq!(content.and_then(|c| c.attribute("type")), Some("html"));
            assert!(
                content.and_then(|c| c.text()).is_some_and(|t| t.contains("<h2 id=")),
                "content is escaped HTML"
            );
        }
        if page == Page::Feed {
            let lahaut =
                entries.iter().find(|e| child(**e, "title").and_then(|t| t.text()) == Some("Julien Lahaut"));
            let lang = lahaut.and_then(|e| e.attribute(("http://www.w3.org/XML/1998/namespace", "lang")));
            assert_eq!(lang, Some("fr"), "an entry in another language says so");
        }
        // `updated` is the newest publication date, never the clock.
        let updated = child(root, "updated").and_then(|u| u.text());
        let expected = if page == Page::Feed { "2022-02-01T00:00:00Z" } else { "2021-05-01T00:00:00Z" };
        assert_eq!(updated, Some(expected), "{page:?}");
    }
}

#[test]
fn series_pages_paginate_newest_first_with_prev_and_next() {
    let archive = archive(3);
    let (path, first) = render(&archive, &Page::Series { id: id("archieven"), page: 1 });
    assert_eq!(path, "archieven/index.html");
    let serge = first.find("Victor Serge, 1890").unwrap_or(usize::MAX);
    let nin = first.find("Andreu Nin").unwrap_or(0);
    assert!(nin < serge, "newest (2021-05) before older (2021-03-15)");
    assert!(first.contains("Pagina 1 van 2"));
    assert!(first.contains("rel=\"next\" href=\"/archieven/page/2/\""));
    assert!(!first.contains("rel=\"prev\""));
    let (path, second) = render(&archive, &Page::Series { id: id("archieven"), page: 2 });
    assert_eq!(path, "archieven/page/2/index.html");
    assert!(second.contains("rel=\"prev\" href=\"/archieven/\""));
    assert!(second.contains("Julien Lahaut"));
    assert!(!second.contains("Andreu Nin"));
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        renderer.render(&Page::Series { id: id("archieven"), page: 3 }),
        Err(RenderError::NoSuchPage(_))
    ));
    assert!(matches!(
        renderer.render(&Page::Series { id: id("archieven"), page: 0 }),
        Err(RenderError::NoSuchPage(_))
    ));
    assert!(matches!(renderer.render(&Page::Article { index: 99 }), Err(RenderError::NoSuchPage(_))));
}

#[test]
fn articles_in_other_languages_carry_their_own_lang_and_dates() {
    let archive = archive(20);
    let (_, html) = render(&archive, &Page::Article { index: article_index(&archive, "julien-lahaut") });
    assert!(html.contains("<article class=\"article\" lang=\"fr\""));
    assert!(html.contains("par Anna Peeters et Jan Claes"));
    assert!(html.contains(">Notes</h2>"), "headings inside the article speak its language");
    assert!(!html.contains(">Partager</h2>") && html.contains(">Delen</h2>"), "the chrome speaks the site's");
    assert!(html.contains("<meta property=\"og:locale\" content=\"fr_BE\">"));
    let (_, html) = render(&archive, &Page::Article { index: article_index(&archive, "rosa-luxemburg") });
    assert!(html.contains("15 January 2020"));
}

#[test]
fn sitemap_robots_and_data_list_every_article() {
    let archive = archive(20);
    let (_, sitemap) = render(&archive, &Page::Sitemap);
    let doc = roxmltree::Document::parse(&sitemap).unwrap_or_else(|e| panic!("{e}"));
    let locs: Vec<_> =
        doc.descendants().filter(|n| n.tag_name().name() == "loc").filter_map(|n| n.text()).collect();
    assert!(locs.contains(&"https://example.org/"));
    assert!(locs.contains(&"https://example.org/archieven/victor-serge/"));
    assert!(sitemap.contains("<lastmod>2021-03-15</lastmod>"));
    let (_, robots) = render(&archive, &Page::Robots);
    assert!(robots.contains("Sitemap: https://example.org/sitemap.xml"));
    let (_, json) = render(&archive, &Page::ArticlesJson);
    let data: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let first = &data[0];
    assert_eq!(first["url"], "/boeken/veroverde-stad/");
    assert_eq!(first["series"], "boeken");
    assert_eq!(first["published"], "2022-02-01");
    assert_eq!(first["subjects"][0], "victor-serge");
    assert_eq!(first["works"].as_array().map(Vec::is_empty), Some(false), "{first}");
    assert!(first.get("sections").is_none(), "bodies stay out of the index: {first}");
    assert_eq!(data.as_array().map(Vec::len), Some(5));
}

#[test]
fn a_broken_template_override_names_its_file_and_line() {
    let archive = archive(20);
    let theme = Theme::builtin().with_overrides(
        [(
            "article.html".to_owned(),
            "{% extends \"base.html\" %}\n{% block main %}\n{{ article.title \n{% endblock %}".to_owned(),
        )],
        [],
    );
    let error = SiteRenderer::new(&archive, &theme).err();
    let diagnostic = error.as_ref().and_then(RenderError::diagnostic).unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(diagnostic.path, PathBuf::from("templates/article.html"));
    assert!(diagnostic.span.as_ref().is_some_and(|s| s.line >= 3), "{diagnostic}");
    assert!(diagnostic.message.contains("syntax error"), "{diagnostic}");
}

#[test]
fn a_template_failing_at_render_time_is_a_diagnostic_too() {
    let archive = archive(20);
    let theme = Theme::builtin()
        .with_overrides([("404.html".to_owned(), "a\n{{ nope.deeper.still }}\n".to_owned())], []);
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let error = renderer.render(&Page::NotFound).err();
    let diagnostic = error.as_ref().and_then(RenderError::diagnostic).unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(diagnostic.path, PathBuf::from("templates/404.html"));
    assert_eq!(diagnostic.span.as_ref().map(|s| s.line), Some(2), "{diagnostic}");
}

#[test]
fn overridden_files_are_used() {
    let archive = archive(20);
    let theme = Theme::builtin().with_overrides(
        [(
            "404.html".to_owned(),
            "{% extends \"base.html\" %}{% block main %}Eigen 404{% endblock %}".to_owned(),
        )],
        [("style.css".to_owned(), b"body{}".to_vec())],
    );
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let files = renderer.render_all().unwrap_or_else(|e| panic!("{e}"));
    assert!(files.text("404.html").is_some_and(|t| t.contains("Eigen 404")));
    assert_eq!(files.get("static/style.css"), Some(&b"body{}"[..]));
}

#[test]
fn pages_for_entry_are_the_ones_that_show_it() {
    let archive = archive(3);
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let index = article_index(&archive, "victor-serge");
    let pages = renderer.pages_for_entry(index);
    for page in [
        Page::Article { index },
        Page::Series { id: id("archieven"), page: 1 },
        Page::Front,
        Page::Feed,
        Page::SeriesFeed { id: id("archieven") },
        Page::Sitemap,
        Page::ArticlesJson,
    ] {
        assert!(pages.contains(&page), "{page:?} missing from {pages:?}");
    }
    // Three to a page: the second page of the series lists only the oldest article.
    assert!(!pages.contains(&Page::Series { id: id("archieven"), page: 2 }));
    assert!(!pages.contains(&Page::Series { id: id("boeken"), page: 1 }));
    let oldest = renderer.pages_for_entry(article_index(&archive, "julien-lahaut"));
    assert!(oldest.contains(&Page::Series { id: id("archieven"), page: 2 }));
    assert!(!oldest.contains(&Page::Front), "not among the front page's three");
    assert!(pages.iter().all(|p| renderer.pages().contains(p)));
}

/// The contract incremental rebuilds rely on: editing an entry in place changes no page that
/// `pages_for_entry` leaves out.
#[test]
fn an_edit_changes_only_the_pages_for_its_entry() {
    let archive = archive(2);
    let theme = Theme::builtin();
    let before = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    for index in 0..archive.entries.len() {
        let mut edited = archive.clone();
        if let Some(e) = edited.entries.get_mut(index).map(Arc::make_mut) {
            e.article.title.push_str(" (herzien)");
            e.summary = Some("Een nieuwe samenvatting.".into());
        }
        let after = SiteRenderer::new(&edited, &theme).unwrap_or_else(|e| panic!("{e}"));
        let named = after.pages_for_entry(index);
        assert_eq!(named, before.pages_for_entry(index), "an edit in place moves nothing");
        for page in before.pages() {
            let old = before.render(&page).unwrap_or_else(|e| panic!("{e}"));
            let new = after.render(&page).unwrap_or_else(|e| panic!("{e}"));
            if !named.contains(&page) {
                assert!(old == new, "{page:?} changed but is not named for entry {index}");
            }
        }
        let article = after.render(&Page::Article { index }).unwrap_or_else(|e| panic!("{e}"));
        assert!(String::from_utf8_lossy(&article.1).contains("(herzien)"));
    }
}

#[test]
fn links_follow_a_base_url_with_a_path() {
    let mut archive = archive(20);
    archive.config.base_url =
        url::Url::parse("https://example.org/kroniek/").unwrap_or_else(|e| panic!("{e}"));
    let (_, html) = render(&archive, &Page::Front);
    assert!(html.contains("href=\"/kroniek/static/style.css\""));
    assert!(html.contains("href=\"/kroniek/archieven/victor-serge/\""));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/kroniek/\">"));
}

#[test]
fn a_slug_that_would_leave_the_output_folder_is_refused() {
    let mut archive = archive(20);
    if let Some(e) = archive.entries.first_mut().map(Arc::make_mut) {
        e.slug = "../../etc".into();
    }
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(renderer.render(&Page::Article { index: 0 }), Err(RenderError::UnsafeSlug(_))));
    assert!(renderer.render(&Page::Article { index: 1 }).is_ok());
}

#[test]
fn an_empty_archive_still_renders_a_site() {
    let mut archive = archive(20);
    archive.entries.clear();
    let theme = Theme::builtin();
    let files =
        SiteRenderer::new(&archive, &theme).and_then(|r| r.render_all()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        files
            .text("archieven/index.html")
            .is_some_and(|t| t.contains("Deze reeks heeft nog geen artikelen."))
    );
    let feed = files.text("feed.xml").unwrap_or_default();
    assert!(feed.contains("<updated>1970-01-01T00:00:00Z</updated>"));
    assert!(roxmltree::Document::parse(feed).is_ok());
}

#[test]
fn the_renderer_can_be_shared_across_threads() {
    // `serve` keeps one renderer and renders pages from request handlers.
    fn shared<T: Send + Sync>() {}
    shared::<SiteRenderer<'_>>();
    shared::<Theme>();
    let archive = archive(20);
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let alone = renderer.render(&Page::Front).ok();
    let together =
        std::thread::scope(|s| s.spawn(|| renderer.render(&Page::Front).ok()).join().ok().flatten());
    assert!(alone.is_some());
    assert_eq!(alone, together);
}

#[test]
#[ignore = "writes a sample site to /tmp for looking at"]
fn write_sample_site() {
    let archive = archive(2);
    let theme = Theme::builtin();
    let files =
        SiteRenderer::new(&archive, &theme).and_then(|r| r.render_all()).unwrap_or_else(|e| panic!("{e}"));
    let root = std::path::Path::new("/tmp/kroniek-site-sample");
    for (path, bytes) in &files.0 {
        let target = root.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(target, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
}
