//! kroniek's integration tests: the real binary on fixture archives. See `tests/README.md`.

mod annotate;
mod browser;
mod build;
mod check;
mod extract;
mod faults;
mod import;
mod new;
mod search;
mod support;
