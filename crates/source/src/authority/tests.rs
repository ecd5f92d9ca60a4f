use super::*;

fn load_file(kind: AuthorityKind, text: &str) -> ReadAuthorities {
    let path = format!("authorities/{}.toml", kind.plural());
    read_authorities(kind, Path::new(&path), text)
}

fn places(parsed: &Parsed<Vec<Authority>>) -> Vec<(usize, usize, String)> {
    parsed
        .diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
            (line, column, d.message.clone())
        })
        .collect()
}

const PEOPLE: &str = r#"[jan-jansen]
name = "Jan Jansen"
aliases = ["Jansen", "J. Jansen", "Jan Jansen"]
born = "1890-12-30"
died = 1947-11-17
born_in = "gent"
died_in = "parijs"
wikidata = "Q1"
viaf = "123"
description = " Drukker. "
"#;

#[test]
fn a_person_is_read() {
    let read = load_file(AuthorityKind::Person, PEOPLE);
    assert!(read.parsed.diagnostics.is_empty(), "{:?}", read.parsed.diagnostics);
    let records = read.parsed.value.unwrap();
    let jan = &records[0];
    assert_eq!(jan.id.as_str(), "jan-jansen");
    assert_eq!(jan.kind, AuthorityKind::Person);
    assert_eq!(jan.aliases, ["Jansen", "J. Jansen"]);
    assert_eq!(jan.start.map(|d| d.to_string()).as_deref(), Some("1890-12-30"));
    assert_eq!(jan.end.map(|d| d.to_string()).as_deref(), Some("1947-11-17"));
    assert_eq!(jan.place.as_ref().map(Id::as_str), Some("gent"));
    assert_eq!(jan.end_place.as_ref().map(Id::as_str), Some("parijs"));
    assert_eq!(jan.description.as_deref(), Some("Drukker."));
    let refs: Vec<_> = read.place_refs.iter().map(|r| (r.id.as_str(), &PEOPLE[r.span.clone()])).collect();
    assert_eq!(refs, [("gent", "\"gent\""), ("parijs", "\"parijs\"")]);
}

#[test]
fn each_kind_accepts_only_its_own_keys() {
    let read = load_file(AuthorityKind::Person, "[x]\nname = \"X\"\nfounded = \"1900\"\n");
    assert_eq!(places(&read.parsed), [(3, 1, "unknown key `founded` in person record `x`".into())]);
    let read = load_file(AuthorityKind::Place, "[x]\nname = \"X\"\nborn = \"1900\"\n");
    assert_eq!(places(&read.parsed)[0].0, 3);
    let read = load_file(
        AuthorityKind::Organisation,
        "[x]\nname = \"X\"\nfounded = \"1900\"\ndissolved = \"1980\"\nbased_in = \"gent\"\n",
    );
    assert!(read.parsed.diagnostics.is_empty());
    let periodical = "[x]\nname = \"X\"\nfounded = \"1919\"\npublished_in = \"luik\"\nlanguage = \"fr\"\n";
    let read = load_file(AuthorityKind::Periodical, periodical);
    assert!(read.parsed.diagnostics.is_empty());
    assert_eq!(read.parsed.value.unwrap()[0].language.as_ref().map(Language::code), Some("fr"));
}

#[test]
fn a_misspelt_key_gets_a_suggestion() {
    let read = load_file(AuthorityKind::Person, "[x]\nname = \"X\"\nbron = \"1900\"\n");
    assert_eq!(read.parsed.diagnostics[0].help.as_deref(), Some("did you mean `born`?"));
}

#[test]
fn bad_ids_dates_and_missing_names() {
    let text = "[Jan]\nname = \"J\"\n\n[b]\nborn = \"1890-13\"\nname = \"B\"\n\n[c]\naliases = [\"C\"]\n\n[d]\nname = \"D\"\nborn = \"1950\"\ndied = \"1940\"\n";
    let read = load_file(AuthorityKind::Person, text);
    let found = places(&read.parsed);
    let at: Vec<_> = found.iter().map(|f| (f.0, f.1)).collect();
    assert_eq!(at, [(1, 2), (5, 8), (8, 2), (14, 8)], "{found:?}");
    assert_eq!(found[3].2, "`died` (1940) is before `born` (1950)");
    let ids: Vec<_> = read.parsed.value.unwrap().iter().map(|r| r.id.to_string()).collect();
    assert_eq!(ids, ["b", "d"], "records with a bad id or no name are left out");
}

