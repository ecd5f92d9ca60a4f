//! The search stage's integration tests: one binary (see README.md).

mod demo;
mod index;
mod relevance;
