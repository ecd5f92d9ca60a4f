use std::fs;
use std::path::{Path, PathBuf};

use super::*;

const CONFIG: &str = "title = \"Rode Vaan\"\nbase_url = \"https://example.org/\"\nlanguage = \"nl\"\n\n[[series]]\nid = \"archieven\"\ntitle = \"Uit de archieven\"\n";

fn page(title: &str) -> String {
    format!(
        "Uit de archieven. {title}. Een ondertitel\n\nDe eerste alinea vertelt hoe alles begon, in een kleine stad aan de rivier.\n\ndoor Anna Peeters\n\nDe tweede alinea vertelt hoe het verder ging, jaren later en elders.\n"
    )
}

/// An archive at `<tmp>/archive` and pages at `<tmp>/<name>`.
fn setup(pages: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    fs::create_dir_all(root.join("content")).unwrap();
    fs::write(root.join("kroniek.toml"), CONFIG).unwrap();
    let paths = pages
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            fs::write(&path, text).unwrap();
            path
        })
        .collect();
    (dir, root, paths)
}

fn job(root: &Path, existing: ExistingSources, mode: ImportMode) -> ImportJob {
    ImportJob::open(root, None, existing, mode).unwrap()
}

fn outcomes(reports: &[PageReport]) -> Vec<String> {
    reports
        .iter()
        .map(|r| match &r.outcome {
            PageOutcome::Imported(page) => format!("imported {}", page.target.display()),
            PageOutcome::AlreadyImported { article } => format!("skipped {}", article.display()),
            PageOutcome::Failed(failure) => format!("failed: {failure}"),
        })
        .collect()
}

#[test]
fn copies_in_one_run_are_one_article_and_a_second_title_clash_fails() {
    let same = page("Een leven");
    let mut other = page("Een leven");
    other.push_str("\nEen alinea die de eerste pagina niet heeft, over de laatste jaren.\n");
    let (_dir, root, pages) = setup(&[("a.txt", &same), ("b.txt", &same), ("c.txt", &other)]);
    let reports = job(&root, ExistingSources::Keep, ImportMode::Write).run(&pages, &|| {});
    let expected_target = Path::new("content").join("archieven").join("een-leven.md");
    assert_eq!(
        outcomes(&reports),
        [
            format!("imported {}", expected_target.display()),
            format!("skipped {}", expected_target.display()),
            format!(
                "failed: {} was already made from {} in this import; rename one of the pages' titles",
                expected_target.display(),
                pages[0].display()
            ),
        ]
    );
    assert!(root.join(&expected_target).is_file());
}

#[test]
fn a_url_claimed_by_another_file_is_refused_even_when_forced() {
    let (_dir, root, pages) = setup(&[("a.txt", &page("Een leven"))]);
    fs::create_dir_all(root.join("content/archieven")).unwrap();
    fs::write(root.join("content/archieven/ander.md"), "+++\ntitle = \"x\"\nslug = \"een-leven\"\n+++\n")
        .unwrap();
    let reports = job(&root, ExistingSources::Replace, ImportMode::Write).run(&pages, &|| {});
    let [report] = reports.as_slice() else { panic!("one report") };
    assert!(
        matches!(&report.outcome, PageOutcome::Failed(PageFailure::UrlTaken { owner, .. }) if owner.ends_with("ander.md")),
        "{:?}",
        outcomes(&reports)
    );
    assert!(!root.join("content/archieven/een-leven.md").exists());
}

#[test]
fn force_imports_a_known_page_again_and_a_dry_run_writes_nothing() {
    let (_dir, root, pages) = setup(&[("a.txt", &page("Een leven"))]);
    let target = root.join("content/archieven/een-leven.md");
    let dry = job(&root, ExistingSources::Keep, ImportMode::DryRun).run(&pages, &|| {});
    assert!(matches!(dry[0].outcome, PageOutcome::Imported(_)));
    assert!(!target.exists() && !root.join("content/archieven").exists());

    job(&root, ExistingSources::Keep, ImportMode::Write).run(&pages, &|| {});
    fs::write(
        &target,
        fs::read_to_string(&target).unwrap().replace("De eerste alinea", "Een bewerkte alinea"),
    )
    .unwrap();
    let again = job(&root, ExistingSources::Keep, ImportMode::Write).run(&pages, &|| {});
    assert_eq!(
        outcomes(&again),
        [format!("skipped {}", Path::new("content/archieven/een-leven.md").display())]
    );
    let forced = job(&root, ExistingSources::Replace, ImportMode::Write).run(&pages, &|| {});
    assert!(matches!(&forced[0].outcome, PageOutcome::Imported(page) if page.replaced));
    assert!(fs::read_to_string(&target).unwrap().contains("De eerste alinea"));
}

#[test]
fn every_page_is_counted_for_the_progress_bar() {
    let (_dir, root, pages) = setup(&[("a.txt", &page("Een")), ("b.txt", ""), ("c.txt", &page("Twee"))]);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let reports = job(&root, ExistingSources::Keep, ImportMode::DryRun).run(&pages, &|| {
        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(done.into_inner(), 3);
    assert!(matches!(reports[1].outcome, PageOutcome::Failed(PageFailure::Import(ImportError::Empty))));
}

#[test]
fn the_archive_must_be_valid_and_the_series_declared() {
    let (dir, root, _) = setup(&[]);
    let not_archive = ImportJob::open(dir.path(), None, ExistingSources::Keep, ImportMode::Write);
    assert!(matches!(not_archive, Err(ImportSetupError::Archive(DriverError::NotAnArchive(_)))));
    let unknown = ImportJob::open(&root, Some("verhalen"), ExistingSources::Keep, ImportMode::Write);
    assert!(matches!(unknown, Err(ImportSetupError::UnknownSeries { ref id, .. }) if id == "verhalen"));
    fs::write(root.join("kroniek.toml"), "title = 3\n").unwrap();
    let broken = ImportJob::open(&root, None, ExistingSources::Keep, ImportMode::Write);
    assert!(matches!(broken, Err(ImportSetupError::Config(ref d)) if !d.is_empty()));
}

#[test]
fn the_hash_names_its_algorithm_and_differences_are_named() {
    let hash = content_hash(b"abc");
    assert!(hash.starts_with("xxh3:") && hash.len() == 5 + 32, "{hash}");
    assert_ne!(hash, content_hash(b"abd"));
    let article = Article::new("Titel", kroniek_model::Language::dutch());
    let mut other = article.clone();
    other.subtitle = Some("x".into());
    other.works.push(kroniek_model::Work { title: "w".into(), date: None, group: None });
    assert_eq!(differences(&article, &other), ["subtitle", "works"]);
    assert!(differences(&article, &article).is_empty());
}
