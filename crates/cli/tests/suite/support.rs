//! A small builder over the `kroniek` binary and the fixture archives.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture folder.
pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A throw-away copy of a fixture archive, removed when dropped.
pub(crate) struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// Copies `fixtures/<name>` into a temporary folder.
    pub(crate) fn copy(name: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_tree(&fixtures().join(name), &dir.path().join("archive"));
        Self { dir }
    }

    /// The archive's root.
    pub(crate) fn root(&self) -> PathBuf {
        self.dir.path().join("archive")
    }

    /// A path next to the archive (for output folders).
    pub(crate) fn beside(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// One run of the `kroniek` binary.
pub(crate) struct Kroniek {
    command: Command,
}

/// What a run printed and returned.
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Kroniek {
    pub(crate) fn new() -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kroniek"));
        command.env_remove("RUST_LOG").env("NO_COLOR", "1");
        Self { command }
    }

    pub(crate) fn arg(mut self, arg: impl AsRef<std::ffi::OsStr>) -> Self {
        self.command.arg(arg);
        self
    }

    pub(crate) fn in_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.command.current_dir(dir);
        self
    }

    pub(crate) fn run(mut self) -> Run {
        let Output { status, stdout, stderr } = self.command.output().expect("run kroniek");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }
}

/// Every file under `root` with its bytes, relative paths with forward slashes, sorted.
pub(crate) fn read_tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read dir") {
            let entry = entry.expect("entry");
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
                files.push((rel, fs::read(&path).expect("read")));
            }
        }
    }
    files.sort();
    files
}
