//! Graceful shutdown: event streams end, a request in flight finishes, the watcher stops, and
//! `run_until` returns `Ok`.

use std::sync::atomic::Ordering;

use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{EventStream, FakeBuilder, PATIENCE, TestServer, find, test_options};

#[tokio::test]
async fn shutdown_ends_streams_finishes_requests_and_stops_the_watcher() {
    let folder = tempfile::tempdir().unwrap();
    let (mut builder, _rebuilds) = FakeBuilder::watching(folder.path());
    // A file large enough that its answer is still being written when shutdown starts.
    let big: Vec<u8> = (0..8 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    builder.site.files.insert("static/archief.bin".to_owned(), Bytes::from(big.clone()));
    let dropped = builder.dropped.clone();
    let server = TestServer::start(builder, test_options()).await;

    let mut page = EventStream::open(server.addr).await;
    page.expect("state").await;

    let mut download = TcpStream::connect(server.addr).await.unwrap();
    download.write_all(b"GET /static/archief.bin HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    // Read the start of the answer, so the request is surely in flight.
    let mut received = vec![0u8; 1024];
    let first = tokio::time::timeout(PATIENCE, download.read(&mut received)).await.unwrap().unwrap();
    received.truncate(first);

    let stopping = tokio::spawn(server.stop());
    // The open page's stream ends instead of holding shutdown up.
    assert_eq!(page.next().await, None);
    // The download completes in full.
    tokio::time::timeout(PATIENCE, download.read_to_end(&mut received)).await.unwrap().unwrap();
    let body_start = find(&received, b"\r\n\r\n").unwrap() + 4;
    assert!(received.starts_with(b"HTTP/1.1 200"));
    assert_eq!(received.len() - body_start, big.len());
    assert!(received[body_start..] == big[..]);

    assert!(stopping.await.unwrap().is_ok());
    assert!(dropped.load(Ordering::SeqCst), "the rebuild thread ended and let go of the builder");
}
