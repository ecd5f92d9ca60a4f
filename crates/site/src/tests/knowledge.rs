//! The knowledge pages, rendered from the fixture archive with hand-built knowledge: what the
//! extract stage would find, written out here so the site is tested on its own.

use std::sync::Arc;

use kroniek_model::{
    Archive, Authority, AuthorityKind, Coordinates, Edtf, Entity, EntityKind, Event, Knowledge, Mention,
    Passage, Position,
};

use super::{archive, article_index, id, render};
use crate::knowledge_pages::knowledge_pages;
use crate::markdown::plain_text;
use crate::{KnowledgeIndex, Page, SiteRenderer, Theme, position_fragment};

/// The plain text of a passage of entry `slug` (the fixture's texts have no markup that the
/// extractor and the renderer would read differently).
fn passage_text(archive: &Archive, slug: &str, passage: &Passage) -> String {
    let a = &archive.entries[article_index(archive, slug)].article;
    match passage {
        Passage::Block { section, block, item } => match &a.sections[*section].blocks[*block] {
            kroniek_model::Block::Paragraph { text }
            | kroniek_model::Block::Quote { text }
            | kroniek_model::Block::Heading { text } => plain_text(text),
            kroniek_model::Block::List { items, .. } => plain_text(&items[item.unwrap_or(0)]),
        },
        Passage::Heading { section } => plain_text(a.sections[*section].heading.as_deref().unwrap_or("")),
        Passage::Footnote { label } => plain_text(
            &a.footnotes.iter().find(|n| &n.label == label).map(|n| n.text.clone()).unwrap_or_default(),
        ),
        Passage::Title => plain_text(&a.title),
        Passage::Subtitle => plain_text(a.subtitle.as_deref().unwrap_or("")),
    }
}

