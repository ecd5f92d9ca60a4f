//! Property: rendering any archive of Markdown articles gives pages that an HTML5 parser reads
//! without error, with every element closed in order and nothing that can run, whatever
//! payloads the bodies, front matter and authority records carry.

use kroniek_driver::compile_cached;
use kroniek_source::ArticleCache;
use proptest::prelude::*;

use crate::archive::{self, article, payloads};
use crate::html_check::problems;

/// Every HTML page of the compiled archive, checked; the problems by page.
fn check_site(sources: &kroniek_driver::ArchiveSources) -> Result<(), TestCaseError> {
    let compiled = compile_cached(sources, &mut ArticleCache::new(), None).map_err(|failed| {
        TestCaseError::fail(format!("the archive did not build: {:#?}", failed.diagnostics))
    })?;
    for (path, bytes) in &compiled.site.0 {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let found = problems(&html);
        prop_assert!(found.is_empty(), "{}: {:#?}", path, found);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_page_of_any_archive_is_well_formed_and_inert(
        articles in prop::collection::vec(article(), 1..4),
        payload in prop::sample::select(payloads()),
    ) {
        check_site(&archive::sources(&articles, &archive::people(payload)))?;
    }
}

/// Every payload of the corpus at once, in every field: the one archive the browser test also
/// opens, checked here without a browser.
#[test]
fn every_payload_in_every_field_renders_inert() {
    let payloads = payloads();
    let articles: Vec<archive::Article> = payloads
        .chunks(8)
        .map(|chunk| archive::Article {
            title: format!("Stuk {}", chunk[0]),
            subtitle: chunk.join(" "),
            summary: chunk.join(" "),
            author: chunk[chunk.len() - 1].to_owned(),
            body: format!("{}\n\n{}\n\n- {}", chunk.join("\n\n"), chunk.join(" "), chunk.join("\n- ")),
        })
        .collect();
    let people = archive::people(&payloads.join(" "));
    if let Err(e) = check_site(&archive::sources(&articles, &people)) {
        panic!("{e}");
    }
}
