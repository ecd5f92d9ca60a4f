//! What can stop the server from starting or running.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Why the server could not start or stopped with a failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The port that was asked for explicitly, or every port in the range tried, is taken or
    /// not allowed.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address tried (the last one, when several were).
        addr: SocketAddr,
        /// What the system said.
        source: io::Error,
    },
    /// A folder to watch for edits could not be watched.
    #[error("cannot watch {}: {message}", path.display())]
    Watch {
        /// The folder.
        path: PathBuf,
        /// What the file watcher said.
        message: String,
    },
    /// The server's own machinery failed (a worker thread died, the listener broke).
    #[error("server failure: {0}")]
    Internal(String),
}
