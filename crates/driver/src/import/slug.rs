//! An imported article's slug: its title as a URL segment.

use std::path::Path;

/// Slugs stay short enough to read in a URL; the source format allows 120 characters.
const MAX_SLUG: usize = 80;

/// The slug for an article: the title folded to ASCII (`é` → `e`, `ł` → `l`, `ß` → `ss`),
/// lowercase, runs of anything else as one hyphen, cut at a word boundary after 80
/// characters. A title with nothing left (only symbols) falls back to the page's file name,
/// then to `article`.
pub(crate) fn slug_for(title: &str, page: &Path) -> String {
    let from_title = shorten(slug::slugify(title));
    if !from_title.is_empty() {
        return from_title;
    }
    let stem = page.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default();
    let from_file = shorten(slug::slugify(stem));
    if from_file.is_empty() { "article".to_owned() } else { from_file }
}

fn shorten(slug: String) -> String {
    if slug.len() <= MAX_SLUG {
        return slug;
    }
    // A slug is ASCII, so byte offsets are character offsets.
    let head = slug.get(..MAX_SLUG).unwrap_or(&slug);
    match head.rfind('-') {
        Some(cut) if cut > 0 => head[..cut].to_owned(),
        _ => head.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_ascii_slugs() {
        let page = Path::new("x.txt");
        assert_eq!(slug_for("Victor Serge, 1890-1947", page), "victor-serge-1890-1947");
        assert_eq!(slug_for("La grève de l’été — « Charleroi »", page), "la-greve-de-l-ete-charleroi");
        assert_eq!(slug_for("Łódź  en *Straße*", page), "lodz-en-strasse");
    }

    #[test]
    fn a_title_without_letters_falls_back_to_the_file_name() {
        assert_eq!(slug_for("***", Path::new("mirror/Één pagina.html")), "een-pagina");
        assert_eq!(slug_for("…", Path::new("…")), "article");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let title = "woord ".repeat(30);
        let slug = slug_for(&title, Path::new("x.txt"));
        assert!(slug.len() <= MAX_SLUG && slug.ends_with("woord"), "{slug}");
    }
}
