//! What a search answers: the shape `kroniek search --json` prints and `/api/search` serves.

use serde::Serialize;

use crate::QueryNote;

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The page's path on the site (`/archieven/victor-serge/`).
    pub url: String,
    /// The headline.
    pub title: String,
    /// The series id.
    pub series: Option<String>,
    /// The series' title.
    pub series_title: Option<String>,
    /// The publication date, EDTF.
    pub date: Option<String>,
    /// The article's language.
    pub language: String,
    /// Relevance; higher is better, comparable only within one answer.
    pub score: f32,
    /// A passage with the matched words in `<mark>`; every other character HTML-escaped.
    pub snippet: String,
}

/// A value to narrow by and how many results have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value as a filter takes it (`archieven`, `nl`, `1910`, `victor-serge`).
    pub value: String,
    /// What readers see (the series' title, the person's name).
    pub label: String,
    /// Results with this value.
    pub count: u64,
}

/// Counts over every result (not just the page shown), for narrowing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// By series.
    pub series: Vec<FacetCount>,
    /// By language.
    pub language: Vec<FacetCount>,
    /// By decade of publication.
    pub decade: Vec<FacetCount>,
    /// The people most results name.
    pub people: Vec<FacetCount>,
}

/// A page of results.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchResults {
    /// How many articles match.
    pub total: usize,
    /// The requested page of them, best first.
    pub hits: Vec<Hit>,
    /// Counts for narrowing.
    pub facets: Facets,
    /// What was changed or ignored in the query, for the reader.
    pub notes: Vec<QueryNote>,
}

/// Which page of results to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchRequest {
    /// Results to skip.
    pub offset: usize,
    /// Results to return (at most 100).
    pub limit: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        Self { offset: 0, limit: 10 }
    }
}

impl Facets {
    /// The counts as a definition list of links, each to `query` with its filter added.
    pub(crate) fn to_html(&self, query: &str) -> String {
        let groups: [(&str, &str, &[FacetCount]); 4] = [
            ("series", "series", &self.series),
            ("language", "taal", &self.language),
            ("decade", "jaar", &self.decade),
            ("people", "persoon", &self.people),
        ];
        let mut out = String::from("<dl class=\"search-facets\">\n");
        for (name, filter, counts) in groups {
            if counts.is_empty() {
                continue;
            }
            out.push_str(&format!("<dt>{name}</dt><dd>"));
            for c in counts {
                let value = if filter == "jaar" {
                    let decade: i32 = c.value.parse().unwrap_or(0);
                    format!("{decade}..{}", decade + 9)
                } else {
                    c.value.clone()
                };
                let narrowed = format!("{} {filter}:{value}", query.trim());
                out.push_str(&format!(
                    "<a class=\"search-facet\" href=\"?q={}\">{} ({})</a> ",
                    escape_html(&percent_encode(narrowed.trim())),
                    escape_html(&c.label),
                    c.count
                ));
            }
            out.push_str("</dd>\n");
        }
        out.push_str("</dl>\n");
        out
    }
}

/// `text` percent-encoded for a URL's query (everything but unreserved characters).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

impl SearchResults {
    /// The results as an HTML fragment in the search page's markup (the classes the client
    /// script uses), for a page rendered by the server when the browser runs no script.
    pub fn to_html(&self) -> String {
        self.to_html_narrowing(None)
    }

    /// [`SearchResults::to_html`] with the facet counts as plain links that narrow `query` (a
    /// filter added to it, `?q=revolutie%20taal%3Anl`): narrowing that works with scripts off.
    pub fn to_html_narrowing(&self, query: Option<&str>) -> String {
        let mut out = String::new();
        out.push_str(&format!("<p class=\"search-count\">{}</p>\n", self.total));
        for note in &self.notes {
            out.push_str(&format!("<p class=\"search-note\">{}</p>\n", escape_html(&note.message)));
        }
        if self.hits.is_empty() {
            return out;
        }
        if let Some(query) = query {
            out.push_str(&self.facets.to_html(query));
        }
        out.push_str("<ol class=\"search-hits\">\n");
        for hit in &self.hits {
            out.push_str("<li class=\"search-hit\">");
            if let Some(series) = hit.series_title.as_deref().or(hit.series.as_deref()) {
                out.push_str(&format!("<p class=\"kicker\">{}</p>", escape_html(series)));
            }
            out.push_str(&format!(
                "<h2 class=\"search-hit-title\"><a href=\"{}\">{}</a></h2>",
                escape_html(&hit.url),
                escape_html(&hit.title)
            ));
            if let Some(date) = &hit.date {
                out.push_str(&format!("<p class=\"search-hit-date\">{}</p>", escape_html(date)));
            }
            // The snippet is already HTML: escaped text and <mark> elements.
            out.push_str(&format!("<p class=\"search-hit-snippet\">{}</p></li>\n", hit.snippet));
        }
        out.push_str("</ol>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_links_add_their_filter_to_the_query() {
        let results = SearchResults {
            total: 2,
            hits: vec![Hit {
                url: "/a/".to_owned(),
                title: "A".to_owned(),
                series: None,
                series_title: None,
                date: None,
                language: "nl".to_owned(),
                score: 1.0,
                snippet: String::new(),
            }],
            facets: Facets {
                language: vec![FacetCount { value: "nl".to_owned(), label: "nl".to_owned(), count: 2 }],
                decade: vec![FacetCount { value: "1910".to_owned(), label: "1910s".to_owned(), count: 1 }],
                ..Facets::default()
            },
            notes: Vec::new(),
        };
        let html = results.to_html_narrowing(Some("Rosa & co"));
        assert!(html.contains("href=\"?q=Rosa%20%26%20co%20taal%3Anl\""), "{html}");
        assert!(html.contains("jaar%3A1910..1919"), "{html}");
        assert!(!results.to_html().contains("search-facets"));
    }
}
