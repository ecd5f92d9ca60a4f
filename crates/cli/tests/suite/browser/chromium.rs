//! Debian's headless Chromium, driven through chromedriver over WebDriver (fantoccini), with
//! the console and network logs chromedriver keeps, print to PDF, and a DevTools passthrough.

use std::future::Future;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use fantoccini::wd::{PrintConfiguration, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value as Json, json};

use super::process::{Announces, Process};
use super::traffic::{ConsoleEntry, Traffic};

/// Where Debian's `chromium` package puts the browser.
const CHROMIUM: &str = "/usr/bin/chromium";
/// Where Debian's `chromium-driver` package puts chromedriver.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Set (to 1) by `.ci/run`: a missing browser fails the tests instead of skipping them.
const REQUIRE: &str = "KRONIEK_REQUIRE_BROWSER";

/// The longest any single step may take: a guard against hanging, never a timing.
pub(crate) const STEP_LIMIT: Duration = Duration::from_secs(10);
/// The longest the body of one browser test may take (its browser already started).
const TEST_LIMIT: Duration = Duration::from_secs(60);
/// How often a condition is polled.
const POLL: Duration = Duration::from_millis(25);

/// Proof that Chromium and chromedriver are installed.
pub(crate) struct Chromium(());

impl Chromium {
    /// Chromium, or `None` after saying on stderr (past the harness's capture) that the test is
    /// skipped and why.
    /// Panics instead when `KRONIEK_REQUIRE_BROWSER=1`.
    pub(crate) fn find() -> Option<Self> {
        let missing = [(CHROMIUM, "Chromium"), (CHROMEDRIVER, "chromedriver")]
            .into_iter()
            .find(|(path, _)| !Path::new(path).is_file());
        let Some((path, what)) = missing else { return Some(Self(())) };
        let reason = format!("no {what} found at {path} (install chromium and chromium-driver)");
        if std::env::var(REQUIRE).is_ok_and(|value| value == "1") {
            panic!("{REQUIRE}=1 but {reason}");
        }
        // Straight to stderr: the test harness captures `eprintln!` and shows it only on failure.
        let test = std::thread::current().name().unwrap_or("a browser test").to_owned();
        let line = format!("{test}: skipped: {reason}\n");
        let _ = std::io::stderr().write_all(line.as_bytes());
        None
    }

    /// Runs `test` on a fresh headless Chromium with its own profile, then closes it.
    pub(crate) fn run(self, test: impl AsyncFnOnce(&Browser)) {
        // Dropped in reverse: the runtime, then chromedriver (quitting Chromium), then the
        // profile, and last the slot.
        let _slot = Slot::take();
        let profile = tempfile::tempdir().expect("temp dir");
        let driver = Driver::start();
        let runtime =
            tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
        runtime.block_on(async {
            let browser = Browser::connect(&driver, profile.path()).await;
            let finished = tokio::time::timeout(TEST_LIMIT, test(&browser)).await;
            // Closing quits Chromium; after a panic the driver's shutdown does it instead.
            let _ = tokio::time::timeout(STEP_LIMIT, browser.client.close()).await;
            assert!(finished.is_ok(), "the browser test took longer than {TEST_LIMIT:?}");
        });
    }
}

/// At most this many browsers run at once, however many test threads there are: more make
/// every one of them too slow on a small machine.
const MAX_BROWSERS: usize = 2;
/// How many browsers run now.
static RUNNING: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

/// One of the [`MAX_BROWSERS`] places, given back when dropped.
struct Slot;

impl Slot {
    fn take() -> Self {
        let (running, freed) = &RUNNING;
        let deadline = Instant::now() + 5 * TEST_LIMIT;
        let mut count = running.lock().unwrap_or_else(PoisonError::into_inner);
        while *count >= MAX_BROWSERS {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no browser slot came free within {:?}", 5 * TEST_LIMIT);
            count = freed.wait_timeout(count, left).unwrap_or_else(PoisonError::into_inner).0;
        }
        *count += 1;
        Self
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let (running, freed) = &RUNNING;
        // A test that panicked poisons nothing that matters here: the count is still right.
        let mut count = running.lock().unwrap_or_else(PoisonError::into_inner);
        *count = count.saturating_sub(1);
        freed.notify_one();
    }
}

