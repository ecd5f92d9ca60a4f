//! Which compressed form of a file a client gets, from its `Accept-Encoding`.

use axum::http::HeaderValue;

/// A content coding the server keeps files in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ContentCoding {
    Brotli,
    Gzip,
    Identity,
}

impl ContentCoding {
    /// The token for `Content-Encoding`, `None` for the file as is.
    pub(crate) fn header_value(self) -> Option<HeaderValue> {
        match self {
            ContentCoding::Brotli => Some(HeaderValue::from_static("br")),
            ContentCoding::Gzip => Some(HeaderValue::from_static("gzip")),
            ContentCoding::Identity => None,
        }
    }

    /// The codings a client accepts, best first, always ending with `Identity`.
    ///
    /// Client weights (`q=`) decide first; on a tie brotli goes before gzip because it is
    /// smaller. A coding with `q=0` is refused. No header means the file as is.
    pub(crate) fn preferences(accept_encoding: Option<&HeaderValue>) -> Vec<ContentCoding> {
        let Some(header) = accept_encoding.and_then(|value| value.to_str().ok()) else {
            return vec![ContentCoding::Identity];
        };
        let mut brotli = None;
        let mut gzip = None;
        let mut any = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let weight = parts
                .find_map(|param| {
                    let (key, value) = param.split_once('=')?;
                    key.trim().eq_ignore_ascii_case("q").then(|| value.trim().parse::<f32>().ok())?
                })
                .filter(|q| q.is_finite())
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case("br") {
                brotli = Some(weight);
            } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                gzip = Some(weight);
            } else if name == "*" {
                any = Some(weight);
            }
        }
        let mut ranked: Vec<(ContentCoding, f32)> =
            [(ContentCoding::Brotli, brotli.or(any)), (ContentCoding::Gzip, gzip.or(any))]
                .into_iter()
                .filter_map(|(coding, weight)| weight.filter(|q| *q > 0.0).map(|q| (coding, q)))
                .collect();
        // A stable sort keeps brotli before gzip when the weights are equal.
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let mut codings: Vec<ContentCoding> = ranked.into_iter().map(|(coding, _)| coding).collect();
        codings.push(ContentCoding::Identity);
        codings
    }
}

#[cfg(test)]
mod tests {
    use super::ContentCoding::{self, Brotli, Gzip, Identity};
    use axum::http::HeaderValue;

    fn prefs(header: &str) -> Vec<ContentCoding> {
        ContentCoding::preferences(Some(&HeaderValue::from_str(header).unwrap()))
    }

    #[test]
    fn brotli_wins_a_tie_with_gzip() {
        assert_eq!(prefs("gzip, deflate, br, zstd"), [Brotli, Gzip, Identity]);
    }

    #[test]
    fn weights_decide_before_preference() {
        assert_eq!(prefs("br;q=0.5, gzip;q=0.9"), [Gzip, Brotli, Identity]);
    }

    #[test]
    fn zero_weight_refuses_a_coding() {
        assert_eq!(prefs("br;q=0, gzip"), [Gzip, Identity]);
        assert_eq!(prefs("*;q=0"), [Identity]);
    }

    #[test]
    fn star_stands_for_unnamed_codings() {
        assert_eq!(prefs("*"), [Brotli, Gzip, Identity]);
        assert_eq!(prefs("gzip;q=0, *"), [Brotli, Identity]);
    }

    #[test]
    fn missing_or_garbled_headers_give_the_file_as_is() {
        assert_eq!(ContentCoding::preferences(None), [Identity]);
        assert_eq!(prefs("identity"), [Identity]);
        assert_eq!(prefs("br;q=nan, gzip;q=abc"), [Brotli, Gzip, Identity]);
        assert_eq!(prefs(",,;;=,"), [Identity]);
    }
}
