//! The search stage's integration tests: one binary (see README.md).

mod bundle;
mod demo;
mod index;
mod relevance;
