//! The site formats the generator writes: a kroniek archive, and the same articles as a
//! minimal Hugo site and a minimal Zola site for side-by-side benchmarks.

use std::path::PathBuf;

use crate::article::Article;
use crate::plan::ArchivePlan;
use crate::{hugo_site, kroniek_site, zola_site};

/// A kind of site to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub(crate) enum SiteFormat {
    /// A kroniek archive: kroniek.toml, content/, authorities/.
    Kroniek,
    /// A Hugo site: hugo.toml, content/, layouts/.
    Hugo,
    /// A Zola site: config.toml, content/, templates/.
    Zola,
}

/// A file to write, relative to the site's root.
pub(crate) type SiteFile = (PathBuf, String);

impl SiteFormat {
    /// The sub-folder of `--out` this format goes to when several are written.
    pub(crate) fn dir_name(self) -> &'static str {
        match self {
            SiteFormat::Kroniek => "kroniek",
            SiteFormat::Hugo => "hugo",
            SiteFormat::Zola => "zola",
        }
    }

    /// Every file of the site that is not an article: configuration, section indices,
    /// templates, authority records.
    pub(crate) fn scaffold(self, plan: &ArchivePlan) -> Vec<SiteFile> {
        match self {
            SiteFormat::Kroniek => kroniek_site::scaffold(plan),
            SiteFormat::Hugo => hugo_site::scaffold(plan),
            SiteFormat::Zola => zola_site::scaffold(plan),
        }
    }

    /// The folders articles go into (one per series), relative to the site's root.
    pub(crate) fn article_dirs(self, plan: &ArchivePlan) -> Vec<PathBuf> {
        plan.series.iter().map(|s| PathBuf::from("content").join(s.id)).collect()
    }

    /// One article's file: `content/<series>/<slug>.md` with this format's front matter.
    pub(crate) fn article_file(self, plan: &ArchivePlan, article: &Article<'_>) -> SiteFile {
        let ap = article.plan;
        let path = PathBuf::from("content").join(plan.series[ap.series].id).join(format!("{}.md", ap.slug));
        let front = match self {
            SiteFormat::Kroniek => kroniek_site::front_matter(plan, ap),
            SiteFormat::Hugo => hugo_site::front_matter(plan, ap),
            SiteFormat::Zola => zola_site::front_matter(plan, ap),
        };
        let mut text = String::with_capacity(front.len() + article.body.len() + 16);
        text.push_str("+++\n");
        text.push_str(&front);
        text.push_str("+++\n\n");
        text.push_str(&article.body);
        (path, text)
    }
}
