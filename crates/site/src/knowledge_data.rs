//! The archive's knowledge as data: `data/knowledge.json` (records, and where each article's
//! knowledge is), `data/knowledge/<series>/<slug>.json` (one article's events and mentions),
//! `data/on-this-day/MM-DD.json` (one day's events) and the documents of the server's
//! knowledge API. Shapes are described in `docs/format.md`.
//!
//! Every file is sized by what one article or one day holds, not by the archive: an edit
//! rewrites the files of what it touched.

use kroniek_model::{Authority, AuthorityKind, Edtf, Entry, Event, Mention};
use serde::Serialize;

use crate::knowledge_index::EventRef;
use crate::markdown;
use crate::{KnowledgeIndex, RenderError, SiteRenderer};

/// A record in `knowledge.json` and the API: the record's own fields plus its page and count.
#[derive(Debug, Serialize)]
struct RecordData<'a> {
    #[serde(flatten)]
    record: &'a Authority,
    url: String,
    mentions: usize,
}

/// An event of one article in its knowledge file.
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

/// A mention of one article in its knowledge file (its sentence is left out: the events carry
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

    /// `data/knowledge.json`: every record with its page and mention count, and where each
    /// article's knowledge is (`data/knowledge/<series>/<slug>.json`). The articles' events
    /// and mentions are in those files, one per article, so that an edit rewrites its own.
    pub(crate) fn knowledge_json(&self) -> Result<Vec<u8>, RenderError> {
        #[derive(Serialize)]
        struct ArticleLink {
            url: String,
            data: String,
        }
        #[derive(Serialize)]
        struct KnowledgeData<'a> {
            records: Vec<RecordData<'a>>,
            articles: Vec<ArticleLink>,
        }
        let records = self.archive.authorities.iter().map(|r| self.record_data(r)).collect();
        let articles = self
            .archive
            .entries
            .iter()
            .map(|e| ArticleLink {
                url: self.link(&e.url_path()),
                data: self.link(&format!("/{}", article_knowledge_path(e))),
            })
            .collect();
        to_json(&KnowledgeData { records, articles }).map_err(data_error("data/knowledge.json"))
    }

    /// `data/knowledge/<series>/<slug>.json`: one article's events and mentions.
    pub(crate) fn article_knowledge_json(&self, index: usize) -> Result<Vec<u8>, RenderError> {
        let Some(e) = self.archive.entries.get(index) else {
            return Err(crate::renderer::no_such(format!("knowledge of article {index}")));
        };
        let at = |p: &kroniek_model::Position| {
            self.anchors(index).map(|a| a.fragment(&p.passage)).unwrap_or_default()
        };
        let data = ArticleKnowledgeData {
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
        };
        to_json(&data).map_err(data_error(&article_knowledge_path(e)))
    }

    /// `data/on-this-day/MM-DD.json`: the day-precise events of one day of the year, in
    /// timeline order (an empty list for a day without any). The front page's script reads
    /// today's file.
    pub(crate) fn on_this_day_json(&self, month: u8, day: u8) -> Result<Vec<u8>, RenderError> {
        let events: Vec<DatedEvent<'_>> = self
            .knowledge
            .days
            .get(&(month, day))
            .into_iter()
            .flat_map(|list| list.iter())
            .filter_map(|&r| self.dated_event(r, false))
            .collect();
        to_json(&events).map_err(data_error(&on_this_day_path(month, day)))
    }

    /// A document of the server's knowledge API by its path under `/api/`, made on request:
    /// `events` (every event in timeline order, with `first` and `last` days to filter on),
    /// `entities` (every record with its page and mention count) and `entities/<kind>/<id>`
    /// (one record, its mentions with their sentences and links, the events that name it).
    /// `None` for any other path. The server answers `/api/events?from=&to=` by filtering
    /// `events`.
    pub fn knowledge_document(&self, path: &str) -> Option<Result<Vec<u8>, RenderError>> {
        let api_path = format!("/api/{path}");
        let bytes = match path.split('/').collect::<Vec<_>>().as_slice() {
            ["events"] => {
                let events: Vec<DatedEvent<'_>> = KnowledgeIndex::all_events(self.archive)
                    .into_iter()
                    .filter_map(|r| self.dated_event(r, true))
                    .collect();
                to_json(&events)
            }
            ["entities"] => {
                let records: Vec<RecordData<'_>> =
                    self.archive.authorities.iter().map(|r| self.record_data(r)).collect();
                to_json(&records)
            }
            ["entities", kind, id] => {
                let kind = AuthorityKind::ALL.into_iter().find(|k| k.to_string() == *kind)?;
                let record = self.archive.authorities.get(kind, id)?;
                to_json(&self.entity_document(record))
            }
            _ => return None,
        };
        Some(bytes.map_err(data_error(&api_path)))
    }

    fn entity_document<'a>(&'a self, record: &'a Authority) -> impl Serialize + 'a {
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
        let mentioned = self
            .knowledge
            .mentions_of(record)
            .iter()
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
        let events = crate::knowledge_index::events_naming(self.archive, &self.knowledge, record, usize::MAX)
            .into_iter()
            .filter_map(|r| self.dated_event(r, true))
            .collect();
        EntityDoc { record: self.record_data(record), mentioned, events }
    }
}

/// Where an article's knowledge is published: `data/knowledge/<series>/<slug>.json`.
pub(crate) fn article_knowledge_path(entry: &Entry) -> String {
    format!("data/knowledge/{}/{}.json", entry.series, entry.slug)
}

/// Where one day's events are published: `data/on-this-day/MM-DD.json`.
pub(crate) fn on_this_day_path(month: u8, day: u8) -> String {
    format!("data/on-this-day/{month:02}-{day:02}.json")
}

/// Every day of the year, 29 February included: each has its "on this day" file, whether or
/// not events fall on it, so that the set of files never changes with an edit.
pub(crate) fn days_of_the_year() -> impl Iterator<Item = (u8, u8)> {
    const LENGTHS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1u8..=12).zip(LENGTHS).flat_map(|(month, days)| (1..=days).map(move |day| (month, day)))
}

fn data_error(path: &str) -> impl Fn(serde_json::Error) -> RenderError + '_ {
    move |e| RenderError::Data { path: path.to_owned(), message: e.to_string() }
}