/// chromedriver on a loopback port it picked; shut down (with every browser it started) when
/// dropped.
struct Driver {
    process: Process,
    port: u16,
}

impl Driver {
    fn start() -> Self {
        let mut command = Command::new(CHROMEDRIVER);
        command.arg("--port=0");
        let process = Process::start("chromedriver", command, Announces::OnStdout);
        let line = process.wait_for_line("started successfully on port", STEP_LIMIT);
        let port = line
            .rsplit(' ')
            .next()
            .and_then(|word| word.trim_end_matches('.').parse().ok())
            .unwrap_or_else(|| panic!("no port in chromedriver's {line:?}"));
        Self { process, port }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// Asks chromedriver to quit, which also quits the browsers it started: killing it alone
    /// would leave Chromium running.
    fn shutdown(&self) -> std::io::Result<()> {
        let address = ([127, 0, 0, 1], self.port).into();
        let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(2))?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        stream.write_all(b"GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).map(|_| ())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if self.shutdown().is_ok() && self.process.ended_within(Duration::from_secs(5)) {
            return;
        }
        eprintln!("chromedriver did not shut down cleanly; killing it");
    }
}

/// The flags Chromium needs here: headless, no sandbox (containers), no GPU, and nothing that
/// reaches for the network on its own (the machine has none, and Chromium misbehaves waiting).
fn chromium_args(profile: &Path) -> Vec<String> {
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--window-size=1280,900",
        // No name resolves: the page can reach the loopback server and nothing else.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ]
    .map(str::to_owned)
    .into();
    args.push(format!("--user-data-dir={}", profile.display()));
    args
}

/// A headless Chromium session.
pub(crate) struct Browser {
    client: Client,
    traffic: Mutex<Traffic>,
}

