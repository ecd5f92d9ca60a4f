//! Indexes a generated kroniek archive with the Pagefind library, from memory, and writes the
//! bundle: `kroniek-bench-pagefind-lib ARCHIVE OUT`. Prints records, files and bytes.
//!
//! The front matter is read with a few string matches (the generator writes one key per line),
//! enough for a benchmark; the body goes in as the Markdown text, which is what Pagefind's own
//! word splitter would see of the rendered page minus the tags.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, archive, out] = args.as_slice() else {
        return Err("usage: kroniek-bench-pagefind-lib ARCHIVE OUT".into());
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run(Path::new(archive), Path::new(out)))
}

async fn run(archive: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    collect(&archive.join("content"), &mut files)?;
    files.sort();
    let mut index = pagefind::api::PagefindIndex::new(None).map_err(|e| e.to_string())?;
    for path in &files {
        let text = std::fs::read_to_string(path)?;
        let (front, body) = split(&text);
        let value = |key: &str| {
            front.lines().find_map(|l| {
                l.strip_prefix(key)
                    .and_then(|r| r.trim_start().strip_prefix('='))
                    .map(|v| v.trim().trim_matches('"').to_owned())
            })
        };
        let series = path.parent().and_then(|p| p.file_name()).map(|s| s.to_string_lossy().into_owned());
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let series = series.unwrap_or_default();
        let title = value("title").unwrap_or_default();
        let language = value("language").unwrap_or_else(|| "nl".into());
        let year = value("published").map(|d| d.chars().take(4).collect::<String>()).unwrap_or_default();
        let meta = BTreeMap::from([("title".to_owned(), title.clone())]);
        let filters = BTreeMap::from([
            ("series".to_owned(), vec![series.clone()]),
            ("language".to_owned(), vec![language.clone()]),
            ("year".to_owned(), vec![year]),
        ]);
        index
            .add_custom_record(
                format!("/{series}/{slug}/"),
                format!("{title}\n{body}"),
                language,
                Some(meta),
                Some(filters),
                None,
            )
            .await
            .map_err(|e| e.to_string())?;
    }
    let written = index.get_files().await.map_err(|e| e.to_string())?;
    let mut bytes = 0;
    for file in &written {
        let target = out.join(&file.filename);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, &file.contents)?;
        bytes += file.contents.len();
    }
    println!("records {} files {} bytes {bytes}", files.len(), written.len());
    Ok(())
}

fn split(text: &str) -> (&str, &str) {
    let rest = text.strip_prefix("+++\n").unwrap_or(text);
    match rest.find("\n+++\n") {
        Some(end) => (&rest[..end], &rest[end + 5..]),
        None => ("", rest),
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "md") && !path.ends_with("_index.md") {
            out.push(path);
        }
    }
    Ok(())
}
