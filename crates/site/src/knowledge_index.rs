//! The archive's knowledge gathered for rendering: the events of every year and of every day
//! of the year, in timeline order, and every mention of every authority record.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use kroniek_model::{Archive, Authority, AuthorityKind, Edtf, EntityKind, Id, Mention, Precision};

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
pub(crate) type RecordKey = (AuthorityKind, Id);

/// The archive's knowledge gathered for rendering: the events of each year and of each day
/// of the year, in timeline order, and the mentions of each authority record, in archive order.
///
/// Made once for a whole archive ([`new`](Self::new)); after an edit it is brought up to date
/// from the changed positions alone ([`updated`](Self::updated)), so that an edit in `serve`
/// does not gather the whole archive's knowledge again. Lists are shared (`Arc`) between an
/// index and its update: only the lists an edit touches are copied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KnowledgeIndex {
    /// How many events the archive has.
    pub(crate) total: usize,
    /// Years that have events → their events, in timeline order (see [`timeline_key`]; ties
    /// in archive order, then text order).
    pub(crate) years: BTreeMap<i32, Arc<Vec<EventRef>>>,
    /// Day-precise events by (month, day), in timeline order.
    pub(crate) days: BTreeMap<(u8, u8), Arc<Vec<EventRef>>>,
    /// Mentions of each authority record that exists, in archive order.
    pub(crate) mentions: HashMap<RecordKey, Arc<Vec<MentionRef>>>,
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
    (record.kind, record.id.clone())
}

/// The (month, day) of a day-precise date.
pub(crate) fn day_of(date: &Edtf) -> Option<(u8, u8)> {
    match date {
        Edtf::Date(d) if d.precision() == Precision::Day => Some((d.month()?, d.day()?)),
        _ => None,
    }
}

/// The order of events in every list: timeline order, ties in archive order, then text order.
type EventKey = ((Day, Reverse<Day>), usize, usize);

fn event_key(archive: &Archive, r: EventRef) -> Option<EventKey> {
    let event = archive.entries.get(r.entry)?.knowledge.events.get(r.event)?;
    Some((timeline_key(&event.date), r.entry, r.event))
}

impl KnowledgeIndex {
    /// Gathers the knowledge of every entry of `archive`.
    pub fn new(archive: &Archive) -> Self {
        let mut years: BTreeMap<i32, Vec<(EventKey, EventRef)>> = BTreeMap::new();
        let mut days: BTreeMap<(u8, u8), Vec<(EventKey, EventRef)>> = BTreeMap::new();
        let mut mentions: HashMap<RecordKey, Vec<MentionRef>> = HashMap::new();
        let mut total = 0;
        for (entry, e) in archive.entries.iter().enumerate() {
            total += e.knowledge.events.len();
            for (index, event) in e.knowledge.events.iter().enumerate() {
                let r = EventRef { entry, event: index };
                let key = (timeline_key(&event.date), entry, index);
                if let Some(year) = event.date.year() {
                    years.entry(year).or_default().push((key, r));
                }
                if let Some(day) = day_of(&event.date) {
                    days.entry(day).or_default().push((key, r));
                }
            }
            for (index, mention) in e.knowledge.mentions.iter().enumerate() {
                if let Some(record) = record_of(archive, mention) {
                    mentions.entry(key_of(record)).or_default().push(MentionRef { entry, mention: index });
                }
            }
        }
        fn sorted(mut list: Vec<(EventKey, EventRef)>) -> Arc<Vec<EventRef>> {
            list.sort_unstable_by_key(|a| a.0);
            Arc::new(list.into_iter().map(|(_, r)| r).collect())
        }
        Self {
            total,
            years: years.into_iter().map(|(y, list)| (y, sorted(list))).collect(),
            days: days.into_iter().map(|(d, list)| (d, sorted(list))).collect(),
            mentions: mentions.into_iter().map(|(k, list)| (k, Arc::new(list))).collect(),
        }
    }

