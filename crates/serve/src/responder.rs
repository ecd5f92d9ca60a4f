//! Answers one request from the current site: a file, a folder's page, the API, the server's
//! own live-reload files, or the site's 404 page.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_ENCODING, ACCEPT_RANGES, ALLOW, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_RANGE,
    CONTENT_TYPE, ETAG, LOCATION, RANGE, VARY,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use tokio::sync::watch;

use crate::byte_range::ByteRange;
use crate::conditional::{none_match_hits, range_allowed};
use crate::content_coding::ContentCoding;
use crate::event_query;
use crate::live_reload::{self, EVENTS_NAME, RESERVED_SEGMENT, SCRIPT_NAME, STYLE_NAME};
use crate::live_site::{LiveSite, SiteState};
use crate::overlay::Overlay;
use crate::prepared_file::{PreparedFile, Representation};
use crate::request_path::{PathError, RequestPath};

/// The page shown for a missing file when the site has no `404.html` of its own.
const FALLBACK_NOT_FOUND: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Not found</title></head><body><h1>Not found</h1><p>There is no page at this address.</p>\
    <p><a href=\"/\">Front page</a></p></body></html>\n";

/// Files are revalidated on every use: while editing, a page may change at any moment, and a
/// 304 costs next to nothing.
const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");
const NO_STORE: HeaderValue = HeaderValue::from_static("no-store");

/// Everything a request is answered from.
#[derive(Debug)]
pub(crate) struct Responder {
    site: Arc<LiveSite>,
    shutdown: watch::Receiver<bool>,
    script: PreparedFile,
    style: PreparedFile,
    fallback_not_found: PreparedFile,
    search: Option<Arc<dyn crate::SiteSearch>>,
}

/// The axum handler: every request of the site comes here.
pub(crate) async fn respond(State(responder): State<Arc<Responder>>, request: Request) -> Response {
    responder.respond(&request)
}

impl Responder {
    /// A responder over `site`; event streams end when `shutdown` turns true.
    pub(crate) fn new(site: Arc<LiveSite>, shutdown: watch::Receiver<bool>) -> Self {
        Self {
            site,
            shutdown,
            script: PreparedFile::for_path(SCRIPT_NAME, Bytes::from_static(live_reload::SCRIPT)),
            style: PreparedFile::for_path(STYLE_NAME, Bytes::from_static(live_reload::STYLE)),
            fallback_not_found: PreparedFile::for_path(
                "404.html",
                Bytes::from_static(FALLBACK_NOT_FOUND.as_bytes()),
            ),
            search: None,
        }
    }

    /// Answers `/api/search` and the search page's queries with `search`.
    pub(crate) fn with_search(mut self, search: Option<Arc<dyn crate::SiteSearch>>) -> Self {
        self.search = search;
        self
    }

    fn respond(&self, request: &Request) -> Response {
        let method = request.method();
        if method != Method::GET && method != Method::HEAD {
            let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD are served\n");
            response.headers_mut().insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
            return response;
        }
        let state = self.site.current();
        let path = match RequestPath::parse(request.uri().path()) {
            Ok(path) => path,
            Err(PathError::Malformed) => return plain(StatusCode::BAD_REQUEST, "malformed request path\n"),
            Err(PathError::EmptySegment) => return self.not_found(&state, request),
        };
        match path.segments().split_first() {
            Some((first, rest)) if first == RESERVED_SEGMENT => self.own_file(rest, request),
            Some((first, rest)) if first == "api" => match (rest, &self.search) {
                ([name], Some(search)) if name == "search" => {
                    crate::site_search::api_answer(&**search, request)
                }
                _ => api(&state, rest, request),
            },
            _ => self.site_file(&state, &path, request),
        }
    }

