//! Hostile content in a real browser: every payload of `fixtures/hostile/payloads.txt` is put
//! in front matter, Markdown bodies, authority records, an imported HTML page and search
//! queries; on the built site (opened from disk, where no Content-Security-Policy protects it)
//! and on the served site, none of them runs — no `window.PWNED`, no `PWNED` title — and no
//! page keeps an event handler, a script URL, a frame or an inline script. The served site's
//! Content-Security-Policy would have stopped them anyway: it is sent with every page, allows
//! no inline script, and the browser never had to refuse one.

use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value as Json;

use super::chromium::{Browser, Chromium};
use super::served::Served;
use crate::support::{Kroniek, fixtures, read_tree};

/// The payload corpus.
fn payloads() -> Vec<String> {
    let text = fs::read_to_string(fixtures().join("hostile/payloads.txt")).expect("the payload corpus");
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
}

/// A TOML basic string.
fn toml(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text escaped for an HTML attribute or element (the page must carry the payload as text,
/// as a scraped page of an article *about* such code would).
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// An archive carrying every payload in every field, one HTML page imported into it with the
/// real command, and its built site.
struct Hostile {
    dir: tempfile::TempDir,
}

impl Hostile {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("archive");
        let payloads = payloads();
        let all = payloads.join(" ");
        fs::create_dir_all(root.join("authorities")).expect("folder");
        fs::create_dir_all(root.join("content/stukken")).expect("folder");
        let config = format!(
            "title = {}\nbase_url = \"https://hostile.example/\"\nlanguage = \"nl\"\ndescription = {}\n\n\
             [[series]]\nid = \"stukken\"\ntitle = {}\ndescription = {}\n",
            toml(&format!("Archief {}", payloads[0])),
            toml(&all),
            toml(&format!("Stukken {}", payloads[1])),
            toml(&all)
        );
        fs::write(root.join("kroniek.toml"), config).expect("written");
        let people = format!(
            "[anna-dekker]\nname = \"Anna Dekker\"\naliases = [\"Dekker\"]\ndescription = {}\nborn = \"1890\"\n\n\
             [gentse-bond]\nname = {}\n",
            toml(&all),
            toml(&format!("Gentse Bond {}", payloads[2]))
        );
        fs::write(root.join("authorities/people.toml"), people).expect("written");
        for (n, chunk) in payloads.chunks(6).enumerate() {
            let text = format!(
                "+++\ntitle = {}\nsubtitle = {}\nsummary = {}\nauthors = [{}]\npublished = \"19{:02}-05-01\"\n\
                 subjects = [\"anna-dekker\"]\n+++\n\nAnna Dekker sprak in Gent in 1921.[^1] {}\n\n## {}\n\n{}\n\n- {}\n\n\
                 [^1]: Een noot {}\n",
                toml(&format!("Stuk {n} {}", chunk[0])),
                toml(&chunk.join(" ")),
                toml(&chunk.join(" ")),
                toml(&chunk[chunk.len() - 1]),
                20 + n,
                chunk.join(" "),
                chunk[0].replace('\n', " "),
                chunk.join("\n\n"),
                chunk.join("\n- "),
                chunk.join(" "),
            );
            fs::write(root.join(format!("content/stukken/stuk-{n}.md")), text).expect("written");
        }

        // A scraped HTML page: the payloads as live markup (a hostile site) and as text.
        let mut page =
            String::from("<!doctype html><html><head><meta charset=\"utf-8\"><title>Besmet stuk</title>");
        let _ = write!(
            page,
            "<meta name=\"author\" content=\"{}\"></head><body><article><h1>Besmet stuk</h1>",
            html_text(&payloads[0])
        );
        page.push_str("<p>Door Anna Dekker</p>");
        for payload in &payloads {
            let _ =
                write!(page, "<p>Tekst over de staking in Gent. {payload}</p><p>{}</p>", html_text(payload));
        }
        page.push_str("</article></body></html>");
        let scraped = dir.path().join("besmet.html");
        fs::write(&scraped, page).expect("written");
        let run = Kroniek::new()
            .arg("import")
            .arg(&scraped)
            .arg("--into")
            .arg(&root)
            .arg("--series")
            .arg("stukken")
            .run();
        assert_eq!(run.code, 0, "import: {}{}", run.stdout, run.stderr);

        let out = dir.path().join("public");
        let run = Kroniek::new().arg("build").arg(&root).arg("--out").arg(&out).run();
        assert_eq!(run.code, 0, "build: {}{}", run.stdout, run.stderr);
        Self { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("archive")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// Every HTML page of the built site, relative to its root.
    fn pages(&self) -> Vec<String> {
        read_tree(&self.out()).into_iter().map(|(path, _)| path).filter(|p| p.ends_with(".html")).collect()
    }
}

/// Waits two frames (timers and error events of the page's images have fired by then), then
/// reports everything that ran or could run.
const INSPECT: &str = r#"
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => {
  const found = [];
  if (window.PWNED !== undefined) found.push('window.PWNED was set');
  if (document.title === 'PWNED') found.push('the title was set');
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
      if (urlAttributes.includes(attribute.name) && /^(javascript|vbscript|data:text|data:application)/.test(value))
        found.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
    }
  }
  for (const element of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]'))
    found.push(`<${element.localName}>`);
  for (const script of document.scripts)
    if (!script.src && script.type !== 'application/ld+json') found.push(`inline script: ${script.text.slice(0, 60)}`);
  done({ found, text: document.body ? document.body.textContent : '' });
}));
"#;

