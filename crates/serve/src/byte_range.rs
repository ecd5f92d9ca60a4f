//! What a `Range` header asks of a file: one part of it, nothing it has, or (when the header
//! cannot be honoured simply) the whole file.

use std::ops::Range;

use http_range_header::{EndPosition, StartPosition, parse_range_header};

/// How to answer a `Range` header for a file of a given length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ByteRange {
    /// Send these bytes with 206 Partial Content.
    Part(Range<usize>),
    /// Nothing of the file is asked for: 416 Range Not Satisfiable.
    Unsatisfiable,
    /// Send the whole file with 200: the header is malformed or asks for several parts, which
    /// a server may always answer with the whole (RFC 9110 §14.2).
    Whole,
}

impl ByteRange {
    /// Reads a `Range` header value against a file of `len` bytes.
    pub(crate) fn parse(header: &str, len: usize) -> Self {
        let Ok(parsed) = parse_range_header(header) else { return ByteRange::Whole };
        let [range] = parsed.ranges.as_slice() else { return ByteRange::Whole };
        let Some(last) = len.checked_sub(1) else { return ByteRange::Unsatisfiable };
        let start = match range.start {
            StartPosition::Index(start) => match usize::try_from(start) {
                Ok(start) if start <= last => start,
                _ => return ByteRange::Unsatisfiable,
            },
            // A suffix longer than the file asks for all of it.
            StartPosition::FromLast(suffix) => {
                len.saturating_sub(usize::try_from(suffix).unwrap_or(usize::MAX))
            }
        };
        let end = match range.end {
            EndPosition::Index(end) => match usize::try_from(end) {
                // `bytes=9-3` is not a range at all.
                Ok(end) if end < start => return ByteRange::Whole,
                Ok(end) => end.min(last),
                Err(_) => last,
            },
            EndPosition::LastByte => last,
        };
        ByteRange::Part(start..end + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::ByteRange::{self, Part, Unsatisfiable, Whole};

    #[test]
    fn single_ranges() {
        assert_eq!(ByteRange::parse("bytes=0-9", 100), Part(0..10));
        assert_eq!(ByteRange::parse("bytes=90-", 100), Part(90..100));
        assert_eq!(ByteRange::parse("bytes=-10", 100), Part(90..100));
        assert_eq!(ByteRange::parse("bytes=95-500", 100), Part(95..100));
        assert_eq!(ByteRange::parse("bytes=-500", 100), Part(0..100));
        assert_eq!(ByteRange::parse("bytes=99-99", 100), Part(99..100));
    }

    #[test]
    fn out_of_file_is_unsatisfiable() {
        assert_eq!(ByteRange::parse("bytes=100-", 100), Unsatisfiable);
        assert_eq!(ByteRange::parse("bytes=18446744073709551615-", 100), Unsatisfiable);
        assert_eq!(ByteRange::parse("bytes=0-", 0), Unsatisfiable);
    }

    #[test]
    fn nonsense_and_multiple_parts_get_the_whole_file() {
        for header in ["bytes=9-3", "bytes=a-b", "items=0-1", "bytes=0-1,5-6", "bytes=", "bytes=--1", ""] {
            assert_eq!(ByteRange::parse(header, 100), Whole, "{header}");
        }
    }
}
