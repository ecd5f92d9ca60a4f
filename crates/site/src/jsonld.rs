//! schema.org JSON-LD for article pages, safe to embed in a `<script>` element.

use kroniek_model::{Authorities, Authority, AuthorityKind, Entry, SiteConfig};
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

/// The schema.org description of an authority record (`Person`, `Organization`, `Place`,
/// `Periodical`), with `sameAs` links to its Wikidata item and VIAF cluster.
pub(crate) fn record(record: &Authority, config: &SiteConfig, authorities: &Authorities) -> String {
    let kind = match record.kind {
        AuthorityKind::Person => "Person",
        AuthorityKind::Organisation => "Organization",
        AuthorityKind::Place => "Place",
        AuthorityKind::Periodical => "Periodical",
    };
    let mut map = serde_json::Map::new();
    map.insert("@context".into(), "https://schema.org".into());
    map.insert("@type".into(), kind.into());
    map.insert("name".into(), record.name.clone().into());
    map.insert("url".into(), config.absolute(&record.url_path()).into());
    if !record.aliases.is_empty() {
        map.insert("alternateName".into(), record.aliases.clone().into());
    }
    if let Some(d) = &record.description {
        map.insert("description".into(), markdown::plain_text(d).into());
    }
    let same_as: Vec<String> = record
        .wikidata
        .iter()
        .map(|q| format!("https://www.wikidata.org/wiki/{q}"))
        .chain(record.viaf.iter().map(|v| format!("https://viaf.org/viaf/{v}/")))
        .collect();
    if !same_as.is_empty() {
        map.insert("sameAs".into(), same_as.into());
    }
    let place = |id: &kroniek_model::Id| {
        authorities
            .get(AuthorityKind::Place, id.as_str())
            .map(|p| json!({"@type": "Place", "name": p.name, "url": config.absolute(&p.url_path())}))
    };
    let (start, end, start_place) = match record.kind {
        AuthorityKind::Person => ("birthDate", "deathDate", Some("birthPlace")),
        AuthorityKind::Organisation => ("foundingDate", "dissolutionDate", Some("location")),
        AuthorityKind::Periodical => ("startDate", "endDate", Some("locationCreated")),
        AuthorityKind::Place => ("", "", Some("containedInPlace")),
    };
    if let Some(d) = record.start.as_ref().and_then(date::machine).filter(|_| !start.is_empty()) {
        map.insert(start.into(), d.into());
    }
    if let Some(d) = record.end.as_ref().and_then(date::machine).filter(|_| !end.is_empty()) {
        map.insert(end.into(), d.into());
    }
    if let (Some(key), Some(p)) = (start_place, record.place.as_ref().and_then(place)) {
        map.insert(key.into(), p);
    }
    if record.kind == AuthorityKind::Person
        && let Some(p) = record.end_place.as_ref().and_then(place)
    {
        map.insert("deathPlace".into(), p);
    }
    if let Some(c) = record.coordinates {
        map.insert("geo".into(), json!({"@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon}));
    }
    embed(&Value::Object(map))
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
