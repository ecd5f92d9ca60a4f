use super::*;

#[test]
fn only_source_folders_trigger_rebuilds() {
    assert!(is_source(Path::new("content/archieven/a.md")));
    assert!(is_source(Path::new("kroniek.toml")));
    assert!(is_source(Path::new("templates/article.html")));
    assert!(!is_source(Path::new("public/index.html")));
    assert!(!is_source(Path::new("content/archieven/.a.md.swp")));
    assert!(!is_source(Path::new("content")));
}

fn archive_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::create_archive(&dir.path().join("a")).unwrap();
    dir
}

#[test]
fn editing_an_article_rerenders_its_pages_only() {
    let dir = archive_copy();
    let root = dir.path().join("a");
    let mut session = Session::open(ArchiveLocation::Dir(root.clone())).unwrap();
    let first = session.build().unwrap();
    assert!(first.full);
    let article = root.join("content/archief/eerste-artikel.md");
    let text = fs::read_to_string(&article).unwrap().replace("Een tussenkop", "Een nieuwe tussenkop");
    fs::write(&article, text).unwrap();
    let change = session.rebuild(&[fs::canonicalize(&article).unwrap()]).unwrap();
    assert!(!change.full, "an article edit must not rebuild everything");
    assert!(change.written.contains("archief/eerste-artikel/index.html"), "{change:?}");
    assert!(change.written.len() < first.written.len());
    let page = &session.current().unwrap().site.0["archief/eerste-artikel/index.html"];
    assert!(String::from_utf8_lossy(page).contains("Een nieuwe tussenkop"));
}

#[test]
fn a_broken_edit_keeps_the_last_good_site() {
    let dir = archive_copy();
    let root = dir.path().join("a");
    let mut session = Session::open(ArchiveLocation::Dir(root.clone())).unwrap();
    session.build().unwrap();
    let before = session.current().unwrap().site.clone();
    let article = root.join("content/archief/eerste-artikel.md");
    fs::write(&article, "+++\ntitle = \"x\"\npublished = \"1920-02-31\"\n+++\n").unwrap();
    let failed = session.rebuild(&[fs::canonicalize(&article).unwrap()]).unwrap_err();
    assert!(failed.diagnostics.iter().any(|d| d.is_error()));
    assert_eq!(session.current().unwrap().site, before);
}

/// A small archive for the differential test: two series, two articles to a page (so that
/// pagination, the front page's cut and the feeds' cut all fall inside it), shared dates.
struct Fixture {
    root: PathBuf,
}

const FIXTURE_CONFIG: &str = r#"title = "Proefarchief"
base_url = "https://proef.example/"
language = "nl"
publication = "Proef"
per_page = 2

[[series]]
id = "levens"
title = "Levens"

[[series]]
id = "boeken"
title = "Boeken"
"#;

const FIXTURE_PEOPLE: &str = r#"[anna-dekker]
name = "Anna Dekker"

[bert-jansen]
name = "Bert Jansen"
"#;

const DATES: [&str; 6] = ["1921", "1921-05", "1921-05-03", "1934-11-20", "1899", ""];

impl Fixture {
    fn new(dir: &Path) -> Self {
        let root = dir.join("proef");
        fs::create_dir_all(root.join("authorities")).unwrap();
        fs::write(root.join("kroniek.toml"), FIXTURE_CONFIG).unwrap();
        fs::write(root.join("authorities/people.toml"), FIXTURE_PEOPLE).unwrap();
        let fixture = Self { root: fs::canonicalize(&root).unwrap() };
        for n in 0..9 {
            let series = if n % 3 == 0 { "boeken" } else { "levens" };
            fixture.write_article(
                series,
                &format!("stuk-{n}"),
                &format!("Stuk {n}"),
                DATES[n % 6],
                "Begin",
                "",
            );
        }
        fixture
    }

    fn path(&self, series: &str, name: &str) -> PathBuf {
        self.root.join("content").join(series).join(format!("{name}.md"))
    }

    fn write_article(&self, series: &str, name: &str, title: &str, date: &str, heading: &str, extra: &str) {
        let published = if date.is_empty() { String::new() } else { format!("published = \"{date}\"\n") };
        // Knowledge that changes with the edit: events (one to the day) and named records, so
        // that the timeline, record pages and "on this day" files are rebuilt in part too.
        let dated = match date {
            "" => "Bert Jansen schreef terug.".to_owned(),
            "1934-11-20" => "Op 20 november 1934 sprak Anna Dekker in Gent.".to_owned(),
            d => format!("In {} schreef Anna Dekker aan Bert Jansen.", d.get(..4).unwrap_or("1921")),
        };
        let text = format!(
            "+++\ntitle = \"{title}\"\n{published}subjects = [\"anna-dekker\"]\n{extra}+++\n\n\
             Een eerste alinea over {title}.[^1]\n\n## {heading}\n\nMeer tekst. {dated}\n\n\
             [^1]: Een noot bij {title}.\n"
        );
        let path = self.path(series, name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// The site a build from scratch makes of the archive as it is on disk now.
    fn clean_build(&self) -> Result<Compiled, Failed> {
        let sources = ArchiveLocation::Dir(self.root.clone()).read().unwrap();
        compile_cached(&sources, &mut kroniek_source::ArticleCache::new(), None)
    }
}

/// A small deterministic generator (the test must give the same edits on every run).
struct Steps(u64);

impl Steps {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % below as u64).unwrap()
    }
}

