//! What can go wrong in the driver that is not a problem in the archive's content.

use std::io;
use std::path::PathBuf;

/// An I/O or usage problem: the archive's content is fine (or unknown), the machine said no.
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// The folder is not an archive.
    #[error("{0} is not a kroniek archive: it has no kroniek.toml (create one with `kroniek new`)")]
    NotAnArchive(PathBuf),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// `new` was pointed at a folder that already holds files.
    #[error("{0} is not empty: `kroniek new` only creates an archive in a new or empty folder")]
    NotEmpty(PathBuf),
    /// The output folder exists, holds files, and was not written by kroniek.
    #[error(
        "{0} exists and was not made by kroniek build (no {marker} file in it); refusing to replace it — choose another --out or empty it",
        marker = crate::OUTPUT_MARKER
    )]
    ForeignOutput(PathBuf),
    /// The output folder would contain the archive (or be the archive).
    #[error("the output folder {0} must not contain the archive's sources")]
    OutputOverlapsArchive(PathBuf),
}

impl DriverError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Io { path: path.into(), source }
    }
}
