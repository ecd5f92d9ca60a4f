//! Sentence templates and word lists for one language of prose.
//!
//! Templates are plain text with `{SLOT}` placeholders that `ProseWriter` fills from the
//! article's cast and timeline:
//!
//! | slot | filled with |
//! | --- | --- |
//! | `{P}` `{S}` | the subject's full name, family name |
//! | `{H}` `{ZIJN}` `{HIM}` `{E}` | pronoun, possessive, object pronoun, French feminine `e` |
//! | `{Q}` `{QS}` `{QLIFE}` | another person of the cast, their family name, life years |
//! | `{O}` `{dO}` `{aO}` `{OA}` `{OS}` | an organisation with its article (full name and acronym at first mention), French `du`/`au` forms, bare acronym, article + acronym |
//! | `{OF}` `{OY}` `{OE}` | an organisation's full name, its founding year, French agreement |
//! | `{X}` `{XB}` `{XD}` | a place of the cast, the birth place, the death place |
//! | `{J}` | a periodical |
//! | `{D}` `{DS}` `{DM}` `{DB}` | a date phrase in any form, a season, month and year, a bare day date |
//! | `{Y}` `{Y2}` `{RP}` `{PY}` | a year, a later year, a parenthesised range, a year of publication |
//! | `{BORN}` `{DIED}` `{AGE}` `{YAGE}` `{DAGE}` `{SMALLAGE}` | the life dates as phrases, the age in the current year, a school-leaving age, the age at death, a child's age |
//! | `{T}` `{OPP}` `{dOPP}` | a topic, something opposed, French `de` + it |
//! | `{ACT}` `{ACTS}` `{ACTV}` `{ACTR}` | an activity: main clause, subordinate clause, verb, rest |
//! | `{ROLE}` `{ROLEN}` `{FROLE}` `{MROLE}` | the subject's trade, bare, the father's, the mother's |
//! | `{WP}` `{IND}` `{WORKERS}` `{ADJP}` `{MONEY}` | workplaces, an industry, workers, a person adjective, a wage |
//! | `{NUM}` `{NUMS}` `{NUML}` `{NW}` `{PAGE}` `{PAGE2}` | a count (any, small, large), a small number in words, page numbers |
//! | `{AUTH}` `{WT}` `{LIFE}` | a historian, a book title, the subject's life years |

use crate::language::Language;

mod en;
mod fr;
mod nl;

/// Everything needed to write one language's articles.
#[derive(Debug)]
pub(crate) struct Phrasebook {
    /// Subject pronoun: [he, she].
    pub(crate) pronoun: [&'static str; 2],
    /// Possessive determiner: [his, her].
    pub(crate) possessive: [&'static str; 2],
    /// Object pronoun: [him, her].
    pub(crate) object: [&'static str; 2],
    /// Ending that makes a participle or noun feminine: [masculine, feminine].
    pub(crate) feminine_e: [&'static str; 2],
    /// The lead's first sentence.
    pub(crate) birth: &'static [&'static str],
    /// Childhood and youth.
    pub(crate) youth: &'static [&'static str],
    /// Narrative sentences that carry a date.
    pub(crate) dated: &'static [&'static str],
    /// Narrative and commentary without a date.
    pub(crate) undated: &'static [&'static str],
    /// Old age.
    pub(crate) late: &'static [&'static str],
    /// The death sentence.
    pub(crate) death: &'static [&'static str],
    /// What remained after death.
    pub(crate) legacy: &'static [&'static str],
    /// A sentence ending in ":" that introduces a quotation.
    pub(crate) quote_intros: &'static [&'static str],
    /// Quotations.
    pub(crate) quotes: &'static [&'static str],
    /// Section headings for the first section.
    pub(crate) headings_youth: &'static [&'static str],
    /// Section headings for the middle sections.
    pub(crate) headings_middle: &'static [&'static str],
    /// Section headings for the last section.
    pub(crate) headings_late: &'static [&'static str],
    /// Headings of the bibliography section.
    pub(crate) works_headings: &'static [&'static str],
    /// The paragraph that opens the bibliography.
    pub(crate) works_intros: &'static [&'static str],
    /// Group label of the works in the article's language.
    pub(crate) works_group_own: &'static [&'static str],
    /// Group label of the works in other languages.
    pub(crate) works_group_other: &'static [&'static str],
    /// Footnote texts.
    pub(crate) footnotes: &'static [&'static str],
    /// Titles for the first article about a person.
    pub(crate) titles_first: &'static [&'static str],
    /// Titles for later articles about the same person.
    pub(crate) titles_more: &'static [&'static str],
    /// Subtitles.
    pub(crate) subtitles: &'static [&'static str],
    /// One-sentence summaries.
    pub(crate) summaries: &'static [&'static str],
    /// Causes and questions the movement argued about ("de achturendag").
    pub(crate) topics: &'static [&'static str],
    /// What the subject fought against ("het militarisme").
    pub(crate) opposed: &'static [&'static str],
    /// Activities as "verb|rest|particle" ("zette|een hulpcomité|op").
    pub(crate) activities: &'static [&'static str],
    /// Trades of men.
    pub(crate) trades_m: &'static [&'static str],
    /// Trades of women.
    pub(crate) trades_f: &'static [&'static str],
    /// Workplaces, plural ("fabrieken").
    pub(crate) workplaces: &'static [&'static str],
    /// Industries ("textielnijverheid").
    pub(crate) industries: &'static [&'static str],
    /// Groups of workers, plural ("dokwerkers").
    pub(crate) workers: &'static [&'static str],
    /// Adjectives praising a speaker, in attributive form.
    pub(crate) person_adjectives: &'static [&'static str],
    /// Wages ("twee frank").
    pub(crate) money: &'static [&'static str],
}

