//! Regression: a reader could open only six pages of `kroniek serve` in a row. Each page's
//! live-reload stream stayed open after the reader left it (the page kept in the back/forward
//! cache), and a browser allows six connections per host, so the seventh page never loaded.

use super::chromium::{Chromium, STEP_LIMIT};
use super::served::Served;

#[test]
fn a_reader_can_open_more_than_six_served_pages_in_a_row() {
    let Some(chromium) = Chromium::find() else { return };
    let server = Served::demo();
    chromium.run(async |browser| {
        browser.open(&server.url("/")).await;
        let links = browser
            .js("return [...new Set([...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.href))].slice(0, 10);")
            .await;
        let links: Vec<String> =
            links.as_array().into_iter().flatten().filter_map(|l| l.as_str()).map(str::to_owned).collect();
        assert!(links.len() >= 8, "the demo front page links to too few pages: {links:?}");
        for link in &links {
            // `open` waits for the page's load event, and fails if it never comes.
            browser.forget().await;
            browser.open(link).await;
            // The page's stream is open (its first event came), so it holds a connection.
            let start = std::time::Instant::now();
            while !browser.traffic().await.received_event("state") {
                assert!(start.elapsed() < STEP_LIMIT, "{link}: the live-reload stream never connected");
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
        }
    });
}
