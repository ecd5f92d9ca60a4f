//! The driver's invariants as property tests (issue 9): whatever Markdown, front matter and
//! authority records an archive holds, every page is well-formed HTML with nothing that runs;
//! the build is deterministic; and an incremental rebuild after any sequence of edits gives the
//! site a clean build gives. Case counts are kept small so that `cargo test --workspace` stays
//! fast; `PROPTEST_CASES=…` runs more.

mod archive;
mod deterministic;
mod html_check;
mod incremental;
mod well_formed;
