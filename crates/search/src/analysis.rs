//! How text becomes index terms: per-language analysers (Snowball stemmer, stop words) with
//! accent folding, shared by the tantivy index and the static bundle so both agree on terms.
//!
//! Each article is analysed in its own language; a query is analysed in every language the
//! index holds and the alternatives are OR-ed, so a Dutch query finds a French article when the
//! word is the same after folding and stemming ("revolutie" and "révolution" do not meet, but
//! "Rétif" and "Retif" do).

use kroniek_model::Language;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as StemLanguage, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, TokenStream,
};
use unicode_normalization::UnicodeNormalization;

/// Words longer than this are noise (URLs, hashes) and are dropped, as tantivy's default does.
const LONGEST_WORD: usize = 40;

/// The analysers an index knows, one per supported language plus one that only folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Analysis {
    /// Dutch: Snowball Dutch stemmer, Dutch stop words.
    Dutch,
    /// French: Snowball French stemmer, French stop words.
    French,
    /// English: Snowball English (Porter 2) stemmer, English stop words.
    English,
    /// Any other language, and names: lowercased and folded, not stemmed, no stop words.
    Folded,
}

impl Analysis {
    /// The stemmed analysers, in the order fields are declared.
    pub const STEMMED: [Analysis; 3] = [Analysis::Dutch, Analysis::French, Analysis::English];

    /// Every analyser.
    pub const ALL: [Analysis; 4] = [Analysis::Dutch, Analysis::French, Analysis::English, Analysis::Folded];

    /// The analyser for an article's language; languages without a stemmer are folded only.
    pub fn for_language(language: &Language) -> Analysis {
        match language.code() {
            "nl" => Analysis::Dutch,
            "fr" => Analysis::French,
            "en" => Analysis::English,
            _ => Analysis::Folded,
        }
    }

    /// The short name used in tokenizer and field names (`nl`, `fr`, `en`, `xx`).
    pub fn code(self) -> &'static str {
        match self {
            Analysis::Dutch => "nl",
            Analysis::French => "fr",
            Analysis::English => "en",
            Analysis::Folded => "xx",
        }
    }

    /// The name the analyser is registered under in a tantivy index.
    pub fn tokenizer_name(self) -> &'static str {
        match self {
            Analysis::Dutch => "kroniek_nl",
            Analysis::French => "kroniek_fr",
            Analysis::English => "kroniek_en",
            Analysis::Folded => "kroniek_xx",
        }
    }

    fn stem_language(self) -> Option<StemLanguage> {
        match self {
            Analysis::Dutch => Some(StemLanguage::Dutch),
            Analysis::French => Some(StemLanguage::French),
            Analysis::English => Some(StemLanguage::English),
            Analysis::Folded => None,
        }
    }

    /// The tantivy analyser. Stop words are removed before stemming (the lists hold surface
    /// forms, accents included); folding comes last so the stemmer still sees the accents its
    /// rules are written for, and "Rétif" and "Retif" end as the same term.
    pub fn analyzer(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(LONGEST_WORD))
            .filter(LowerCaser);
        match self.stem_language() {
            Some(language) => {
                let stop =
                    StopWordFilter::new(language).unwrap_or_else(|| StopWordFilter::remove(Vec::new()));
                base.filter(stop).filter(Stemmer::new(language)).filter(AsciiFoldingFilter).build()
            }
            None => base.filter(AsciiFoldingFilter).build(),
        }
    }

    /// The terms of `text`, in order, as the index stores them.
    pub fn terms(self, text: &str) -> Vec<String> {
        let mut analyzer = self.analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while stream.advance() {
            terms.push(stream.token().text.clone());
        }
        terms
    }

    /// Whether `word` is a stop word of this language (compared lowercased, accents kept).
    pub fn is_stop_word(self, word: &str) -> bool {
        let Some(language) = self.stem_language() else { return false };
        let lower = word.to_lowercase();
        let Some(mut filter) = StopWordFilter::new(language)
            .map(|f| TextAnalyzer::builder(tantivy::tokenizer::RawTokenizer::default()).filter(f).build())
        else {
            return false;
        };
        let mut stream = filter.token_stream(&lower);
        !stream.advance()
    }
}

/// Lowercases and removes accents the way the static bundle's client does (NFD, drop combining
/// marks, then the few letters NFD leaves alone), so keys built here are found from the browser.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            match lower {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'þ' => out.push_str("th"),
                'ı' => out.push('i'),
                other => out.push(other),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(analysis: Analysis, a: &str, b: &str) {
        assert_eq!(analysis.terms(a), analysis.terms(b), "{a} / {b}");
        assert!(!analysis.terms(a).is_empty(), "{a} left no term");
    }

    #[test]
    fn dutch_plurals_meet_their_singular() {
        same(Analysis::Dutch, "revoluties", "revolutie");
        same(Analysis::Dutch, "geschiedenissen", "geschiedenis");
        same(Analysis::Dutch, "arbeiders", "arbeider");
    }

    #[test]
    fn accents_fold_in_every_analyser() {
        for analysis in Analysis::ALL {
            same(analysis, "Stürgkh", "Sturgkh");
            same(analysis, "Rétif", "Retif");
            same(analysis, "café", "cafe");
        }
    }

    #[test]
    fn french_and_english_stem() {
        same(Analysis::French, "révolutions", "révolution");
        same(Analysis::English, "revolutions", "revolution");
    }

    #[test]
    fn stop_words_leave_no_term() {
        assert!(Analysis::Dutch.terms("de het een").is_empty());
        assert!(Analysis::French.terms("le la les des").is_empty());
        assert!(Analysis::English.terms("the of and").is_empty());
        assert!(Analysis::Dutch.is_stop_word("De"));
        assert!(!Analysis::Dutch.is_stop_word("staking"));
        assert!(Analysis::Folded.terms("de het").len() == 2, "the folded analyser keeps every word");
    }

    #[test]
    fn folding_matches_the_client_rules() {
        assert_eq!(fold("Straße Œuvre Łódź"), "strasse oeuvre lodz");
        assert_eq!(fold("Henriëtte"), "henriette");
    }
}
