//! `/api/events?from=EDTF&to=EDTF`: the events document narrowed to a period.
//!
//! The builder publishes every event once, in timeline order, as the API document `events`,
//! each with `first` and `last` (`[year, month, day]`, the days its date may mean). A query
//! keeps the events whose days overlap the days from the start of `from` to the end of `to`;
//! either bound may be left out. Filtering here, on each request, keeps the builder's output
//! one document whatever periods readers ask for.

use kroniek_model::Edtf;
use percent_encoding::percent_decode_str;
use serde_json::Value;

/// A day as `(year, month, day)`.
type Day = (i64, i64, i64);

/// Why a query cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum QueryError {
    /// A bound is not EDTF (the message says which and why).
    BadDate(String),
    /// The stored document is not the expected JSON array.
    BadDocument,
}

/// The bounds a query string asks for: the first day of `from`, the last day of `to`.
fn bounds(query: &str) -> Result<(Option<Day>, Option<Day>), QueryError> {
    let (mut from, mut to) = (None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode_str(&value.replace('+', " ")).decode_utf8_lossy().into_owned();
        let parse =
            |which: &str| Edtf::parse(&value).map_err(|e| QueryError::BadDate(format!("`{which}`: {e}")));
        match key {
            "from" if !value.is_empty() => {
                let date = parse("from")?;
                from = date.start().or(date.end()).map(|d| widen(d.earliest()));
            }
            "to" if !value.is_empty() => {
                let date = parse("to")?;
                to = date.end().or(date.start()).map(|d| widen(d.latest()));
            }
            _ => {}
        }
    }
    Ok((from, to))
}

fn widen((y, m, d): (i32, u8, u8)) -> Day {
    (i64::from(y), i64::from(m), i64::from(d))
}

fn day(value: &Value) -> Option<Day> {
    let a = value.as_array()?;
    Some((a.first()?.as_i64()?, a.get(1)?.as_i64()?, a.get(2)?.as_i64()?))
}

/// The events of `document` (a JSON array) that fall in the period `query` names, as JSON.
pub(crate) fn filter(document: &[u8], query: &str) -> Result<Vec<u8>, QueryError> {
    let (from, to) = bounds(query)?;
    let Ok(Value::Array(events)) = serde_json::from_slice::<Value>(document) else {
        return Err(QueryError::BadDocument);
    };
    let kept: Vec<Value> = events
        .into_iter()
        .filter(|e| {
            let first = day(&e["first"]);
            let last = day(&e["last"]).or(first);
            let after_start = match (from, last) {
                (Some(from), Some(last)) => last >= from,
                (Some(_), None) => false,
                (None, _) => true,
            };
            let before_end = match (to, first) {
                (Some(to), Some(first)) => first <= to,
                (Some(_), None) => false,
                (None, _) => true,
            };
            after_start && before_end
        })
        .collect();
    let mut out = serde_json::to_vec(&kept).map_err(|_| QueryError::BadDocument)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Vec<u8> {
        serde_json::json!([
            {"date": "1890/1947", "first": [1890, 1, 1], "last": [1947, 12, 31]},
            {"date": "1909", "first": [1909, 1, 1], "last": [1909, 12, 31]},
            {"date": "1917-04-12", "first": [1917, 4, 12], "last": [1917, 4, 12]},
            {"date": "1936", "first": [1936, 1, 1], "last": [1936, 12, 31]}
        ])
        .to_string()
        .into_bytes()
    }

    fn dates(query: &str) -> Vec<String> {
        let out = filter(&doc(), query).unwrap_or_else(|e| panic!("{query}: {e:?}"));
        let v: Value = serde_json::from_slice(&out).unwrap_or_default();
        v.as_array().into_iter().flatten().filter_map(|e| e["date"].as_str().map(str::to_owned)).collect()
    }

    #[test]
    fn events_overlapping_the_period_are_kept_in_order() {
        assert_eq!(dates("from=1910&to=1920"), ["1890/1947", "1917-04-12"]);
        assert_eq!(dates("from=1917-04-13"), ["1890/1947", "1936"]);
        assert_eq!(dates("to=1909-06"), ["1890/1947", "1909"]);
        assert_eq!(dates(""), ["1890/1947", "1909", "1917-04-12", "1936"]);
        assert_eq!(dates("from=1917-04&to=1917-04"), ["1890/1947", "1917-04-12"]);
        assert_eq!(dates("from=1930%2F1939"), ["1890/1947", "1936"], "percent-encoded intervals");
    }

    #[test]
    fn a_bad_date_is_a_clear_error() {
        assert!(
            matches!(filter(&doc(), "from=1920-02-31"), Err(QueryError::BadDate(m)) if m.contains("from"))
        );
        assert!(matches!(filter(b"{}", "from=1920"), Err(QueryError::BadDocument)));
    }
}
