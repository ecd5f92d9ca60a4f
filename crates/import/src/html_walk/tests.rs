use dom_query::Document;

use super::*;

fn walk(html: &str) -> Walked {
    let doc = Document::fragment(html);
    let root = doc.root();
    DomWalker::new(&root).walk(&root)
}

fn markdown(walked: &Walked) -> Vec<String> {
    walked
        .blocks
        .iter()
        .map(|b| {
            let text = b.inline().to_markdown(&|_| true);
            match &b.kind {
                BlockKind::Paragraph(_) => format!("p: {text}"),
                BlockKind::Heading { level, .. } => format!("h{level}: {text}"),
                BlockKind::Item { list, ordered, .. } => {
                    format!("li{list}{}: {text}", if *ordered { "o" } else { "" })
                }
                BlockKind::Quote(_) => format!("q: {text}"),
            }
        })
        .collect()
}

#[test]
fn blocks_emphasis_and_links_become_inline_markdown() {
    let walked = walk(
        "<h2>Kop</h2><p>Een <em>nadruk </em>en <strong>vet</strong> met <a href=\"https://x.org/a b\">link</a> \
         en *sterretjes*.</p><ul><li>een</li><li>twee<ul><li>diep</li></ul></li></ul>\
         <blockquote><p>Citaat een.</p><p>Twee.</p></blockquote>",
    );
    assert_eq!(
        markdown(&walked),
        [
            "h2: Kop",
            "p: Een *nadruk* en **vet** met [link](<https://x.org/a b>) en \\*sterretjes\\*.",
            "li1: een",
            "li1: twee",
            "li2: diep",
            "q: Citaat een.\n\nTwee.",
        ]
    );
}

#[test]
fn note_lists_are_found_by_their_targets_and_references_relabelled() {
    let walked = walk(
        "<p>Tekst.<sup><a href=\"#note-a\">1</a></sup> Meer<a href=\"#note-b\">[2]</a>.</p>\
         <ol><li id=\"note-a\">Eerste. <a href=\"#ref-a\">↩</a></li><li id=\"note-b\">2. Tweede.</li></ol>",
    );
    assert_eq!(markdown(&walked), ["p: Tekst.[^1] Meer[^2]."]);
    let notes: Vec<(String, String)> =
        walked.notes.iter().map(|n| (n.label.clone(), n.text.text())).collect();
    assert_eq!(notes, [("1".into(), "Eerste.".into()), ("2".into(), "Tweede.".into())]);
}

#[test]
fn unsafe_links_lose_their_target_but_keep_their_words() {
    let walked = walk("<p><a href=\"javascript:alert(1)\">klik</a> en <a href=\"#top\">boven</a></p>");
    assert_eq!(markdown(&walked), ["p: klik en boven"]);
}

#[test]
fn a_bold_only_paragraph_is_an_old_style_heading() {
    let walked = walk("<p><font size=2><b>Het einde van een tijdperk</b></font></p><p><b>Let op.</b></p>");
    assert_eq!(markdown(&walked), ["h3: Het einde van een tijdperk", "p: **Let op.**"]);
}

#[test]
fn pathological_nesting_does_not_overflow() {
    let html = format!("{}diep{}", "<div><span>".repeat(5000), "</span></div>".repeat(5000));
    let walked = walk(&html);
    assert_eq!(markdown(&walked), ["p: diep"]);
}
