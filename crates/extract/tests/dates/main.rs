//! The date recogniser's tests: a table per language (expressions and their EDTF, traps
//! included), a property test that every emitted EDTF parses back to itself, and the shared
//! sample article's events. See README.md.

mod de_es;
mod en;
mod fr;
mod italics;
mod nl;
mod round_trip;
mod sample;
mod support;
