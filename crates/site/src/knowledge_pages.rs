//! The pages drawn from the archive's knowledge: the timeline and its years, "on this day"
//! on the front page, and the knowledge beside each article (its events, the entities it
//! names, the first mention of each linked to its page).
//!
//! Timeline pages: one page per year that has events, `/timeline/<year>/`, always — never a
//! page per decade for sparse decades, because a year's address must not change when the
//! archive grows; the overview `/timeline/` groups the years by decade with their counts, so
//! sparse decades still read as one line. An event is filed under its start year (an interval
//! `1926/1929` under 1926; a decade `193X` under 1930; `../1923` under 1923).

use std::collections::BTreeSet;

use kroniek_model::{Archive, AuthorityKind, Edtf, Entry, Event, Passage};
use minijinja::{Value, context};
use serde::Serialize;

use crate::escape;
use crate::i18n::{Strings, fill};
use crate::knowledge_index::{EventRef, KnowledgeIndex, authority_kind, record_of};
use crate::markdown;
use crate::mention_links::{BodyMention, MentionPlan};
use crate::timeline_svg::{self, TimelinePicture, TimelinePoint};
use crate::view::{DateView, LinkView};
use crate::{Page, RenderError, SiteRenderer};

/// Events shown per month in the front page's list for readers without scripts; the JSON
/// file the script reads has them all.
const ON_THIS_DAY_PER_MONTH: usize = 40;

/// Events a year's page lists, in timeline order; the rest are counted and left to the
/// articles' knowledge files. A year's page is rendered again whenever an article with an
/// event in that year is edited: its size must not grow with the archive.
const YEAR_EVENTS: usize = 100;

/// The knowledge pages of an archive: the timeline, one page per year with events, the index
/// of each kind of record and a page per record (every record, named or not: the set of pages
/// then depends on the authority files alone, and a record an editor wrote is worth a page).
///
/// After an article edit the driver compares this list for the archive before and after: when
/// it differs (a year gained its first event or lost its last), pages appeared or vanished and
/// the site must be rebuilt whole.
pub(crate) fn knowledge_pages(archive: &Archive, knowledge: &KnowledgeIndex) -> Vec<Page> {
    let mut pages = vec![Page::Timeline];
    pages.extend(knowledge.years.keys().map(|&year| Page::TimelineYear { year }));
    pages.extend(AuthorityKind::ALL.into_iter().map(|kind| Page::EntityIndex { kind }));
    pages.extend(archive.authorities.iter().map(|r| Page::Entity { kind: r.kind, id: r.id.clone() }));
    pages
}

/// An event in a list: on the timeline, on an entity page, on the front page.
#[derive(Debug, Serialize)]
pub(crate) struct EventView {
    /// The date in the site's language.
    pub(crate) date: DateView,
    /// The sentence as HTML, the date's words marked.
    pub(crate) sentence: Value,
    /// The article's language (the sentence's).
    pub(crate) lang: String,
    /// The article.
    pub(crate) article: LinkView,
    /// The exact place in the article.
    pub(crate) url: String,
    /// Whether it sits in a note.
    pub(crate) in_note: bool,
}

/// An event in an article's sidebar.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleEventView {
    /// The date, in the article's language.
    date: DateView,
    /// The words as written.
    expression: String,
    /// `#` and the place's id.
    href: String,
}

/// A named entity in an article's sidebar.
#[derive(Debug, Serialize)]
pub(crate) struct NamedView {
    /// The name.
    name: String,
    /// Its page, when it has a record.
    url: Option<String>,
    /// How often the article names it.
    count: usize,
}

/// The entities of one kind an article names.
#[derive(Debug, Serialize)]
pub(crate) struct NamedGroup {
    /// "Personen".
    title: &'static str,
    /// The entities, most named first.
    items: Vec<NamedView>,
}

/// What an article page shows of its knowledge (`article.knowledge`).
#[derive(Debug, Serialize)]
pub(crate) struct ArticleKnowledge {
    /// The events, in timeline order.
    events: Vec<ArticleEventView>,
    /// The timeline picture (SVG).
    svg: Option<Value>,
    /// People, organisations, places, periodicals named.
    groups: Vec<NamedGroup>,
}

/// A decade on the timeline overview.
#[derive(Debug, Serialize)]
struct DecadeView {
    label: String,
    count: String,
    years: Vec<YearView>,
}