/// Opens `url` and returns what [`INSPECT`] found, and the page's text.
async fn inspect(browser: &Browser, url: &str) -> (Vec<String>, String) {
    browser.open(url).await;
    let report = browser.js_async(INSPECT).await;
    let found = report["found"].as_array().into_iter().flatten().filter_map(Json::as_str).map(str::to_owned);
    (found.collect(), report["text"].as_str().unwrap_or_default().to_owned())
}

#[test]
fn no_payload_runs_on_the_built_site() {
    let Some(chromium) = Chromium::find() else { return };
    let hostile = Hostile::new();
    let pages = hostile.pages();
    assert!(pages.len() > 10, "the built site is too small to prove anything: {pages:?}");
    chromium.run(async |browser| {
        let mut carried = 0;
        for page in &pages {
            let url = format!("file://{}", hostile.out().join(page).display());
            let (found, text) = inspect(browser, &url).await;
            assert!(found.is_empty(), "{page}: {found:#?}");
            carried += usize::from(text.contains("PWNED"));
        }
        // The payloads reached the pages, as text: otherwise nothing was tested.
        assert!(
            carried * 2 > pages.len(),
            "only {carried} of {} pages show the payloads as text",
            pages.len()
        );
    });
}

/// The response head of `GET path` from the server.
fn response_head(server: &Served, path: &str) -> String {
    let address = server.origin().trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(&address).expect("connect to the server");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("a timeout");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    answer.split("\r\n\r\n").next().unwrap_or_default().to_lowercase()
}

#[test]
fn no_payload_runs_on_the_served_site_and_the_csp_forbids_inline_script() {
    let Some(chromium) = Chromium::find() else { return };
    let hostile = Hostile::new();
    let server = Served::archive(&hostile.root());
    let mut paths: Vec<String> = hostile
        .pages()
        .iter()
        .filter(|p| p.starts_with("stukken/") || p.starts_with("people/") || *p == "index.html")
        .map(|p| format!("/{}", p.trim_end_matches("index.html")))
        .collect();
    // Search queries: the no-script results page echoes what was typed.
    for payload in payloads().iter().step_by(4) {
        let query: String = payload.bytes().map(|b| format!("%{b:02X}")).collect();
        paths.push(format!("/search/?q={query}"));
    }

    // The policy: on every page, with no inline script allowed.
    for path in ["/", "/stukken/stuk-0/", "/search/?q=%3Cscript%3E"] {
        let head = response_head(&server, path);
        let policy = head
            .lines()
            .find_map(|l| l.strip_prefix("content-security-policy:"))
            .unwrap_or_else(|| panic!("{path}: no Content-Security-Policy in\n{head}"));
        assert!(
            policy.contains("default-src 'self'") || policy.contains("script-src 'self'"),
            "{path}: {policy}"
        );
        assert!(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "{path}: {policy}");
    }

    chromium.run(async |browser| {
        for path in &paths {
            browser.console().await;
            let (found, _) = inspect(browser, &server.url(path)).await;
            assert!(found.is_empty(), "{path}: {found:#?}");
            // Had any payload been live markup, the policy would have refused it and said so.
            let refused: Vec<_> = browser
                .console()
                .await
                .into_iter()
                .filter(|e| e.message.contains("Content Security Policy"))
                .collect();
            assert!(refused.is_empty(), "{path}: the policy had to refuse something: {refused:#?}");
        }
    });
}
