//! A page per authority record (`/people/<id>/` …) and an index per kind (`/people/` …).
//!
//! A record's page shows the record (names, dates, places, description, Wikidata and VIAF
//! links), every mention across the archive with its sentence and a link to the exact place,
//! a timeline picture of the dated events whose sentence names it (for a person, drawn over
//! the life from birth to death), a map (a place's own point; for a person, the places of
//! their life: birth, death, and the places named in the same articles), and the records most
//! often named in the same articles.

use kroniek_model::{Authority, AuthorityKind};
use minijinja::{Value, context};
use serde::Serialize;

use crate::i18n::{Strings, fill};
use crate::knowledge_index::{co_mentions, events_naming};
use crate::knowledge_pages::{EventView, count_mentions, kind_title, marked_sentence, timeline_desc};
use crate::map_svg::{self, MapPicture, MapPoint};
use crate::markdown;
use crate::timeline_svg::{self, TimelinePicture, TimelinePoint};
use crate::view::{DateView, LinkView};
use crate::{RenderError, SiteRenderer, jsonld};

/// How many co-named records a page lists.
const CO_MENTIONS: usize = 12;

// A record's page is rendered again whenever an article that names it is edited, so its size
// and cost must not grow with the archive: a place named in thousands of articles still gets
// a page of a few dozen kilobytes. The full lists are in the articles' knowledge files (and in
// `kroniek serve`'s API).

/// Articles whose mentions a page lists (the newest), and mentions shown per article.
const MENTION_ARTICLES: usize = 25;
const MENTIONS_PER_ARTICLE: usize = 3;
/// Events a page lists, and points its timeline picture draws at most (spread over all).
const RECORD_EVENTS: usize = 25;
const PICTURE_POINTS: usize = 200;
/// The newest articles naming a record that its events and "named with" are drawn from.
const RECORD_ARTICLES: usize = 100;

/// A record in a list: index pages, "named with".
#[derive(Debug, Serialize)]
struct RecordLink {
    name: String,
    url: String,
    /// "1890–1947", when the record has dates.
    dates: Option<String>,
    /// "12 vermeldingen" or "3".
    count: String,
    /// The first letter, for the index's headings.
    letter: String,
}

/// One fact of the record ("Geboren: 30 december 1890, Brussel").
#[derive(Debug, Serialize)]
struct Fact {
    label: &'static str,
    value: Option<DateView>,
    place: Option<LinkView>,
}

/// A mention in the list on a record's page.
#[derive(Debug, Serialize)]
struct MentionView {
    /// The sentence, the mention's words marked.
    sentence: Value,
    /// The exact place.
    url: String,
}

/// All mentions in one article.
#[derive(Debug, Serialize)]
struct ArticleMentions {
    article: LinkView,
    lang: String,
    mentions: Vec<MentionView>,
}

/// The record's tab of every kind on the index pages.
#[derive(Debug, Serialize)]
struct KindLink {
    title: &'static str,
    url: String,
    current: bool,
}

fn dates(record: &Authority, s: &Strings) -> Option<String> {
    let h = |d: &kroniek_model::Edtf| crate::date::human(d, s);
    match (&record.start, &record.end) {
        (Some(a), Some(b)) => Some(format!("{}–{}", h(a), h(b))),
        (Some(a), None) => Some(fill(s.from, &h(a))),
        (None, Some(b)) => Some(fill(s.until, &h(b))),
        (None, None) => None,
    }
}

fn first_letter(name: &str) -> String {
    let folded = crate::anchor::slugify(name);
    folded
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic)
        .map_or("#".to_owned(), |c| c.to_ascii_uppercase().to_string())
}