#[derive(Debug, Serialize)]
struct YearView {
    year: i32,
    url: String,
    count: String,
}

/// A month of "on this day" for readers without scripts.
#[derive(Debug, Serialize)]
struct MonthView {
    /// `04`.
    number: String,
    name: &'static str,
    count: usize,
    days: Vec<DayView>,
    /// Events left out of the list (the timeline has them).
    more: usize,
}

#[derive(Debug, Serialize)]
struct DayView {
    /// `04-12`.
    key: String,
    label: String,
    events: Vec<EventView>,
}

/// The plural title of a kind ("Personen").
pub(crate) fn kind_title(kind: AuthorityKind, s: &Strings) -> &'static str {
    match kind {
        AuthorityKind::Person => s.people,
        AuthorityKind::Organisation => s.organisations,
        AuthorityKind::Place => s.places,
        AuthorityKind::Periodical => s.periodicals,
    }
}

/// `sentence` as HTML with the first occurrence of `expression` marked.
pub(crate) fn marked_sentence(sentence: &str, expression: &str) -> Value {
    let html = match sentence.find(expression).filter(|_| !expression.is_empty()) {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            escape::html(&sentence[..at]),
            escape::html(expression),
            escape::html(&sentence[at + expression.len()..])
        ),
        None => escape::html(sentence),
    };
    Value::from_safe_string(html)
}

