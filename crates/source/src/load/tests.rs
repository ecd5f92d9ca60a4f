use super::*;

const CONFIG: &str = "title = \"Archief\"\nbase_url = \"https://example.org/\"\nlanguage = \"nl\"\n\n[[series]]\nid = \"a\"\ntitle = \"Reeks A\"\n";

fn article(title: &str, extra: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n{extra}+++\n\nTekst.\n")
}

fn files(list: &[(&str, &str)]) -> SourceFiles {
    let mut files: SourceFiles = list.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    files.insert(CONFIG_FILE, CONFIG);
    files
}

fn messages(loaded: &Loaded) -> Vec<(Severity, String, String)> {
    loaded
        .diagnostics
        .iter()
        .map(|d| (d.severity, d.path.to_string_lossy().into_owned(), d.message.clone()))
        .collect()
}

#[test]
fn files_out_of_place_are_warned_about_and_skipped() {
    let loaded = load(&files(&[
        ("content/los.md", &article("Los", "")),
        ("content/a/b/diep.md", &article("Diep", "")),
        ("content/a/foto.jpg", "x"),
        ("content/a/.verborgen.md", "x"),
        ("content/a/x.md~", "x"),
        ("content/a/.x.md.swp", "x"),
        ("content/a/x.md.swp", "x"),
        ("authorities/mensen.toml", "x"),
        ("templates/page.html", "x"),
        ("README.md", "x"),
        ("content/a/goed.md", &article("Goed", "")),
    ]));
    let found: Vec<_> = messages(&loaded).into_iter().map(|(s, p, _)| (s, p)).collect();
    assert_eq!(
        found,
        [
            (Severity::Warning, "authorities/mensen.toml".into()),
            (Severity::Warning, "content/a/b/diep.md".into()),
            (Severity::Warning, "content/a/foto.jpg".into()),
            (Severity::Warning, "content/los.md".into()),
        ]
    );
    let archive = loaded.archive.unwrap();
    assert_eq!(archive.entries.len(), 1);
    assert_eq!(archive.entries[0].slug, "goed");
}

#[test]
fn no_config_means_no_archive_but_every_problem_still() {
    let mut files = SourceFiles::new();
    files.insert("content/a/x.md", "geen front matter");
    let loaded = load(&files);
    assert!(loaded.archive.is_none());
    let found = messages(&loaded);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "content/a/x.md");
    assert_eq!(found[1].2, "there is no kroniek.toml: this folder is not a kroniek archive");
}

#[test]
fn a_broken_config_still_lets_articles_be_checked() {
    let mut files = files(&[("content/a/x.md", "+++\ntitel = \"x\"\n+++\n")]);
    files.insert(CONFIG_FILE, "title = 5\n");
    let loaded = load(&files);
    assert!(loaded.archive.is_none());
    let paths: Vec<_> = messages(&loaded).into_iter().map(|(_, p, _)| p).collect();
    assert_eq!(paths, ["content/a/x.md", "content/a/x.md", "kroniek.toml"]);
    assert!(loaded.has_errors());
}

#[test]
fn slugs_that_differ_only_by_case_collide() {
    let loaded = load(&files(&[
        ("content/a/Staking.md", &article("Een", "")),
        ("content/a/staking.md", &article("Twee", "")),
    ]));
    let found = messages(&loaded);
    assert_eq!(
        found,
        [(
            Severity::Error,
            "content/a/staking.md".into(),
            "duplicate slug `staking` in series `a`: content/a/Staking.md has it too".into()
        )]
    );
    assert_eq!(loaded.diagnostics[0].span, None, "the slug comes from the file name");
}

#[test]
fn a_malformed_article_does_not_stop_the_others() {
    let loaded = load(&files(&[
        ("content/a/kapot.md", "+++\ntitle = \n+++\n"),
        ("content/a/nieuw.md", &article("Nieuw", "published = \"1930\"\n")),
        ("content/a/oud.md", &article("Oud", "published = \"1920\"\n")),
        ("content/a/zonder.md", &article("Zonder", "")),
    ]));
    assert_eq!(loaded.diagnostics.len(), 1);
    let slugs: Vec<_> = loaded.archive.unwrap().entries.iter().map(|e| e.slug.clone()).collect();
    assert_eq!(slugs, ["nieuw", "oud", "zonder"], "newest first, undated last");
}

#[test]
fn diagnostics_are_sorted_by_path_line_and_column() {
    let loaded = load(&files(&[
        ("content/a/b.md", "+++\ntitle = \"b\"\n+++\n\nEen[^2] en[^1].\n"),
        ("content/a/a.md", "+++\ntitle = \"a\"\npublished = \"x\"\n+++\n"),
    ]));
    let keys: Vec<_> =
        loaded.diagnostics.iter().map(|d| (d.path.clone(), d.sort_key().1, d.sort_key().2)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys.len(), 3);
}