    /// The server's own files: the live-reload script, its stylesheet and the event stream.
    fn own_file(&self, rest: &[String], request: &Request) -> Response {
        match rest {
            [name] if name == EVENTS_NAME && request.method() == Method::GET => {
                live_reload::event_stream(&self.site, self.shutdown.clone())
            }
            [name] if name == SCRIPT_NAME => send(&self.script, request, None),
            [name] if name == STYLE_NAME => send(&self.style, request, None),
            _ => plain(StatusCode::NOT_FOUND, "not found\n"),
        }
    }

    /// A file of the site, a folder's `index.html`, a redirect to a folder's address, or 404.
    fn site_file(&self, state: &SiteState, path: &RequestPath, request: &Request) -> Response {
        let key = if path.has_trailing_slash() { path.index_key() } else { path.key() };
        // The search page asked with a query and no script: the server writes the results in.
        if let (Some(search), Some(file), None) = (&self.search, state.file(&key), state.overlay())
            && key == "search/index.html"
            && let Some(response) = crate::site_search::page_with_results(file.body(), &**search, request)
        {
            return response;
        }
        if let Some(file) = state.file(&key) {
            return send(file, request, state.overlay().map(Arc::as_ref));
        }
        if !path.has_trailing_slash() && state.file(&path.index_key()).is_some() {
            // Relative links inside a folder's page only work from the address with the slash.
            return redirect_to_folder(request);
        }
        self.not_found(state, request)
    }

    /// The site's `404.html` with status 404, or a plain page when the site has none.
    fn not_found(&self, state: &SiteState, request: &Request) -> Response {
        let page = state.file("404.html").map_or(&self.fallback_not_found, Arc::as_ref);
        let overlay = state.overlay().map(Arc::as_ref);
        if let Some(overlay) = overlay.filter(|_| page.is_html()) {
            return with_overlay(page, overlay, StatusCode::NOT_FOUND, request);
        }
        let chosen = page.negotiate(&ContentCoding::preferences(request.headers().get(ACCEPT_ENCODING)));
        let mut response = body_response(StatusCode::NOT_FOUND, chosen.body, request);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, page.content_type().clone());
        headers.insert(CACHE_CONTROL, NO_STORE);
        encoding_headers(headers, page, chosen.coding);
        response
    }
}

/// A document of the JSON API, or a JSON 404. `events` with a query is narrowed to the
/// period it names (`event_query`).
fn api(state: &SiteState, rest: &[String], request: &Request) -> Response {
    if let ([name], Some(query), Some(document)) = (rest, request.uri().query(), state.api("events"))
        && name == "events"
    {
        let (status, body) = match event_query::filter(document.body(), query) {
            Ok(json) => (StatusCode::OK, Bytes::from(json)),
            Err(event_query::QueryError::BadDate(message)) => (
                StatusCode::BAD_REQUEST,
                Bytes::from(serde_json::json!({ "error": "bad date", "message": message }).to_string()),
            ),
            Err(event_query::QueryError::BadDocument) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                Bytes::from(serde_json::json!({ "error": "events are unreadable" }).to_string()),
            ),
        };
        let mut response = body_response(status, body, request);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
        headers.insert(CACHE_CONTROL, NO_STORE);
        return response;
    }
    match state.api(&rest.join("/")) {
        Some(document) => send(&document, request, None),
        None => {
            let body = serde_json::json!({ "error": "not found", "path": request.uri().path() }).to_string();
            let mut response = body_response(StatusCode::NOT_FOUND, Bytes::from(body), request);
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
            headers.insert(CACHE_CONTROL, NO_STORE);
            response
        }
    }
}

