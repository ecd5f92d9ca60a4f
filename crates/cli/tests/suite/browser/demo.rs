//! The built-in demo as a reader meets it: the front page, an article, its footnotes, the
//! printed article and the share links.

use serde_json::{Value as Json, json};

use super::chromium::{Browser, Chromium, STEP_LIMIT};
use super::served::Served;

#[test]
fn the_front_page_loads_without_console_errors_or_failed_requests() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        browser.forget().await;
        browser.open(&server.url("/")).await;
        browser.wait_until_live().await;

        let traffic = browser.traffic().await;
        let failed: Vec<_> = traffic.requests().filter(|r| r.failed()).collect();
        assert!(failed.is_empty(), "failed requests: {failed:#?}\nall requests:\n{}", traffic.describe());
        // The log saw the page's own files, or its silence would prove nothing.
        for path in ["/", "/static/style.css", "/__kroniek/live.js"] {
            let url = server.url(path);
            assert!(
                traffic.requests().any(|r| r.url == url && r.status == Some(200)),
                "no 200 for {url} among the requests:\n{}",
                traffic.describe()
            );
        }

        let errors: Vec<_> = browser.console().await.into_iter().filter(|e| e.is_error()).collect();
        assert!(errors.is_empty(), "console errors on the front page: {errors:#?}");
        // And the console log does report errors: this one must show up.
        browser.js("console.error('kroniek-probe'); return true").await;
        let probe = browser.console().await;
        assert!(
            probe.iter().any(|e| e.is_error() && e.message.contains("kroniek-probe")),
            "the console log missed a console.error: {probe:#?}"
        );

        let cards = browser.js("return document.querySelectorAll('.card-title a').length").await;
        assert!(cards.as_u64().is_some_and(|n| n > 0), "the demo front page lists no articles: {cards}");
    });
}

#[test]
fn an_article_opens_from_its_link_on_the_front_page() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        browser.open(&server.url("/")).await;
        let card = browser
            .js("const a = document.querySelector('.card-title a'); \
                 return a && { title: a.textContent.trim(), href: a.href };")
            .await;
        let (Some(title), Some(href)) = (card["title"].as_str(), card["href"].as_str()) else {
            panic!("no article link on the front page: {card}")
        };
        assert!(href.starts_with(server.origin()), "the article link leaves the site: {href}");

        browser.click(".card-title a").await;
        let arrived = format!("return location.href === {};", json!(href));
        browser
            .wait_until("the article page opens", STEP_LIMIT, &arrived, "return location.href;")
            .await
            .unwrap_or_else(|state| panic!("{state}"));

        let page = browser
            .js("return { h1: document.querySelector('h1#article-title')?.textContent.trim(), \
                          title: document.title };")
            .await;
        assert_eq!(page["h1"].as_str(), Some(title), "the article's heading: {page}");
        assert!(
            page["title"].as_str().is_some_and(|t| t.contains(title)),
            "the article's <title> should name it: {page}"
        );
    });
}

/// `inView(id)`: whether the element with that id is in the viewport and not covered.
const IN_VIEW: &str = "function inView(id) { \
      const el = document.getElementById(id); if (!el) return false; \
      const r = el.getBoundingClientRect(); \
      if (r.height === 0 || r.top < 0 || r.top >= innerHeight) return false; \
      const hit = document.elementFromPoint( \
        r.left + Math.min(4, r.width / 2), r.top + Math.min(4, r.height / 2)); \
      return el.contains(hit) || (hit !== null && hit.contains(el)); \
    }";

/// A script: true once the element with `id` is the URL's fragment, the `:target`, and in view.
fn targeted(id: &str) -> String {
    format!(
        "{IN_VIEW} const id = {}; \
         return location.hash === '#' + id && document.querySelector(':target')?.id === id && inView(id);",
        json!(id)
    )
}

#[test]
fn a_footnote_reference_leads_to_its_note_and_the_note_back() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        open_an_article_with_notes(browser, &server).await;
        let ids =
            browser.js("const a = document.querySelector('.fnref a'); return [a.id, a.hash.slice(1)];").await;
        let (Some(reference), Some(note)) = (ids[0].as_str(), ids[1].as_str()) else {
            panic!("the footnote reference needs an id and a #fragment: {ids}")
        };
        assert!(!in_view(browser, note).await, "the note #{note} is in view before any click");

        browser.click(".fnref a").await;
        let report = "return [location.hash, document.querySelector(':target')?.id, scrollY];";
        browser
            .wait_until("the note is the target and in view", STEP_LIMIT, &targeted(note), report)
            .await
            .unwrap_or_else(|state| panic!("{state}"));
        assert!(!in_view(browser, reference).await, "the reference #{reference} is still in view");

        browser.click(&format!("[id={}] a.backref", json!(note))).await;
        browser
            .wait_until("the back-link returns to the reference", STEP_LIMIT, &targeted(reference), report)
            .await
            .unwrap_or_else(|state| panic!("{state}"));
    });
}