#[test]
fn unknown_subjects_get_a_suggestion() {
    let mut files = files(&[("content/a/x.md", &article("X", "subjects = [\"jan-janssen\"]\n"))]);
    files.insert("authorities/people.toml", "[jan-jansen]\nname = \"Jan Jansen\"\n");
    let loaded = load(&files);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].help.as_deref(), Some("did you mean `jan-jansen`?"));
}

#[test]
fn places_may_refer_to_places_in_any_order() {
    let mut files = files(&[]);
    files.insert(
        "authorities/places.toml",
        "[gent]\nname = \"Gent\"\npart_of = \"belgie\"\n\n[belgie]\nname = \"België\"\n",
    );
    files.insert("authorities/organisations.toml", "[bwp]\nname = \"BWP\"\nbased_in = \"brussel\"\n");
    let loaded = load(&files);
    let found = messages(&loaded);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "authorities/organisations.toml");
    assert_eq!(loaded.archive.map(|a| a.authorities.len()), Some(3));
}

#[test]
fn any_bytes_load_without_panic() {
    let mut files = files(&[]);
    for (i, bytes) in
        [&b"\xff\xfe\x00"[..], b"+++\n\xc3\x28\n+++\n", b"", b"+++", b"+++\n+++\n"].iter().enumerate()
    {
        files.insert(format!("content/a/f{i}.md"), *bytes);
        files.insert(format!("authorities/people.toml{i}"), *bytes);
    }
    files.insert("authorities/places.toml", b"\xe9".as_slice());
    let loaded = load(&files);
    assert!(loaded.has_errors());
    assert!(loaded.archive.is_some());
}

#[test]
fn cached_loads_match_fresh_loads_across_edits() {
    let mut cache = ArticleCache::new();
    let mut sources =
        files(&[("content/a/een.md", &article("Een", "")), ("content/a/twee.md", &article("Twee", ""))]);
    assert_eq!(load_cached(&sources, &mut cache), load(&sources), "first load, empty cache");

    // An edit, a new file and a broken file: each reload must equal a load from scratch.
    sources.insert("content/a/een.md", article("Een, herzien", ""));
    assert_eq!(load_cached(&sources, &mut cache), load(&sources));
    sources.insert("content/a/drie.md", article("Drie", "published = \"1920-02-31\"\n"));
    let cached = load_cached(&sources, &mut cache);
    assert_eq!(cached, load(&sources));
    assert!(cached.has_errors(), "the broken article is reported from the cache path too");
    sources.remove("content/a/drie.md");
    assert_eq!(load_cached(&sources, &mut cache), load(&sources), "a removed file leaves the cache");
    let titles: Vec<_> = load_cached(&sources, &mut cache)
        .archive
        .map(|a| a.entries.iter().map(|e| e.article.title.clone()).collect())
        .unwrap_or_default();
    assert!(titles.contains(&"Een, herzien".to_owned()), "{titles:?}");
}

#[test]
fn loads_of_changed_files_match_fresh_loads_and_share_the_rest() {
    let mut cache = ArticleCache::new();
    let mut sources = files(&[
        ("content/a/een.md", &article("Een", "published = \"1930\"\n")),
        ("content/a/twee.md", &article("Twee", "published = \"1920\"\n")),
        ("content/a/drie.md", &article("Drie", "")),
    ]);
    let first = load_cached(&sources, &mut cache);
    let mut edit = |sources: &mut SourceFiles, path: &str, text: Option<String>| {
        match text {
            Some(text) => sources.insert(path, text),
            None => sources.remove(path),
        };
        let changed = load_changed(sources, &mut cache, &[PathBuf::from(path)]);
        assert_eq!(changed, load(sources), "after changing {path}");
        changed
    };
    // A new date moves the article to the front; the others are the very same entries.
    let moved = edit(&mut sources, "content/a/twee.md", Some(article("Twee", "published = \"1940\"\n")));
    let (before, after) = (first.archive.unwrap(), moved.archive.unwrap());
    assert_eq!(after.entries[0].slug, "twee");
    assert!(Arc::ptr_eq(&before.entries[0], &after.entries[1]), "een is shared, not copied");
    assert!(Arc::ptr_eq(&before.authorities, &after.authorities));
    // A new article, a removed one, a warning, a URL taken twice, and its repair.
    edit(&mut sources, "content/a/vier.md", Some(article("Vier", "published = \"1925\"\n")));
    edit(&mut sources, "content/a/een.md", None);
    edit(&mut sources, "content/a/vijf.md", Some(article("Vijf", "onbekend = 1\n")));
    let clash = edit(&mut sources, "content/a/zes.md", Some(article("Zes", "slug = \"vier\"\n")));
    assert!(clash.has_errors());
    edit(&mut sources, "content/a/zes.md", Some(article("Zes", "")));
    // A change to the configuration is no article: everything is loaded again.
    sources.insert(CONFIG_FILE, CONFIG.replace("Archief", "Het archief"));
    let loaded = load_changed(&sources, &mut cache, &[PathBuf::from(CONFIG_FILE)]);
    assert_eq!(loaded, load(&sources));
}
