//! The entity recogniser on free text, with a few authority records so the linker runs too.
#![no_main]

use std::sync::OnceLock;

use kroniek_extract::entities::Recogniser;
use kroniek_model::{Authorities, Authority, AuthorityKind, Id};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fn recogniser() -> &'static Recogniser {
    static RECOGNISER: OnceLock<Recogniser> = OnceLock::new();
    RECOGNISER.get_or_init(|| {
        let mut authorities = Authorities::default();
        let records = [
            (AuthorityKind::Person, "jan-peeters", "Jan Peeters", &["Peeters", "J. Peeters"][..]),
            (AuthorityKind::Organisation, "bwp", "Belgische Werkliedenpartij", &["BWP", "POB"][..]),
            (AuthorityKind::Place, "gent", "Gent", &["Gand", "Ghent"][..]),
            (AuthorityKind::Periodical, "vooruit", "Vooruit", &[][..]),
        ];
        for (kind, id, name, aliases) in records {
            let mut record = Authority::new(kind, Id::new(id).expect("a valid id"), name);
            record.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
            authorities.insert(record);
        }
        Recogniser::new(&authorities)
    })
}

fuzz_target!(|data: &[u8]| {
    let (language, rest) = common::choose(data, 4);
    let text = common::text(rest);
    let _ = recogniser().find(&text, &common::language(language));
});
