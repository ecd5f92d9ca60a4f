//! The archive's knowledge as data: `data/knowledge.json`, `data/on-this-day.json` and the
//! documents of the server's knowledge API. Shapes are described in `docs/format.md`.

use std::collections::BTreeMap;

use kroniek_model::{Authority, Edtf, Event, Mention};
use serde::Serialize;

use crate::knowledge_index::EventRef;
use crate::markdown;
use crate::{RenderError, SiteRenderer};

/// A record in `knowledge.json` and the API: the record's own fields plus its page and count.
#[derive(Debug, Serialize)]
struct RecordData<'a> {
    #[serde(flatten)]
    record: &'a Authority,
    url: String,
    mentions: usize,
}

/// An event of one article in `knowledge.json`.
#[derive(Debug, Serialize)]
struct EventData<'a> {
    date: &'a Edtf,
    expression: &'a str,
    sentence: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    footnote: Option<&'a str>,
    /// The fragment id of its place on the article's page.
    at: String,
    start: usize,
    end: usize,
}

/// A mention of one article in `knowledge.json` (its sentence is left out: the events carry
/// theirs, and a mention's is on its page at `at`).
#[derive(Debug, Serialize)]
struct MentionData<'a> {
    kind: &'static str,
    text: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    at: String,
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct ArticleKnowledgeData<'a> {
    url: String,
    events: Vec<EventData<'a>>,
    mentions: Vec<MentionData<'a>>,
}

#[derive(Debug, Serialize)]
struct KnowledgeData<'a> {
    records: Vec<RecordData<'a>>,
    articles: Vec<ArticleKnowledgeData<'a>>,
}

/// An event in `on-this-day.json` and the events API.
#[derive(Debug, Serialize)]
struct DatedEvent<'a> {
    date: &'a Edtf,
    /// The date in words, in the site's language.
    human: String,
    expression: &'a str,
    sentence: &'a str,
    /// The article's title (plain text).
    title: String,
    /// The exact place: the article's link and fragment.
    url: String,
    /// The first and last day the date may mean, `[year, month, day]`: the API filters on them.
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<(i32, u8, u8)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<(i32, u8, u8)>,
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = serde_json::to_vec(value)?;
    out.push(b'\n');
    Ok(out)
}