/// A found file, with revalidation (304), ranges (206, 416) and compression.
fn send(file: &PreparedFile, request: &Request, overlay: Option<&Overlay>) -> Response {
    if let Some(overlay) = overlay.filter(|_| file.is_html()) {
        return with_overlay(file, overlay, StatusCode::OK, request);
    }
    let headers = request.headers();
    let range = headers.get(RANGE).and_then(|value| value.to_str().ok());
    // Parts are cut from the file as is: a range over compressed bytes helps no client.
    let chosen = match range {
        Some(_) => file.negotiate(&[ContentCoding::Identity]),
        None => file.negotiate(&ContentCoding::preferences(headers.get(ACCEPT_ENCODING))),
    };
    if none_match_hits(headers, &chosen.etag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        file_headers(response.headers_mut(), file, &chosen);
        return response;
    }
    let len = chosen.body.len();
    let byte_range = match range {
        Some(range) if range_allowed(headers, &chosen.etag) => ByteRange::parse(range, len),
        _ => ByteRange::Whole,
    };
    let satisfiable = byte_range != ByteRange::Unsatisfiable;
    let mut response = match byte_range {
        ByteRange::Whole => body_response(StatusCode::OK, chosen.body.clone(), request),
        ByteRange::Part(part) => {
            let content_range = format!("bytes {}-{}/{len}", part.start, part.end.saturating_sub(1));
            let mut response = body_response(StatusCode::PARTIAL_CONTENT, chosen.body.slice(part), request);
            insert_text(response.headers_mut(), CONTENT_RANGE, &content_range);
            response
        }
        ByteRange::Unsatisfiable => {
            let mut response = body_response(StatusCode::RANGE_NOT_SATISFIABLE, Bytes::new(), request);
            insert_text(response.headers_mut(), CONTENT_RANGE, &format!("bytes */{len}"));
            response
        }
    };
    let headers = response.headers_mut();
    file_headers(headers, file, &chosen);
    if satisfiable {
        headers.insert(CONTENT_TYPE, file.content_type().clone());
    }
    response
}

/// An HTML page with a broken edit's problems on it: made for this request, so never cached,
/// compressed or cut into ranges.
fn with_overlay(page: &PreparedFile, overlay: &Overlay, status: StatusCode, request: &Request) -> Response {
    let body = live_reload::with_overlay(page.body(), overlay);
    let mut response = body_response(status, body, request);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, page.content_type().clone());
    headers.insert(CACHE_CONTROL, NO_STORE);
    response
}

/// The headers every answer about a found file carries, 304s included.
fn file_headers(headers: &mut HeaderMap, file: &PreparedFile, chosen: &Representation) {
    headers.insert(ETAG, chosen.etag.clone());
    headers.insert(CACHE_CONTROL, REVALIDATE);
    headers.insert(ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    encoding_headers(headers, file, chosen.coding);
}

fn encoding_headers(headers: &mut HeaderMap, file: &PreparedFile, coding: ContentCoding) {
    if file.varies_by_encoding() {
        headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    }
    if let Some(value) = coding.header_value() {
        headers.insert(CONTENT_ENCODING, value);
    }
}

/// A response with `body`, or with its length and no body for HEAD.
fn body_response(status: StatusCode, body: Bytes, request: &Request) -> Response {
    let len = body.len();
    let mut response = if request.method() == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(body))
    };
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_LENGTH, HeaderValue::from(len));
    response
}

/// 308 to the same address with a slash: `/archieven/x` → `/archieven/x/`, query kept.
fn redirect_to_folder(request: &Request) -> Response {
    let uri = request.uri();
    let target = match uri.query() {
        Some(query) => format!("{}/?{query}", uri.path()),
        None => format!("{}/", uri.path()),
    };
    let Ok(location) = HeaderValue::from_str(&target) else {
        return plain(StatusCode::BAD_REQUEST, "malformed request path\n");
    };
    let mut response = plain(StatusCode::PERMANENT_REDIRECT, "moved to the folder's address\n");
    response.headers_mut().insert(LOCATION, location);
    response
}

/// A short text answer for errors.
pub(crate) fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    headers.insert(CACHE_CONTROL, NO_STORE);
    response
}

fn insert_text(headers: &mut HeaderMap, name: axum::http::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}
