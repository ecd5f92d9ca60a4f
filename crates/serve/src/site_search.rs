//! Search in the served site: `/api/search?q=…` answers JSON, and `/search/?q=…` fetched
//! without scripts gets its results written into the page by the server.
//!
//! The server knows no index: whoever builds the site may hand it a [`SiteSearch`] (through
//! [`SiteBuilder::search`](crate::SiteBuilder::search)) that answers queries.

use std::borrow::Cow;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use percent_encoding::percent_decode_str;

/// Where the search page marks the place for server-rendered results.
pub const RESULTS_MARKER: &str = "<!--kroniek-search-results-->";
/// Queries past this many bytes of URL are not read further (the engine cuts them anyway).
const MAX_QUERY_BYTES: usize = 8 * 1024;

/// Answers queries for the server. Both methods must not fail: a query the engine cannot run
/// is answered with no results and an explanation.
pub trait SiteSearch: Send + Sync + std::fmt::Debug + 'static {
    /// The JSON document of `/api/search` for a query (in kroniek's query language, filters
    /// included), a page of `limit` results after `offset`.
    fn search_json(&self, query: &str, offset: usize, limit: usize) -> Bytes;
    /// The results as an HTML fragment for the search page, for browsers that run no script.
    fn results_html(&self, query: &str) -> String;
}

/// The query of a search request: `q` plus the search form's filter fields, in the query
/// language (`reeks=x` becomes `series:x`), and the page asked for.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct SearchParams {
    pub(crate) query: String,
    pub(crate) offset: usize,
    pub(crate) limit: usize,
}

impl SearchParams {
    pub(crate) fn from_request(request: &Request) -> SearchParams {
        let raw = request.uri().query().unwrap_or("");
        let raw = &raw[..floor_char_boundary(raw, MAX_QUERY_BYTES)];
        let mut params = SearchParams { limit: 10, ..SearchParams::default() };
        let mut parts = Vec::new();
        let (mut from, mut to) = (String::new(), String::new());
        for pair in raw.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "q" => parts.insert(0, value.to_owned()),
                "reeks" | "series" => parts.push(format!("series:{}", one_word(value))),
                "taal" | "lang" => parts.push(format!("taal:{}", one_word(value))),
                "persoon" | "person" => parts.push(format!("persoon:{}", one_word(value))),
                "van" | "from" => from = one_word(value),
                "tot" | "to" => to = one_word(value),
                "offset" => params.offset = value.parse().unwrap_or(0),
                "limit" => params.limit = value.parse().unwrap_or(10),
                _ => {}
            }
        }
        if !from.is_empty() || !to.is_empty() {
            parts.push(format!("jaar:{from}..{to}"));
        }
        params.query = parts.join(" ");
        params
    }
}

/// `/api/search`: always 200 with the engine's JSON (an empty query is answered too).
pub(crate) fn api_answer(search: &dyn SiteSearch, request: &Request) -> Response {
    let params = SearchParams::from_request(request);
    let body = search.search_json(&params.query, params.offset, params.limit.clamp(1, 100));
    respond(body, "application/json; charset=utf-8", request)
}

/// The search page with the results of its query written in, for a request that has one.
pub(crate) fn page_with_results(page: &[u8], search: &dyn SiteSearch, request: &Request) -> Option<Response> {
    let params = SearchParams::from_request(request);
    if params.query.is_empty() {
        return None;
    }
    let html = std::str::from_utf8(page).ok()?;
    let at = html.find(RESULTS_MARKER)?;
    let mut out = String::with_capacity(html.len() + 4096);
    out.push_str(&html[..at]);
    out.push_str(&search.results_html(&params.query));
    out.push_str(&html[at + RESULTS_MARKER.len()..]);
    Some(respond(Bytes::from(out), "text/html; charset=utf-8", request))
}

fn respond(body: Bytes, content_type: &'static str, request: &Request) -> Response {
    let len = body.len();
    let mut response = if request.method() == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(body))
    };
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(len));
    // Answers follow the archive, which changes while editing.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A form value as one token of the query language (a filter value has no spaces).
fn one_word(value: &str) -> String {
    value.split_whitespace().next().unwrap_or("").to_owned()
}

fn decode(value: &str) -> String {
    let spaced: Cow<'_, str> =
        if value.contains('+') { value.replace('+', " ").into() } else { value.into() };
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

fn floor_char_boundary(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    (0..=max).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(uri: &str) -> SearchParams {
        SearchParams::from_request(&Request::builder().uri(uri).body(Body::empty()).unwrap())
    }

    #[test]
    fn the_form_fields_become_one_query() {
        let p = params(
            "/search/?q=Victor+%22Le+R%C3%A9tif%22&reeks=archieven&taal=&van=1910&tot=1920&persoon=victor-serge",
        );
        assert_eq!(p.query, "Victor \"Le Rétif\" series:archieven persoon:victor-serge jaar:1910..1920");
        assert_eq!((p.offset, p.limit), (0, 10));
        let p = params("/api/search?q=x&offset=20&limit=5");
        assert_eq!((p.query.as_str(), p.offset, p.limit), ("x", 20, 5));
    }

    #[test]
    fn hostile_query_strings_never_fail() {
        for uri in [
            "/api/search?q=%ZZ%",
            "/api/search?q=%FF%FE",
            "/api/search?&&==&q",
            "/api/search?limit=-1&offset=x",
        ] {
            let _ = params(uri);
        }
        let p = params("/api/search?reeks=a%20b");
        assert_eq!(p.query, "series:a");
    }
}
