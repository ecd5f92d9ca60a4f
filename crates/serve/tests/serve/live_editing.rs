//! Live editing against a watched temp folder: one rebuild per save, the new page served and
//! open pages told to reload, a broken edit shown over every page until it is fixed.

use std::fs;
use std::path::Path;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use kroniek_serve::{BuildOutcome, ServeOptions};

use crate::support::{EventStream, FakeBuilder, PATIENCE, TestServer, test_options};

/// A wide debounce window, so a save on a machine busy with other builds still counts as one;
/// the test never waits for the window itself, only for the rebuild it causes.
fn watch_options() -> ServeOptions {
    ServeOptions { debounce: Duration::from_millis(400), ..test_options() }
}

fn next_rebuild(rebuilds: &Receiver<Vec<PathBuf>>) -> Vec<PathBuf> {
    rebuilds.recv_timeout(PATIENCE).expect("a rebuild in time")
}

/// Saves `text` to `path` the way careful editors do: vim's write probe, a swap file, a backup,
/// a temp file renamed over the original.
fn save_like_an_editor(path: &Path, text: &str) {
    let folder = path.parent().unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    fs::write(folder.join("4913"), "").unwrap();
    fs::remove_file(folder.join("4913")).unwrap();
    fs::write(folder.join(format!(".{name}.swp")), "swap").unwrap();
    if path.exists() {
        fs::copy(path, folder.join(format!("{name}~"))).unwrap();
    }
    let temp = folder.join(format!("{name}.tmp"));
    fs::write(&temp, text).unwrap();
    fs::rename(&temp, path).unwrap();
    fs::remove_file(folder.join(format!(".{name}.swp"))).unwrap();
}

#[tokio::test]
async fn a_multi_step_save_gives_one_rebuild() {
    let folder = tempfile::tempdir().unwrap();
    let article = folder.path().join("elan.md");
    fs::write(&article, "eerste versie").unwrap();
    let (builder, rebuilds) = FakeBuilder::watching(folder.path());
    let mut server = TestServer::start(builder, watch_options()).await;

    save_like_an_editor(&article, "tweede versie");
    let first = tokio::task::spawn_blocking(move || (next_rebuild(&rebuilds), rebuilds)).await.unwrap();
    let (changed, rebuilds) = first;
    assert_eq!(changed, std::slice::from_ref(&article), "swap, backup and temp files are left out");
    let report = server.next_build().await;
    assert!(report.outcome.is_swapped());

    // A later, separate change: had the save caused a second rebuild, it would come first.
    let marker = folder.path().join("z.md");
    fs::write(&marker, "later").unwrap();
    let second = tokio::task::spawn_blocking(move || next_rebuild(&rebuilds)).await.unwrap();
    assert_eq!(second, [marker]);
    server.next_build().await;
    server.stop().await.unwrap();
}

#[tokio::test]
async fn an_edit_is_served_and_open_pages_reload() {
    let folder = tempfile::tempdir().unwrap();
    let (builder, _rebuilds) = FakeBuilder::watching(folder.path());
    let mut server = TestServer::start(builder, watch_options()).await;
    let mut page = EventStream::open(server.addr).await;
    assert_eq!(page.expect("state").await, r#"{"broken":false}"#);
    let before = server.get("/", &[]).await;

    fs::write(folder.path().join("elan.md"), "Élan, herzien").unwrap();
    assert!(server.next_build().await.outcome.is_swapped());
    page.expect("reload").await;
    let after = server.get("/", &[]).await;
    assert!(after.text().contains("<article>Élan, herzien</article>"), "{}", after.text());
    assert!(after.text().contains("/__kroniek/live.js"));
    assert_ne!(after.header("etag"), before.header("etag"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_broken_edit_shows_an_overlay_until_it_is_fixed() {
    let folder = tempfile::tempdir().unwrap();
    let (builder, _rebuilds) = FakeBuilder::watching(folder.path());
    let mut server = TestServer::start(builder, watch_options()).await;
    let good = server.get("/archieven/victor-serge/", &[]).await;
    let mut page = EventStream::open(server.addr).await;
    page.expect("state").await;

    let article = folder.path().join("elan.md");
    fs::write(&article, "titel: Élan\nauteur: BROKEN\n").unwrap();
    let report = server.next_build().await;
    let BuildOutcome::Broken { diagnostics } = report.outcome else { panic!("the edit is broken") };
    assert_eq!(diagnostics.len(), 1);

    // Pages already open are told, with the location and the offending line.
    let pushed: serde_json::Value = serde_json::from_str(&page.expect("broken").await).unwrap();
    let text = pushed["diagnostics"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("content/elan.md:2:9: error: unknown key <BROKEN>"), "{text}");
    assert!(text.contains("2 | auteur: BROKEN"), "{text}");

    // Pages loaded now carry the overlay, escaped, over the last good content.
    let shown = server.get("/archieven/victor-serge/", &[("Accept-Encoding", "br")]).await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.header("cache-control"), Some("no-store"));
    assert_eq!(shown.header("etag"), None);
    let html = shown.text();
    assert!(html.contains(r#"<div id="kroniek-overlay" role="alert">"#), "{html}");
    assert!(html.contains("content/elan.md:2:9: error: unknown key &lt;BROKEN&gt;"), "{html}");
    assert!(html.contains("<h1>Victor Serge</h1>"), "{html}");
    // The 404 page too; files that are not pages are served as before.
    assert!(server.get("/nergens", &[]).await.text().contains("kroniek-overlay"));
    assert!(!server.get("/static/style.css", &[]).await.text().contains("kroniek-overlay"));

    // A page that connects while the edit is broken learns it from the first event.
    let mut late = EventStream::open(server.addr).await;
    let state: serde_json::Value = serde_json::from_str(&late.expect("state").await).unwrap();
    assert_eq!(state["broken"], true);

    fs::write(&article, "titel: Élan\nauteur: Victor Serge\n").unwrap();
    assert!(server.next_build().await.outcome.is_swapped());
    page.expect("reload").await;
    late.expect("reload").await;
    let fixed = server.get("/archieven/victor-serge/", &[]).await;
    assert!(!fixed.text().contains("kroniek-overlay"));
    assert_eq!(fixed.body, good.body);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_site_that_fails_its_first_build_still_serves_its_problems() {
    struct Failing;
    impl kroniek_serve::SiteBuilder for Failing {
        fn build(&mut self) -> Result<kroniek_serve::SiteSnapshot, Vec<kroniek_model::Diagnostic>> {
            let source = "title = \"Kroniek\"\ntaal = nl\n";
            Err(vec![kroniek_model::Diagnostic::error("kroniek.toml", source, 25..27, "expected a string")])
        }
        fn rebuild(
            &mut self,
            _: &[PathBuf],
        ) -> Result<kroniek_serve::SiteSnapshot, Vec<kroniek_model::Diagnostic>> {
            self.build()
        }
        fn watch_paths(&self) -> Vec<PathBuf> {
            Vec::new()
        }
    }
    let server = kroniek_serve::Server::bind(Failing, test_options()).await.unwrap();
    assert!(!server.first_build().outcome.is_swapped());
    let addr = server.local_addr();
    let task = tokio::spawn(server.run_until(std::future::pending()));
    let answer =
        crate::support::send_raw(addr, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false)
            .await;
    assert_eq!(answer.status, 404);
    let html = answer.text();
    assert!(html.contains("kroniek.toml:2:8: error: expected a string"), "{html}");
    assert!(html.contains("no good version to show yet"), "{html}");
    task.abort();
}
