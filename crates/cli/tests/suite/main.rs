//! kroniek's integration tests: the real binary on fixture archives. See `tests/README.md`.

mod build;
mod check;
mod new;
mod support;
