//! Stable identifiers of series and authority records: the part of a URL that must never change.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A stable id: lowercase ASCII letters, digits and inner hyphens (`victor-serge`, `poum`).
///
/// Ids become URL segments and file names, so the alphabet is kept to what every host,
/// file system and shell treats the same.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(String);

/// Why a string is not an id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a valid id: use lowercase letters a-z, digits and hyphens, e.g. `victor-serge`")]
pub struct IdError(pub String);

impl Id {
    /// Checks and wraps an id.
    pub fn new(text: &str) -> Result<Self, IdError> {
        let ok = !text.is_empty()
            && text.len() <= 120
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-');
        if ok { Ok(Self(text.to_owned())) } else { Err(IdError(text.to_owned())) }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Id::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_ascii_with_inner_hyphens() {
        assert!(Id::new("victor-serge").is_ok());
        assert!(Id::new("poum").is_ok());
        for bad in ["", "Victor", "-a", "a-", "a b", "élan", "a/b", "a..b"] {
            assert!(Id::new(bad).is_err(), "{bad:?}");
        }
    }
}
