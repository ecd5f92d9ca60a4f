//! Every name of every authority record, folded, so that a query naming a record by any of its
//! names ("Trotzki", "Kibaltsjitsj") can be widened to the record itself and its other names.

use std::collections::BTreeMap;

use kroniek_model::{Authorities, AuthorityKind};

use crate::fold;
use crate::query::words;

/// Names longer than this many words are not looked for in queries.
const LONGEST_NAME: usize = 6;

/// A record's names, for query expansion and facet labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRecord {
    /// The record's id.
    pub id: String,
    /// What it is.
    pub kind: AuthorityKind,
    /// The preferred name.
    pub name: String,
    /// Every name, the preferred one first, as written.
    pub names: Vec<String>,
}

/// Folded names → the records that carry them.
#[derive(Debug, Clone, Default)]
pub struct AliasTable {
    by_name: BTreeMap<String, Vec<usize>>,
    records: Vec<NamedRecord>,
    by_id: BTreeMap<String, usize>,
}

impl AliasTable {
    /// The table of an archive's authority records.
    pub fn new(authorities: &Authorities) -> Self {
        let mut table = AliasTable::default();
        for record in authorities.iter() {
            let index = table.records.len();
            table.records.push(NamedRecord {
                id: record.id.as_str().to_owned(),
                kind: record.kind,
                name: record.name.clone(),
                names: record.names().map(str::to_owned).collect(),
            });
            table.by_id.entry(record.id.as_str().to_owned()).or_insert(index);
            for name in record.names() {
                let key = key(name);
                if !key.is_empty() {
                    let ids = table.by_name.entry(key).or_default();
                    if !ids.contains(&index) {
                        ids.push(index);
                    }
                }
            }
        }
        table
    }

    /// The records named exactly `text` (compared folded, word by word).
    pub fn lookup(&self, text: &str) -> impl Iterator<Item = &NamedRecord> {
        self.by_name.get(&key(text)).into_iter().flatten().map(|&i| &self.records[i])
    }

    /// A record by id.
    pub fn record(&self, id: &str) -> Option<&NamedRecord> {
        self.by_id.get(id).map(|&i| &self.records[i])
    }

    /// The longest runs of `words` that name a record, left to right, as (start, end) word
    /// ranges with their records. Words not covered by a name are not returned.
    pub fn find_names<'a>(&'a self, words: &[String]) -> Vec<(usize, usize, Vec<&'a NamedRecord>)> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let longest = (start + 1..=words.len().min(start + LONGEST_NAME)).rev().find_map(|end| {
                let records: Vec<&NamedRecord> = self.lookup(&words[start..end].join(" ")).collect();
                (!records.is_empty()).then_some((end, records))
            });
            match longest {
                Some((end, records)) => {
                    found.push((start, end, records));
                    start = end;
                }
                None => start += 1,
            }
        }
        found
    }
}

/// A name as compared: folded words joined by single spaces ("Léon  Trotsky" → "leon trotsky").
fn key(name: &str) -> String {
    words(&fold(name)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use kroniek_model::{Authority, Id};

    use super::*;

    fn table() -> AliasTable {
        let mut authorities = Authorities::default();
        let mut trotski =
            Authority::new(AuthorityKind::Person, Id::new("lev-trotski").unwrap(), "Lev Trotski");
        trotski.aliases = vec!["Trotsky".into(), "Léon Trotsky".into(), "Trotzki".into()];
        authorities.insert(trotski);
        let mut serge =
            Authority::new(AuthorityKind::Person, Id::new("victor-serge").unwrap(), "Victor Serge");
        serge.aliases = vec!["Kibaltsjitsj".into(), "Le Rétif".into()];
        authorities.insert(serge);
        AliasTable::new(&authorities)
    }

    #[test]
    fn any_name_finds_the_record_folded() {
        let table = table();
        for name in ["trotzki", "TROTSKY", "Leon  Trotsky", "lev trotski"] {
            assert_eq!(table.lookup(name).next().map(|r| r.id.as_str()), Some("lev-trotski"), "{name}");
        }
        assert_eq!(table.lookup("le retif").next().map(|r| r.id.as_str()), Some("victor-serge"));
        assert!(table.lookup("lev").next().is_none());
    }

    #[test]
    fn the_longest_name_in_a_query_wins() {
        let table = table();
        let words: Vec<String> = ["brief", "leon", "trotsky", "kibaltsjitsj"].map(String::from).to_vec();
        let found = table.find_names(&words);
        let spans: Vec<(usize, usize, &str)> =
            found.iter().map(|(s, e, r)| (*s, *e, r[0].id.as_str())).collect();
        assert_eq!(spans, vec![(1, 3, "lev-trotski"), (3, 4, "victor-serge")]);
    }
}