impl Browser {
    async fn connect(driver: &Driver, profile: &Path) -> Self {
        let limit = u64::try_from(STEP_LIMIT.as_millis()).unwrap_or(u64::MAX);
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": { "pageLoad": limit, "script": limit, "implicit": 0 },
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": chromium_args(profile),
                "perfLoggingPrefs": { "enableNetwork": true, "enablePage": false },
            },
            "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
        });
        let Json::Object(capabilities) = capabilities else { unreachable!("a JSON object") };
        let connecting = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&driver.url())
            .await;
        let client = connecting.unwrap_or_else(|e| {
            panic!(
                "chromedriver could not start Chromium: {e}\nchromedriver said:\n{}",
                driver.process.output()
            )
        });
        Self { client, traffic: Mutex::new(Traffic::default()) }
    }

    /// Navigates to `url` and waits for its load event.
    pub(crate) async fn open(&self, url: &str) {
        bounded(&format!("open {url}"), self.client.goto(url)).await;
    }

    /// Runs `script` (a function body; `return` gives the value) in the page.
    pub(crate) async fn js(&self, script: &str) -> Json {
        bounded(&format!("run {script}"), self.client.execute(script, vec![])).await
    }

    /// Runs `script` asynchronously: it ends by calling its last argument with the value.
    pub(crate) async fn js_async(&self, script: &str) -> Json {
        bounded("run an asynchronous script", self.client.execute_async(script, vec![])).await
    }

    /// [`Browser::js`] with arguments (`arguments[0]`…).
    pub(crate) async fn js_with(&self, script: &str, args: Vec<Json>) -> Json {
        bounded(&format!("run {script}"), self.client.execute(script, args)).await
    }

    /// Clicks the first element matching `css` the way a person would: scrolled into view
    /// first (at once: WebDriver's own scrolling races the theme's smooth scrolling), then at
    /// its centre.
    pub(crate) async fn click(&self, css: &str) {
        let element = bounded(&format!("find {css}"), self.client.find(Locator::Css(css))).await;
        let handle = serde_json::to_value(&element).expect("an element serialises");
        self.js_with(
            "arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' }); return true;",
            vec![handle],
        )
        .await;
        bounded(&format!("click {css}"), element.click()).await;
    }

    /// Polls `script` until it returns `true`, for at most `within`; returns how long that took.
    /// On time-out, the error says `what` and gives the value of `report` (a script describing
    /// the page's state). A script that fails (the page is reloading) counts as not yet.
    pub(crate) async fn wait_until(
        &self,
        what: &str,
        within: Duration,
        script: &str,
        report: &str,
    ) -> Result<Duration, String> {
        let start = Instant::now();
        loop {
            let answer = tokio::time::timeout(STEP_LIMIT, self.client.execute(script, vec![])).await;
            if matches!(answer, Ok(Ok(Json::Bool(true)))) {
                return Ok(start.elapsed());
            }
            if start.elapsed() >= within {
                let state = tokio::time::timeout(STEP_LIMIT, self.client.execute(report, vec![])).await;
                return Err(format!("{what}: not within {within:?}; the page: {state:?}"));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Console and browser errors logged since the last call.
    pub(crate) async fn console(&self) -> Vec<ConsoleEntry> {
        let entries = bounded("read the browser log", self.client.issue_cmd(GetLog("browser"))).await;
        entries.as_array().map(|list| list.iter().map(ConsoleEntry::from_log).collect()).unwrap_or_default()
    }

    /// Requests and server-sent events since [`Browser::forget`].
    pub(crate) async fn traffic(&self) -> Traffic {
        let entries = bounded("read the performance log", self.client.issue_cmd(GetLog("performance"))).await;
        let mut traffic = self.traffic.lock().expect("traffic lock");
        for entry in entries.as_array().into_iter().flatten() {
            traffic.record(entry);
        }
        traffic.clone()
    }

    /// Forgets the traffic and console messages seen so far.
    pub(crate) async fn forget(&self) {
        self.traffic().await;
        self.console().await;
        *self.traffic.lock().expect("traffic lock") = Traffic::default();
    }

    /// Waits until the page has received the live-reload stream's first event (so an edit from
    /// now on reaches it) and every other request has ended.
    pub(crate) async fn wait_until_live(&self) {
        let start = Instant::now();
        loop {
            let traffic = self.traffic().await;
            if traffic.received_event("state") && traffic.settled() {
                return;
            }
            assert!(
                start.elapsed() < STEP_LIMIT,
                "the page did not connect to the live-reload stream within {STEP_LIMIT:?}; requests:\n{}",
                traffic.describe()
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// Prints the page to PDF (A4, the browser's print media).
    pub(crate) async fn print(&self) -> Vec<u8> {
        bounded("print to PDF", self.client.print(PrintConfiguration::default())).await
    }

    /// Sends one DevTools command through chromedriver (e.g. `Emulation.setEmulatedMedia`).
    pub(crate) async fn devtools(&self, method: &'static str, params: Json) -> Json {
        bounded(method, self.client.issue_cmd(DevTools { method, params })).await
    }
}

/// Awaits a WebDriver call for at most [`STEP_LIMIT`], panicking with `what` on failure.
async fn bounded<T, E: std::fmt::Display>(what: &str, call: impl Future<Output = Result<T, E>>) -> T {
    match tokio::time::timeout(STEP_LIMIT, call).await {
        Ok(Ok(value)) => value,
        Ok(Err(e)) => panic!("{what}: {e}"),
        Err(_) => panic!("{what}: no answer within {STEP_LIMIT:?}"),
    }
}

/// chromedriver's log endpoint (not in W3C WebDriver): drains one log (`browser`, `performance`).
#[derive(Debug)]
struct GetLog(&'static str);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": self.0 }).to_string()))
    }
}

/// chromedriver's DevTools passthrough: one Chrome DevTools Protocol command.
#[derive(Debug)]
struct DevTools {
    method: &'static str,
    params: Json,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.method, "params": self.params }).to_string()))
    }
}
