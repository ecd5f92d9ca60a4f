//! Share links: plain `<a href>`s to each service's own share page — no third-party script,
//! no tracker, nothing loaded until the reader clicks.

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

/// One share link.
#[derive(Debug, Serialize)]
pub(crate) struct ShareLink {
    /// A stable key for styling (`mastodon`).
    pub(crate) key: &'static str,
    /// The service's name as readers know it.
    pub(crate) name: &'static str,
    /// Where the link goes.
    pub(crate) href: String,
}

/// The share links for a page with this title and absolute URL; `email` names the e-mail link
/// in the interface's language.
pub(crate) fn links(title: &str, url: &str, email: &'static str) -> Vec<ShareLink> {
    let t = encode(title);
    let u = encode(url);
    // "Title URL" as one text, for services that take a single message.
    let text = encode(&format!("{title} {url}"));
    let link = |key, name, href: String| ShareLink { key, name, href };
    vec![
        link("email", email, format!("mailto:?subject={t}&body={u}")),
        link("mastodon", "Mastodon", format!("https://toot.kytta.org/?text={text}")),
        link("bluesky", "Bluesky", format!("https://bsky.app/intent/compose?text={text}")),
        link("facebook", "Facebook", format!("https://www.facebook.com/sharer/sharer.php?u={u}")),
        link("whatsapp", "WhatsApp", format!("https://wa.me/?text={text}")),
        link("telegram", "Telegram", format!("https://t.me/share/url?url={u}&text={t}")),
        link("x", "X", format!("https://x.com/intent/post?url={u}&text={t}")),
        link("linkedin", "LinkedIn", format!("https://www.linkedin.com/sharing/share-offsite/?url={u}")),
    ]
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_gets_the_encoded_url() {
        let links = links("Serge & Nin", "https://example.org/a/b/", "E-mail");
        assert_eq!(links.len(), 8);
        for link in &links {
            assert!(link.href.contains("https%3A%2F%2Fexample%2Eorg%2Fa%2Fb%2F"), "{}", link.href);
            assert!(!link.href.contains(' '), "{}", link.href);
        }
        assert_eq!(
            links[0].href,
            "mailto:?subject=Serge%20%26%20Nin&body=https%3A%2F%2Fexample%2Eorg%2Fa%2Fb%2F"
        );
        assert!(links[1].href.starts_with("https://toot.kytta.org/?text=Serge%20%26%20Nin%20https"));
    }
}
