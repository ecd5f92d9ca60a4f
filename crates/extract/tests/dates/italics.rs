//! Markdown sources put titles of works in italics: a year inside an italic title is the
//! title's, not an event; a lower-case italic run is emphasis and its dates count.

use kroniek_extract::dates;
use kroniek_extract::text::PlainPassage;
use kroniek_model::{Language, Passage};

/// (language, one paragraph of Markdown, the events' EDTF in text order).
const ROWS: &[(&str, &str, &[&str])] = &[
    ("nl", "Hij schreef *Lenin in 1917* in Moskou.", &[]),
    ("nl", "In 1930 verscheen *Het jaar 1918*.", &["1930"]),
    ("nl", "Zie *Liefde is het leven niet. Henriette Roland Holst 1869-1952*.", &[]),
    ("nl", "Dat gebeurde *pas in 1917*, niet eerder.", &["1917"]),
    ("nl", "Zie _Parijs 1871_ en daarna in 1872 meer.", &["1872"]),
    ("fr", "Il publie *L’An I de la révolution russe, 1918* à Paris.", &[]),
    ("fr", "En 1930 paraît *Ville conquise*; la même année, il écrit encore.", &["1930", "1930"]),
    ("en", "She read *Socialism and the Great War, 1914* in prison in 1916.", &["1916"]),
    ("en", "Her book *Eine Leiche im Landwehrkanal* appeared in 1993.", &["1993"]),
];

#[test]
fn years_in_italic_titles_are_no_events() {
    let mut wrong = Vec::new();
    for (language, markdown, expected) in ROWS {
        let passages = [PlainPassage::new(Passage::Title, markdown)];
        let language = Language::new(language).expect("a language code");
        let mut events = dates::events(&passages, &language, None);
        events.sort_by_key(|e| e.position.start);
        let got: Vec<String> = events.iter().map(|e| e.date.to_string()).collect();
        if got != *expected {
            wrong.push(format!("  {markdown:?}\n    expected {expected:?}\n    found    {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} italic rows wrong:\n{}", wrong.len(), wrong.join("\n"));
}
