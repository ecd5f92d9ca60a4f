//! The HTTP service: the responder behind the layers every answer goes through (security
//! headers, panic catching, a body limit).

use std::any::Any;
use std::sync::Arc;

use axum::Router;
use axum::http::header::{CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::responder::{Responder, plain, respond};

/// Only the site itself: its own scripts, styles, images (and inline `data:` images), its own
/// event stream and API; no plugins, no framing, no `<base>` tricks.
pub(crate) const CONTENT_SECURITY_POLICY_VALUE: &str = "default-src 'self'; img-src 'self' data:; \
    style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; \
    form-action 'self'";

/// The site is served to GET and HEAD only; a body is never read, so a large one is refused.
const MAX_BODY_BYTES: usize = 16 * 1024;

/// The service that answers every request from `responder`.
pub(crate) fn router(responder: Arc<Responder>) -> Router {
    with_safety_layers(Router::new().fallback(respond).with_state(responder))
}

/// Wraps `router` in the layers every answer passes through, panics' 500s included.
pub(crate) fn with_safety_layers(router: Router) -> Router {
    router
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(SetResponseHeaderLayer::overriding(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY_VALUE),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
}

fn panic_response(_panic: Box<dyn Any + Send + 'static>) -> Response {
    plain(StatusCode::INTERNAL_SERVER_ERROR, "internal server error\n")
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::Body;
    use axum::http::header::{CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;

    use super::with_safety_layers;

    #[tokio::test]
    async fn a_panicking_handler_is_answered_500_with_security_headers() {
        let router = with_safety_layers(Router::new().route(
            "/boom",
            get(|| async {
                let nothing: Option<&str> = None;
                // A panic as a handler bug would raise it.
                nothing.map_or_else(|| panic!("handler bug"), str::to_owned)
            }),
        ));
        let request = Request::builder().uri("/boom").body(Body::empty()).unwrap();
        let response = router.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers();
        assert!(headers[CONTENT_SECURITY_POLICY].to_str().unwrap().contains("default-src 'self'"));
        assert_eq!(headers[X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[REFERRER_POLICY], "no-referrer");
    }
}