impl SiteRenderer<'_> {
    /// The event `r` of the archive, with its entry.
    pub(crate) fn event(&self, r: EventRef) -> Option<(&Entry, &Event)> {
        let entry = self.archive.entries.get(r.entry)?;
        Some((entry, entry.knowledge.events.get(r.event)?))
    }

    /// An event as lists show it, its date in the site's language.
    pub(crate) fn event_view(&self, r: EventRef) -> Option<EventView> {
        let (entry, event) = self.event(r)?;
        Some(EventView {
            date: DateView::new(&event.date, self.strings),
            sentence: marked_sentence(&event.sentence, &event.expression),
            lang: entry.article.language.code().to_owned(),
            article: LinkView {
                title: markdown::plain_text(&entry.article.title),
                url: self.link(&entry.url_path()),
            },
            url: self.position_link(r.entry, &event.position),
            in_note: event.footnote.is_some(),
        })
    }

    /// The mentions of `entry` that may link to a record's page: body blocks only (not
    /// headings, titles or notes), in text order; the body links the first that fits.
    pub(crate) fn mention_plan(&self, entry: &Entry) -> MentionPlan {
        let mut plan = MentionPlan::new();
        for mention in &entry.knowledge.mentions {
            let Passage::Block { section, block, item } = mention.position.passage else { continue };
            let Some(record) = record_of(self.archive, mention) else { continue };
            plan.entry((section, block, item)).or_default().push(BodyMention {
                text: mention.text.clone(),
                start: mention.position.start,
                key: record.url_path(),
                href: self.link(&record.url_path()),
            });
        }
        plan
    }

    /// The sidebar and timeline picture of entry `index`, or `None` when it has no knowledge.
    pub(crate) fn article_knowledge(
        &self,
        index: usize,
        strings: &'static Strings,
    ) -> Option<ArticleKnowledge> {
        let entry = self.archive.entries.get(index)?;
        let k = &entry.knowledge;
        if k.events.is_empty() && k.mentions.is_empty() && k.entities.is_empty() {
            return None;
        }
        let anchors = self.anchors(index)?;
        let mut events: Vec<&Event> = k.events.iter().collect();
        events.sort_by_cached_key(|e| crate::knowledge_index::timeline_key(&e.date));
        let title = markdown::plain_text(&entry.article.title);
        let picture = TimelinePicture {
            id: format!("{}-timeline", entry.slug),
            title: fill(strings.timeline_of, &title),
            desc: timeline_desc(strings, strings.events, &events.iter().map(|e| e.date).collect::<Vec<_>>()),
            span: None,
            points: events
                .iter()
                .map(|e| TimelinePoint {
                    date: e.date,
                    label: format!("{} — {}", crate::date::human(&e.date, strings), e.expression),
                })
                .collect(),
        };
        let svg =
            if events.len() >= 2 { timeline_svg::draw(&picture).map(Value::from_safe_string) } else { None };
        let events = events
            .iter()
            .map(|e| ArticleEventView {
                date: DateView::new(&e.date, strings),
                expression: e.expression.clone(),
                href: format!("#{}", anchors.fragment(&e.position.passage)),
            })
            .collect();
        let mut groups = Vec::new();
        for kind in AuthorityKind::ALL {
            let mut items: Vec<NamedView> = k
                .entities
                .iter()
                .filter(|e| authority_kind(e.kind) == Some(kind))
                .map(|e| {
                    let record = e.id.as_deref().and_then(|id| self.archive.authorities.get(kind, id));
                    NamedView {
                        name: record.map_or_else(|| e.name.clone(), |r| r.name.clone()),
                        url: record.map(|r| self.link(&r.url_path())),
                        count: e.mentions,
                    }
                })
                .collect();
            // Entities lists are "most mentioned first"; keep that, names breaking ties.
            items.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            if !items.is_empty() {
                groups.push(NamedGroup { title: kind_title(kind, strings), items });
            }
        }
        Some(ArticleKnowledge { events, svg, groups })
    }

    /// The knowledge pages `entry` shows on: the timeline, its events' years, the records it
    /// names, their kinds' indexes and `knowledge.json`, the front page and the "on this day"
    /// files of its day-precise events. Only pages that exist now.
    pub(crate) fn knowledge_pages_of(&self, entry: &Entry) -> Vec<Page> {
        let mut pages = vec![Page::Timeline];
        let years: BTreeSet<i32> = entry.knowledge.events.iter().filter_map(|e| e.date.year()).collect();
        pages.extend(
            years
                .into_iter()
                .filter(|y| self.knowledge.years.contains_key(y))
                .map(|year| Page::TimelineYear { year }),
        );
        let mut kinds = BTreeSet::new();
        let mut records = BTreeSet::new();
        for mention in &entry.knowledge.mentions {
            if let Some(record) = record_of(self.archive, mention) {
                kinds.insert(record.kind);
                records.insert(Page::Entity { kind: record.kind, id: record.id.clone() });
            }
        }
        if !records.is_empty() {
            // Its mention counts.
            pages.push(Page::KnowledgeJson);
        }
        pages.extend(kinds.into_iter().map(|kind| Page::EntityIndex { kind }));
        pages.extend(records);
        // "On this day" lists the events dated to the day, on the front page and in the files
        // of their days.
        let days: BTreeSet<(u8, u8)> =
            entry.knowledge.events.iter().filter_map(|e| crate::knowledge_index::day_of(&e.date)).collect();
        if !days.is_empty() {
            pages.push(Page::Front);
        }
        pages.extend(days.into_iter().map(|(month, day)| Page::OnThisDay { month, day }));
        pages
    }

    /// `/timeline/`.
    pub(crate) fn timeline(&self) -> Result<Vec<u8>, RenderError> {
        let s = self.strings;
        let mut decades: Vec<DecadeView> = Vec::new();
        let mut decade_counts: Vec<usize> = Vec::new();
        for (&year, events) in &self.knowledge.years {
            let decade = year.div_euclid(10) * 10;
            let label = fill(s.decade, &decade.to_string());
            if decades.last().is_none_or(|d| d.label != label) {
                decades.push(DecadeView { label, count: String::new(), years: Vec::new() });
                decade_counts.push(0);
            }
            if let (Some(d), Some(c)) = (decades.last_mut(), decade_counts.last_mut()) {
                *c += events.len();
                d.years.push(YearView {
                    year,
                    url: self.link(&format!("/timeline/{year}/")),
                    count: count_events(s, events.len()),
                });
            }
        }
        for (d, c) in decades.iter_mut().zip(decade_counts) {
            d.count = count_events(s, c);
        }
        let total = count_events(s, self.knowledge.total);
        let meta = self.meta(s.timeline, Some(s.timeline_intro.to_owned()), "/timeline/", "website");
        self.template(
            "timeline.html",
            context! { page => meta, decades => decades, total => total, current => "timeline", current_page => true },
        )
    }

    /// `/timeline/<year>/`.
    pub(crate) fn timeline_year(&self, year: i32) -> Result<Vec<u8>, RenderError> {
        let s = self.strings;
        let indices = self
            .knowledge
            .years
            .get(&year)
            .ok_or_else(|| crate::renderer::no_such(format!("/timeline/{year}/")))?;
        let events: Vec<EventView> =
            indices.iter().take(YEAR_EVENTS).filter_map(|&r| self.event_view(r)).collect();
        let more = (indices.len() > YEAR_EVENTS)
            .then(|| fill(s.more_in_data, &(indices.len() - YEAR_EVENTS).to_string()));
        let prev = self
            .knowledge
            .years
            .range(..year)
            .next_back()
            .map(|(y, _)| LinkView { title: y.to_string(), url: self.link(&format!("/timeline/{y}/")) });
        let next = self
            .knowledge
            .years
            .range(year + 1..)
            .next()
            .map(|(y, _)| LinkView { title: y.to_string(), url: self.link(&format!("/timeline/{y}/")) });
        let title = format!("{} {year}", s.timeline);
        let meta = self.meta(&title, None, &format!("/timeline/{year}/"), "website");
        self.template(
            "timeline-year.html",
            context! {
                page => meta, year => year, events => events, count => count_events(s, indices.len()),
                prev => prev, next => next, timeline_url => self.link("/timeline/"), more => more,
                knowledge_json => self.link("/data/knowledge.json"),
                current => "timeline", current_page => false,
            },
        )
    }

    /// The front page's "on this day": every day-precise event by month and day, for the
    /// script to pick today's from and for readers without scripts to browse.
    pub(crate) fn on_this_day(&self) -> Vec<impl Serialize + use<'_>> {
        let s = self.strings;
        let mut months: Vec<MonthView> = Vec::new();
        for (&(month, day), indices) in &self.knowledge.days {
            let number = format!("{month:02}");
            if months.last().is_none_or(|m| m.number != number) {
                let name = s.months.get(usize::from(month) - 1).copied().unwrap_or("");
                months.push(MonthView { number: number.clone(), name, count: 0, days: Vec::new(), more: 0 });
            }
            let Some(m) = months.last_mut() else { continue };
            m.count += indices.len();
            let room = ON_THIS_DAY_PER_MONTH.saturating_sub(m.days.iter().map(|d| d.events.len()).sum());
            m.more += indices.len().saturating_sub(room);
            if room == 0 {
                continue;
            }
            let events: Vec<EventView> =
                indices.iter().take(room).filter_map(|&r| self.event_view(r)).collect();
            let name = s.months.get(usize::from(month) - 1).copied().unwrap_or("");
            m.days.push(DayView {
                key: format!("{number}-{day:02}"),
                label: format!("{day} {name}"),
                events,
            });
        }
        months
    }

    /// Sitemap entries of the knowledge pages.
    pub(crate) fn knowledge_sitemap_urls(&self) -> Vec<crate::sitemap::SitemapUrl> {
        knowledge_pages(self.archive, &self.knowledge)
            .into_iter()
            .filter_map(|page| {
                let path = match page {
                    Page::Timeline => "/timeline/".to_owned(),
                    Page::TimelineYear { year } => format!("/timeline/{year}/"),
                    Page::EntityIndex { kind } => format!("/{}/", kind.plural()),
                    Page::Entity { kind, id } => format!("/{}/{id}/", kind.plural()),
                    _ => return None,
                };
                Some(crate::sitemap::SitemapUrl { path, lastmod: None })
            })
            .collect()
    }
}