impl SiteRenderer<'_> {
    fn kind_links(&self, current: Option<AuthorityKind>) -> Vec<KindLink> {
        AuthorityKind::ALL
            .into_iter()
            .map(|k| KindLink {
                title: kind_title(k, self.strings),
                url: self.link(&format!("/{}/", k.plural())),
                current: Some(k) == current,
            })
            .collect()
    }

    /// `/people/` …: every record of a kind, alphabetically, with its mention count.
    pub(crate) fn entity_index(&self, kind: AuthorityKind) -> Result<Vec<u8>, RenderError> {
        let s = self.strings;
        let mut records: Vec<RecordLink> = self
            .archive
            .authorities
            .of_kind(kind)
            .map(|r| RecordLink {
                name: r.name.clone(),
                url: self.link(&r.url_path()),
                dates: dates(r, s),
                count: count_mentions(s, self.knowledge.mention_count(r)),
                letter: first_letter(&r.name),
            })
            .collect();
        records.sort_by_cached_key(|r| (r.letter.clone(), crate::anchor::slugify(&r.name), r.name.clone()));
        let title = kind_title(kind, s);
        let path = format!("/{}/", kind.plural());
        let meta = self.meta(title, None, &path, "website");
        self.template(
            "entities.html",
            context! {
                page => meta, title => title, records => records, kinds => self.kind_links(Some(kind)),
                current => kind.plural(), current_page => true,
            },
        )
    }

    /// A record's page.
    pub(crate) fn entity(&self, record: &Authority) -> Result<Vec<u8>, RenderError> {
        let s = self.strings;
        let archive = self.archive;
        let place_link = |id: &kroniek_model::Id| {
            let place = archive.authorities.get(AuthorityKind::Place, id.as_str());
            place.map(|p| LinkView { title: p.name.clone(), url: self.link(&p.url_path()) })
        };
        let (start_label, end_label, place_label) = match record.kind {
            AuthorityKind::Person => (s.born, s.died, s.born),
            AuthorityKind::Organisation => (s.founded, s.dissolved, s.based_in),
            AuthorityKind::Periodical => (s.founded, s.dissolved, s.published_in),
            AuthorityKind::Place => (s.founded, s.dissolved, s.part_of),
        };
        let mut facts = Vec::new();
        let start_place = record.place.as_ref().and_then(place_link);
        if record.start.is_some() || (record.kind == AuthorityKind::Person && start_place.is_some()) {
            facts.push(Fact {
                label: start_label,
                value: record.start.as_ref().map(|d| DateView::new(d, s)),
                place: if record.kind == AuthorityKind::Person { start_place.clone() } else { None },
            });
        }
        let end_place = record.end_place.as_ref().and_then(place_link);
        if record.end.is_some() || end_place.is_some() {
            facts.push(Fact {
                label: end_label,
                value: record.end.as_ref().map(|d| DateView::new(d, s)),
                place: end_place,
            });
        }
        if record.kind != AuthorityKind::Person && start_place.is_some() {
            facts.push(Fact { label: place_label, value: None, place: start_place });
        }

        // Mentions, grouped by article in the archive's order (newest first).
        let refs = self.knowledge.mentions_of(record);
        let mut articles: Vec<ArticleMentions> = Vec::new();
        for group in refs.chunk_by(|a, b| a.entry == b.entry).take(MENTION_ARTICLES) {
            let Some(entry) = archive.entries.get(group[0].entry) else { continue };
            let mentions = group
                .iter()
                .take(MENTIONS_PER_ARTICLE)
                .filter_map(|m| Some((m, entry.knowledge.mentions.get(m.mention)?)))
                .map(|(m, mention)| MentionView {
                    sentence: marked_sentence(&mention.sentence, &mention.text),
                    url: self.position_link(m.entry, &mention.position),
                })
                .collect();
            articles.push(ArticleMentions {
                article: LinkView {
                    title: markdown::plain_text(&entry.article.title),
                    url: self.link(&entry.url_path()),
                },
                lang: entry.article.language.code().to_owned(),
                mentions,
            });
        }
        let mention_count = refs.len();
        let shown: usize = articles.iter().map(|a| a.mentions.len()).sum();
        let more_mentions =
            (mention_count > shown).then(|| fill(s.more_in_data, &(mention_count - shown).to_string()));

        // Dated events naming it, and the picture.
        let event_refs = events_naming(archive, &self.knowledge, record, RECORD_ARTICLES);
        let events: Vec<EventView> =
            event_refs.iter().take(RECORD_EVENTS).filter_map(|&r| self.event_view(r)).collect();
        let more_events = (event_refs.len() > RECORD_EVENTS)
            .then(|| fill(s.more_in_data, &(event_refs.len() - RECORD_EVENTS).to_string()));
        // Spread over the whole list, so that the picture spans every period it covers.
        let step = event_refs.len().div_ceil(PICTURE_POINTS).max(1);
        let points: Vec<TimelinePoint> = event_refs
            .iter()
            .step_by(step)
            .filter_map(|&r| self.event(r))
            .map(|(_, e)| TimelinePoint {
                date: e.date,
                label: format!("{} — {}", crate::date::human(&e.date, s), e.sentence),
            })
            .collect();
        let span = match (record.kind, record.start, record.end) {
            (_, None, None) => None,
            (AuthorityKind::Person, a, b) => Some((a, b, dates(record, s).unwrap_or_default())),
            (_, a, b) => Some((a, b, dates(record, s).unwrap_or_default())),
        };
        let mut all_dates: Vec<kroniek_model::Edtf> = points.iter().map(|p| p.date).collect();
        all_dates.extend(record.start.iter().chain(record.end.iter()).copied());
        let picture = TimelinePicture {
            id: "entity-timeline".to_owned(),
            title: fill(s.timeline_of, &record.name),
            desc: timeline_desc(
                s,
                if record.kind == AuthorityKind::Person { s.life } else { s.events },
                &all_dates,
            ),
            span,
            points,
        };
        let timeline_svg = timeline_svg::draw(&picture).map(Value::from_safe_string);

        // The map: the place itself, or the places of a life.
        let mut map_points: Vec<MapPoint> = Vec::new();
        let mut push_place = |p: &Authority| {
            if let Some(at) = p.coordinates
                && !map_points.iter().any(|m| m.label == p.name)
            {
                map_points.push(MapPoint { at, label: p.name.clone() });
            }
        };
        let co = co_mentions(archive, &self.knowledge, record, RECORD_ARTICLES, usize::MAX);
        match record.kind {
            AuthorityKind::Place => push_place(record),
            _ => {
                for id in record.place.iter().chain(record.end_place.iter()) {
                    if let Some(p) = archive.authorities.get(AuthorityKind::Place, id.as_str()) {
                        push_place(p);
                    }
                }
                if record.kind == AuthorityKind::Person {
                    for (other, _) in
                        co.iter().filter(|(o, _)| o.kind == AuthorityKind::Place).take(CO_MENTIONS)
                    {
                        push_place(other);
                    }
                }
            }
        }
        let names: Vec<&str> = map_points.iter().map(|p| p.label.as_str()).collect();
        let map = MapPicture {
            id: "entity-map".to_owned(),
            title: fill(s.map_of, &names.join(", ")),
            outline: self.link("/static/world.svg"),
            points: map_points.clone(),
        };
        let map_svg = map_svg::draw(&map).map(Value::from_safe_string);
        let map_places: Vec<&str> = map_points.iter().map(|p| p.label.as_str()).collect();

        let named_with: Vec<RecordLink> = co
            .iter()
            .take(CO_MENTIONS)
            .map(|(r, n)| RecordLink {
                name: r.name.clone(),
                url: self.link(&r.url_path()),
                dates: dates(r, s),
                count: s.count_articles(*n),
                letter: first_letter(&r.name),
            })
            .collect();
        let external: Vec<LinkView> =
            record
                .wikidata
                .iter()
                .map(|q| LinkView {
                    title: format!("Wikidata {q}"),
                    url: format!("https://www.wikidata.org/wiki/{q}"),
                })
                .chain(record.viaf.iter().map(|v| LinkView {
                    title: format!("VIAF {v}"),
                    url: format!("https://viaf.org/viaf/{v}/"),
                }))
                .collect();
        let description =
            record.description.as_deref().map(|d| Value::from_safe_string(markdown::inline_html(d)));
        let plain_description = record.description.as_deref().map(markdown::plain_text);
        let meta = self.meta(&record.name, plain_description, &record.url_path(), "profile");
        let jsonld =
            Value::from_safe_string(jsonld::record(record, &self.archive.config, &archive.authorities));
        self.template(
            "entity.html",
            context! {
                page => meta,
                record => context! {
                    name => &record.name, kind => kind_title(record.kind, s), aliases => &record.aliases,
                    description => description, facts => facts, external => external,
                    index_url => self.link(&format!("/{}/", record.kind.plural())),
                    mention_count => count_mentions(s, mention_count),
                },
                articles => articles, events => events, timeline_svg => timeline_svg,
                more_mentions => more_mentions, more_events => more_events,
                knowledge_json => self.link("/data/knowledge.json"),
                map_svg => map_svg, map_places => map_places, named_with => named_with, jsonld => jsonld,
                kinds => self.kind_links(Some(record.kind)),
                current => record.kind.plural(), current_page => false,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_letters_fold_accents_and_park_the_rest() {
        assert_eq!(first_letter("Émile Vandervelde"), "E");
        assert_eq!(first_letter("'s-Gravenhage"), "S");
        assert_eq!(first_letter("1 Mei-comité"), "#");
    }
}
