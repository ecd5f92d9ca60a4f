//! What a page did on the network, read from chromedriver's performance log (the DevTools
//! `Network.*` events it records), and what it wrote to the console.

use std::collections::BTreeMap;

use serde_json::Value as Json;

/// One request the page made, and how it ended.
#[derive(Debug, Clone, Default)]
pub(crate) struct Request {
    pub(crate) url: String,
    /// The resource type DevTools gives it: Document, Stylesheet, Script, EventSource…
    pub(crate) kind: String,
    pub(crate) status: Option<u64>,
    /// `Network.loadingFailed`'s error text (`net::ERR_…`).
    pub(crate) failure: Option<String>,
    pub(crate) finished: bool,
}

impl Request {
    /// Failed to load, or answered with an error status.
    pub(crate) fn failed(&self) -> bool {
        self.failure.is_some() || self.status.is_some_and(|status| status >= 400)
    }
}

/// The requests and server-sent events seen since the traffic was last forgotten.
#[derive(Debug, Clone, Default)]
pub(crate) struct Traffic {
    requests: BTreeMap<String, Request>,
    /// Names of the server-sent events the page received, in order.
    events: Vec<String>,
}

impl Traffic {
    /// Takes in one performance-log entry (its `message` is a JSON string).
    pub(crate) fn record(&mut self, entry: &Json) {
        let Some(message) = entry["message"].as_str() else { return };
        let Ok(message) = serde_json::from_str::<Json>(message) else { return };
        let message = &message["message"];
        let params = &message["params"];
        let id = params["requestId"].as_str().unwrap_or_default().to_owned();
        let method = message["method"].as_str().unwrap_or_default();
        if method == "Network.requestWillBeSent" {
            // The browser's own pages (a new tab's, say) are no page of the site's.
            let document = params["documentURL"].as_str().unwrap_or_default();
            if !document.starts_with("chrome") {
                let request = self.requests.entry(id).or_default();
                request.url = params["request"]["url"].as_str().unwrap_or_default().to_owned();
                request.kind = params["type"].as_str().unwrap_or_default().to_owned();
            }
            return;
        }
        // Only requests sent since the traffic was forgotten count.
        let Some(request) = self.requests.get_mut(&id) else { return };
        match method {
            "Network.responseReceived" => request.status = params["response"]["status"].as_u64(),
            "Network.loadingFinished" => request.finished = true,
            "Network.loadingFailed" => {
                request.failure = Some(params["errorText"].as_str().unwrap_or("failed").to_owned());
            }
            "Network.eventSourceMessageReceived" => {
                self.events.push(params["eventName"].as_str().unwrap_or_default().to_owned());
            }
            _ => {}
        }
    }

    /// Every request seen.
    pub(crate) fn requests(&self) -> impl Iterator<Item = &Request> {
        self.requests.values()
    }

    /// Whether the page received a server-sent event called `name`.
    pub(crate) fn received_event(&self, name: &str) -> bool {
        self.events.iter().any(|event| event == name)
    }

    /// Whether every request but long-lived streams has ended (finished or failed).
    pub(crate) fn settled(&self) -> bool {
        self.requests().filter(|r| r.kind != "EventSource").all(|r| r.finished || r.failure.is_some())
    }

    /// One line per request, for failure messages.
    pub(crate) fn describe(&self) -> String {
        self.requests()
            .map(|r| {
                let status = r.status.map(|s| s.to_string()).unwrap_or_else(|| "-".to_owned());
                let failure = r.failure.as_deref().unwrap_or("");
                format!("  {status} {} {} {failure}\n", r.kind, r.url)
            })
            .collect()
    }
}

/// One line the browser logged (console messages, uncaught errors, failed loads, CSP reports).
#[derive(Debug, Clone)]
pub(crate) struct ConsoleEntry {
    /// SEVERE, WARNING, INFO…
    pub(crate) level: String,
    pub(crate) message: String,
}

impl ConsoleEntry {
    /// Reads one entry of chromedriver's `browser` log.
    pub(crate) fn from_log(entry: &Json) -> Self {
        let text = |key: &str| entry[key].as_str().unwrap_or_default().to_owned();
        Self { level: text("level"), message: text("message") }
    }

    /// An error: `console.error`, an uncaught exception, a failed load, a refused resource.
    pub(crate) fn is_error(&self) -> bool {
        self.level == "SEVERE"
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::Traffic;

    fn entry(method: &str, params: serde_json::Value) -> serde_json::Value {
        let message = json!({ "message": { "method": method, "params": params }, "webview": "x" });
        json!({ "level": "INFO", "message": message.to_string() })
    }

    #[test]
    fn requests_are_followed_to_their_end() {
        let mut traffic = Traffic::default();
        let url = "http://127.0.0.1:1/a.css";
        let sent = json!({ "requestId": "1", "type": "Stylesheet", "request": { "url": url } });
        traffic.record(&entry("Network.requestWillBeSent", sent));
        assert!(!traffic.settled());
        traffic.record(&entry(
            "Network.responseReceived",
            json!({ "requestId": "1", "response": { "status": 404 } }),
        ));
        traffic.record(&entry("Network.loadingFinished", json!({ "requestId": "1" })));
        assert!(traffic.settled());
        let request = traffic.requests().next().expect("one request");
        assert!(request.failed());
        assert_eq!(request.url, "http://127.0.0.1:1/a.css");
    }

    #[test]
    fn server_sent_events_are_named() {
        let mut traffic = Traffic::default();
        let url = "http://127.0.0.1:1/events";
        let sent = json!({ "requestId": "2", "type": "EventSource", "request": { "url": url } });
        traffic.record(&entry("Network.requestWillBeSent", sent));
        traffic.record(&entry(
            "Network.eventSourceMessageReceived",
            json!({ "requestId": "2", "eventName": "state" }),
        ));
        assert!(traffic.received_event("state"));
        assert!(!traffic.received_event("reload"));
    }
}
