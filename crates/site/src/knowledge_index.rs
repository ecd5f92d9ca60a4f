//! The archive's knowledge gathered once per render: every event in timeline order, every
//! mention of every authority record, and the days of the year events fall on.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use kroniek_model::{Archive, Authority, AuthorityKind, Edtf, EntityKind, Event, Mention, Precision};

/// An event of the archive: which entry, which of its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EventRef {
    /// Index into `archive.entries`.
    pub(crate) entry: usize,
    /// Index into that entry's `knowledge.events`.
    pub(crate) event: usize,
}

/// A mention of the archive: which entry, which of its mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MentionRef {
    /// Index into `archive.entries`.
    pub(crate) entry: usize,
    /// Index into that entry's `knowledge.mentions`.
    pub(crate) mention: usize,
}

/// A day as `(year, month, day)`.
pub(crate) type Day = (i32, u8, u8);

/// An authority record's key: its kind and id.
pub(crate) type RecordKey = (AuthorityKind, String);

/// What the site's knowledge pages are drawn from.
#[derive(Debug, Default)]
pub(crate) struct KnowledgeIndex {
    /// Every event, in timeline order (see [`timeline_key`]).
    pub(crate) events: Vec<EventRef>,
    /// Years that have events → indices into `events`, in order.
    pub(crate) years: BTreeMap<i32, Vec<usize>>,
    /// Day-precise events by (month, day) → indices into `events`.
    pub(crate) days: BTreeMap<(u8, u8), Vec<usize>>,
    /// Mentions of each authority record that exists, in archive order.
    pub(crate) mentions: BTreeMap<RecordKey, Vec<MentionRef>>,
}

/// The sort key of a date on a timeline: the first day it may mean, then the widest span
/// first, so that on the same start a coarser date comes before a finer one (1917, 1917-04,
/// 1917-04-12). A date with no known start sorts by its end.
pub(crate) fn timeline_key(date: &Edtf) -> (Day, Reverse<Day>) {
    const MAX: (i32, u8, u8) = (i32::MAX, 13, 32);
    let start = date.start().or(date.end()).map_or(MAX, |d| d.earliest());
    let end = date.end().map_or(MAX, |d| d.latest());
    (start, Reverse(end))
}

/// The authority kind an entity kind links to (works have no records).
pub(crate) fn authority_kind(kind: EntityKind) -> Option<AuthorityKind> {
    match kind {
        EntityKind::Person => Some(AuthorityKind::Person),
        EntityKind::Organisation => Some(AuthorityKind::Organisation),
        EntityKind::Place => Some(AuthorityKind::Place),
        EntityKind::Periodical => Some(AuthorityKind::Periodical),
        EntityKind::Work => None,
    }
}

/// The record a mention links to, when it links to one the archive has.
pub(crate) fn record_of<'a>(archive: &'a Archive, mention: &Mention) -> Option<&'a Authority> {
    let kind = authority_kind(mention.kind)?;
    archive.authorities.get(kind, mention.id.as_deref()?)
}

/// The key of a record.
pub(crate) fn key_of(record: &Authority) -> RecordKey {
    (record.kind, record.id.to_string())
}

impl KnowledgeIndex {
    /// Gathers the knowledge of every entry of `archive`.
    pub(crate) fn new(archive: &Archive) -> Self {
        let mut events: Vec<EventRef> = Vec::new();
        let mut mentions: BTreeMap<RecordKey, Vec<MentionRef>> = BTreeMap::new();
        for (entry, e) in archive.entries.iter().enumerate() {
            events.extend((0..e.knowledge.events.len()).map(|event| EventRef { entry, event }));
            for (index, mention) in e.knowledge.mentions.iter().enumerate() {
                if let Some(record) = record_of(archive, mention) {
                    mentions.entry(key_of(record)).or_default().push(MentionRef { entry, mention: index });
                }
            }
        }
        let event = |r: &EventRef| -> Option<&Event> {
            archive.entries.get(r.entry).and_then(|e| e.knowledge.events.get(r.event))
        };
        // Ties (same date) keep archive order: newest article first, then text order.
        events.sort_by_cached_key(|r| event(r).map(|e| timeline_key(&e.date)));
        let mut years: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
        let mut days: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
        for (i, r) in events.iter().enumerate() {
            let Some(e) = event(r) else { continue };
            if let Some(year) = e.date.year() {
                years.entry(year).or_default().push(i);
            }
            if let Edtf::Date(d) = e.date
                && d.precision() == Precision::Day
                && let (Some(m), Some(day)) = (d.month(), d.day())
            {
                days.entry((m, day)).or_default().push(i);
            }
        }
        Self { events, years, days, mentions }
    }

