//! What the tests share: a fake site builder over an in-memory site, a server started on a free
//! loopback port, and a raw HTTP/1.1 client that sends exactly the bytes a test writes (a
//! library client would clean up the very paths the safety tests need to send).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use bytes::Bytes;
use kroniek_model::Diagnostic;
use kroniek_serve::{ServeError, ServeEvent, ServeOptions, Server, SiteBuilder, SiteSnapshot};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{broadcast, oneshot};
use tokio::task::JoinHandle;

/// The longest any test waits for something that should happen at once; a guard against hangs,
/// not a timing assumption.
pub(crate) const PATIENCE: Duration = Duration::from_secs(20);

/// Filler that makes pages big enough to be worth compressing.
pub(crate) fn filler() -> String {
    "<p>De algemene staking van 1913 legde het land tien dagen stil.</p>\n".repeat(30)
}

/// A small site in the shape the driver builds.
pub(crate) fn sample_site() -> SiteSnapshot {
    let page = |title: &str| {
        Bytes::from(format!(
            "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><h1>{title}</h1>{}</body></html>",
            filler()
        ))
    };
    let mut files = BTreeMap::new();
    files.insert("index.html".to_owned(), page("Voorpagina"));
    files.insert("archieven/victor-serge/index.html".to_owned(), page("Victor Serge"));
    files.insert("archieven/victor-serge/elan/index.html".to_owned(), page("Élan"));
    files.insert("archieven/été-1913/index.html".to_owned(), page("Été 1913"));
    files.insert("404.html".to_owned(), page("Pagina niet gevonden"));
    files.insert("static/style.css".to_owned(), Bytes::from("body { font-family: serif; }\n".repeat(20)));
    files.insert(
        "static/logo.png".to_owned(),
        Bytes::from((0..=255u8).cycle().take(1000).collect::<Vec<u8>>()),
    );
    files.insert("data/articles.json".to_owned(), Bytes::from_static(b"[{\"slug\":\"elan\"}]"));
    let mut api = BTreeMap::new();
    api.insert(
        "articles".to_owned(),
        Bytes::from_static(b"[{\"series\":\"victor-serge\",\"slug\":\"elan\"}]"),
    );
    api.insert(
        "articles/victor-serge/elan".to_owned(),
        Bytes::from_static("{\"title\":\"Élan\"}".as_bytes()),
    );
    SiteSnapshot { files, api, diagnostics: Vec::new(), documents: None }
}

/// A site builder over an in-memory site. When it watches a folder, each rebuild renders the
/// changed files into the front page, fails on a file containing `BROKEN`, and logs the
/// changed paths.
pub(crate) struct FakeBuilder {
    pub(crate) site: SiteSnapshot,
    pub(crate) watch: Vec<PathBuf>,
    pub(crate) rebuilds: Option<mpsc::Sender<Vec<PathBuf>>>,
    /// Turns true when the builder is dropped, which shows the rebuild thread has ended.
    pub(crate) dropped: Arc<AtomicBool>,
}

impl FakeBuilder {
    /// The sample site, watching nothing.
    pub(crate) fn sample() -> Self {
        Self {
            site: sample_site(),
            watch: Vec::new(),
            rebuilds: None,
            dropped: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The sample site, watching `folder`; every rebuild's changed paths go to the receiver.
    pub(crate) fn watching(folder: &Path) -> (Self, mpsc::Receiver<Vec<PathBuf>>) {
        let (sender, receiver) = mpsc::channel();
        let mut builder = Self::sample();
        builder.watch = vec![folder.to_path_buf()];
        builder.rebuilds = Some(sender);
        (builder, receiver)
    }
}

impl SiteBuilder for FakeBuilder {
    fn build(&mut self) -> Result<SiteSnapshot, Vec<Diagnostic>> {
        Ok(self.site.clone())
    }

    fn rebuild(&mut self, changed: &[PathBuf]) -> Result<SiteSnapshot, Vec<Diagnostic>> {
        if let Some(log) = &self.rebuilds {
            let _ = log.send(changed.to_vec());
        }
        let mut rendered = String::new();
        for path in changed {
            let Ok(text) = std::fs::read_to_string(path) else { continue };
            if let Some(at) = text.find("BROKEN") {
                let name = path.file_name().map(PathBuf::from).unwrap_or_default();
                return Err(vec![Diagnostic::error(
                    Path::new("content").join(name),
                    &text,
                    at..at + "BROKEN".len(),
                    "unknown key <BROKEN>",
                )]);
            }
            rendered.push_str(&format!("<article>{}</article>", text.trim()));
        }
        let page = format!(
            "<!doctype html><html><head><title>Voorpagina</title></head><body>{rendered}{}</body></html>",
            filler()
        );
        self.site.files.insert("index.html".to_owned(), Bytes::from(page));
        Ok(self.site.clone())
    }

    fn watch_paths(&self) -> Vec<PathBuf> {
        self.watch.clone()
    }
}

impl Drop for FakeBuilder {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

/// Options for a test server: loopback, a free port.
pub(crate) fn test_options() -> ServeOptions {
    ServeOptions { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, ..ServeOptions::default() }
}

/// A server running in the background until [`TestServer::stop`].
pub(crate) struct TestServer {
    pub(crate) addr: SocketAddr,
    pub(crate) reports: broadcast::Receiver<ServeEvent>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), ServeError>>,
}

impl TestServer {
    pub(crate) async fn start(builder: FakeBuilder, options: ServeOptions) -> Self {
        let server = Server::bind(builder, options).await.expect("server binds and builds");
        let addr = server.local_addr();
        let reports = server.subscribe();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(server.run_until(async {
            let _ = stopped.await;
        }));
        Self { addr, reports, stop: Some(stop), task }
    }

    pub(crate) async fn sample() -> Self {
        Self::start(FakeBuilder::sample(), test_options()).await
    }

    /// Asks the server to shut down and returns what `run_until` returned.
    pub(crate) async fn stop(mut self) -> Result<(), ServeError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        tokio::time::timeout(PATIENCE, self.task)
            .await
            .expect("server stops in time")
            .expect("server task ends")
    }

    /// The next build report.
    pub(crate) async fn next_build(&mut self) -> kroniek_serve::BuildReport {
        loop {
            let event = tokio::time::timeout(PATIENCE, self.reports.recv()).await.expect("a build in time");
            if let Ok(ServeEvent::Built(report)) = event {
                return report;
            }
        }
    }

    /// `GET target` with extra headers.
    pub(crate) async fn get(&self, target: &str, headers: &[(&str, &str)]) -> Answer {
        self.request("GET", target, headers).await
    }

    /// Any method, any target, sent byte for byte.
    pub(crate) async fn request(&self, method: &str, target: &str, headers: &[(&str, &str)]) -> Answer {
        let mut head = format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        send_raw(self.addr, head.as_bytes(), method == "HEAD").await
    }
}

/// A parsed answer.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Writes `bytes`, reads until the server closes, and parses the answer.
pub(crate) async fn send_raw(addr: SocketAddr, bytes: &[u8], is_head: bool) -> Answer {
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    stream.write_all(bytes).await.expect("sends");
    let mut received = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut received))
        .await
        .expect("server answers and closes in time")
        .expect("reads");
    parse_answer(&received, is_head)
}