/// Issue 9's invariant: after any sequence of edits, the site served incrementally is the
/// site a clean build makes of the same sources, byte for byte, with the same warnings; an
/// edit that breaks the archive is refused by both and keeps the last good site.
#[test]
fn incremental_rebuilds_equal_a_clean_build_after_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Fixture::new(dir.path());
    let mut session = Session::open(ArchiveLocation::Dir(fixture.root.clone())).unwrap();
    session.build().unwrap();
    let mut steps = Steps(7);
    let mut partial = 0;
    let mut names: Vec<(String, String)> = (0..9)
        .map(|n| ((if n % 3 == 0 { "boeken" } else { "levens" }).to_owned(), format!("stuk-{n}")))
        .collect();
    for step in 0..60 {
        let (series, name) = names[steps.next(names.len())].clone();
        let title = format!("Stuk {name}");
        let date = DATES[steps.next(DATES.len())];
        let mut changed = vec![fixture.path(&series, &name)];
        let what = steps.next(10);
        match what {
            // A heading renamed: the article and the pages that list it.
            0..=2 => fixture.write_article(&series, &name, &title, "1921", &format!("Kop {step}"), ""),
            // A new date: the article moves, and the ones it passes shift.
            3 | 4 => fixture.write_article(&series, &name, &title, date, "Begin", ""),
            // A new title and summary: every card of it changes.
            5 => fixture.write_article(
                &series,
                &name,
                &format!("Herzien {step}"),
                "1921-05",
                "Begin",
                "summary = \"Nieuw.\"\n",
            ),
            // A broken date: refused, then the next edit of it repairs it.
            6 => fixture.write_article(&series, &name, &title, "1921-02-31", "Begin", ""),
            // A new article, or one removed.
            7 => {
                let new = format!("nieuw-{step}");
                fixture.write_article(&series, &new, "Nieuw", date, "Begin", "");
                changed = vec![fixture.path(&series, &new)];
                names.push((series.clone(), new));
            }
            8 if names.len() > 3 => {
                fs::remove_file(fixture.path(&series, &name)).unwrap();
                names.retain(|n| n != &(series.clone(), name.clone()));
            }
            // Two articles at once, one of them another URL.
            _ => {
                let (other_series, other) = names[steps.next(names.len())].clone();
                fixture.write_article(&series, &name, &title, date, "Tweede", "");
                fixture.write_article(
                    &other_series,
                    &other,
                    "Ander",
                    "1934-11-20",
                    "Begin",
                    &format!("slug = \"{other}-{step}\"\n"),
                );
                changed.push(fixture.path(&other_series, &other));
            }
        }
        if what == 6 {
            // The broken edit is refused by both; then it is repaired.
            assert_matches_clean_build(&mut session, &fixture, &changed, step);
            fixture.write_article(&series, &name, &title, date, "Hersteld", "");
        }
        partial += usize::from(assert_matches_clean_build(&mut session, &fixture, &changed, step));
    }
    assert!(partial > 30, "most edits must take the partial path ({partial} of 60 did)");
    // The edits went through the knowledge pages, not around them.
    let site = &session.current().unwrap().site;
    let record = site.text("people/anna-dekker/index.html").unwrap_or_default();
    assert!(record.contains("class=\"mention-link\""), "{record}");
    assert!(site.0.keys().any(|p| p.starts_with("timeline/19")), "the fixture has dated events");

    // And the written site is the served one.
    fixture.write_article("levens", "stuk-1", "Stuk 1", "1921", "Laatste", "");
    session.rebuild(&[fixture.path("levens", "stuk-1")]).unwrap();
    let out = dir.path().join("public");
    crate::build(&ArchiveLocation::Dir(fixture.root.clone()).read().unwrap(), &out, None).unwrap();
    let site = &session.current().unwrap().site;
    for (path, bytes) in &site.0 {
        assert!(fs::read(out.join(path)).unwrap() == *bytes, "{path} differs on disk");
    }
}

/// Rebuilds after `changed` and checks the result against a clean build; whether the rebuild
/// was a partial one.
fn assert_matches_clean_build(
    session: &mut Session,
    fixture: &Fixture,
    changed: &[PathBuf],
    step: usize,
) -> bool {
    let before = session.current().unwrap().site.clone();
    let incremental = session.rebuild(changed);
    match (fixture.clean_build(), incremental) {
        (Ok(clean), Ok(change)) => {
            let served = session.current().unwrap();
            assert!(served.site == clean.site, "step {step}: the sites differ");
            assert_eq!(served.warnings, clean.warnings, "step {step}");
            assert_eq!(served.archive, clean.archive, "step {step}");
            !change.full
        }
        (Err(clean), Err(incremental)) => {
            assert_eq!(clean.diagnostics, incremental.diagnostics, "step {step}");
            assert!(session.current().unwrap().site == before, "step {step}: the last good site must stay");
            false
        }
        (clean, incremental) => {
            panic!("step {step}: clean build ok {}, incremental ok {}", clean.is_ok(), incremental.is_ok())
        }
    }
}
