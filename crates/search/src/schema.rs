//! The tantivy schema and its version: the one place that says which fields exist and how each
//! is analysed. Bump [`SCHEMA_VERSION`] with any change here or in the analysers, and indexes on
//! disk are rebuilt on their next use.

use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, SchemaBuilder, TextFieldIndexing,
    TextOptions,
};

use crate::Analysis;

/// The version of the schema and analysis; stored beside an index on disk.
pub const SCHEMA_VERSION: u32 = 1;

/// The fields of the index, by role.
#[derive(Debug, Clone)]
pub(crate) struct SearchSchema {
    pub(crate) schema: Schema,
    /// The page path: the document's key, used to replace or delete it.
    pub(crate) url: Field,
    /// Fingerprint of the document's indexed content, to skip unchanged articles.
    pub(crate) fingerprint: Field,
    pub(crate) title: Field,
    pub(crate) series: Field,
    pub(crate) series_title: Field,
    pub(crate) date: Field,
    pub(crate) year: Field,
    pub(crate) language: Field,
    pub(crate) summary: Field,
    /// Title and body per analyser, in [`Analysis::ALL`] order.
    pub(crate) titles: [Field; 4],
    pub(crate) bodies: [Field; 4],
    pub(crate) names: Field,
    pub(crate) subject_names: Field,
    pub(crate) author: Field,
    /// Linked authority ids, one token per mention (so term frequency counts mentions).
    pub(crate) entity: Field,
    pub(crate) subject: Field,
    pub(crate) facets: Field,
}

impl SearchSchema {
    pub(crate) fn new() -> Self {
        let mut builder = Schema::builder();
        let text = |analysis: Analysis, stored: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(analysis.tokenizer_name())
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let options = TextOptions::default().set_indexing_options(indexing);
            if stored { options.set_stored() } else { options }
        };
        let url = builder.add_text_field("url", STRING | STORED);
        let fingerprint = builder.add_u64_field("fingerprint", STORED);
        let title = builder.add_text_field("title", STORED);
        let series = builder.add_text_field("series", STRING | STORED | FAST);
        let series_title = builder.add_text_field("series_title", STORED);
        let date = builder.add_text_field("date", STORED);
        let year = builder.add_i64_field("year", INDEXED | STORED | FAST);
        let language = builder.add_text_field("language", STRING | STORED | FAST);
        let summary = builder.add_text_field("summary", STORED);
        let field = |b: &mut SchemaBuilder, role: &str, a: Analysis, stored: bool| {
            b.add_text_field(&format!("{role}_{}", a.code()), text(a, stored))
        };
        let titles = Analysis::ALL.map(|a| field(&mut builder, "title", a, false));
        let bodies = Analysis::ALL.map(|a| field(&mut builder, "body", a, true));
        let names = builder.add_text_field("names", text(Analysis::Folded, false));
        let subject_names = builder.add_text_field("subject_names", text(Analysis::Folded, false));
        let author = builder.add_text_field("author", text(Analysis::Folded, false));
        let raw_with_freqs = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer("raw").set_index_option(IndexRecordOption::WithFreqs),
        );
        let entity = builder.add_text_field("entity", raw_with_freqs.clone());
        let subject = builder.add_text_field("subject", raw_with_freqs);
        let facets = builder.add_facet_field("facets", tantivy::schema::FacetOptions::default());
        Self {
            schema: builder.build(),
            url,
            fingerprint,
            title,
            series,
            series_title,
            date,
            year,
            language,
            summary,
            titles,
            bodies,
            names,
            subject_names,
            author,
            entity,
            subject,
            facets,
        }
    }

    /// Registers kroniek's analysers with an index, which must be done on every open.
    pub(crate) fn register_analysers(index: &Index) {
        for analysis in Analysis::ALL {
            index.tokenizers().register(analysis.tokenizer_name(), analysis.analyzer());
        }
    }

    /// The fields of an analyser: its title and body fields.
    pub(crate) fn fields_of(&self, analysis: Analysis) -> (Field, Field) {
        let i = Analysis::ALL.iter().position(|a| *a == analysis).unwrap_or(3);
        (self.titles[i], self.bodies[i])
    }
}
