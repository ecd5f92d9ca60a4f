//! Editing a served archive while its page is open: the page reloads with the change, and a
//! broken edit shows its problems over the page until it is fixed.

use std::fs;
use std::path::Path;
use std::time::Duration;

use super::chromium::{Browser, Chromium, STEP_LIMIT};
use super::served::Served;
use crate::support::Fixture;

/// The article the tests edit, in `fixtures/valid/minimal`, and where it is served.
const SOURCE: &str = "content/geschiedenis/leon-dewit.md";
const PAGE: &str = "/geschiedenis/leon-dewit/";
/// From saving a file to the open page showing the change: the issue's requirement.
const RELOAD_LIMIT: Duration = Duration::from_secs(2);

/// Marks the open page, so a reload (which forgets the mark) can be told from a patch.
const MARK: &str = "window.kroniekBeforeEdit = true; return true;";

/// The page's state, for failure messages.
const REPORT: &str = "return { marked: window.kroniekBeforeEdit === true, \
    overlay: document.getElementById('kroniek-overlay')?.textContent ?? null, \
    body: document.querySelector('.article-body')?.textContent.slice(0, 160) ?? null };";

/// Replaces each `from` by its `to` in the archive file at `path`, and saves it once, as an
/// editor would.
fn edit(path: &Path, changes: &[(&str, &str)]) {
    let mut text = fs::read_to_string(path).expect("read the source");
    for (from, to) in changes {
        assert!(text.contains(from), "{} does not contain {from:?}", path.display());
        text = text.replacen(from, to, 1);
    }
    fs::write(path, text).expect("save the source");
}

/// Opens the article and waits until its live-reload stream is connected.
async fn open_live(browser: &Browser, server: &Served) {
    browser.forget().await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_until_live().await;
    let body = browser.js("return document.querySelector('.article-body')?.textContent ?? '';").await;
    assert!(body.as_str().is_some_and(|b| b.contains("dertig jaar")), "the article before the edit: {body}");
    browser.js(MARK).await;
}

/// True while the overlay is shown and names the broken line (`published`, line 5) as
/// file:line:col; a script expression, open at the end.
const OVERLAY_SHOWN: &str = "const overlay = document.getElementById('kroniek-overlay'); \
    return overlay !== null && overlay.checkVisibility() && \
      /leon-dewit\\.md:5:\\d+: error/.test(overlay.textContent)";

/// True once the page has reloaded (the mark is gone) and shows `text` without an overlay.
fn reloaded_with(text: &str) -> String {
    format!(
        "return window.kroniekBeforeEdit === undefined && document.readyState === 'complete' && \
         document.getElementById('kroniek-overlay') === null && \
         (document.querySelector('.article-body')?.textContent ?? '').includes('{text}');"
    )
}

#[test]
fn saving_an_article_reloads_its_open_page_with_the_change_within_2_seconds() {
    let Some(chromium) = Chromium::find() else { return };
    let fixture = Fixture::copy("valid/minimal");
    let server = Served::archive(&fixture.root());
    chromium.run(async |browser| {
        open_live(browser, &server).await;
        edit(&fixture.root().join(SOURCE), &[("*dertig jaar*", "*veertig jaar*")]);
        browser
            .wait_until(
                "the open page reloads with the edit",
                RELOAD_LIMIT,
                &reloaded_with("veertig jaar"),
                REPORT,
            )
            .await
            .unwrap_or_else(|state| panic!("{state}\nthe server said:\n{}", server.output()));
    });
}

#[test]
fn a_broken_edit_shows_the_overlay_until_it_is_fixed() {
    let Some(chromium) = Chromium::find() else { return };
    let fixture = Fixture::copy("valid/minimal");
    let server = Served::archive(&fixture.root());
    let source = fixture.root().join(SOURCE);
    chromium.run(async |browser| {
        open_live(browser, &server).await;
        edit(&source, &[(r#"published = "2022-05-01""#, r#"published = "1920-02-31""#)]);

        // The problem, with file:line:col, over the page that stays as it was (not reloaded).
        let over_open_page = format!("{OVERLAY_SHOWN} && window.kroniekBeforeEdit === true;");
        browser
            .wait_until(
                "the open page shows the broken edit's problem",
                RELOAD_LIMIT,
                &over_open_page,
                REPORT,
            )
            .await
            .unwrap_or_else(|state| panic!("{state}\nthe server said:\n{}", server.output()));
        let title = browser.js("return document.querySelector('h1#article-title')?.textContent;").await;
        assert_eq!(
            title.as_str(),
            Some("Léon Dewit, 1899-1971"),
            "the last good page should stay behind the overlay"
        );

        // A page opened while the edit is broken shows the problem too.
        browser.open(&server.url("/")).await;
        let over_new_page = format!("{OVERLAY_SHOWN};");
        browser
            .wait_until("a newly opened page shows the problem", STEP_LIMIT, &over_new_page, REPORT)
            .await
            .unwrap_or_else(|state| panic!("{state}\nthe server said:\n{}", server.output()));

        // Fixing it (and changing the text, to see the new version) reloads without the overlay.
        open_live(browser, &server).await;
        let fixed = r#"published = "1920-02-29""#;
        edit(&source, &[(r#"published = "1920-02-31""#, fixed), ("*dertig jaar*", "*veertig jaar*")]);
        browser
            .wait_until(
                "the fix reloads the page without the overlay",
                RELOAD_LIMIT,
                &reloaded_with("veertig jaar"),
                REPORT,
            )
            .await
            .unwrap_or_else(|state| panic!("{state}\nthe server said:\n{}", server.output()));
    });
}
