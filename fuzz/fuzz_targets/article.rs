//! An article source: `+++` TOML front matter and the Markdown body, read against a configuration
//! with one series (so series, language and subjects are all checked).
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use kroniek_model::SiteConfig;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const CONFIG: &str = "title = \"Fuzz\"\nbase_url = \"https://fuzz.example/\"\nlanguage = \"nl\"\n\n\
[[series]]\nid = \"reeks\"\ntitle = \"Een reeks\"\n";

fn config() -> &'static SiteConfig {
    static CONFIG_VALUE: OnceLock<SiteConfig> = OnceLock::new();
    CONFIG_VALUE.get_or_init(|| {
        kroniek_source::parse_config(Path::new("kroniek.toml"), CONFIG)
            .expect("the fixed configuration is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let (with_config, rest) = common::choose(data, 2);
    let text = common::text(rest);
    let config = (with_config == 1).then(config);
    let _ = kroniek_source::parse_article(Path::new("content/reeks/artikel.md"), &text, config);
});
