//! Language codes of articles and sites.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A language as an ISO 639-1/639-3 code (`nl`, `fr`, `en`, `de`), lowercase.
///
/// Only the primary subtag is kept: the site's interface and the search analysers work per
/// language, not per region.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Language(String);

/// Why a string is not a language code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a language code: use two or three lowercase letters such as `nl`, `fr` or `en`")]
pub struct LanguageError(pub String);

impl Language {
    /// Checks and wraps a code.
    pub fn new(code: &str) -> Result<Self, LanguageError> {
        if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Self(code.to_owned()))
        } else {
            Err(LanguageError(code.to_owned()))
        }
    }

    /// Dutch, the reference archive's language.
    pub fn dutch() -> Self {
        Self("nl".to_owned())
    }

    /// The code.
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl Default for Language {
    fn default() -> Self {
        Self::dutch()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Language::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_or_three_lowercase_letters() {
        assert!(Language::new("nl").is_ok());
        assert!(Language::new("wln").is_ok());
        for bad in ["", "n", "NL", "nl-BE", "dutch"] {
            assert!(Language::new(bad).is_err(), "{bad:?}");
        }
    }
}
