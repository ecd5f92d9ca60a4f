//! The search stage: an archive's articles become searchable, in two forms.
//!
//! Input: an [`Archive`](kroniek_model::Archive) whose entries carry their
//! [`Knowledge`](kroniek_model::Knowledge) (linked mentions of people, organisations, places),
//! and its authority records. Output: a [`SearchIndex`] (tantivy) that answers queries with
//! [`SearchResults`] for the server, the API and the terminal; and a [`StaticBundle`], the files
//! a built site's `/search/` page searches in the browser with no server.
//!
//! Both analyse text the same way ([`Analysis`]: per-language stemming and stop words, accent
//! folding) and read the same query language ([`ParsedQuery`]). The tantivy index lives in a
//! folder the driver names; apart from that folder the stage does no I/O. It depends on
//! `kroniek-model` only.

mod alias_table;
mod analysis;
mod bundle_terms;
mod document;
mod error;
mod facet_counter;
mod plain_text;
mod query;
mod results;
mod schema;
mod search_index;
mod searcher;
mod static_bundle;

pub use alias_table::{AliasTable, NamedRecord};
pub use analysis::{Analysis, fold};
pub use document::SearchDocument;
pub use error::SearchError;
pub use plain_text::plain_text;
pub use query::{Filters, MAX_QUERY_CHARS, MAX_UNITS, ParsedQuery, QueryNote, Unit, year_range};
pub use results::{FacetCount, Facets, Hit, SearchRequest, SearchResults};
pub use schema::SCHEMA_VERSION;
pub use search_index::{IndexReport, SearchIndex};
pub use static_bundle::{BUNDLE_DIR, BUNDLE_VERSION, CHUNK_BYTES, DOCS_PER_FILE, FACET_DOCS, StaticBundle};