async fn in_view(browser: &Browser, id: &str) -> bool {
    browser.js_with(&format!("{IN_VIEW} return inView(arguments[0]);"), vec![json!(id)]).await
        == Json::Bool(true)
}

/// Opens the first article on the front page that has footnotes, and returns its URL.
async fn open_an_article_with_notes(browser: &Browser, server: &Served) -> String {
    browser.open(&server.url("/")).await;
    let links = browser.js("return [...document.querySelectorAll('.card-title a')].map(a => a.href);").await;
    for url in links.as_array().into_iter().flatten().filter_map(Json::as_str) {
        browser.open(url).await;
        if browser.js("return document.querySelector('.fnref a') !== null;").await == Json::Bool(true) {
            return url.to_owned();
        }
    }
    panic!("no article linked from the demo front page has footnotes: {links}");
}

/// The texts a reader sees on screen that must not be on paper (the skip link, the navigation,
/// the share bar), and those that must (title, first note).
const SCREEN_ONLY_TEXTS: &str = "const text = (el) => el ? el.textContent.trim() : null; \
    return { \
      title: text(document.querySelector('h1#article-title')), \
      note: text(document.querySelector('.footnotes li'))?.replace(/\\s*↩\\S*\\s*$/u, ''), \
      article: document.querySelector('main article')?.textContent ?? '', \
      absent: [ \
        text(document.querySelector('.skip-link')), \
        ...[...document.querySelectorAll('.site-nav a')].map(text), \
        text(document.querySelector('.share h2')), \
        ...[...document.querySelectorAll('.share a')].map(text), \
      ].filter(Boolean), \
    };";

#[test]
fn the_printed_article_keeps_title_and_notes_and_drops_navigation_and_sharing() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        open_an_article_with_notes(browser, &server).await;
        let page = browser.js(SCREEN_ONLY_TEXTS).await;
        let (Some(title), Some(note), Some(article)) =
            (page["title"].as_str(), page["note"].as_str(), page["article"].as_str())
        else {
            panic!("the article page lacks a title, a note or its body: {page}")
        };

        let pdf = browser.print().await;
        assert!(pdf.starts_with(b"%PDF-"), "printing did not give a PDF");
        let printed = pdf_text(&pdf);
        let on_paper = squeeze(&printed);
        assert!(on_paper.contains(&squeeze(title)), "the title {title:?} is not on paper:\n{printed}");
        // The note's first words: enough to know it, short of where the PDF may break a line.
        let note_start: String = note.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        let note_on_paper = on_paper.contains(&squeeze(&note_start));
        assert!(note_on_paper, "the first note {note_start:?} is not on paper:\n{printed}");

        // Screen-only texts that the article itself does not also contain (a series name is
        // both a navigation link and the article's kicker), long enough to search for.
        let in_article = squeeze(article);
        let checked: Vec<&str> = page["absent"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .filter(|text| squeeze(text).chars().count() >= 4 && !in_article.contains(&squeeze(text)))
            .collect();
        assert!(checked.len() >= 3, "too few navigation and share texts to check: {page}");
        for text in &checked {
            let printed_too = on_paper.contains(&squeeze(text));
            assert!(!printed_too, "{text:?} (navigation or share bar) is on paper:\n{printed}");
        }

        // The same through the DOM: under print media the bars are not rendered at all.
        let visibility = "const seen = (css) => \
              [...document.querySelectorAll(css)].map(el => el.checkVisibility()); \
            return { nav: seen('.site-nav'), share: seen('.share'), skip: seen('.skip-link'), \
                     title: seen('h1#article-title'), notes: seen('.footnotes') };";
        let screen = browser.js(visibility).await;
        assert_eq!(screen["nav"], json!([true]), "the navigation should show on screen: {screen}");
        assert_eq!(screen["share"], json!([true]), "the share bar should show on screen: {screen}");
        browser.devtools("Emulation.setEmulatedMedia", json!({ "media": "print" })).await;
        let paper = browser.js(visibility).await;
        browser.devtools("Emulation.setEmulatedMedia", json!({ "media": "" })).await;
        assert_eq!(paper["nav"], json!([false]), "the navigation is rendered for print: {paper}");
        assert_eq!(paper["share"], json!([false]), "the share bar is rendered for print: {paper}");
        assert_eq!(paper["skip"], json!([false]), "the skip link is rendered for print: {paper}");
        assert_eq!(paper["title"], json!([true]), "the title is not rendered for print: {paper}");
        assert_eq!(paper["notes"], json!([true]), "the notes are not rendered for print: {paper}");
    });
}

