//! Names that no authority record carries, gathered across an archive: `kroniek check` warns
//! about the frequent ones and `kroniek suggest` turns them into records to paste.

use std::collections::BTreeMap;
use std::fmt::Write;

use kroniek_model::{EntityKind, Mention};

/// One name without a record, across the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlinkedName {
    /// What it is.
    pub kind: EntityKind,
    /// The name (the fullest form the articles use).
    pub name: String,
    /// Every form written in the texts ("Serge", "Victor Serge"), sorted.
    pub forms: Vec<String>,
    /// How many mentions.
    pub mentions: usize,
    /// The articles it occurs in, as the caller names them (paths or URLs), in first-seen order.
    pub articles: Vec<String>,
}

/// The unlinked names with at least `min_mentions` mentions across `articles` (each an
/// article's name and its mentions), most mentioned first, ties by name. Works are left out:
/// they have no authority file.
pub fn frequent_unlinked<'a>(
    articles: impl IntoIterator<Item = (&'a str, &'a [Mention])>,
    min_mentions: usize,
) -> Vec<UnlinkedName> {
    let mut by_name: BTreeMap<(EntityKind, String), UnlinkedName> = BTreeMap::new();
    for (article, mentions) in articles {
        for m in mentions.iter().filter(|m| m.id.is_none() && m.kind != EntityKind::Work) {
            let entry = by_name.entry((m.kind, m.name.clone())).or_insert_with(|| UnlinkedName {
                kind: m.kind,
                name: m.name.clone(),
                forms: Vec::new(),
                mentions: 0,
                articles: Vec::new(),
            });
            entry.mentions += 1;
            if !entry.forms.contains(&m.text) {
                entry.forms.push(m.text.clone());
            }
            if !entry.articles.iter().any(|a| a == article) {
                entry.articles.push(article.to_owned());
            }
        }
    }
    let mut out: Vec<UnlinkedName> =
        by_name.into_values().filter(|n| n.mentions >= min_mentions.max(1)).collect();
    for n in &mut out {
        n.forms.sort();
    }
    out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
    out
}

/// The file under `authorities/` a kind's records go in.
fn file_of(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("people.toml"),
        EntityKind::Organisation => Some("organisations.toml"),
        EntityKind::Place => Some("places.toml"),
        EntityKind::Periodical => Some("periodicals.toml"),
        EntityKind::Work => None,
    }
}

/// A record id made from a name: lowercase ASCII letters and digits joined by hyphens
/// ("Andrés Nin" → `andres-nin`).
pub fn id_for(name: &str) -> String {
    let folded = super::gazetteer::fold(name).to_lowercase();
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() { "unnamed".to_owned() } else { id }
}

fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Ready-to-paste TOML records for `names`, grouped by the authority file they go in, with the
/// forms seen as aliases and the articles in a comment. Ids that would clash get a number.
pub fn suggestions_toml(names: &[UnlinkedName]) -> String {
    let mut out = String::new();
    for kind in EntityKind::ALL {
        let Some(file) = file_of(kind) else { continue };
        let of_kind: Vec<&UnlinkedName> = names.iter().filter(|n| n.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "# authorities/{file}\n");
        let mut used: Vec<String> = Vec::new();
        for n in of_kind {
            let base = id_for(&n.name);
            let mut id = base.clone();
            let mut k = 2;
            while used.contains(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            used.push(id.clone());
            let _ = writeln!(out, "# {} mentions in {}", n.mentions, n.articles.join(", "));
            let _ = writeln!(out, "[{id}]");
            let _ = writeln!(out, "name = {}", quoted(&n.name));
            let aliases: Vec<String> = n.forms.iter().filter(|f| **f != n.name).map(|f| quoted(f)).collect();
            if !aliases.is_empty() {
                let _ = writeln!(out, "aliases = [{}]", aliases.join(", "));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use kroniek_model::{Passage, Position};

    use super::*;

    fn mention(kind: EntityKind, text: &str, name: &str, id: Option<&str>) -> Mention {
        Mention {
            kind,
            text: text.into(),
            name: name.into(),
            id: id.map(str::to_owned),
            sentence: String::new(),
            position: Position { passage: Passage::Title, start: 0, end: 0 },
        }
    }

    #[test]
    fn counts_unlinked_names_across_articles_with_their_forms() {
        let a = vec![
            mention(EntityKind::Person, "Andrés Nin", "Andrés Nin", None),
            mention(EntityKind::Person, "Nin", "Andrés Nin", None),
            mention(EntityKind::Person, "Trotski", "Lev Trotski", Some("lev-trotski")),
            mention(EntityKind::Work, "Lenin in 1917", "Lenin in 1917", None),
        ];
        let b = vec![
            mention(EntityKind::Person, "Nin", "Andrés Nin", None),
            mention(EntityKind::Place, "Stockel", "Stockel", None),
        ];
        let found = frequent_unlinked([("a.md", a.as_slice()), ("b.md", b.as_slice())], 2);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Andrés Nin");
        assert_eq!(found[0].forms, ["Andrés Nin", "Nin"]);
        assert_eq!(
            (found[0].mentions, found[0].articles.clone()),
            (3, vec!["a.md".to_owned(), "b.md".to_owned()])
        );
    }

    #[test]
    fn suggestions_are_toml_records_per_file() {
        let names = vec![
            UnlinkedName {
                kind: EntityKind::Person,
                name: "Andrés \"Andreu\" Nin".into(),
                forms: vec!["Andrés \"Andreu\" Nin".into(), "Nin".into()],
                mentions: 3,
                articles: vec!["a.md".into()],
            },
            UnlinkedName {
                kind: EntityKind::Place,
                name: "Stockel".into(),
                forms: vec!["Stockel".into()],
                mentions: 2,
                articles: vec!["b.md".into()],
            },
        ];
        let toml = suggestions_toml(&names);
        assert!(toml.contains("# authorities/people.toml"), "{toml}");
        assert!(
            toml.contains("[andres-andreu-nin]\nname = \"Andrés \\\"Andreu\\\" Nin\"\naliases = [\"Nin\"]"),
            "{toml}"
        );
        assert!(
            toml.contains(
                "# authorities/places.toml\n\n# 2 mentions in b.md\n[stockel]\nname = \"Stockel\"\n"
            ),
            "{toml}"
        );
    }

    #[test]
    fn ids_are_valid_even_for_odd_names() {
        for name in ["Andrés Nin", "L’Anarchie", "!!!", "Comité 1917"] {
            assert!(kroniek_model::Id::new(&id_for(name)).is_ok(), "{name} → {}", id_for(name));
        }
    }
}
