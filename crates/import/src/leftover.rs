//! Site leftovers: the buttons, labels and notices a copy-paste or a saved page drags along.
//! A leftover is recognised by the *whole* line, so a sentence that merely mentions "delen"
//! or "print" is never touched.

use crate::DropReason;

/// What a line is when it is not article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Leftover {
    /// Drop it, for this reason.
    Drop(DropReason),
    /// A front-page link naming the publication ("Voorpagina van De Linkse Socialist").
    Publication(String),
}

/// Labels of buttons and site furniture in Dutch, French and English, compared lowercase
/// with a trailing colon removed.
const LABELS: &[&str] = &[
    // Sharing and printing.
    "delen",
    "deel",
    "deel dit artikel",
    "deel dit",
    "printen",
    "print",
    "afdrukken",
    "druk af",
    "doorsturen",
    "mailen",
    "e-mail",
    "email",
    "mail",
    "share",
    "share this",
    "share this article",
    "print this",
    "print this page",
    "print this article",
    "partager",
    "partager cet article",
    "imprimer",
    "imprimer cet article",
    "envoyer",
    "envoyer par courriel",
    "envoyer par e-mail",
    "tweet",
    "tweeten",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "mastodon",
    "bluesky",
    "reddit",
    "pinterest",
    "pdf",
    "versie om af te drukken",
    "printvriendelijke versie",
    "version imprimable",
    "printer-friendly version",
    // Reading on.
    "lees ook",
    "lees meer",
    "lees verder",
    "meer lezen",
    "gerelateerde artikels",
    "gerelateerde artikelen",
    "gerelateerd",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire la suite",
    "voir aussi",
    "articles liés",
    "sur le même sujet",
    "read also",
    "read more",
    "related",
    "related posts",
    "related articles",
    "see also",
    "more from this author",
    "vorige",
    "volgende",
    "vorig artikel",
    "volgend artikel",
    "précédent",
    "suivant",
    "article précédent",
    "article suivant",
    "previous",
    "next",
    "previous post",
    "next post",
    // Navigation and page furniture.
    "home",
    "accueil",
    "menu",
    "zoeken",
    "zoek",
    "rechercher",
    "recherche",
    "search",
    "terug",
    "terug naar boven",
    "naar boven",
    "retour",
    "retour en haut",
    "haut de page",
    "back",
    "back to top",
    "top",
    "inloggen",
    "login",
    "log in",
    "se connecter",
    "registreren",
    "s'inscrire",
    "register",
    "sign up",
    "abonneer",
    "abonneren",
    "abonneer je",
    "s'abonner",
    "abonnez-vous",
    "subscribe",
    "nieuwsbrief",
    "newsletter",
    "volg ons",
    "suivez-nous",
    "follow us",
    "reacties",
    "reactie",
    "reageer",
    "reageren",
    "plaats een reactie",
    "commentaires",
    "commentaire",
    "laisser un commentaire",
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "advertentie",
    "publicité",
    "advertisement",
    "tags",
    "trefwoorden",
    "labels",
    "categorie",
    "categorieën",
    "catégories",
    "categories",
    "mots-clés",
    "alle rechten voorbehouden",
    "tous droits réservés",
    "all rights reserved",
    "privacy",
    "privacybeleid",
    "cookiebeleid",
    "disclaimer",
    "contact",
    "sitemap",
    // Picture galleries and promotion boxes.
    "caption",
    "bijschrift",
    "légende",
    "close",
    "sluiten",
    "fermer",
    "advert",
    "ad",
    "sharing is caring",
    "you may also like",
    "misschien ook interessant",
    "vous aimerez aussi",
    "most popular",
    "popular",
    "meest gelezen",
    "les plus lus",
    "text size",
    "learn more",
    "email the author",
];

/// Openings of a picture's credit line ("Foto: Belga", "Photo: AP", "Image copyright Getty").
const CREDIT_PREFIXES: &[&str] = &[
    "foto:",
    "foto's:",
    "beeld:",
    "photo:",
    "photos:",
    "image:",
    "images:",
    "credit:",
    "credits:",
    "crédit:",
    "crédit photo:",
    "photo credit:",
    "image copyright",
    "image caption",
    "(image:",
    "(photo:",
    "(foto:",
];

