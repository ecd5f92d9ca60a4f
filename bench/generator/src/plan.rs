//! The plan of a whole archive, decided before any article is written: its series, its
//! authority records, and for every article its series, language, subject, cast, title and
//! unique slug. Bodies are then written from the plan in any order, in parallel.

use std::collections::HashSet;

use crate::authorities::Authorities;
use crate::date_phrase::RecordDate;
use crate::language::Language;
use crate::origin::{Origin, slug};
use crate::prose::{Cast, ProseWriter};
use crate::rng::Rng;

/// A series of the archive (`[[series]]` in kroniek.toml).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Series {
    /// URL segment and folder name.
    pub(crate) id: &'static str,
    /// Display title.
    pub(crate) title: &'static str,
    /// One sentence about it.
    pub(crate) description: &'static str,
}

/// Every series an archive may have; a seed picks three to five.
const SERIES: &[Series] = &[
    Series {
        id: "archieven",
        title: "Uit de archieven van de klassenstrijd",
        description: "Biografieën en episodes uit de geschiedenis van de arbeidersbeweging.",
    },
    Series {
        id: "portretten",
        title: "Portretten",
        description: "Levens van militanten, bekend en vergeten.",
    },
    Series {
        id: "stakingen",
        title: "Stakingen en strijd",
        description: "Grote en kleine conflicten in mijnen, havens en fabrieken.",
    },
    Series {
        id: "internationaal",
        title: "Internationale solidariteit",
        description: "Over grenzen heen: ballingen, congressen en brigades.",
    },
    Series {
        id: "vrouwen",
        title: "Vrouwen in de beweging",
        description: "Militantes, vakbondsvrouwen en feministes.",
    },
    Series {
        id: "pers",
        title: "Pers en propaganda",
        description: "Kranten, brochures en de mensen die ze maakten.",
    },
    Series {
        id: "herdenkingen",
        title: "Herdenkingen",
        description: "Verjaardagen en jubilea uit de geschiedenis van de beweging.",
    },
];

/// Everything decided about one article before its body is written.
#[derive(Debug)]
pub(crate) struct ArticlePlan {
    /// Index into `ArchivePlan::series`.
    pub(crate) series: usize,
    /// File name without `.md`, unique within the series.
    pub(crate) slug: String,
    /// The language it is written in.
    pub(crate) language: Language,
    /// Index of the person it is about.
    pub(crate) subject: usize,
    /// Indices of other people it mentions.
    pub(crate) people: Vec<usize>,
    /// Indices of organisations it mentions.
    pub(crate) organisations: Vec<usize>,
    /// Indices of places it mentions.
    pub(crate) places: Vec<usize>,
    /// Indices of periodicals it mentions.
    pub(crate) periodicals: Vec<usize>,
    /// Title.
    pub(crate) title: String,
    /// Subtitle.
    pub(crate) subtitle: String,
    /// One-sentence summary.
    pub(crate) summary: String,
    /// Indices into `ArchivePlan::authors`.
    pub(crate) authors: Vec<usize>,
    /// Date of publication (a full day).
    pub(crate) published: RecordDate,
    /// Authority ids the article is about: the subject, an organisation, maybe a place.
    pub(crate) subjects: Vec<String>,
}

/// The whole archive's plan.
#[derive(Debug)]
pub(crate) struct ArchivePlan {
    /// The seed everything derives from.
    pub(crate) seed: u64,
    /// The archive's series.
    pub(crate) series: Vec<Series>,
    /// The authority records.
    pub(crate) authorities: Authorities,
    /// Names of the archive's present-day authors (also cited as historians).
    pub(crate) authors: Vec<String>,
    /// One plan per article, in index order.
    pub(crate) articles: Vec<ArticlePlan>,
}

/// Stream numbers for `Rng::for_stream`.
const STREAM_ARCHIVE: u64 = 10;
const STREAM_ARTICLE_PLAN: u64 = 11;