#[test]
fn coordinates_are_checked() {
    let text = "[a]\nname = \"A\"\nlat = 50.8\nlon = 4\n\n[b]\nname = \"B\"\nlat = 95.0\nlon = 4.0\n\n[c]\nname = \"C\"\nlat = 1.0\n\n[d]\nname = \"D\"\npart_of = \"d\"\n";
    let read = load_file(AuthorityKind::Place, text);
    let found = places(&read.parsed);
    assert_eq!(
        found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        [(8, 7), (13, 7), (17, 11)],
        "{found:?}"
    );
    let records = read.parsed.value.unwrap();
    assert_eq!(records[0].coordinates, Some(Coordinates { lat: 50.8, lon: 4.0 }));
    assert_eq!(records[1].coordinates, None);
}

#[test]
fn a_shared_alias_is_a_warning_at_the_later_record() {
    let text = "[b]\nname = \"Boer\"\n\n[a]\nname = \"Anton\"\naliases = [\"boer\"]\n";
    let read = load_file(AuthorityKind::Person, text);
    let found = places(&read.parsed);
    assert_eq!(found, [(6, 12, "the name `boer` also belongs to `b`".into())]);
    assert!(!read.parsed.diagnostics[0].is_error());
    assert_eq!(read.parsed.value.map(|v| v.len()), Some(2));
}

#[test]
fn a_value_that_is_not_a_record() {
    let read = load_file(AuthorityKind::Person, "name = \"los\"\n");
    assert_eq!(places(&read.parsed)[0].0, 1);
    assert_eq!(read.parsed.value.map(|v| v.len()), Some(0));
}

#[test]
fn broken_toml_gives_no_records() {
    let read = load_file(AuthorityKind::Person, "[a\nname = \"x\"\n");
    assert_eq!(read.parsed.value, None);
    assert!(read.parsed.has_errors());
}

#[test]
fn identifiers_that_look_wrong_are_warnings() {
    let read = load_file(AuthorityKind::Person, "[a]\nname = \"A\"\nwikidata = \"381272\"\nviaf = \"x1\"\n");
    let found = places(&read.parsed);
    assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), [3, 4]);
    assert!(read.parsed.diagnostics.iter().all(|d| !d.is_error()));
}

#[test]
fn public_entry_point_matches() {
    let parsed = parse_authorities(AuthorityKind::Person, Path::new("authorities/people.toml"), PEOPLE);
    assert_eq!(parsed.value.map(|v| v.len()), Some(1));
}

proptest::proptest! {
    #[test]
    fn any_text_reads_without_panic(text in "(\\PC|\n){0,200}", kind in 0..4usize) {
        let kind = AuthorityKind::ALL[kind];
        let _ = parse_authorities(kind, Path::new("authorities/x.toml"), &text);
        let _ = crate::parse_config(Path::new("kroniek.toml"), &text);
        // Near-valid records, where the validation rules (not the TOML parser) do the work.
        let record = format!("[a]\nname = \"A\"\n{text}\n");
        let _ = parse_authorities(kind, Path::new("authorities/x.toml"), &record);
    }
}

#[test]
fn a_duplicate_id_is_one_error_at_the_repeat_naming_the_first() {
    let text = "[a]\nname = \"Anna\"\n\n[b]\nname = \"Bert\"\n\n[ a ] # again\nname = \"Anton\"\n";
    let read = load_file(AuthorityKind::Person, text);
    let found = places(&read.parsed);
    assert_eq!(found, [(7, 3, "duplicate record id `a`: line 1 has a record with this id".into())]);
    assert!(read.parsed.diagnostics[0].is_error());
}