/// Labels that introduce a short list of values on the same line ("Tags: staking, mijn").
const LIST_LABELS: &[&str] = &[
    "tags",
    "trefwoorden",
    "labels",
    "categorie",
    "categorieën",
    "catégories",
    "categories",
    "mots-clés",
    "delen",
    "share",
    "partager",
    "deel dit artikel",
    "lees ook",
    "lire aussi",
    "à lire aussi",
    "read also",
    "read more",
    "lees meer",
    "gepubliceerd in",
    "posted in",
    "publié dans",
    "filed under",
];

/// Front-page links that name the publication, per language.
const PUBLICATION_PREFIXES: &[&str] = &[
    "voorpagina van ",
    "terug naar de voorpagina van ",
    "homepage van ",
    "startpagina van ",
    "page d'accueil de ",
    "page d’accueil de ",
    "retour à la une de ",
    "la une de ",
    "front page of ",
    "home page of ",
    "homepage of ",
    "back to the front page of ",
];

/// Classifies one trimmed line (or one HTML block's text).
pub(crate) fn classify(line: &str) -> Option<Leftover> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return None;
    }
    if is_decoration(trimmed) {
        return Some(Leftover::Drop(DropReason::Decoration));
    }
    // Leftovers are short; a long line is article text whatever it starts with.
    if trimmed.chars().count() > 300 {
        return None;
    }
    let lower = trimmed.to_lowercase();
    if let Some(name) = publication(trimmed, &lower) {
        return Some(Leftover::Publication(name));
    }
    if is_cookie_notice(&lower) {
        return Some(Leftover::Drop(DropReason::Cookie));
    }
    if is_label(&lower)
        || is_label_run(&lower)
        || is_labelled_list(&lower)
        || is_copyright(&lower)
        || is_picture_furniture(&lower)
    {
        return Some(Leftover::Drop(DropReason::Boilerplate));
    }
    None
}

fn is_label(lower: &str) -> bool {
    let bare = lower.trim_end_matches([':', '.', '…', '»', '›', '>', ' ']).trim();
    !bare.is_empty() && LABELS.contains(&bare)
}

/// "Printen | Doorsturen | Terug naar boven", "Share: Twitter Facebook".
fn is_label_run(lower: &str) -> bool {
    let parts: Vec<&str> =
        lower.split(['|', '·', '•', '/', ',']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 && parts.iter().all(|p| is_label(p)) {
        return true;
    }
    // "Printen Delen": buttons whose separators were lost.
    let words: Vec<&str> = lower.split_whitespace().collect();
    if (2..=6).contains(&words.len()) && words.iter().all(|w| LABELS.contains(w)) {
        return true;
    }
    if let Some((label, rest)) = lower.split_once(':')
        && is_label(label)
    {
        let words: Vec<&str> = rest.split_whitespace().collect();
        return words.iter().all(|w| is_label(w.trim_matches([',', '|', '·'])));
    }
    false
}

/// "Tags: staking, mijnwerkers" — a furniture label followed by a few short values.
fn is_labelled_list(lower: &str) -> bool {
    let Some((label, rest)) = lower.split_once(':') else { return false };
    LIST_LABELS.contains(&label.trim())
        && rest.split_whitespace().count() <= 12
        && !rest.trim_end().ends_with('.')
}

fn is_copyright(lower: &str) -> bool {
    (lower.starts_with('©') || lower.starts_with("(c) ") || lower.starts_with("copyright"))
        && lower.split_whitespace().count() <= 15
}

/// A credit line ("Photo: AP") or a gallery counter ("Image 1 of 8", "Foto 2 van 5").
fn is_picture_furniture(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    // French sets a space before the colon ("Photo : AP").
    let compact = lower.replacen(" :", ":", 1);
    if words.len() <= 10 && CREDIT_PREFIXES.iter().any(|p| compact.starts_with(p)) {
        return true;
    }
    let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit() || c == '/') && !w.is_empty();
    matches!(
        words.as_slice(),
        [picture, n, of, rest @ ..]
            if ["image", "photo", "foto", "afbeelding", "slide"].contains(picture)
                && number(n)
                && ["of", "van", "sur", "de"].contains(of)
                && !rest.is_empty()
                && rest.iter().all(number)
    )
}

