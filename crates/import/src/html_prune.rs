//! Site furniture removed from a parsed page before the main-content extractor scores it:
//! hidden elements, image captions and credits, share bars, related-story lists, newsletter
//! boxes, ads and comment threads. Readability's scoring keeps such blocks when they sit next
//! to the article text; trafilatura prunes them first, and so does this. What is removed here
//! is still listed as dropped: the whole page was walked before pruning.

use dom_query::{Document, NodeRef};

/// Class or id words (split at `-`, `_` and spaces) that mark furniture.
const FURNITURE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "recirc",
    "trending",
    "popular",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "outbrain",
    "taboola",
    "comments",
    "disqus",
    "caption",
    "credit",
    "gallery",
    "slideshow",
    "carousel",
    "lightbox",
    "modal",
    "popup",
    "cookie",
    "consent",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "widget",
    "toolbar",
    "byline",
    "tags",
];

/// Whole class names of text meant for screen readers or hidden from view.
const HIDDEN_CLASSES: &[&str] =
    &["hidden", "sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden"];

/// Elements that are never pruned as a whole, nor any element holding one: they are the
/// page, the article or its headline.
const KEPT: &[&str] = &["html", "body", "main", "article", "h1"];

/// Class or id words of a layout block that holds the article whatever else its names say
/// ("container penci_sidebar", "l-article-body l-sidebar-fixed").
const CONTENT_WORDS: &[&str] = &["content", "article", "post", "entry", "story", "main", "body", "text"];

/// Furniture holding more than this share of the body's text is more likely the article
/// wrapped in an unlucky class name, and stays.
const MAX_SHARE: f64 = 0.4;

/// Removes the page's furniture from `doc`.
pub(crate) fn prune(doc: &Document) {
    let Some(body) = doc.body() else { return };
    let body_len = body.text().len().max(1) as f64;
    let doomed: Vec<NodeRef<'_>> = body
        .descendants_it()
        .filter(|n| n.is_element())
        .filter(|n| {
            let Some(name) = n.node_name() else { return false };
            if KEPT.contains(&&*name) {
                return false;
            }
            match &*name {
                "figcaption" => true,
                "figure" => !n.descendants_it().any(|d| {
                    d.node_name()
                        .is_some_and(|d| ["table", "blockquote", "pre", "ul", "ol", "p"].contains(&&*d))
                }),
                "ul" | "ol" => is_hidden(n) || is_link_list(n) || is_furniture(n),
                "h2" | "h3" | "h4" | "h5" | "h6" => is_hidden(n) || is_link_only(n) || is_furniture(n),
                _ => is_hidden(n) || is_furniture(n),
            }
        })
        .collect();
    for node in doomed {
        let names = format!("{} {}", node.class().unwrap_or_default(), node.id_attr().unwrap_or_default());
        let holds_article = is_notes(&names)
            || has_word(&names, CONTENT_WORDS)
            || node.descendants_it().any(|d| d.node_name().is_some_and(|n| KEPT.contains(&&*n)));
        if !holds_article && (node.text().len() as f64) / body_len <= MAX_SHARE {
            node.remove_from_parent();
        }
    }
}

fn is_hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
        || node.class().is_some_and(|c| c.split_whitespace().any(|c| HIDDEN_CLASSES.contains(&c)))
}

fn is_furniture(node: &NodeRef<'_>) -> bool {
    node.class().is_some_and(|c| has_word(&c, FURNITURE_WORDS))
        || node.id_attr().is_some_and(|i| has_word(&i, FURNITURE_WORDS))
}

/// Whether one of the words of a class or id list (split at `-`, `_` and spaces) is in `words`.
fn has_word(names: &str, words: &[&str]) -> bool {
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| words.iter().any(|w| word.eq_ignore_ascii_case(w)))
}

fn is_notes(names: &str) -> bool {
    let names = names.to_lowercase();
    ["footnote", "endnote", "voetnot", "noten", "notes"].iter().any(|m| names.contains(m))
}

/// A list of two or more items that are nothing but links: related stories, navigation.
fn is_link_list(node: &NodeRef<'_>) -> bool {
    let items: Vec<NodeRef<'_>> = node.element_children().into_iter().filter(|c| c.has_name("li")).collect();
    items.len() >= 2 && items.iter().all(is_link_only)
}

/// Every letter and digit of the element sits inside a link to another page.
fn is_link_only(node: &NodeRef<'_>) -> bool {
    let words = |text: &str| text.chars().filter(|c| c.is_alphanumeric()).count();
    let all = words(&node.text());
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.has_name("a") && d.attr("href").is_some_and(|h| !h.trim_start().starts_with('#')))
        .map(|a| words(&a.text()))
        .sum();
    all > 0 && linked >= all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(body: &str) -> String {
        let doc = Document::from(format!("<html><body>{body}</body></html>"));
        prune(&doc);
        doc.body().map(|b| b.text().split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default()
    }

    const ARTICLE: &str = "<p>De staking begon op maandag in de haven van Antwerpen en breidde zich snel uit naar \
        Gent en Luik, waar de metaalbewerkers de fabrieken bezetten. Dit is een lange alinea.</p>";

    #[test]
    fn captions_hidden_text_and_furniture_go() {
        let got = pruned(&format!(
            "<figure><img src=a.jpg><figcaption>Foto: archief</figcaption></figure>{ARTICLE}\
             <div class='share-bar'>Delen Twitter</div><span aria-hidden='true'>verborgen</span>\
             <div style='display: none'>ook verborgen</div><aside class='related-posts'>Meer nieuws</aside>"
        ));
        assert!(got.starts_with("De staking"), "{got}");
        for gone in ["archief", "Delen", "verborgen", "Meer nieuws"] {
            assert!(!got.contains(gone), "{gone} in {got}");
        }
    }

    #[test]
    fn a_list_of_links_goes_but_a_list_with_text_stays() {
        let got = pruned(&format!(
            "{ARTICLE}<ul><li><a href='/a'>Ander verhaal</a></li><li><a href='/b'>Nog een</a></li></ul>\
             <ul><li><a href='/c'>Memoires</a> (1951)</li><li><a href='/d'>Brieven</a> (1936)</li></ul>"
        ));
        assert!(!got.contains("Ander verhaal"), "{got}");
        assert!(got.contains("Memoires (1951)") && got.contains("Brieven (1936)"), "{got}");
    }

    #[test]
    fn a_layout_block_that_holds_the_article_stays() {
        let got = pruned(&format!(
            "<div class='container has-sidebar'><h1>Titel</h1>{ARTICLE}</div>\
             <div class='l-article-body l-sidebar-fixed'>{ARTICLE}</div>\
             <div class='footnotes widget'><ol><li id='fn1'>Een noot.</li></ol></div>"
        ));
        assert!(got.starts_with("Titel"), "{got}");
        assert_eq!(got.matches("De staking").count(), 2, "{got}");
        assert!(got.contains("Een noot."), "{got}");
    }
}
