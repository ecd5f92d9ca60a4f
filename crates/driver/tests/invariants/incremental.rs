//! Property: after any sequence of edits — headings, dates that move an article, new titles,
//! broken sources and their repair, articles added, removed, renamed to another URL, several
//! at once — the site `serve` keeps up to date incrementally is the site a clean build makes of
//! the same files, byte for byte, with the same warnings; a broken edit is refused by both and
//! keeps the last good site. (The seeded test in `src/session/tests.rs` walks one long fixed
//! sequence; this one lets proptest choose and shrink the sequences.)

use std::fs;
use std::path::{Path, PathBuf};

use kroniek_driver::{ArchiveLocation, Session, compile_cached};
use kroniek_source::ArticleCache;
use proptest::prelude::*;

const CONFIG: &str = "title = \"Proef\"\nbase_url = \"https://proef.example/\"\nlanguage = \"nl\"\n\
per_page = 2\n\n[[series]]\nid = \"levens\"\ntitle = \"Levens\"\n\n[[series]]\nid = \"boeken\"\ntitle = \"Boeken\"\n";
const PEOPLE: &str = "[anna-dekker]\nname = \"Anna Dekker\"\n\n[bert-jansen]\nname = \"Bert Jansen\"\n";
const DATES: [&str; 6] = ["1921", "1921-05", "1921-05-03", "1934-11-20", "1899", ""];
const SERIES: [&str; 2] = ["levens", "boeken"];

/// One edit; numbers pick an article (modulo how many there are) or a date.
#[derive(Debug, Clone)]
enum Edit {
    Heading(usize, u8),
    Date(usize, usize),
    Retitle(usize, u8),
    /// An impossible date: refused, then repaired by the next step.
    Break(usize),
    Add(usize, usize),
    Remove(usize),
    /// Two articles at once, the second moved to another URL by a `slug`.
    Two(usize, usize, u8),
    /// A new person: every page is rendered again.
    Authorities(u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<usize>(), any::<u8>()).prop_map(|(a, n)| Edit::Heading(a, n)),
        3 => (any::<usize>(), 0..DATES.len()).prop_map(|(a, d)| Edit::Date(a, d)),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(a, n)| Edit::Retitle(a, n)),
        1 => any::<usize>().prop_map(Edit::Break),
        1 => (0..SERIES.len(), 0..DATES.len()).prop_map(|(s, d)| Edit::Add(s, d)),
        1 => any::<usize>().prop_map(Edit::Remove),
        1 => (any::<usize>(), any::<usize>(), any::<u8>()).prop_map(|(a, b, n)| Edit::Two(a, b, n)),
        1 => any::<u8>().prop_map(Edit::Authorities),
    ]
}

struct Archive {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// (series, name) of every article there now.
    articles: Vec<(String, String)>,
    added: usize,
}