fn is_cookie_notice(lower: &str) -> bool {
    let about_cookies = lower.contains("cookie");
    let asks = [
        "accept",
        "akkoord",
        "gebruik",
        "utilis",
        "consent",
        "toestemming",
        "instellingen",
        "we use",
        "site uses",
        "website uses",
        "paramètres",
        "accepter",
        "refuse",
        "weiger",
    ];
    about_cookies && asks.iter().any(|a| lower.contains(a))
}

fn publication(trimmed: &str, lower: &str) -> Option<String> {
    PUBLICATION_PREFIXES.iter().find_map(|prefix| {
        if !lower.starts_with(prefix) {
            return None;
        }
        // Lowercasing can change byte lengths (rarely); cut the original by characters.
        let skip = prefix.chars().count();
        let name: String = trimmed.chars().skip(skip).collect();
        let name = name.trim().trim_end_matches(['.', ':']).trim();
        (!name.is_empty() && name.split_whitespace().count() <= 8).then(|| name.to_owned())
    })
}

/// Only punctuation and symbols: separators, lone bullets, `***`.
fn is_decoration(trimmed: &str) -> bool {
    trimmed.chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drop(line: &str) -> Option<DropReason> {
        match classify(line) {
            Some(Leftover::Drop(reason)) => Some(reason),
            _ => None,
        }
    }

    #[test]
    fn share_and_print_labels_are_leftovers_in_three_languages() {
        for line in
            ["Delen:", "Printen:", "Partager", "Imprimer", "Share", "Print", "Lees ook", "À lire aussi :"]
        {
            assert_eq!(drop(line), Some(DropReason::Boilerplate), "{line}");
        }
        assert_eq!(drop("Printen | Doorsturen | Terug naar boven"), Some(DropReason::Boilerplate));
        assert_eq!(drop("Share: Twitter Facebook Reddit"), Some(DropReason::Boilerplate));
        assert_eq!(drop("Printen Delen"), Some(DropReason::Boilerplate));
        assert_eq!(drop("Tags: staking, mijnwerkers"), Some(DropReason::Boilerplate));
        assert_eq!(drop("© 2022 Rode Vaan vzw. Alle rechten voorbehouden."), Some(DropReason::Boilerplate));
    }

    #[test]
    fn picture_credits_and_gallery_counters_are_leftovers() {
        for line in
            ["Foto: Belga", "Photo : AP", "Image copyright Reuters", "Afbeelding 3 van 12", "Image 1 of / 8"]
        {
            assert_eq!(drop(line), Some(DropReason::Boilerplate), "{line}");
        }
        assert_eq!(
            classify("Foto's uit 1936 tonen de bezette fabriek in Luik, waar de staking begon."),
            None
        );
        assert_eq!(classify("Image 3 of the report shows the strike committee."), None);
    }

    #[test]
    fn sentences_that_mention_a_label_are_kept() {
        assert_eq!(classify("Delen van de vakbond weigerden te staken."), None);
        assert_eq!(classify("Print werd in 1920 goedkoper."), None);
        assert_eq!(classify("Lees ook de brieven die hij uit Melun schreef."), None);
    }

    #[test]
    fn cookie_notices_and_decorations_are_dropped() {
        assert_eq!(drop("Deze website gebruikt cookies. Akkoord"), Some(DropReason::Cookie));
        assert_eq!(drop("Ce site utilise des cookies."), Some(DropReason::Cookie));
        assert_eq!(drop("* * *"), Some(DropReason::Decoration));
        assert_eq!(drop("•"), Some(DropReason::Decoration));
    }

    #[test]
    fn a_front_page_link_names_the_publication() {
        assert_eq!(
            classify("Voorpagina van De Rode Vaan"),
            Some(Leftover::Publication("De Rode Vaan".into()))
        );
        assert_eq!(classify("Page d’accueil de La Gauche"), Some(Leftover::Publication("La Gauche".into())));
        assert_eq!(
            classify("Front page of Labour Weekly."),
            Some(Leftover::Publication("Labour Weekly".into()))
        );
    }
}