impl SiteRenderer<'_> {
    fn record_data<'a>(&self, record: &'a Authority) -> RecordData<'a> {
        RecordData {
            record,
            url: self.link(&record.url_path()),
            mentions: self.knowledge.mention_count(record),
        }
    }

    fn dated_event(&self, r: EventRef, with_days: bool) -> Option<DatedEvent<'_>> {
        let (entry, event): (_, &Event) = self.event(r)?;
        let days = |first: bool| {
            with_days
                .then(|| {
                    if first {
                        event.date.start().or(event.date.end()).map(|d| d.earliest())
                    } else {
                        event.date.end().or(event.date.start()).map(|d| d.latest())
                    }
                })
                .flatten()
        };
        Some(DatedEvent {
            date: &event.date,
            human: crate::date::human(&event.date, self.strings),
            expression: &event.expression,
            sentence: &event.sentence,
            title: markdown::plain_text(&entry.article.title),
            url: self.position_link(r.entry, &event.position),
            first: days(true),
            last: days(false),
        })
    }

    /// `data/knowledge.json`: every record, and every article's events and mentions.
    pub(crate) fn knowledge_json(&self) -> Result<Vec<u8>, RenderError> {
        let records = self.archive.authorities.iter().map(|r| self.record_data(r)).collect();
        let articles = self
            .archive
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.knowledge.events.is_empty() || !e.knowledge.mentions.is_empty())
            .map(|(index, e)| {
                let at = |p: &kroniek_model::Position| {
                    self.anchors(index).map(|a| a.fragment(&p.passage)).unwrap_or_default()
                };
                ArticleKnowledgeData {
                    url: self.link(&e.url_path()),
                    events: e
                        .knowledge
                        .events
                        .iter()
                        .map(|ev| EventData {
                            date: &ev.date,
                            expression: &ev.expression,
                            sentence: &ev.sentence,
                            footnote: ev.footnote.as_deref(),
                            at: at(&ev.position),
                            start: ev.position.start,
                            end: ev.position.end,
                        })
                        .collect(),
                    mentions: e
                        .knowledge
                        .mentions
                        .iter()
                        .map(|m: &Mention| MentionData {
                            kind: m.kind.as_str(),
                            text: &m.text,
                            name: &m.name,
                            id: m.id.as_deref(),
                            at: at(&m.position),
                            start: m.position.start,
                            end: m.position.end,
                        })
                        .collect(),
                }
            })
            .collect();
        to_json(&KnowledgeData { records, articles }).map_err(data_error("data/knowledge.json"))
    }

    /// `data/on-this-day.json`: `{"MM-DD": [event…]}` for every day that has day-precise
    /// events, in timeline order. The front page's script reads today's key.
    pub(crate) fn on_this_day_json(&self) -> Result<Vec<u8>, RenderError> {
        let mut days: BTreeMap<String, Vec<DatedEvent<'_>>> = BTreeMap::new();
        for (&(month, day), indices) in &self.knowledge.days {
            let events = indices
                .iter()
                .filter_map(|&i| self.knowledge.events.get(i))
                .filter_map(|&r| self.dated_event(r, false))
                .collect();
            days.insert(format!("{month:02}-{day:02}"), events);
        }
        to_json(&days).map_err(data_error("data/on-this-day.json"))
    }

    /// The documents of the server's knowledge API, by their path under `/api/`:
    /// `events` (every event in timeline order, with `first` and `last` days to filter on),
    /// `entities` (every record with its page and mention count) and `entities/<kind>/<id>`
    /// (one record, its mentions with their sentences and links, the events that name it).
    /// The server answers `/api/events?from=&to=` by filtering `events`.
    pub fn knowledge_api(&self) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
        let mut docs = Vec::with_capacity(self.archive.authorities.len() + 2);
        let events: Vec<DatedEvent<'_>> =
            self.knowledge.events.iter().filter_map(|&r| self.dated_event(r, true)).collect();
        docs.push(("events".to_owned(), to_json(&events).map_err(data_error("/api/events"))?));
        let records: Vec<RecordData<'_>> =
            self.archive.authorities.iter().map(|r| self.record_data(r)).collect();
        docs.push(("entities".to_owned(), to_json(&records).map_err(data_error("/api/entities"))?));
        #[derive(Serialize)]
        struct MentionDoc<'a> {
            text: &'a str,
            sentence: &'a str,
            title: String,
            url: String,
        }
        #[derive(Serialize)]
        struct EntityDoc<'a> {
            #[serde(flatten)]
            record: RecordData<'a>,
            mentioned: Vec<MentionDoc<'a>>,
            events: Vec<DatedEvent<'a>>,
        }
        for record in self.archive.authorities.iter() {
            let key = (record.kind, record.id.to_string());
            let mentioned = self
                .knowledge
                .mentions
                .get(&key)
                .into_iter()
                .flatten()
                .filter_map(|m| {
                    let entry = self.archive.entries.get(m.entry)?;
                    let mention = entry.knowledge.mentions.get(m.mention)?;
                    Some(MentionDoc {
                        text: &mention.text,
                        sentence: &mention.sentence,
                        title: markdown::plain_text(&entry.article.title),
                        url: self.position_link(m.entry, &mention.position),
                    })
                })
                .collect();
            let events = crate::knowledge_index::events_naming(self.archive, &self.knowledge, record)
                .into_iter()
                .filter_map(|r| self.dated_event(r, true))
                .collect();
            let path = format!("entities/{}/{}", record.kind, record.id);
            let doc = EntityDoc { record: self.record_data(record), mentioned, events };
            let bytes = to_json(&doc).map_err(data_error(&format!("/api/{path}")))?;
            docs.push((path, bytes));
        }
        Ok(docs)
    }
}

fn data_error(path: &str) -> impl Fn(serde_json::Error) -> RenderError + '_ {
    move |e| RenderError::Data { path: path.to_owned(), message: e.to_string() }
}
