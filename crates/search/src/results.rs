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
        let mut out = String::new();
        out.push_str(&format!("<p class=\"search-count\">{}</p>\n", self.total));
        for note in &self.notes {
            out.push_str(&format!("<p class=\"search-note\">{}</p>\n", escape_html(&note.message)));
        }
        if self.hits.is_empty() {
            return out;
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
