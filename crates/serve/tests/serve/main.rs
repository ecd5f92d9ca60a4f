//! kroniek-serve's integration tests: a real server on a loopback port, spoken to over real
//! HTTP/1.1. See README.md beside this file.

mod bad_input;
mod http_rules;
mod live_editing;
mod path_safety;
mod shutdown;
mod support;