impl ArchivePlan {
    /// Plans an archive of `articles` articles.
    pub(crate) fn new(seed: u64, articles: usize) -> Self {
        let authorities = Authorities::generate(seed, articles);
        let mut rng = Rng::for_stream(seed, STREAM_ARCHIVE, 0);

        let mut series: Vec<Series> = SERIES.to_vec();
        rng.shuffle(&mut series);
        series.truncate(rng.range(3, 5) as usize);

        let authors = author_names(&mut rng, 60);

        // Every person is the subject of an article before anyone gets a second one.
        let mut subjects: Vec<usize> = (0..authorities.people.len()).collect();
        rng.shuffle(&mut subjects);

        let mut organisations_by_country = vec![Vec::new(); authorities.places.len()];
        for (i, org) in authorities.organisations.iter().enumerate() {
            organisations_by_country[org.country].push(i);
        }

        let mut plan = Self { seed, series, authorities, authors, articles: Vec::with_capacity(articles) };
        let mut slugs: HashSet<String> = HashSet::with_capacity(articles);
        for index in 0..articles {
            let subject = subjects[index % subjects.len()];
            let first_about_subject = index < subjects.len();
            let article =
                plan.plan_article(index, subject, first_about_subject, &organisations_by_country, &mut slugs);
            plan.articles.push(article);
        }
        plan
    }

    fn plan_article(
        &self,
        index: usize,
        subject: usize,
        first_about_subject: bool,
        organisations_by_country: &[Vec<usize>],
        slugs: &mut HashSet<String>,
    ) -> ArticlePlan {
        let a = &self.authorities;
        let mut rng = Rng::for_stream(self.seed, STREAM_ARTICLE_PLAN, index as u64);
        let person = &a.people[subject];
        let language = Language::ALL[rng.weighted(&language_weights(person.origin))];

        let series = if person.female && rng.percent(50) {
            self.series.iter().position(|s| s.id == "vrouwen").unwrap_or_else(|| rng.below(self.series.len()))
        } else {
            rng.below(self.series.len())
        };

        let home = a.country_of(person.born_in);
        let mut places = vec![person.born_in];
        if let Some(died_in) = person.died_in {
            push_distinct(&mut places, died_in);
        }
        for _ in 0..rng.range(3, 4) {
            let local = a.cities_of(home);
            let place =
                if !local.is_empty() && rng.percent(60) { *rng.pick(local) } else { *rng.pick(a.cities()) };
            push_distinct(&mut places, place);
        }

        let mut people = Vec::new();
        let wanted = rng.range(4, 6) as usize;
        for _ in 0..40 {
            if people.len() == wanted {
                break;
            }
            let other = rng.below(a.people.len());
            if other != subject && a.people[other].contemporary_of(person) {
                push_distinct(&mut people, other);
            }
        }
        while people.len() < wanted.min(a.people.len() - 1) {
            let other = rng.below(a.people.len());
            if other != subject {
                push_distinct(&mut people, other);
            }
        }

        // Organisations and papers that existed during the subject's active life, if any do.
        let (active_start, active_end) = (person.born.year + 15, person.end_year());
        let existed = |founded: i32, dissolved: Option<RecordDate>| {
            founded <= active_end - 5 && dissolved.is_none_or(|d| d.year >= active_start)
        };
        let mut organisations = Vec::new();
        let wanted = rng.range(2, 4) as usize;
        for attempt in 0..40 {
            if organisations.len() == wanted {
                break;
            }
            let local = &organisations_by_country[home];
            let org = if !local.is_empty() && rng.percent(60) {
                *rng.pick(local)
            } else {
                rng.below(a.organisations.len())
            };
            let o = &a.organisations[org];
            if attempt >= 30 || existed(o.founded.year, o.dissolved) {
                push_distinct(&mut organisations, org);
            }
        }

        let mut periodicals = Vec::new();
        let wanted = rng.range(1, 3) as usize;
        for attempt in 0..40 {
            if periodicals.len() == wanted {
                break;
            }
            let paper = rng.below(a.periodicals.len());
            let p = &a.periodicals[paper];
            let fits = p.language == language.code() && existed(p.founded.year, p.dissolved);
            if fits || (attempt >= 20 && rng.percent(30)) {
                push_distinct(&mut periodicals, paper);
            }
        }
        if periodicals.is_empty() {
            periodicals.push(rng.below(a.periodicals.len()));
        }

        let authors = if rng.percent(85) {
            vec![rng.below(self.authors.len())]
        } else {
            let first = rng.below(self.authors.len());
            let second = (first + 1 + rng.below(self.authors.len() - 1)) % self.authors.len();
            vec![first, second]
        };
        let published_year = rng.range(2004, 2024);
        let published = RecordDate::random_day(&mut rng, published_year);

        let mut subjects = vec![person.id.clone()];
        if let Some(&org) = organisations.first() {
            subjects.push(a.organisations[org].id.clone());
        }
        if rng.percent(50) {
            subjects.push(a.places[person.born_in].id.clone());
        }

        let cast = Cast::from_indices(a, subject, &people, &organisations, &places, &periodicals);
        let mut writer = ProseWriter::new(rng, language, cast, &self.authors);
        let book = writer.book();
        let born = person.born.year;
        writer.set_window(born + 20, person.end_year());
        let title_pool =
            if first_about_subject && person.died.is_some() { book.titles_first } else { book.titles_more };
        let template = *writer.rng.pick(title_pool);
        let title = writer.sentence(template);
        let template = *writer.rng.pick(book.subtitles);
        let subtitle = writer.sentence(template);
        let template = *writer.rng.pick(book.summaries);
        let summary = writer.sentence(template);

        let slug = unique_slug(slugs, self.series[series].id, &title);
        ArticlePlan {
            series,
            slug,
            language,
            subject,
            people,
            organisations,
            places,
            periodicals,
            title,
            subtitle,
            summary,
            authors,
            published,
            subjects,
        }
    }
}

