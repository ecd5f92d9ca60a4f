//! Live reload: the tags the server adds to pages, and the event stream that tells open pages
//! to reload or to show a broken edit's problems.
//!
//! Only the server adds these; a built site never contains them. The script and its stylesheet
//! are same-origin files, so the Content-Security-Policy needs no exception for them.

use std::convert::Infallible;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use bytes::{Bytes, BytesMut};
use futures_util::stream;
use tokio::sync::{broadcast, watch};

use crate::live_site::LiveSite;
use crate::overlay::Overlay;

/// The folder under which the server answers its own files, never the site's.
pub(crate) const RESERVED_SEGMENT: &str = "__kroniek";
/// The script that listens for events, under [`RESERVED_SEGMENT`].
pub(crate) const SCRIPT_NAME: &str = "live.js";
/// The overlay's stylesheet, under [`RESERVED_SEGMENT`].
pub(crate) const STYLE_NAME: &str = "live.css";
/// The server-sent event stream, under [`RESERVED_SEGMENT`].
pub(crate) const EVENTS_NAME: &str = "events";

/// The script's text.
pub(crate) const SCRIPT: &[u8] = include_bytes!("../assets/live.js");
/// The stylesheet's text.
pub(crate) const STYLE: &[u8] = include_bytes!("../assets/live.css");

const LIVE_TAGS: &str =
    r#"<link rel="stylesheet" href="/__kroniek/live.css"><script src="/__kroniek/live.js" defer></script>"#;

/// What open pages are told.
#[derive(Debug, Clone)]
pub(crate) enum LiveEvent {
    /// A good build was swapped in: reload.
    Reload,
    /// An edit broke the build: show these problems.
    Broken(Arc<Overlay>),
}

/// `html` with the live-reload tags before its `</head>` (or at the start when it has none),
/// and where they sit.
pub(crate) fn with_live_tags(html: &Bytes) -> (Bytes, Option<Range<usize>>) {
    let at = find_ignoring_case(html, b"</head>").unwrap_or(0);
    let spliced = splice(html, at, LIVE_TAGS.as_bytes());
    (spliced, Some(at..at + LIVE_TAGS.len()))
}

/// `html` with the overlay before its last `</body>` (or at the end when it has none).
pub(crate) fn with_overlay(html: &[u8], overlay: &Overlay) -> Bytes {
    let at = rfind_ignoring_case(html, b"</body>").unwrap_or(html.len());
    splice(html, at, overlay.html().as_bytes())
}

fn splice(html: &[u8], at: usize, insert: &[u8]) -> Bytes {
    let (before, after) = html.split_at(at.min(html.len()));
    let mut out = BytesMut::with_capacity(html.len() + insert.len());
    out.extend_from_slice(before);
    out.extend_from_slice(insert);
    out.extend_from_slice(after);
    out.freeze()
}

fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

fn rfind_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|window| window.eq_ignore_ascii_case(needle))
}

/// The event stream for one open page: first a `state` event (broken or not), then `reload`
/// and `broken` events as builds finish, until the server shuts down.
pub(crate) fn event_stream(site: &LiveSite, shutdown: watch::Receiver<bool>) -> Response {
    // Subscribe before reading the state, so no build can slip between the two unseen.
    let events = site.subscribe();
    let state = match site.current().overlay() {
        Some(overlay) => overlay.json().to_owned(),
        None => r#"{"broken":false}"#.to_owned(),
    };
    let listener = Listener { first: Some(Event::default().event("state").data(state)), events, shutdown };
    let stream = stream::unfold(listener, |mut listener| async move {
        let event = listener.next().await?;
        Some((Ok::<_, Infallible>(event), listener))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))).into_response()
}

struct Listener {
    first: Option<Event>,
    events: broadcast::Receiver<LiveEvent>,
    shutdown: watch::Receiver<bool>,
}

impl Listener {
    async fn next(&mut self) -> Option<Event> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        tokio::select! {
            // Ends the stream, so graceful shutdown does not wait for pages that never close.
            _ = self.shutdown.wait_for(|stop| *stop) => None,
            received = self.events.recv() => match received {
                Ok(LiveEvent::Reload) => Some(Event::default().event("reload").data("{}")),
                Ok(LiveEvent::Broken(overlay)) => Some(Event::default().event("broken").data(overlay.json())),
                // Builds came faster than this page read; whatever they were, the page is stale.
                Err(broadcast::error::RecvError::Lagged(_)) => Some(Event::default().event("reload").data("{}")),
                Err(broadcast::error::RecvError::Closed) => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::{with_live_tags, with_overlay};
    use crate::overlay::Overlay;

    #[test]
    fn tags_go_before_head_end_in_any_case() {
        let (html, at) =
            with_live_tags(&Bytes::from_static(b"<html><HEAD><title>t</title></HEAD><body></body>"));
        let text = std::str::from_utf8(&html).unwrap();
        assert!(text.contains(r#"defer></script></HEAD>"#), "{text}");
        assert_eq!(at.map(|r| r.start), Some(text.find("<link").unwrap()));
    }

    #[test]
    fn tags_go_first_without_a_head() {
        let (html, _) = with_live_tags(&Bytes::from_static(b"<p>bare</p>"));
        assert!(html.starts_with(b"<link rel=\"stylesheet\""));
        assert!(html.ends_with(b"<p>bare</p>"));
    }

    #[test]
    fn overlay_goes_before_the_last_body_end() {
        let overlay = Overlay::new(&[], true);
        let html = with_overlay(b"<body><p>a</p></body></html>", &overlay);
        let text = std::str::from_utf8(&html).unwrap();
        assert!(text.starts_with("<body><p>a</p><div id=\"kroniek-overlay\""), "{text}");
        assert!(text.ends_with("</div></div></body></html>"), "{text}");
        let bare = with_overlay(b"<p>a</p>", &overlay);
        assert!(bare.ends_with(b"</div></div>"));
    }
}