/// The text of every page of a PDF.
fn pdf_text(pdf: &[u8]) -> String {
    let document =
        lopdf::Document::load_mem(pdf).unwrap_or_else(|e| panic!("the printed PDF does not parse: {e}"));
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    assert!(!pages.is_empty(), "the printed PDF has no pages");
    document.extract_text(&pages).unwrap_or_else(|e| panic!("no text in the printed PDF: {e}"))
}

/// `text` as it can be compared with a PDF's: without what layout adds or drops (spaces, line
/// breaks, hyphens, including those hyphenation puts at line ends), ligatures spelled out, and
/// in lower case (labels print in capitals through CSS).
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '\u{2010}' | '\u{2011}'))
        .flat_map(|c| match c {
            'ﬀ' => "ff".chars().collect(),
            'ﬁ' => "fi".chars().collect(),
            'ﬂ' => "fl".chars().collect(),
            'ﬃ' => "ffi".chars().collect(),
            'ﬄ' => "ffl".chars().collect(),
            other => other.to_lowercase().collect::<Vec<char>>(),
        })
        .collect()
}

#[test]
fn the_share_links_are_plain_links_and_nothing_loads_from_elsewhere() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        let article = open_an_article_with_notes(browser, &server).await;
        for url in [server.url("/"), article] {
            browser.forget().await;
            browser.open(&url).await;
            browser.wait_until_live().await;
            let traffic = browser.traffic().await;
            assert!(traffic.requests().next().is_some(), "no requests recorded for {url}");
            let site = format!("{}/", server.origin());
            let on_site = |url: &str| url.starts_with(&site) || url.starts_with("data:");
            let elsewhere: Vec<_> = traffic.requests().filter(|r| !on_site(&r.url)).collect();
            assert!(elsewhere.is_empty(), "{url} loaded from elsewhere: {elsewhere:#?}");
            // The page's own account too: it also sees frames, whose loads run in another process.
            let timed = browser
                .js("return performance.getEntriesByType('resource').map(e => e.name) \
                       .filter(name => !name.startsWith(location.origin + '/') \
                                       && !name.startsWith('data:'));")
                .await;
            assert_eq!(timed, json!([]), "{url} loaded from elsewhere");

            let embedded = browser
                .js("return { frames: document.querySelectorAll('iframe, frame, object, embed').length, \
                       foreign: [...document.scripts] \
                         .filter(s => s.src && new URL(s.src).origin !== location.origin).map(s => s.src), \
                       inline: [...document.scripts] \
                         .filter(s => !s.src && s.type !== 'application/ld+json').length };")
                .await;
            let none = json!({ "frames": 0, "foreign": [], "inline": 0 });
            assert_eq!(embedded, none, "{url} embeds others' code");
        }

        // The article (open now) shares through plain links only.
        let links = browser
            .js("const bar = document.querySelector('.share'); \
                 return bar && { \
                   links: [...bar.querySelectorAll('a')] \
                     .map(a => ({ href: a.getAttribute('href'), protocol: a.protocol })), \
                   handlers: bar.querySelectorAll('[onclick], form, iframe, script').length };")
            .await;
        assert_eq!(links["handlers"], json!(0), "the share bar has more than links: {links}");
        let Some(list) = links["links"].as_array() else { panic!("the article has no share bar: {links}") };
        assert!(!list.is_empty(), "the share bar has no links");
        for link in list {
            let protocol = link["protocol"].as_str().unwrap_or_default();
            let has_href = link["href"].as_str().is_some_and(|href| !href.is_empty());
            assert!(
                ["http:", "https:", "mailto:"].contains(&protocol) && has_href,
                "a share link that is not a plain http(s) or mailto link: {link}"
            );
        }
    });
}
