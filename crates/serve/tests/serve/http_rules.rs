//! The HTTP rules a browser and a cache rely on.

use std::io::Read;

use crate::support::TestServer;

const SECURITY_HEADERS: [(&str, &str); 3] = [
    ("content-security-policy", "default-src 'self'"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
];

#[tokio::test]
async fn front_page_is_html_with_the_live_reload_tags() {
    let server = TestServer::sample().await;
    let answer = server.get("/", &[]).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("text/html; charset=utf-8"));
    let body = answer.text();
    assert!(body.contains("<h1>Voorpagina</h1>"), "{body}");
    assert!(body.contains(r#"<script src="/__kroniek/live.js" defer></script></head>"#), "{body}");
    assert_eq!(answer.header("content-length"), Some(answer.body.len().to_string().as_str()));
    assert_eq!(answer.header("cache-control"), Some("no-cache"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn content_types_follow_the_extension() {
    let server = TestServer::sample().await;
    for (target, expected) in [
        ("/static/style.css", "text/css; charset=utf-8"),
        ("/static/logo.png", "image/png"),
        ("/data/articles.json", "application/json; charset=utf-8"),
        ("/__kroniek/live.css", "text/css; charset=utf-8"),
    ] {
        assert_eq!(server.get(target, &[]).await.header("content-type"), Some(expected), "{target}");
    }
    let script = server.get("/__kroniek/live.js", &[]).await;
    assert!(script.header("content-type").unwrap().contains("javascript"));
    assert!(script.text().contains("new EventSource(\"/__kroniek/events\")"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let server = TestServer::sample().await;
    let answers = [
        server.get("/", &[]).await,
        server.get("/nergens", &[]).await,
        server.get("/%2e%2e/etc/passwd", &[]).await,
        server.get("/archieven/victor-serge", &[]).await,
        server.get("/api/nergens", &[]).await,
        server.get("/static/logo.png", &[("Range", "bytes=5000-")]).await,
        server.get("/", &[("If-None-Match", "*")]).await,
        server.request("POST", "/", &[]).await,
    ];
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [200, 404, 400, 308, 404, 416, 304, 405]);
    for answer in &answers {
        for (name, expected) in SECURITY_HEADERS {
            let value = answer.header(name).unwrap_or_else(|| panic!("{name} missing on {}", answer.status));
            assert!(value.contains(expected), "{name}: {value}");
        }
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_matching_etag_gives_304() {
    let server = TestServer::sample().await;
    let first = server.get("/archieven/victor-serge/", &[]).await;
    let etag = first.header("etag").expect("an ETag").to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    let again = server.get("/archieven/victor-serge/", &[("If-None-Match", &etag)]).await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    let weak =
        server.get("/archieven/victor-serge/", &[("If-None-Match", &format!("\"x\", W/{etag}"))]).await;
    assert_eq!(weak.status, 304);
    let other = server.get("/archieven/victor-serge/", &[("If-None-Match", "\"stale\"")]).await;
    assert_eq!(other.status, 200);
    // Another page has another tag.
    let front = server.get("/", &[]).await;
    assert_ne!(front.header("etag"), Some(etag.as_str()));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn brotli_then_gzip_then_identity_by_accept_encoding() {
    let server = TestServer::sample().await;
    let plain = server.get("/", &[]).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.header("vary"), Some("accept-encoding"));

    let br = server.get("/", &[("Accept-Encoding", "gzip, deflate, br")]).await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(br.header("vary"), Some("accept-encoding"));
    assert!(br.body.len() < plain.body.len());
    let mut unbrotli = Vec::new();
    brotli::Decompressor::new(&br.body[..], 4096).read_to_end(&mut unbrotli).unwrap();
    assert_eq!(unbrotli, plain.body);

    let gz = server.get("/", &[("Accept-Encoding", "gzip")]).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    let mut ungzip = Vec::new();
    flate2::read::GzDecoder::new(&gz.body[..]).read_to_end(&mut ungzip).unwrap();
    assert_eq!(ungzip, plain.body);

    let refused = server.get("/", &[("Accept-Encoding", "br;q=0, gzip;q=0")]).await;
    assert_eq!(refused.header("content-encoding"), None);

    let tags = [plain.header("etag"), br.header("etag"), gz.header("etag")];
    assert!(tags[0] != tags[1] && tags[1] != tags[2] && tags[0] != tags[2], "{tags:?}");
    let br_etag = br.header("etag").unwrap();
    let revalidated = server.get("/", &[("Accept-Encoding", "br"), ("If-None-Match", br_etag)]).await;
    assert_eq!(revalidated.status, 304);
    assert_eq!(revalidated.header("content-encoding"), Some("br"));

    // Images are sent as they are.
    let png = server.get("/static/logo.png", &[("Accept-Encoding", "br, gzip")]).await;
    assert_eq!(png.header("content-encoding"), None);
    assert_eq!(png.header("vary"), None);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn head_has_the_headers_of_get_and_no_body() {
    let server = TestServer::sample().await;
    let get = server.get("/static/style.css", &[]).await;
    let head = server.request("HEAD", "/static/style.css", &[]).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-length"), Some(get.body.len().to_string().as_str()));
    assert_eq!(head.header("etag"), get.header("etag"));
    assert_eq!(head.header("content-type"), get.header("content-type"));
    let missing = server.request("HEAD", "/nergens", &[]).await;
    assert_eq!(missing.status, 404);
    assert!(missing.body.is_empty());
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_missing_page_gets_the_sites_404_page_with_status_404() {
    let server = TestServer::sample().await;
    for target in ["/nergens", "/archieven/onbekend/", "/static/style.css/", "/a//b"] {
        let answer = server.get(target, &[]).await;
        assert_eq!(answer.status, 404, "{target}");
        assert_eq!(answer.header("content-type"), Some("text/html; charset=utf-8"));
        assert!(answer.text().contains("<h1>Pagina niet gevonden</h1>"), "{target}");
    }
    let compressed = server.get("/nergens", &[("Accept-Encoding", "br")]).await;
    assert_eq!((compressed.status, compressed.header("content-encoding")), (404, Some("br")));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn folders_answer_with_and_without_their_slash() {
    let server = TestServer::sample().await;
    let bare = server.get("/archieven/victor-serge", &[]).await;
    assert_eq!(bare.status, 308);
    assert_eq!(bare.header("location"), Some("/archieven/victor-serge/"));
    let with_query = server.get("/archieven/victor-serge/elan?van=voorpagina", &[]).await;
    assert_eq!(with_query.header("location"), Some("/archieven/victor-serge/elan/?van=voorpagina"));
    let folder = server.get("/archieven/victor-serge/", &[]).await;
    assert_eq!(folder.status, 200);
    assert!(folder.text().contains("<h1>Victor Serge</h1>"));
    let index = server.get("/archieven/victor-serge/index.html", &[]).await;
    assert_eq!(index.body, folder.body);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn accented_paths_resolve_in_any_normal_form() {
    let server = TestServer::sample().await;
    // NFC (what links in the site use) and NFD (what some systems send).
    for target in ["/archieven/%C3%A9t%C3%A9-1913/", "/archieven/e%CC%81te%CC%81-1913/"] {
        let answer = server.get(target, &[]).await;
        assert_eq!(answer.status, 200, "{target}");
        assert!(answer.text().contains("<h1>Été 1913</h1>"), "{target}");
    }
    let redirect = server.get("/archieven/%C3%A9t%C3%A9-1913", &[]).await;
    assert_eq!(redirect.header("location"), Some("/archieven/%C3%A9t%C3%A9-1913/"));
    // Unencoded UTF-8 in the request line is not strictly valid HTTP, but curl sends it; it
    // finds the same page.
    let raw = server.get("/archieven/été-1913/", &[]).await;
    assert_eq!(raw.status, 200);
    assert_eq!(server.get("/", &[]).await.status, 200);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn ranges_give_206_or_416() {
    let server = TestServer::sample().await;
    let whole = server.get("/static/logo.png", &[]).await;
    assert_eq!(whole.header("accept-ranges"), Some("bytes"));
    let etag = whole.header("etag").unwrap().to_owned();

    let first = server.get("/static/logo.png", &[("Range", "bytes=0-9")]).await;
    assert_eq!(first.status, 206);
    assert_eq!(first.header("content-range"), Some("bytes 0-9/1000"));
    assert_eq!(first.body, whole.body[..10]);

    let suffix = server.get("/static/logo.png", &[("Range", "bytes=-5")]).await;
    assert_eq!((suffix.status, suffix.header("content-range")), (206, Some("bytes 995-999/1000")));
    assert_eq!(suffix.body, whole.body[995..]);

    let open = server.get("/static/logo.png", &[("Range", "bytes=990-")]).await;
    assert_eq!(open.body, whole.body[990..]);

    let beyond = server.get("/static/logo.png", &[("Range", "bytes=1000-")]).await;
    assert_eq!(beyond.status, 416);
    assert_eq!(beyond.header("content-range"), Some("bytes */1000"));

    let several = server.get("/static/logo.png", &[("Range", "bytes=0-1,5-6")]).await;
    assert_eq!((several.status, several.body.len()), (200, 1000));

    let stale = server.get("/static/logo.png", &[("Range", "bytes=0-9"), ("If-Range", "\"old\"")]).await;
    assert_eq!(stale.status, 200);
    let current = server.get("/static/logo.png", &[("Range", "bytes=0-9"), ("If-Range", &etag)]).await;
    assert_eq!(current.status, 206);

    // A range of a page is cut from the page as is, never from a compressed form.
    let page = server.get("/", &[]).await;
    let part = server.get("/", &[("Range", "bytes=0-14"), ("Accept-Encoding", "br")]).await;
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-encoding"), None);
    assert_eq!(part.body, page.body[..15]);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn the_api_answers_json_and_json_404s() {
    let server = TestServer::sample().await;
    let list = server.get("/api/articles", &[]).await;
    assert_eq!(list.status, 200);
    assert_eq!(list.header("content-type"), Some("application/json; charset=utf-8"));
    assert!(list.text().contains("\"slug\":\"elan\""));
    let article = server.get("/api/articles/victor-serge/elan", &[]).await;
    assert_eq!((article.status, article.text()), (200, "{\"title\":\"Élan\"}".to_owned()));
    assert!(article.header("etag").is_some());
    let missing = server.get("/api/articles/victor-serge/onbekend", &[]).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), Some("application/json; charset=utf-8"));
    let error: serde_json::Value = serde_json::from_slice(&missing.body).expect("a JSON body");
    assert_eq!(error["error"], "not found");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn only_get_and_head_are_served() {
    let server = TestServer::sample().await;
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
        let answer = server.request(method, "/", &[]).await;
        assert_eq!(answer.status, 405, "{method}");
        assert_eq!(answer.header("allow"), Some("GET, HEAD"));
    }
    server.stop().await.unwrap();
}
