//! The built site's `/search/` page on a plain static host (no `kroniek serve`): the client
//! searches the static bundle, shows facet counts computed from the bundle for the current
//! results, and a click on a facet narrows them.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;

use super::chromium::{Chromium, STEP_LIMIT};

/// A static file host on a loopback port, serving a folder the way any web host would: the
/// file at the path, `index.html` for a folder. Runs until the test process ends.
fn host(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    let origin = format!("http://{}", listener.local_addr().expect("an address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer(&root, stream));
        }
    });
    origin
}

fn answer(root: &Path, mut stream: TcpStream) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // The rest of the request head is not needed.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split('?').next().unwrap_or("/").trim_start_matches('/');
    let mut file = root.join(path);
    if path.contains("..") {
        file = root.join("missing");
    } else if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, body) = match std::fs::read(&file) {
        Ok(body) => ("200 OK", body),
        Err(_) => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("json") => "application/json",
        _ => "text/plain; charset=utf-8",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
}

/// The number in the page's result count, the facet links, and the URLs of the hits shown.
const STATE: &str = "const count = document.querySelector('.search-count'); \
    return { count: count ? parseInt(count.textContent, 10) : null, \
      facets: [...document.querySelectorAll('a.search-facet')].map(a => ({ \
        field: a.dataset.field, value: a.dataset.value, text: a.textContent, href: a.getAttribute('href') })), \
      hits: [...document.querySelectorAll('.search-hit-title a')].map(a => a.getAttribute('href')), \
      url: location.search };";

#[test]
fn a_facet_narrows_the_static_results() {
    let Some(chromium) = Chromium::find() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo");
    let out = dir.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .env("NO_COLOR", "1")
        .arg("build")
        .arg(&demo)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("kroniek runs");
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let origin = host(out);
    // Every article of the demo's series: results in several languages.
    let meta: Json =
        serde_json::from_slice(&std::fs::read(dir.path().join("site/search/bundle/meta.json")).unwrap())
            .unwrap();
    let series = meta["series"][0][0].as_str().expect("a series").to_owned();

    chromium.run(async |browser| {
        browser.open(&format!("{origin}/search/?reeks={series}")).await;
        browser
            .wait_until(
                "the language facet",
                STEP_LIMIT,
                "return document.querySelectorAll('a.search-facet[data-field=taal]').length > 1;",
                STATE,
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let before = browser.js(STATE).await;
        let total = before["count"].as_u64().expect("a result count");
        let languages: Vec<&Json> =
            before["facets"].as_array().unwrap().iter().filter(|f| f["field"] == "taal").collect();
        // The language counts add up to the results: each article has one language.
        let count_of = |f: &Json| -> u64 {
            let text = f["text"].as_str().unwrap_or_default();
            text.rsplit('(').next().unwrap_or_default().trim_end_matches(')').parse().unwrap_or(0)
        };
        let sum: u64 = languages.iter().map(|f| count_of(f)).sum();
        assert_eq!(sum, total, "language counts should add up to the results: {before}");
        let smallest = languages.iter().min_by_key(|f| count_of(f)).unwrap();
        let value = smallest["value"].as_str().unwrap().to_owned();
        let expected = count_of(smallest);
        assert!(expected < total, "the chosen facet should narrow: {before}");
        assert!(smallest["href"].as_str().unwrap().contains(&format!("taal={value}")), "{before}");

        browser.click(&format!("a.search-facet[data-field=taal][data-value='{value}']")).await;
        browser
            .wait_until(
                "the narrowed results",
                STEP_LIMIT,
                &format!(
                    "const c = document.querySelector('.search-count'); \
                     return !!c && parseInt(c.textContent, 10) === {expected} && location.search.includes('taal={value}');"
                ),
                STATE,
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let after = browser.js(STATE).await;
        let facets = after["facets"].as_array().unwrap();
        let only: Vec<&Json> = facets.iter().filter(|f| f["field"] == "taal").collect();
        assert_eq!(only.len(), 1, "after narrowing, one language is left: {after}");
        assert_eq!(only[0]["value"], value.as_str(), "{after}");
        let shown = after["hits"].as_array().unwrap().len() as u64;
        assert_eq!(shown, expected.min(10), "{after}");
    });
}
