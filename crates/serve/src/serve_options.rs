//! How the server listens and how patient it is; parsed by the command line, used as is here.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

/// Where and how the server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// The address to listen on; loopback by default so an editor's draft is not on the network.
    pub bind: IpAddr,
    /// The first port to try; `0` lets the system choose one.
    pub port: u16,
    /// Whether the user asked for this port. An asked-for port that is taken is an error; the
    /// default one moves on to the next free port.
    pub port_is_explicit: bool,
    /// How long the archive must stay quiet after a change before the site is rebuilt, so an
    /// editor's save in several steps (temp file, rename, backup) gives one rebuild.
    pub debounce: Duration,
    /// How long a client may take to send its request headers before the connection is closed.
    pub header_read_timeout: Duration,
    /// The largest request head (request line and headers) accepted, in bytes; larger ones are
    /// answered 431.
    pub max_header_bytes: usize,
    /// How long shutdown waits for requests in flight before it gives up on them.
    pub shutdown_grace: Duration,
}

impl ServeOptions {
    /// The port tried first when none is given.
    pub const DEFAULT_PORT: u16 = 8000;
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: Self::DEFAULT_PORT,
            port_is_explicit: false,
            // Editors finish a multi-step save within a few milliseconds; 40 ms hides that
            // without making a save feel slow.
            debounce: Duration::from_millis(40),
            header_read_timeout: Duration::from_secs(10),
            max_header_bytes: 32 * 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}
