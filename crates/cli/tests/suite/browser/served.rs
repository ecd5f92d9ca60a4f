//! `kroniek serve` as a child process on a free loopback port, stopped when dropped.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::process::{Announces, Process};

/// How long the server may take to build and bind: a failure guard, not a timing.
const START_LIMIT: Duration = Duration::from_secs(30);

/// A running `kroniek serve`.
pub(crate) struct Served {
    process: Process,
    origin: String,
    /// The empty folder the demo is served from, so no `kroniek.toml` around the tests counts.
    _cwd: Option<tempfile::TempDir>,
}

impl Served {
    /// Serves the built-in demo archive (no folder given, none in the current folder).
    pub(crate) fn demo() -> Self {
        let cwd = tempfile::tempdir().expect("temp dir");
        let mut served = Self::start(None, cwd.path());
        assert!(
            served.output().contains("demo"),
            "`kroniek serve` without an archive should say it serves the demo; it said:\n{}",
            served.output()
        );
        served._cwd = Some(cwd);
        served
    }

    /// Serves the archive at `root`.
    pub(crate) fn archive(root: &Path) -> Self {
        Self::start(Some(root), root)
    }

    fn start(archive: Option<&Path>, cwd: &Path) -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kroniek"));
        command.env_remove("RUST_LOG").env("NO_COLOR", "1").current_dir(cwd).arg("serve");
        if let Some(root) = archive {
            command.arg(root);
        }
        // Port 0: the system picks a free port, and the server says which.
        command.args(["--bind", "127.0.0.1", "--port", "0"]);
        let process = Process::start("kroniek serve", command, Announces::OnStderr);
        let line = process.wait_for_line("serving on http://", START_LIMIT);
        let origin = line
            .split_once("serving on ")
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .map(|url| url.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        assert!(origin.starts_with("http://127.0.0.1:"), "the server should bind loopback only: {origin}");
        Self { process, origin, _cwd: None }
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub(crate) fn origin(&self) -> &str {
        &self.origin
    }

    /// The absolute URL of `path` (which starts with `/`).
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// What the server printed so far, for failure messages.
    pub(crate) fn output(&self) -> String {
        self.process.output()
    }
}
