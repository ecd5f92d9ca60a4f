//! Requests that are too big, too slow or not HTTP get a 4xx or a closed connection, and the
//! server goes on serving.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{FakeBuilder, PATIENCE, TestServer, send_raw, test_options};

#[tokio::test]
async fn huge_headers_get_431() {
    let server = TestServer::sample().await;
    let huge = "x".repeat(64 * 1024);
    let answer = server.get("/", &[("X-Huge", &huge)]).await;
    assert_eq!(answer.status, 431);
    let many: Vec<(String, String)> = (0..200).map(|i| (format!("X-H{i}"), "v".to_owned())).collect();
    let many: Vec<(&str, &str)> = many.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    assert_eq!(server.get("/", &many).await.status, 431);
    let long_target = format!("/{}", "a".repeat(100 * 1024));
    let long = server.get(&long_target, &[]).await;
    // The request line counts against the header limit.
    assert_eq!(long.status, 431);
    assert_eq!(server.get("/", &[]).await.status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_slow_client_is_cut_off_and_others_are_served() {
    let options = test_options();
    let options = kroniek_serve::ServeOptions { header_read_timeout: Duration::from_millis(300), ..options };
    let server = TestServer::start(FakeBuilder::sample(), options).await;
    let mut slow = TcpStream::connect(server.addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: loc").await.unwrap();
    // Meanwhile another client is served.
    assert_eq!(server.get("/", &[]).await.status, 200);
    // The slow one never finishes its headers; the server closes the connection.
    let mut rest = Vec::new();
    // Closed cleanly or reset: either way the read ends, which is what the timeout guards.
    let _closed = tokio::time::timeout(PATIENCE, slow.read_to_end(&mut rest)).await.expect("closed in time");
    assert!(!String::from_utf8_lossy(&rest).contains("200 OK"), "{}", String::from_utf8_lossy(&rest));
    assert_eq!(server.get("/", &[]).await.status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn garbage_is_answered_400() {
    let server = TestServer::sample().await;
    for request in [
        &b"HELLO\r\n\r\n"[..],
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET / HTTP/1.1\r\nBad Header Name: x\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
    ] {
        let answer = send_raw(server.addr, request, false).await;
        assert_eq!(answer.status, 400, "{:?}", String::from_utf8_lossy(request));
    }
    assert_eq!(server.get("/", &[]).await.status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_large_body_is_refused_without_being_read() {
    let server = TestServer::sample().await;
    let answer = server.request("POST", "/", &[("Content-Length", "100000000")]).await;
    assert_eq!(answer.status, 413);
    let get_with_body = server.request("GET", "/", &[("Content-Length", "100000000")]).await;
    assert_eq!(get_with_body.status, 413);
    server.stop().await.unwrap();
}
