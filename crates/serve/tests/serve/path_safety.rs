//! No spelling of a path reads anything but the site's own files. The site lives in memory, so
//! these prove that every trick meant for disk servers is refused (400) or names nothing (404),
//! and never resolves to a page by accident.

use crate::support::{TestServer, send_raw};

#[tokio::test]
async fn traversal_attempts_are_refused() {
    let server = TestServer::sample().await;
    let attempts = [
        "/../../../../etc/passwd",
        "/archieven/../index.html",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/static/%2e%2e/index.html",
        "/.%2e/index.html",
        "/..%5c..%5cwindows%5cwin.ini",
        "/static%5c..%5cindex.html",
        "/index.html%00.png",
        "/%00",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/%e0%80%ae%e0%80%ae/index.html",
        "/%ff%fe",
        "/%",
        "/%2",
        "/%g0",
        "/./index.html",
        "/static/./style.css",
    ];
    for target in attempts {
        let answer = server.get(target, &[]).await;
        assert_eq!(answer.status, 400, "{target}");
        assert!(!answer.text().contains("root:"), "{target}");
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn absolute_and_doubled_paths_name_nothing() {
    let server = TestServer::sample().await;
    for target in ["//etc/passwd", "/C:/Windows/win.ini", "/etc/passwd", "//index.html", "/static//style.css"]
    {
        let answer = server.get(target, &[]).await;
        assert_eq!(answer.status, 404, "{target}");
        assert!(answer.text().contains("Pagina niet gevonden"), "{target}");
        assert_eq!(answer.header("location"), None, "{target}");
    }
    // A doubled slash must never become a redirect to another host.
    let answer = server.get("//evil.example/archieven/victor-serge", &[]).await;
    assert_eq!((answer.status, answer.header("location")), (404, None));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn raw_backslashes_nul_bytes_and_absolute_form_targets() {
    let server = TestServer::sample().await;
    for request in [
        &b"GET /static\\..\\index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"[..],
        b"GET /index.html\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET http://localhost/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET ../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ] {
        let answer = send_raw(server.addr, request, false).await;
        assert_eq!(answer.status, 400, "{}", String::from_utf8_lossy(request));
        assert!(!answer.text().contains("root:"));
    }
    // The absolute form of a good address still works.
    let good = b"GET http://localhost/static/style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    assert_eq!(send_raw(server.addr, good, false).await.status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn the_servers_own_folder_serves_only_its_own_files() {
    let server = TestServer::sample().await;
    for target in
        ["/__kroniek/", "/__kroniek/index.html", "/__kroniek/live.js/x", "/__kroniek/%2e%2e/index.html"]
    {
        let answer = server.get(target, &[]).await;
        assert!(answer.status == 404 || answer.status == 400, "{target}: {}", answer.status);
    }
    server.stop().await.unwrap();
}
