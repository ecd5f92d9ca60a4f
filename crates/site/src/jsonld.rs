//! schema.org JSON-LD for article pages, safe to embed in a `<script>` element.

use kroniek_model::{Entry, SiteConfig};
use serde_json::{Value, json};

use crate::date;
use crate::markdown;

/// The article's schema.org `Article`, as the text of a `<script type="application/ld+json">`.
pub(crate) fn article(
    entry: &Entry,
    config: &SiteConfig,
    series_title: &str,
    description: Option<&str>,
    words: usize,
) -> String {
    let a = &entry.article;
    let url = config.absolute(&entry.url_path());
    let mut object = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": markdown::plain_text(&a.title),
        "author": a.authors.iter().map(|name| json!({"@type": "Person", "name": name})).collect::<Vec<_>>(),
        "inLanguage": a.language.code(),
        "isPartOf": {
            "@type": "CreativeWorkSeries",
            "name": series_title,
            "url": config.absolute(&format!("/{}/", entry.series)),
        },
        "publisher": {"@type": "Organization", "name": config.publication, "url": config.base_url.as_str()},
        "url": url,
        "mainEntityOfPage": url,
        "wordCount": words,
    });
    if let Value::Object(map) = &mut object {
        if let Some(subtitle) = &a.subtitle {
            map.insert("alternativeHeadline".into(), markdown::plain_text(subtitle).into());
        }
        if let Some(published) = a.published.as_ref().and_then(date::machine) {
            map.insert("datePublished".into(), published.into());
        }
        if let Some(description) = description {
            map.insert("description".into(), description.into());
        }
    }
    embed(&object)
}

/// JSON text that cannot end its `<script>` element early: `<`, `>` and `&` are written as
/// `\u` escapes, which JSON readers decode back to the same characters.
fn embed(value: &Value) -> String {
    let text = value.to_string();
    if !text.contains(['<', '>', '&']) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_cannot_escape_the_element() {
        let text = embed(&json!({"headline": "</script><script>alert(1)</script>"}));
        assert!(!text.contains("</"), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back["headline"], "</script><script>alert(1)</script>");
    }
}
