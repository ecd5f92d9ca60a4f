//! The driver: the one place that knows every stage and touches the disk.
//!
//! Input: an archive location (a folder, or the demo archive embedded in the binary).
//! Output: a checked archive, a rendered site in memory, or a site written to an output folder
//! that replaces the previous one only when the whole build succeeded; for `import`, scraped
//! pages written into the archive as sources, never overwriting one.
//!
//! Stages (`source`, `import`, `extract`, `site`) stay free of I/O; this crate reads files, calls them in flow order
//! and writes their results. The command line and the server are thin layers over it.

mod authorities;
mod error;
mod extract;
mod import;
mod knowledge;
mod location;
mod output;
mod pipeline;
mod scaffold;
mod search;
mod session;
mod suggest;

pub use authorities::read_authorities;
pub use error::DriverError;
pub use extract::{ExtractError, ExtractReport, extract, locate_source, read_config};
pub use import::{
    ExistingSources, ImportJob, ImportMode, ImportSetupError, ImportedPage, InputProblem, PageFailure,
    PageInputs, PageOutcome, PageReport, SeriesChoice,
};
pub use location::{ArchiveLocation, ArchiveSources};
pub use output::OUTPUT_MARKER;
pub use pipeline::{BuildError, Built, Compiled, Failed, KnowledgeApi, build, check, compile_cached};
pub use scaffold::create_archive;
pub use search::{CACHE_DIR, SearchSession, open_search, search_index_dir};
pub use session::{Session, SiteChange};
pub use suggest::{Suggestions, suggest};