impl Phrasebook {
    /// The phrasebook of a language.
    pub(crate) fn of(language: Language) -> &'static Phrasebook {
        match language {
            Language::Nl => &nl::BOOK,
            Language::Fr => &fr::BOOK,
            Language::En => &en::BOOK,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Phrasebook;
    use crate::language::Language;

    /// Every slot a template may use; `ProseWriter` fills exactly these.
    pub(crate) const SLOTS: &[&str] = &[
        "P", "S", "H", "ZIJN", "HIM", "E", "Q", "QS", "QLIFE", "O", "dO", "aO", "OA", "OS", "OF", "OY", "OE",
        "X", "XB", "XD", "J", "D", "DS", "DM", "DB", "Y", "Y2", "RP", "PY", "BORN", "DIED", "AGE", "YAGE",
        "DAGE", "SMALLAGE", "T", "OPP", "dOPP", "ACT", "ACTS", "ACTV", "ACTR", "ROLE", "ROLEN", "FROLE",
        "MROLE", "WP", "IND", "WORKERS", "ADJP", "MONEY", "NUM", "NUMS", "NUML", "NW", "PAGE", "PAGE2",
        "AUTH", "WT", "LIFE",
    ];

    fn all_templates(book: &Phrasebook) -> Vec<&'static str> {
        [
            book.birth,
            book.youth,
            book.dated,
            book.undated,
            book.late,
            book.death,
            book.legacy,
            book.quote_intros,
            book.headings_youth,
            book.headings_middle,
            book.headings_late,
            book.works_headings,
            book.works_intros,
            book.works_group_own,
            book.works_group_other,
            book.footnotes,
            book.titles_first,
            book.titles_more,
            book.subtitles,
            book.summaries,
        ]
        .concat()
    }

    #[test]
    fn templates_use_only_known_slots() {
        for language in Language::ALL {
            let book = Phrasebook::of(language);
            for template in all_templates(book) {
                let mut rest = template;
                while let Some(start) = rest.find('{') {
                    let end = rest[start..].find('}').expect("closed slot") + start;
                    let slot = &rest[start + 1..end];
                    assert!(SLOTS.contains(&slot), "{language:?}: {{{slot}}} in {template}");
                    rest = &rest[end + 1..];
                }
            }
        }
    }

    #[test]
    fn sentences_end_like_sentences() {
        for language in Language::ALL {
            let book = Phrasebook::of(language);
            for list in [book.birth, book.youth, book.dated, book.undated, book.late] {
                for t in list {
                    assert!(t.ends_with('.'), "{language:?}: {t}");
                }
            }
            for t in book.works_group_own.iter().chain(book.works_group_other) {
                assert!(t.ends_with(':'), "{language:?}: {t}");
            }
            for t in book.quote_intros {
                assert!(t.ends_with(':'), "{language:?}: {t}");
            }
            for a in book.activities {
                assert_eq!(a.matches('|').count(), 2, "{language:?}: {a}");
            }
        }
    }

    #[test]
    fn dated_sentences_carry_a_date() {
        for language in Language::ALL {
            for t in Phrasebook::of(language).dated {
                assert!(
                    ["{D}", "{DS}", "{DM}", "{Y}", "{RP}", "{AGE}"].iter().any(|slot| t.contains(slot))
                        || t.starts_with("Datzelfde")
                        || t.starts_with("La même")
                        || t.starts_with("That same"),
                    "{language:?}: {t}"
                );
            }
        }
    }
}