/// The position of the first `words` in a passage, and that passage's sentence around it.
fn locate(archive: &Archive, slug: &str, passage: Passage, words: &str) -> (Position, String) {
    let text = passage_text(archive, slug, &passage);
    let byte = text.find(words).unwrap_or_else(|| panic!("{words:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    let end = start + words.chars().count();
    let sentence_start = text[..byte].rfind(". ").map_or(0, |i| i + 2);
    let sentence_end = text[byte..].find(". ").map_or(text.len(), |i| byte + i + 1);
    (Position { passage, start, end }, text[sentence_start..sentence_end].to_owned())
}

fn event(archive: &Archive, slug: &str, passage: Passage, words: &str, date: &str) -> Event {
    let footnote = match &passage {
        Passage::Footnote { label } => Some(label.clone()),
        _ => None,
    };
    let (position, sentence) = locate(archive, slug, passage, words);
    Event {
        date: Edtf::parse(date).unwrap_or_else(|e| panic!("{date}: {e}")),
        expression: words.to_owned(),
        sentence,
        footnote,
        position,
    }
}

fn mention(
    archive: &Archive,
    slug: &str,
    passage: Passage,
    words: &str,
    kind: EntityKind,
    id: Option<&str>,
) -> Mention {
    let (position, sentence) = locate(archive, slug, passage, words);
    Mention {
        kind,
        text: words.to_owned(),
        name: words.to_owned(),
        id: id.map(str::to_owned),
        sentence,
        position,
    }
}

fn block(section: usize, block: usize) -> Passage {
    Passage::Block { section, block, item: None }
}

fn tally(mentions: &[Mention]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for m in mentions {
        match out.iter_mut().find(|e| e.kind == m.kind && e.name == m.name) {
            Some(e) => e.mentions += 1,
            None => out.push(Entity { kind: m.kind, name: m.name.clone(), id: m.id.clone(), mentions: 1 }),
        }
    }
    out
}

fn record(kind: AuthorityKind, key: &str, name: &str) -> Authority {
    Authority::new(kind, id(key), name)
}

/// The fixture archive with authority records and the knowledge of two articles.
fn knowledge_archive() -> Archive {
    let mut archive = archive(20);
    let mut serge = record(AuthorityKind::Person, "victor-serge", "Victor Serge");
    serge.aliases = vec!["Serge".into(), "Viktor Kibaltsjitsj".into()];
    serge.start = Edtf::parse("1890-12-30").ok();
    serge.end = Edtf::parse("1947-11-17").ok();
    serge.place = Some(id("brussel"));
    serge.end_place = Some(id("mexico-stad"));
    serge.wikidata = Some("Q1000001".into());
    serge.viaf = Some("12345678".into());
    serge.description = Some("Revolutionair, schrijver en *vertaler*.".into());
    let mut parijs = record(AuthorityKind::Place, "parijs", "Parijs");
    parijs.coordinates = Some(Coordinates { lat: 48.86, lon: 2.35 });
    let mut brussel = record(AuthorityKind::Place, "brussel", "Brussel");
    brussel.coordinates = Some(Coordinates { lat: 50.85, lon: 4.35 });
    let mut mexico = record(AuthorityKind::Place, "mexico-stad", "Mexico-Stad");
    mexico.coordinates = Some(Coordinates { lat: 19.43, lon: -99.13 });
    let mut stem = record(AuthorityKind::Periodical, "de-stem", "De Stem");
    stem.start = Edtf::parse("1901").ok();
    let cnt = record(AuthorityKind::Organisation, "cnt", "CNT");
    for r in [serge, parijs, brussel, mexico, stem, cnt] {
        Arc::make_mut(&mut archive.authorities).insert(r);
    }

    let a = &archive;
    let slug = "victor-serge";
    let note = || Passage::Footnote { label: "1".into() };
    let events = vec![
        event(a, slug, block(1, 0), "1909", "1909"),
        event(a, slug, note(), "12 mei 1909", "1909-05-12"),
        event(a, slug, block(0, 0), "1890-1947", "1890/1947"),
    ];
    let mentions = vec![
        mention(a, slug, block(0, 0), "Victor Serge", EntityKind::Person, Some("victor-serge")),
        mention(a, slug, Passage::Heading { section: 1 }, "Parijs", EntityKind::Place, Some("parijs")),
        mention(a, slug, block(1, 0), "Parijs", EntityKind::Place, Some("parijs")),
        mention(a, slug, block(1, 0), "hij", EntityKind::Person, None),
        mention(a, slug, note(), "De Stem", EntityKind::Periodical, Some("de-stem")),
    ];
    let serge_knowledge = Knowledge { events, entities: tally(&mentions), mentions };
    let slug = "andreu-nin";
    let events = vec![
        event(a, slug, block(1, 0), "1909", "1909-05"),
        event(a, slug, note(), "12 mei 1909", "1909-05-12"),
    ];
    let mentions = vec![
        mention(a, slug, block(1, 0), "Parijs", EntityKind::Place, Some("parijs")),
        mention(a, slug, block(1, 0), "In 1909", EntityKind::Person, Some("victor-serge")),
        mention(a, slug, note(), "De Stem", EntityKind::Periodical, Some("de-stem")),
    ];
    let nin_knowledge = Knowledge { events, entities: tally(&mentions), mentions };
    let serge = article_index(&archive, "victor-serge");
    let nin = article_index(&archive, "andreu-nin");
    Arc::make_mut(&mut archive.entries[serge]).knowledge = serge_knowledge;
    Arc::make_mut(&mut archive.entries[nin]).knowledge = nin_knowledge;
    archive
}

/// The page's `<main>` element: what the snapshots are about (the chrome has its own tests).
fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html.find("</main>").map_or(html.len(), |i| i + 7);
    &html[start..end]
}

fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").map_or(rest.len(), |i| start + i + 6);
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

fn entity(kind: AuthorityKind, key: &str) -> Page {
    Page::Entity { kind, id: id(key) }
}

#[test]
fn timeline_pages_snapshot() {
    let archive = knowledge_archive();
    let (path, overview) = render(&archive, &Page::Timeline);
    assert_eq!(path, "timeline/index.html");
    insta::assert_snapshot!("timeline_overview", main_of(&overview));
    let (path, year) = render(&archive, &Page::TimelineYear { year: 1909 });
    assert_eq!(path, "timeline/1909/index.html");
    insta::assert_snapshot!("timeline_1909", main_of(&year));
}

#[test]
fn timeline_years_sort_coarser_before_finer_and_link_to_their_place() {
    let archive = knowledge_archive();
    let (_, year) = render(&archive, &Page::TimelineYear { year: 1909 });
    let dates: Vec<&str> = year.split("datetime=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    // The year, the month, then the day (twice: two articles cite the same note).
    assert_eq!(dates, ["1909", "1909-05", "1909-05-12", "1909-05-12"], "{year}");
    assert!(year.contains("href=\"/archieven/victor-serge/#victor-serge-fn-1\""), "{year}");
    assert!(year.contains("In <mark>1909</mark> trok hij naar Parijs."));
    assert!(year.contains("rel=\"prev\" href=\"/timeline/1890/\""), "{year}");
}

#[test]
fn person_page_snapshot() {
    let archive = knowledge_archive();
    let (path, html) = render(&archive, &entity(AuthorityKind::Person, "victor-serge"));
    assert_eq!(path, "people/victor-serge/index.html");
    insta::assert_snapshot!("person_victor_serge", main_of(&html));
}

#[test]
fn index_page_snapshot() {
    let archive = knowledge_archive();
    let (path, html) = render(&archive, &Page::EntityIndex { kind: AuthorityKind::Place });
    assert_eq!(path, "places/index.html");
    insta::assert_snapshot!("places_index", main_of(&html));
}

#[test]
fn entity_pages_link_to_anchors_that_exist_in_the_articles() {
    let archive = knowledge_archive();
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let mut checked = 0;
    for page in [
        entity(AuthorityKind::Person, "victor-serge"),
        entity(AuthorityKind::Place, "parijs"),
        entity(AuthorityKind::Periodical, "de-stem"),
        Page::TimelineYear { year: 1909 },
    ] {
        let (_, bytes) = renderer.render(&page).unwrap_or_else(|e| panic!("{e}"));
        let html = String::from_utf8(bytes).unwrap_or_default();
        for href in html.split("href=\"").skip(1).filter_map(|s| s.split('"').next()) {
            let Some((path, fragment)) = href.split_once('#') else { continue };
            let Some(index) = archive.entries.iter().position(|e| e.url_path() == path) else { continue };
            let (_, article) = renderer.render(&Page::Article { index }).unwrap_or_else(|e| panic!("{e}"));
            let article = String::from_utf8(article).unwrap_or_default();
            assert!(
                article.contains(&format!("id=\"{fragment}\"")),
                "{page:?} links to {href}, which is not there"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} links checked");
    // The one helper every page uses agrees with the body's ids.
    let serge = &archive.entries[article_index(&archive, "victor-serge")];
    assert_eq!(position_fragment(serge, &serge.knowledge.mentions[2].position), "p-1-0");
    assert_eq!(position_fragment(serge, &serge.knowledge.mentions[1].position), "anarchist-in-parijs");
}

#[test]
fn articles_link_the_first_mention_of_each_record_and_list_what_they_name() {
    let archive = knowledge_archive();
    let index = article_index(&archive, "victor-serge");
    let (_, html) = render(&archive, &Page::Article { index });
    assert!(html.contains(
        "<p id=\"p-0-0\"><a class=\"entity-link\" href=\"/people/victor-serge/\">Victor Serge</a>, 1890-1947"
    ));
    // The heading's mention is not linked (headings keep their anchors); the body's first is.
    assert!(html.contains("naar <a class=\"entity-link\" href=\"/places/parijs/\">Parijs</a>."), "{html}");
    assert_eq!(html.matches("class=\"entity-link\"").count(), 2, "notes and repeats stay plain");
    let aside = html.split("<aside class=\"article-aside\"").nth(1).unwrap_or_default();
    let aside = aside.split("</aside>").next().unwrap_or_default();
    for expected in [
        "Personen",
        "Plaatsen",
        "Tijdschriften",
        "href=\"/periodicals/de-stem/\"",
        "href=\"#victor-serge-fn-1\"",
    ] {
        assert!(aside.contains(expected), "{expected} missing from {aside}");
    }
    assert!(aside.contains("<li>hij</li>"), "an unlinked name is listed without a link: {aside}");
    assert!(html.contains("<li id=\"p-2-1-0\">"), "list items carry their ids");
    // Without knowledge, the article looks as before.
    let bare = article_index(&archive, "julien-lahaut");
    let (_, html) = render(&archive, &Page::Article { index: bare });
    assert!(!html.contains("article-aside") && !html.contains("entity-link") && !html.contains("has-aside"));
}

#[test]
fn every_svg_on_the_knowledge_pages_is_well_formed() {
    let archive = knowledge_archive();
    let mut count = 0;
    for page in [
        entity(AuthorityKind::Person, "victor-serge"),
        entity(AuthorityKind::Place, "parijs"),
        Page::Article { index: article_index(&archive, "victor-serge") },
    ] {
        let (_, html) = render(&archive, &page);
        for svg in svgs(&html) {
            let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{page:?}: {e}\n{svg}"));
            let root = doc.root_element();
            assert_eq!(root.attribute("role"), Some("img"));
            let title = root.children().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
            assert!(title.is_some_and(|t| !t.is_empty()), "{page:?}: an SVG without a title");
            count += 1;
        }
    }
    // Person: life and map; place: its events (1909 names Parijs) and map; article: its events.
    assert_eq!(count, 5);
    let (_, person) = render(&archive, &entity(AuthorityKind::Person, "victor-serge"));
    // The places of a life: birth, death, then the places named with the person.
    assert!(person.contains("<figcaption>Brussel, Mexico-Stad, Parijs</figcaption>"), "{person}");
    assert!(person.contains("href=\"/static/world.svg\""), "the outline comes from the site itself");
}

#[test]
fn json_ld_links_records_to_wikidata_and_viaf() {
    let archive = knowledge_archive();
    let (_, html) = render(&archive, &entity(AuthorityKind::Person, "victor-serge"));
    let start = html.find("<script type=\"application/ld+json\">").map(|i| i + 35).unwrap_or(0);
    let end = html[start..].find("</script>").map_or(start, |i| start + i);
    let json: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap_or_default();
    assert_eq!(json["@type"], "Person");
    assert_eq!(json["birthDate"], "1890-12-30");
    assert_eq!(json["deathPlace"]["name"], "Mexico-Stad");
    assert_eq!(json["sameAs"][0], "https://www.wikidata.org/wiki/Q1000001");
    assert_eq!(json["sameAs"][1], "https://viaf.org/viaf/12345678/");
    let (_, place) = render(&archive, &entity(AuthorityKind::Place, "parijs"));
    assert!(place.contains("\"@type\":\"Place\"") && place.contains("\"latitude\":48.86"), "{place}");
    let (_, org) = render(&archive, &entity(AuthorityKind::Organisation, "cnt"));
    assert!(org.contains("\"@type\":\"Organization\""));
    assert!(
        org.contains("Nog in geen enkel artikel genoemd."),
        "a record without mentions still has its page"
    );
}

#[test]
fn knowledge_and_on_this_day_data() {
    let archive = knowledge_archive();
    let (_, json) = render(&archive, &Page::KnowledgeJson);
    let data: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let serge =
        data["records"].as_array().and_then(|r| r.iter().find(|r| r["id"] == "victor-serge")).cloned();
    let serge = serge.unwrap_or_default();
    assert_eq!(serge["kind"], "person");
    assert_eq!(serge["url"], "/people/victor-serge/");
    assert_eq!(serge["mentions"], 2);
    assert_eq!(data["records"].as_array().map(Vec::len), Some(6));
    let nin =
        data["articles"].as_array().and_then(|a| a.iter().find(|a| a["url"] == "/archieven/andreu-nin/"));
    let nin = nin.cloned().unwrap_or_default();
    assert_eq!(nin["data"], "/data/knowledge/archieven/andreu-nin.json", "every article is listed");
    assert_eq!(data["articles"].as_array().map(Vec::len), Some(archive.entries.len()));
    let index = article_index(&archive, "andreu-nin");
    let (path, article) = render(&archive, &Page::ArticleKnowledge { index });
    assert_eq!(path, "data/knowledge/archieven/andreu-nin.json");
    let article: serde_json::Value = serde_json::from_str(&article).unwrap_or_default();
    assert_eq!(article["url"], "/archieven/andreu-nin/");
    assert_eq!(article["events"][1]["at"], "andreu-nin-fn-1");
    assert_eq!(article["events"][1]["footnote"], "1");
    assert_eq!(article["mentions"][0]["at"], "p-1-0");
    let (path, day) = render(&archive, &Page::OnThisDay { month: 5, day: 12 });
    assert_eq!(path, "data/on-this-day/05-12.json");
    let day: serde_json::Value = serde_json::from_str(&day).unwrap_or_default();
    assert_eq!(day.as_array().map(Vec::len), Some(2), "{day}");
    assert_eq!(day[0]["human"], "12 mei 1909");
    let (_, other) = render(&archive, &Page::OnThisDay { month: 2, day: 29 });
    assert_eq!(other.trim(), "[]", "a day without events has its (empty) file");
    let (_, front) = render(&archive, &Page::Front);
    assert!(front.contains("<details class=\"otd-month\" data-month=\"05\">"), "{front}");
    assert!(front.contains("<script src=\"/static/on-this-day.js\" defer></script>"));
    assert!(!front.contains("<script>"), "no inline script");
    let (_, sitemap) = render(&archive, &Page::Sitemap);
    for path in ["timeline/", "timeline/1909/", "people/", "people/victor-serge/", "organisations/cnt/"] {
        assert!(sitemap.contains(&format!("<loc>https://example.org/{path}</loc>")), "{path}");
    }
}

#[test]
fn an_archive_without_knowledge_has_an_empty_timeline_and_no_on_this_day() {
    let archive = archive(20);
    let (_, timeline) = render(&archive, &Page::Timeline);
    assert!(timeline.contains("Nog geen gedateerde gebeurtenissen."));
    let (_, front) = render(&archive, &Page::Front);
    assert!(!front.contains("on-this-day"));
    let index = KnowledgeIndex::new(&archive);
    assert_eq!(knowledge_pages(&archive, &index).len(), 5, "the timeline and the four indexes");
}

#[test]
fn an_edit_rerenders_the_knowledge_pages_of_both_versions() {
    // The driver renders what the old archive's renderer and the new one name for a changed
    // entry: together they must cover the pages the entry showed on before and shows on now.
    let after = knowledge_archive();
    let index = article_index(&after, "victor-serge");
    let mut before = (*after.entries[index]).clone();
    // Before the edit, the article also named the CNT.
    let cnt = Mention {
        kind: EntityKind::Organisation,
        text: "CNT".into(),
        name: "CNT".into(),
        id: Some("cnt".into()),
        sentence: "x".into(),
        position: Position { passage: block(0, 0), start: 0, end: 3 },
    };
    before.knowledge.mentions.push(cnt);
    let mut old = after.clone();
    old.entries[index] = Arc::new(before);
    let theme = Theme::builtin();
    let old_renderer = SiteRenderer::new(&old, &theme).unwrap_or_else(|e| panic!("{e}"));
    let new_renderer = SiteRenderer::new(&after, &theme).unwrap_or_else(|e| panic!("{e}"));
    let pages: Vec<Page> =
        old_renderer.pages_for_entry(index).into_iter().chain(new_renderer.pages_for_entry(index)).collect();
    for page in [
        Page::Article { index },
        Page::Timeline,
        Page::TimelineYear { year: 1909 },
        Page::TimelineYear { year: 1890 },
        entity(AuthorityKind::Person, "victor-serge"),
        entity(AuthorityKind::Place, "parijs"),
        entity(AuthorityKind::Periodical, "de-stem"),
        entity(AuthorityKind::Organisation, "cnt"),
        Page::EntityIndex { kind: AuthorityKind::Organisation },
        Page::ArticleKnowledge { index },
        Page::KnowledgeJson,
        Page::OnThisDay { month: 5, day: 12 },
        Page::Front,
    ] {
        assert!(pages.contains(&page), "{page:?} missing from {pages:?}");
    }
    assert!(pages.iter().all(|p| new_renderer.pages().contains(p)), "every page named exists");
    // A year that appears or vanishes changes the page set: the driver rebuilds whole then.
    let mut changed = after.clone();
    Arc::make_mut(&mut changed.entries[index]).knowledge.events[0].date =
        Edtf::parse("1921").unwrap_or_else(|e| panic!("{e}"));
    let pages_of = |archive: &Archive| knowledge_pages(archive, &KnowledgeIndex::new(archive));
    assert_ne!(pages_of(&after), pages_of(&changed));
}

#[test]
fn knowledge_api_documents_are_sorted_and_complete() {
    let archive = knowledge_archive();
    let theme = Theme::builtin();
    let renderer = SiteRenderer::new(&archive, &theme).unwrap_or_else(|e| panic!("{e}"));
    let get = |key: &str| -> serde_json::Value {
        let bytes = renderer.knowledge_document(key).and_then(Result::ok).unwrap_or_default();
        serde_json::from_slice(&bytes).unwrap_or_default()
    };
    let events = get("events");
    let dates: Vec<&str> =
        events.as_array().into_iter().flatten().filter_map(|e| e["date"].as_str()).collect();
    assert_eq!(dates, ["1890/1947", "1909", "1909-05", "1909-05-12", "1909-05-12"]);
    assert_eq!(events[0]["first"], serde_json::json!([1890, 1, 1]));
    assert_eq!(events[0]["last"], serde_json::json!([1947, 12, 31]));
    assert_eq!(get("entities").as_array().map(Vec::len), Some(6));
    let serge = get("entities/person/victor-serge");
    assert_eq!(serge["name"], "Victor Serge");
    assert_eq!(serge["mentioned"][1]["url"], "/archieven/victor-serge/#p-0-0");
    assert!(serge["events"].as_array().is_some_and(|e| !e.is_empty()), "{serge}");
    for missing in ["entities/person/nobody", "entities/people/victor-serge", "events/1909", "nothing"] {
        assert!(renderer.knowledge_document(missing).is_none(), "{missing}");
    }
}

/// The knowledge brought up to date after an edit is the knowledge gathered afresh, whatever
/// the edit did to the entry's events and mentions, and wherever the entry moved.
#[test]
fn an_updated_knowledge_index_equals_a_fresh_one() {
    let old = knowledge_archive();
    let fresh = KnowledgeIndex::new(&old);
    for index in 0..old.entries.len() {
        // Its events shifted a year and its first mention dropped; another entry's swapped in.
        let mut new = old.clone();
        let entry = Arc::make_mut(&mut new.entries[index]);
        for event in &mut entry.knowledge.events {
            if let Some(year) = event.date.year() {
                event.date = Edtf::parse(&(year + 1).to_string()).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        if !entry.knowledge.mentions.is_empty() {
            entry.knowledge.mentions.remove(0);
        }
        let updated = fresh.updated(&old, &new, &[index]);
        assert_eq!(updated, KnowledgeIndex::new(&new), "entry {index} edited");
    }
    let mut moved = old.clone();
    moved.entries.rotate_left(1);
    let all: Vec<usize> = (0..old.entries.len()).collect();
    assert_eq!(fresh.updated(&old, &moved, &all), KnowledgeIndex::new(&moved), "entries moved");
}

/// A record named in many articles still gets a page of bounded size (it is rendered again at
/// every edit of any of them); the line under the list says how many mentions are left out.
#[test]
fn a_record_named_everywhere_gets_a_page_of_bounded_size() {
    let mut archive = knowledge_archive();
    let serge = Arc::clone(&archive.entries[article_index(&archive, "victor-serge")]);
    let named = serge.knowledge.mentions.iter().filter(|m| m.id.as_deref() == Some("victor-serge")).count();
    assert!(named > 0, "the fixture's article names him");
    let before = archive.entries.len();
    archive.entries.extend(std::iter::repeat_n(serge, 60));
    let (_, page) = render(&archive, &entity(AuthorityKind::Person, "victor-serge"));
    assert_eq!(page.matches("class=\"mention-article\"").count(), 25, "{page}");
    let index = KnowledgeIndex::new(&archive);
    let record = archive.authorities.get(AuthorityKind::Person, "victor-serge");
    let total = record.map_or(0, |r| index.mention_count(r));
    assert!(total > 60 * named && before > 0);
    let shown = page.matches("class=\"mention-link\"").count();
    assert!(page.contains(&format!("En nog {} meer", total - shown)), "{page}");
}