/// Splits a raw HTTP/1.1 answer into status, headers and (de-chunked) body.
pub(crate) fn parse_answer(received: &[u8], is_head: bool) -> Answer {
    let end = find(received, b"\r\n\r\n").unwrap_or_else(|| panic!("no header end in {received:?}"));
    let head = std::str::from_utf8(&received[..end]).expect("ASCII head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("status code");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let raw_body = &received[end + 4..];
    let chunked =
        headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if is_head {
        raw_body.to_vec()
    } else if chunked {
        dechunk(raw_body).0
    } else {
        raw_body.to_vec()
    };
    Answer { status, headers, body }
}

/// Decodes as much of a chunked body as is complete; the data, and how many bytes were used.
pub(crate) fn dechunk(mut raw: &[u8]) -> (Vec<u8>, usize) {
    let total = raw.len();
    let mut out = Vec::new();
    while let Some(line_end) = find(raw, b"\r\n") {
        let size_text = std::str::from_utf8(&raw[..line_end]).unwrap_or("");
        let Ok(size) = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16) else {
            break;
        };
        if raw.len() < line_end + 2 + size + 2 {
            break;
        }
        out.extend_from_slice(&raw[line_end + 2..line_end + 2 + size]);
        raw = &raw[line_end + 2 + size + 2..];
        if size == 0 {
            break;
        }
    }
    (out, total - raw.len())
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A page's event stream, read event by event.
pub(crate) struct EventStream {
    stream: TcpStream,
    raw: Vec<u8>,
    text: String,
    headers_done: bool,
}

impl EventStream {
    pub(crate) async fn open(addr: SocketAddr) -> Self {
        let mut stream = TcpStream::connect(addr).await.expect("connects");
        stream
            .write_all(
                b"GET /__kroniek/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n",
            )
            .await
            .expect("sends");
        Self { stream, raw: Vec::new(), text: String::new(), headers_done: false }
    }

    /// The next event's name and data, skipping keep-alive comments; `None` when the server
    /// ended the stream.
    pub(crate) async fn next(&mut self) -> Option<(String, String)> {
        loop {
            if let Some(end) = self.text.find("\n\n") {
                let block: String = self.text.drain(..end + 2).collect();
                let mut name = String::from("message");
                let mut data = Vec::new();
                for line in block.lines() {
                    if let Some(value) = line.strip_prefix("event:") {
                        name = value.trim().to_owned();
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push(value.strip_prefix(' ').unwrap_or(value).to_owned());
                    }
                }
                if block.lines().all(|line| line.starts_with(':') || line.is_empty()) {
                    continue;
                }
                return Some((name, data.join("\n")));
            }
            let mut buffer = [0u8; 4096];
            let read = tokio::time::timeout(PATIENCE, self.stream.read(&mut buffer))
                .await
                .expect("an event in time")
                .expect("reads");
            if read == 0 {
                return None;
            }
            self.raw.extend_from_slice(&buffer[..read]);
            if !self.headers_done {
                let Some(end) = find(&self.raw, b"\r\n\r\n") else { continue };
                let head = String::from_utf8_lossy(&self.raw[..end]).into_owned();
                assert!(head.starts_with("HTTP/1.1 200"), "{head}");
                assert!(head.to_ascii_lowercase().contains("content-type: text/event-stream"), "{head}");
                self.raw.drain(..end + 4);
                self.headers_done = true;
            }
            let (data, used) = dechunk(&self.raw);
            self.raw.drain(..used);
            self.text.push_str(&String::from_utf8_lossy(&data));
        }
    }

    /// The next event, which must be called `name`; its data.
    pub(crate) async fn expect(&mut self, name: &str) -> String {
        let (got, data) = self.next().await.unwrap_or_else(|| panic!("stream ended before `{name}`"));
        assert_eq!(got, name, "data: {data}");
        data
    }
}
