//! An archive's authority records on their own, for commands that only need the names
//! (`annotate`, `extract`): read from `authorities/*.toml`, problems reported, not fatal.

use std::path::Path;

use kroniek_model::{Authorities, AuthorityKind, Diagnostic};
use kroniek_source::parse_authorities;

/// The records of the archive at `root`, and the problems met reading them. A missing file
/// is no problem (an archive need not keep every kind); a broken record is left out.
pub fn read_authorities(root: &Path) -> (Authorities, Vec<Diagnostic>) {
    let mut authorities = Authorities::default();
    let mut diagnostics = Vec::new();
    for kind in AuthorityKind::ALL {
        let relative = Path::new("authorities").join(format!("{}.toml", kind.plural()));
        let Ok(text) = std::fs::read_to_string(root.join(&relative)) else { continue };
        let parsed = parse_authorities(kind, &relative, &text);
        diagnostics.extend(parsed.diagnostics);
        for record in parsed.value.into_iter().flatten() {
            authorities.insert(record);
        }
    }
    (authorities, diagnostics)
}
