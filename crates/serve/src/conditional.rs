//! The conditional request headers the server honours: `If-None-Match` and `If-Range`.

use axum::http::header::{IF_NONE_MATCH, IF_RANGE};
use axum::http::{HeaderMap, HeaderValue};

/// Whether `If-None-Match` lists `etag` (or `*`), so the client's copy is current: 304.
/// Comparison is weak, as the header requires: `W/"x"` matches `"x"`.
pub(crate) fn none_match_hits(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Ok(etag) = etag.to_str() else { return false };
    headers.get_all(IF_NONE_MATCH).iter().filter_map(|value| value.to_str().ok()).any(|list| {
        list.split(',').map(str::trim).any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
    })
}

/// Whether a `Range` header may be honoured: there is no `If-Range`, or it names exactly this
/// version (strong comparison; a date never matches, the server gives no `Last-Modified`).
pub(crate) fn range_allowed(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    match headers.get(IF_RANGE) {
        None => true,
        Some(value) => value.as_bytes() == etag.as_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use axum::http::header::{IF_NONE_MATCH, IF_RANGE};
    use axum::http::{HeaderMap, HeaderValue};

    use super::{none_match_hits, range_allowed};

    fn headers(name: axum::http::HeaderName, value: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(name, HeaderValue::from_str(value).unwrap());
        map
    }

    #[test]
    fn if_none_match_compares_weakly_and_in_lists() {
        let etag = HeaderValue::from_static("\"abc\"");
        assert!(none_match_hits(&headers(IF_NONE_MATCH, "\"abc\""), &etag));
        assert!(none_match_hits(&headers(IF_NONE_MATCH, "\"x\", W/\"abc\""), &etag));
        assert!(none_match_hits(&headers(IF_NONE_MATCH, "*"), &etag));
        assert!(!none_match_hits(&headers(IF_NONE_MATCH, "\"abc-br\""), &etag));
        assert!(!none_match_hits(&HeaderMap::new(), &etag));
    }

    #[test]
    fn if_range_compares_strongly() {
        let etag = HeaderValue::from_static("\"abc\"");
        assert!(range_allowed(&HeaderMap::new(), &etag));
        assert!(range_allowed(&headers(IF_RANGE, "\"abc\""), &etag));
        assert!(!range_allowed(&headers(IF_RANGE, "W/\"abc\""), &etag));
        assert!(!range_allowed(&headers(IF_RANGE, "Wed, 21 Oct 2015 07:28:00 GMT"), &etag));
    }
}