    /// How many mentions a record has.
    pub(crate) fn mention_count(&self, record: &Authority) -> usize {
        self.mentions.get(&key_of(record)).map_or(0, Vec::len)
    }
}

/// Events of `archive` whose sentence names `record`: an event and a mention in the same
/// passage and sentence. In timeline order, each once.
pub(crate) fn events_naming(archive: &Archive, index: &KnowledgeIndex, record: &Authority) -> Vec<EventRef> {
    let Some(mentions) = index.mentions.get(&key_of(record)) else { return Vec::new() };
    // Only the articles that name the record can have such events: looking there, not through
    // every event of the archive, keeps all the record pages together linear in the mentions.
    let mut found: Vec<(EventRef, (Day, Reverse<Day>))> = Vec::new();
    for group in mentions.chunk_by(|a, b| a.entry == b.entry) {
        let Some(entry) = archive.entries.get(group[0].entry) else { continue };
        let named: Vec<&Mention> =
            group.iter().filter_map(|m| entry.knowledge.mentions.get(m.mention)).collect();
        for (i, event) in entry.knowledge.events.iter().enumerate() {
            let same_sentence =
                |m: &&Mention| m.position.passage == event.position.passage && m.sentence == event.sentence;
            if named.iter().any(same_sentence) {
                found.push((EventRef { entry: group[0].entry, event: i }, timeline_key(&event.date)));
            }
        }
    }
    // The timeline's own order: by date, ties in archive order (as `KnowledgeIndex::events`).
    found.sort_by(|(a, ka), (b, kb)| ka.cmp(kb).then(a.entry.cmp(&b.entry)).then(a.event.cmp(&b.event)));
    found.into_iter().map(|(r, _)| r).collect()
}

/// The records most often named in the same articles as `record`: (record, articles shared),
/// most shared first, then by name; at most `limit`.
pub(crate) fn co_mentions<'a>(
    archive: &'a Archive,
    index: &KnowledgeIndex,
    record: &Authority,
    limit: usize,
) -> Vec<(&'a Authority, usize)> {
    let own = key_of(record);
    let Some(mentions) = index.mentions.get(&own) else { return Vec::new() };
    let mut entries: Vec<usize> = mentions.iter().map(|m| m.entry).collect();
    entries.dedup();
    let mut shared: BTreeMap<RecordKey, (&'a Authority, usize)> = BTreeMap::new();
    for entry in entries {
        let Some(e) = archive.entries.get(entry) else { continue };
        let mut seen: Vec<RecordKey> = Vec::new();
        for mention in &e.knowledge.mentions {
            let Some(other) = record_of(archive, mention) else { continue };
            let key = key_of(other);
            if key == own || seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            shared.entry(key).or_insert((other, 0)).1 += 1;
        }
    }
    let mut list: Vec<(&Authority, usize)> = shared.into_values().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    list.truncate(limit);
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coarser_dates_come_first_on_the_same_start() {
        let mut dates: Vec<Edtf> = ["1917-04-12", "1917-04", "1917", "1916-12-31", "1917/1920", "../1917"]
            .iter()
            .map(|t| Edtf::parse(t).unwrap_or_else(|e| panic!("{t}: {e}")))
            .collect();
        dates.sort_by_key(timeline_key);
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["1916-12-31", "1917/1920", "1917", "../1917", "1917-04", "1917-04-12"]);
    }
}