    /// The index of `new`, made from this one (the index of `old`) when only the entries at
    /// the positions `changed` differ between the two archives (same length, same authority
    /// records). Equal to `KnowledgeIndex::new(new)`; costs about what those entries name.
    pub fn updated(&self, old: &Archive, new: &Archive, changed: &[usize]) -> Self {
        let mut index = self.clone();
        let gone: BTreeSet<usize> = changed.iter().copied().collect();
        // First every trace of the changed positions, by what the old entries held there…
        let mut years = BTreeSet::new();
        let mut days = BTreeSet::new();
        let mut records = BTreeSet::new();
        for &i in &gone {
            let Some(e) = old.entries.get(i) else { continue };
            index.total -= e.knowledge.events.len();
            for event in &e.knowledge.events {
                years.extend(event.date.year());
                days.extend(day_of(&event.date));
            }
            records.extend(e.knowledge.mentions.iter().filter_map(|m| record_of(old, m)).map(key_of));
        }
        let keep = |list: &mut Arc<Vec<EventRef>>| Arc::make_mut(list).retain(|r| !gone.contains(&r.entry));
        for year in years {
            if let Some(list) = index.years.get_mut(&year) {
                keep(list);
                if list.is_empty() {
                    index.years.remove(&year);
                }
            }
        }
        for day in days {
            if let Some(list) = index.days.get_mut(&day) {
                keep(list);
                if list.is_empty() {
                    index.days.remove(&day);
                }
            }
        }
        for key in records {
            if let Some(list) = index.mentions.get_mut(&key) {
                Arc::make_mut(list).retain(|r| !gone.contains(&r.entry));
                if list.is_empty() {
                    index.mentions.remove(&key);
                }
            }
        }
        // … then what the new entries hold, each in its place.
        for &entry in &gone {
            let Some(e) = new.entries.get(entry) else { continue };
            index.total += e.knowledge.events.len();
            for (i, event) in e.knowledge.events.iter().enumerate() {
                let r = EventRef { entry, event: i };
                let key = Some((timeline_key(&event.date), entry, i));
                let place = |list: &mut Arc<Vec<EventRef>>| {
                    let at = list.partition_point(|&other| event_key(new, other) < key);
                    Arc::make_mut(list).insert(at, r);
                };
                if let Some(year) = event.date.year() {
                    place(index.years.entry(year).or_default());
                }
                if let Some(day) = day_of(&event.date) {
                    place(index.days.entry(day).or_default());
                }
            }
            for (i, mention) in e.knowledge.mentions.iter().enumerate() {
                let Some(record) = record_of(new, mention) else { continue };
                let r = MentionRef { entry, mention: i };
                let list = Arc::make_mut(index.mentions.entry(key_of(record)).or_default());
                let at = list.partition_point(|other| (other.entry, other.mention) < (entry, i));
                list.insert(at, r);
            }
        }
        index
    }

    /// The mentions of a record, in archive order.
    pub(crate) fn mentions_of(&self, record: &Authority) -> &[MentionRef] {
        self.mentions.get(&key_of(record)).map_or(&[], |list| list.as_slice())
    }

    /// How many mentions a record has.
    pub(crate) fn mention_count(&self, record: &Authority) -> usize {
        self.mentions_of(record).len()
    }

    /// Every event of the archive in timeline order (what the events API lists).
    pub(crate) fn all_events(archive: &Archive) -> Vec<EventRef> {
        let mut events: Vec<(EventKey, EventRef)> = Vec::new();
        for (entry, e) in archive.entries.iter().enumerate() {
            for (i, event) in e.knowledge.events.iter().enumerate() {
                events.push(((timeline_key(&event.date), entry, i), EventRef { entry, event: i }));
            }
        }
        events.sort_unstable_by_key(|a| a.0);
        events.into_iter().map(|(_, r)| r).collect()
    }
}

/// Events of `archive` whose sentence names `record`: an event and a mention in the same
/// passage and sentence, looked for in the newest `articles` articles that name it. In
/// timeline order, each once.
pub(crate) fn events_naming(
    archive: &Archive,
    index: &KnowledgeIndex,
    record: &Authority,
    articles: usize,
) -> Vec<EventRef> {
    let mentions = index.mentions_of(record);
    // Only the articles that name the record can have such events: looking there, not through
    // every event of the archive, keeps all the record pages together linear in the mentions.
    let mut found: Vec<(EventRef, (Day, Reverse<Day>))> = Vec::new();
    for group in mentions.chunk_by(|a, b| a.entry == b.entry).take(articles) {
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
    // The timeline's own order: by date, ties in archive order (as `KnowledgeIndex::years`).
    found.sort_by(|(a, ka), (b, kb)| ka.cmp(kb).then(a.entry.cmp(&b.entry)).then(a.event.cmp(&b.event)));
    found.into_iter().map(|(r, _)| r).collect()
}

/// The records most often named in the same articles as `record` (among the newest
/// `articles` articles that name it): (record, articles shared), most shared first, then by
/// name; at most `limit`.
pub(crate) fn co_mentions<'a>(
    archive: &'a Archive,
    index: &KnowledgeIndex,
    record: &Authority,
    articles: usize,
    limit: usize,
) -> Vec<(&'a Authority, usize)> {
    let mentions = index.mentions_of(record);
    let mut entries: Vec<usize> = mentions.iter().map(|m| m.entry).collect();
    entries.dedup();
    entries.truncate(articles);
    // Records are told apart by address (each lives once in the archive's authorities): no
    // string comparisons in a loop that runs over every mention of every article named here.
    let address = |r: &Authority| std::ptr::from_ref(r) as usize;
    let own = address(record);
    let mut shared: HashMap<usize, (&'a Authority, usize)> = HashMap::new();
    let mut seen: HashSet<usize> = HashSet::new();
    for entry in entries {
        let Some(e) = archive.entries.get(entry) else { continue };
        seen.clear();
        for mention in &e.knowledge.mentions {
            let Some(other) = record_of(archive, mention) else { continue };
            let key = address(other);
            if key != own && seen.insert(key) {
                shared.entry(key).or_insert((other, 0)).1 += 1;
            }
        }
    }
    let mut list: Vec<(&Authority, usize)> = shared.into_values().collect();
    list.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)).then_with(|| key_of(a.0).cmp(&key_of(b.0)))
    });
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