impl Archive {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temp dir");
        let root = dir.path().join("proef");
        fs::create_dir_all(root.join("authorities")).expect("a folder");
        fs::write(root.join("kroniek.toml"), CONFIG).expect("written");
        fs::write(root.join("authorities/people.toml"), PEOPLE).expect("written");
        let root = fs::canonicalize(&root).expect("a real path");
        let mut archive = Self { _dir: dir, root, articles: Vec::new(), added: 0 };
        for n in 0..7 {
            let series = SERIES[n % 2].to_owned();
            let name = format!("stuk-{n}");
            archive.write(&series, &name, &format!("Stuk {n}"), DATES[n % DATES.len()], "Begin", "");
            archive.articles.push((series, name));
        }
        archive
    }

    fn path(&self, series: &str, name: &str) -> PathBuf {
        self.root.join("content").join(series).join(format!("{name}.md"))
    }

    fn write(
        &self,
        series: &str,
        name: &str,
        title: &str,
        date: &str,
        heading: &str,
        extra: &str,
    ) -> PathBuf {
        let published = if date.is_empty() { String::new() } else { format!("published = \"{date}\"\n") };
        let text = format!(
            "+++\ntitle = \"{title}\"\n{published}subjects = [\"anna-dekker\"]\n{extra}+++\n\n\
             {title} sprak Bert Jansen in 1921.[^1]\n\n## {heading}\n\nMeer.\n\n[^1]: Bij {title}.\n"
        );
        let path = self.path(series, name);
        fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
        fs::write(&path, text).expect("written");
        path
    }

    fn pick(&self, n: usize) -> (String, String) {
        self.articles[n % self.articles.len()].clone()
    }

    /// Applies `edit`; the files it changed, and whether it broke the archive.
    fn apply(&mut self, edit: &Edit, step: usize) -> (Vec<PathBuf>, bool) {
        match *edit {
            Edit::Heading(a, n) => {
                let (s, name) = self.pick(a);
                (vec![self.write(&s, &name, &format!("Stuk {name}"), "1921", &format!("Kop {n}"), "")], false)
            }
            Edit::Date(a, d) => {
                let (s, name) = self.pick(a);
                (vec![self.write(&s, &name, &format!("Stuk {name}"), DATES[d], "Begin", "")], false)
            }
            Edit::Retitle(a, n) => {
                let (s, name) = self.pick(a);
                (
                    vec![self.write(
                        &s,
                        &name,
                        &format!("Herzien {n}"),
                        "1921-05",
                        "Begin",
                        "summary = \"Nieuw.\"\n",
                    )],
                    false,
                )
            }
            Edit::Break(a) => {
                let (s, name) = self.pick(a);
                (vec![self.write(&s, &name, "Stuk", "1921-02-31", "Begin", "")], true)
            }
            Edit::Add(s, d) => {
                self.added += 1;
                let name = format!("nieuw-{step}-{}", self.added);
                let path = self.write(SERIES[s], &name, "Nieuw", DATES[d], "Begin", "");
                self.articles.push((SERIES[s].to_owned(), name));
                (vec![path], false)
            }
            Edit::Remove(a) if self.articles.len() > 2 => {
                let (s, name) = self.pick(a);
                let path = self.path(&s, &name);
                fs::remove_file(&path).expect("removed");
                self.articles.retain(|x| x != &(s.clone(), name.clone()));
                (vec![path], false)
            }
            Edit::Remove(a) => self.apply(&Edit::Heading(a, 0), step),
            Edit::Two(a, b, n) => {
                let (s, name) = self.pick(a);
                let (t, other) = self.pick(b);
                let first = self.write(&s, &name, &format!("Stuk {name}"), "1934-11-20", "Tweede", "");
                let slug = format!("slug = \"{other}-{n}\"\n");
                let second = self.write(&t, &other, "Ander", "1899", "Begin", &slug);
                (vec![first, second], false)
            }
            Edit::Authorities(n) => {
                let path = self.root.join("authorities/people.toml");
                fs::write(&path, format!("{PEOPLE}\n[persoon-{n}]\nname = \"Persoon {n}\"\n"))
                    .expect("written");
                (vec![path], false)
            }
        }
    }
}

/// Rebuilds after `changed` and compares with a clean build of the files as they are now.
fn check(session: &mut Session, root: &Path, changed: &[PathBuf], step: usize) -> Result<(), TestCaseError> {
    let before = session.current().expect("a last good build").site.clone();
    let incremental = session.rebuild(changed);
    let sources = ArchiveLocation::Dir(root.to_path_buf()).read().expect("readable");
    match (compile_cached(&sources, &mut ArticleCache::new(), None), incremental) {
        (Ok(clean), Ok(_)) => {
            let served = session.current().expect("a build");
            prop_assert!(served.site == clean.site, "step {}: the sites differ", step);
            prop_assert_eq!(&served.warnings, &clean.warnings, "step {}", step);
            prop_assert_eq!(&served.archive, &clean.archive, "step {}", step);
        }
        (Err(clean), Err(incremental)) => {
            prop_assert_eq!(clean.diagnostics, incremental.diagnostics, "step {}", step);
            prop_assert!(
                session.current().expect("kept").site == before,
                "step {}: the last good site must stay",
                step
            );
        }
        (clean, incremental) => {
            prop_assert!(
                false,
                "step {}: clean build ok {}, incremental ok {}",
                step,
                clean.is_ok(),
                incremental.is_ok()
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn incremental_rebuilds_equal_a_clean_build_after_any_edits(edits in prop::collection::vec(edit(), 1..10)) {
        let mut archive = Archive::new();
        let mut session = Session::open(ArchiveLocation::Dir(archive.root.clone())).expect("opens");
        session.build().expect("the first build");
        for (step, edit) in edits.iter().enumerate() {
            let (changed, broke) = archive.apply(edit, step);
            check(&mut session, &archive.root, &changed, step)?;
            if broke {
                let (changed, _) = archive.apply(&Edit::Heading(0, 1), step);
                let mut repaired = changed;
                // The broken file itself is rewritten whole by the repair below.
                if let Edit::Break(a) = edit {
                    let (s, name) = archive.pick(*a);
                    repaired.push(archive.write(&s, &name, &format!("Stuk {name}"), "1921", "Hersteld", ""));
                }
                check(&mut session, &archive.root, &repaired, step)?;
            }
        }
    }
}
