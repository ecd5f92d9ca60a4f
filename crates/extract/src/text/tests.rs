use kroniek_model::Passage;

use super::*;

#[test]
fn plain_drops_inline_markdown() {
    assert_eq!(
        plain("Hij schreef *Het jaar één*.[^2] Zie [de brief](https://x.org/a)."),
        "Hij schreef Het jaar één. Zie de brief."
    );
    assert_eq!(plain(r"Een \*ster\* en snake_case en _nadruk_"), "Een *ster* en snake_case en nadruk");
    assert_eq!(plain("[^1] alleen"), " alleen");
    assert_eq!(plain("open [haak zonder einde"), "open [haak zonder einde");
}

#[test]
fn sentences_respect_abbreviations_and_initials() {
    let text = "Hij werd op 12 nov. 1862 geboren. J. Stalin kwam later! «Nee», zei ze. 1917 was anders.";
    let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        found,
        ["Hij werd op 12 nov. 1862 geboren.", "J. Stalin kwam later!", "«Nee», zei ze.", "1917 was anders."]
    );
}

/// Regression: a sentence ended inside a publisher's initials ("bij P.-V. Stock in Parijs").
#[test]
fn sentences_do_not_end_at_joined_initials() {
    let text = "Het verscheen bij P.-V. Stock in Parijs. Zie J.P. Nettl. Daarna niets.";
    let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(found, ["Het verscheen bij P.-V. Stock in Parijs.", "Zie J.P. Nettl.", "Daarna niets."]);
}

#[test]
fn sentence_at_finds_the_enclosing_sentence() {
    let text = "Eerst dit. Dan in 1917 dat.";
    let s = sentences(text);
    let at = text.find("1917").unwrap();
    assert_eq!(sentence_at(text, &s, &(at..at + 4)), "Dan in 1917 dat.");
    assert_eq!(char_offset("één 1917", 6), 4);
}

#[test]
fn sentences_survive_multibyte_spaces() {
    // French puts a no-break space before "!" and inside guillemets.
    let text = "« Vive la\u{a0}Commune\u{a0}! » Puis\u{202f}: la\u{a0}fin. Suite.";
    let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        found.concat().chars().filter(|c| !c.is_whitespace()).count(),
        text.chars().filter(|c| !c.is_whitespace()).count()
    );
}

/// Regression: a no-break space before an abbreviation's word split a character in two.
#[test]
fn sentences_survive_a_no_break_space_before_a_full_stop() {
    let text = "Il cria\u{a0}Ferrer. Puis il partit.";
    assert_eq!(sentences(text).len(), 2);
}

fn italics(markdown: &str) -> Vec<String> {
    let (text, emphasis) = plain_with_emphasis(markdown);
    emphasis.into_iter().map(|r| text[r].to_owned()).collect()
}

#[test]
fn emphasis_ranges_point_into_the_plain_text() {
    assert_eq!(italics("Zij schreef *Lenin in 1917* en _Brood_ in één jaar."), ["Lenin in 1917", "Brood"]);
    assert_eq!(italics("Een **vet** woord en ***beide*** samen."), ["beide"]);
    assert_eq!(
        italics("De titel [*Één jaar*](https://x.org) en *L’Affaire Toulaév*[^2]."),
        ["Één jaar", "L’Affaire Toulaév"]
    );
    assert_eq!(italics("snake_case_name en 2 * 3 * 4 en een * los"), Vec::<String>::new());
    assert_eq!(italics("*buiten _binnen_ buiten*"), ["buiten binnen buiten"]);
    assert_eq!(italics("*open zonder einde"), Vec::<String>::new());
}

/// The text with emphasis ranges must stay the text `plain` gives: the site maps positions in
/// it to the rendered page.
#[test]
fn emphasis_does_not_change_the_plain_text() {
    for markdown in [
        "Hij schreef *Het jaar één*.[^2] Zie [de brief](https://x.org/a).",
        r"Een \*ster\* en snake_case en _nadruk_ en __vet__",
        "a__b **c** *d* _e_ f_ _g 2*3",
        "*",
        "_x_y_",
    ] {
        let (text, emphasis) = plain_with_emphasis(markdown);
        assert_eq!(text, plain(markdown), "{markdown}");
        assert!(emphasis.iter().all(|r| text.get(r.clone()).is_some()), "{markdown}");
    }
}

#[test]
fn a_passage_knows_what_is_italic_around_a_range() {
    let p = PlainPassage::new(Passage::Title, "Over *Lenin in 1917* (1918)");
    let at = p.text.find("1917").unwrap();
    assert_eq!(p.emphasis_around(&(at..at + 4)).map(|r| &p.text[r]), Some("Lenin in 1917"));
    let at = p.text.find("1918").unwrap();
    assert_eq!(p.emphasis_around(&(at..at + 4)), None);
}
