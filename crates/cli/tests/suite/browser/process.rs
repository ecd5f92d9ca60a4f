//! A child process whose output is read line by line, killed when dropped.
//!
//! Both `kroniek serve` and chromedriver announce on one line that they are ready (and where);
//! a reader thread keeps their pipe drained so they never block on a full pipe, and keeps the
//! text for failure messages.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A running child, killed when dropped.
pub(crate) struct Process {
    name: &'static str,
    child: Child,
    lines: Receiver<String>,
    output: Arc<Mutex<String>>,
}

/// Which of the child's streams announces that it is ready.
pub(crate) enum Announces {
    OnStdout,
    OnStderr,
}

impl Process {
    /// Starts `command`, reading the stream it announces itself on (the other is discarded).
    pub(crate) fn start(name: &'static str, mut command: Command, announces: Announces) -> Self {
        command.stdin(Stdio::null());
        match announces {
            Announces::OnStdout => command.stdout(Stdio::piped()).stderr(Stdio::null()),
            Announces::OnStderr => command.stdout(Stdio::null()).stderr(Stdio::piped()),
        };
        let mut child = command.spawn().unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        let stream: Option<Box<dyn Read + Send>> = match announces {
            Announces::OnStdout => child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>),
            Announces::OnStderr => child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>),
        };
        let (sender, lines) = mpsc::channel();
        let output = Arc::new(Mutex::new(String::new()));
        if let Some(stream) = stream {
            let kept = Arc::clone(&output);
            thread::spawn(move || {
                for line in BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if let Ok(mut kept) = kept.lock() {
                        kept.push_str(&line);
                        kept.push('\n');
                    }
                    // The receiver may be gone once the line it waited for came; keep draining.
                    let _ = sender.send(line);
                }
            });
        }
        Self { name, child, lines, output }
    }

    /// The first line (from now on) that contains `needle`; panics with the output so far if
    /// none comes within `within` or the child ends first.
    pub(crate) fn wait_for_line(&self, needle: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    panic!(
                        "{} did not say {needle:?} within {within:?}; it said:\n{}",
                        self.name,
                        self.output()
                    )
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("{} ended before saying {needle:?}; it said:\n{}", self.name, self.output())
                }
            }
        }
    }

    /// Everything the child printed on its announcing stream so far.
    pub(crate) fn output(&self) -> String {
        self.output.lock().map(|text| text.clone()).unwrap_or_default()
    }

    /// Waits up to `within` for the child to end by itself; true if it did.
    pub(crate) fn ended_within(&mut self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => return true,
                Ok(None) => thread::sleep(Duration::from_millis(20)),
            }
        }
        false
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // Already ended is fine: kill then reports an error we have no use for.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