/// "12 gebeurtenissen".
pub(crate) fn count_events(s: &Strings, n: usize) -> String {
    if n == 1 { s.one_event.to_owned() } else { fill(s.event_count, &n.to_string()) }
}

/// "12 vermeldingen".
pub(crate) fn count_mentions(s: &Strings, n: usize) -> String {
    if n == 1 { s.one_mention.to_owned() } else { fill(s.mention_count, &n.to_string()) }
}

/// "Gebeurtenissen op een tijdas, van 1890 tot 1947."
pub(crate) fn timeline_desc(s: &Strings, what: &str, dates: &[Edtf]) -> String {
    let first = dates.iter().filter_map(Edtf::year).min();
    let last = dates.iter().filter_map(|d| d.end().or(d.start()).map(|d| d.year_value())).max();
    match (first, last) {
        (Some(a), Some(b)) => fill(&fill(&fill(s.timeline_desc, what), &a.to_string()), &b.to_string()),
        _ => what.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expression_is_marked_in_its_sentence() {
        let v = marked_sentence("In 1909 trok <hij> naar Parijs.", "1909");
        assert_eq!(v.as_str(), Some("In <mark>1909</mark> trok &lt;hij&gt; naar Parijs."));
        let v = marked_sentence("Geen datum & zo.", "1936");
        assert_eq!(v.as_str(), Some("Geen datum &amp; zo."));
    }
}