/// Dutch dominates; a French- or English-speaking subject makes that language likelier.
fn language_weights(origin: Origin) -> [u32; 3] {
    match origin {
        Origin::Walloon | Origin::French => [50, 42, 8],
        Origin::British => [50, 8, 42],
        _ => [78, 11, 11],
    }
}

fn push_distinct(list: &mut Vec<usize>, item: usize) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A slug from the title, at most 60 characters cut at a hyphen, made unique in its series
/// with "-2", "-3", …
fn unique_slug(taken: &mut HashSet<String>, series: &str, title: &str) -> String {
    let mut base = slug(title);
    if base.len() > 60 {
        let cut = base[..60].rfind('-').unwrap_or(60);
        base.truncate(cut);
    }
    if base.is_empty() {
        base.push_str("artikel");
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while !taken.insert(format!("{series}/{candidate}")) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// Present-day authors of the archive's articles, Flemish and Dutch names.
fn author_names(rng: &mut Rng, count: usize) -> Vec<String> {
    let mut names = Vec::with_capacity(count);
    let mut seen = HashSet::new();
    while names.len() < count {
        let origin = if rng.percent(65) { Origin::Flemish } else { Origin::Dutch };
        let first =
            if rng.percent(35) { *rng.pick(origin.female_names()) } else { *rng.pick(origin.male_names()) };
        let name = format!("{first} {}", rng.pick(origin.surnames()));
        if seen.insert(name.clone()) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::ArchivePlan;
    use std::collections::HashSet;

    #[test]
    fn slugs_are_unique_per_series_and_subjects_exist() {
        let plan = ArchivePlan::new(5, 3000);
        assert!((3..=5).contains(&plan.series.len()));
        let mut seen = HashSet::new();
        let a = &plan.authorities;
        let ids: HashSet<&str> = a
            .people
            .iter()
            .map(|p| p.id.as_str())
            .chain(a.organisations.iter().map(|o| o.id.as_str()))
            .chain(a.places.iter().map(|p| p.id.as_str()))
            .chain(a.periodicals.iter().map(|p| p.id.as_str()))
            .collect();
        for article in &plan.articles {
            assert!(seen.insert((article.series, article.slug.clone())), "{}", article.slug);
            assert!(article.slug.len() <= 60);
            assert!(article.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            for subject in &article.subjects {
                assert!(ids.contains(subject.as_str()), "{subject}");
            }
            assert!(!article.title.contains('{'), "{}", article.title);
        }
    }

    #[test]
    fn languages_are_mostly_dutch() {
        let plan = ArchivePlan::new(8, 2000);
        let dutch = plan.articles.iter().filter(|a| a.language == crate::language::Language::Nl).count();
        assert!(dutch > 1000 && dutch < 1800, "{dutch}");
    }
}
