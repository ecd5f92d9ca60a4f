//! Answering a query from the tantivy index: the parsed query becomes a tantivy query over the
//! per-language fields (each word analysed by every language's analyser), widened by the
//! authority records it names; results come with snippets and facet counts.

use std::ops::Bound;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::facet_counter::FacetCounter;
use crate::query::words;
use crate::results::escape_html;
use crate::{
    Analysis, FacetCount, Facets, Hit, ParsedQuery, QueryNote, SearchIndex, SearchRequest, SearchResults,
    Unit, fold,
};

/// Weights: a match in the title counts more than one in the body; a record the article is
/// about counts far more than one it names; each mention of a named record adds a little.
const TITLE_BOOST: f32 = 3.0;
const NAMES_BOOST: f32 = 1.5;
const SUBJECT_NAMES_BOOST: f32 = 4.0;
const SUBJECT_BOOST: f32 = 6.0;
const ENTITY_BOOST: f32 = 1.5;
/// Other names of a record named in the query, searched in the text.
const ALIAS_BOOST: f32 = 0.7;
/// The most results a page may hold.
const MAX_LIMIT: usize = 100;
/// People listed in the facet.
const PEOPLE_FACET: usize = 10;
const SNIPPET_CHARS: usize = 220;

impl SearchIndex {
    /// Searches. Never fails: a query that cannot be run is answered with no results and a note
    /// saying why.
    pub fn search(&self, text: &str, request: SearchRequest) -> SearchResults {
        let parsed = ParsedQuery::parse(text);
        let mut notes = parsed.notes.clone();
        if parsed.groups.is_empty() && parsed.filters.is_empty() {
            return SearchResults { notes, ..SearchResults::default() };
        }
        let searcher = self.reader.searcher();
        let query = self.build(&searcher, &parsed);
        let needles = needles(&parsed);
        match self.run(&searcher, &*query, &needles, request) {
            Ok(mut results) => {
                if results.total == 0 {
                    notes.push(QueryNote {
                        code: "no-matches",
                        message: "No article matches every word and filter of this query.".to_owned(),
                    });
                }
                results.notes.splice(0..0, notes);
                results
            }
            Err(e) => {
                notes.push(QueryNote { code: "index-error", message: format!("The search failed: {e}") });
                SearchResults { notes, ..SearchResults::default() }
            }
        }
    }

    fn build(&self, searcher: &Searcher, parsed: &ParsedQuery) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for group in &parsed.groups {
            let alternatives: Vec<(Occur, Box<dyn Query>)> =
                group.iter().map(|unit| (Occur::Should, self.unit(searcher, unit, true))).collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
        for unit in &parsed.excluded {
            clauses.push((Occur::MustNot, self.unit(searcher, unit, false)));
        }
        let s = &self.schema;
        let filters = &parsed.filters;
        let any_of = |field: Field, values: &[String]| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(values.iter().map(|v| (Occur::Should, term(field, v))).collect()))
        };
        if !filters.series.is_empty() {
            clauses.push((Occur::Must, any_of(s.series, &filters.series)));
        }
        if !filters.languages.is_empty() {
            clauses.push((Occur::Must, any_of(s.language, &filters.languages)));
        }
        for author in &filters.authors {
            clauses.push((
                Occur::Must,
                phrase(s.author, Analysis::Folded, author).unwrap_or_else(|| Box::new(EmptyQuery)),
            ));
        }
        for id in &filters.entities {
            clauses.push((
                Occur::Must,
                Box::new(BooleanQuery::new(vec![
                    (Occur::Should, term(s.entity, id)),
                    (Occur::Should, term(s.subject, id)),
                ])),
            ));
        }
        if filters.year_from.is_some() || filters.year_to.is_some() {
            let bound = |y: Option<i32>| match y {
                Some(y) => Bound::Included(Term::from_field_i64(s.year, i64::from(y))),
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(filters.year_from), bound(filters.year_to))),
            ));
        }
        if parsed.groups.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// One word, phrase or prefix, looked for in every field and, for names of authority
    /// records, widened to the records themselves (`expand` is off for exclusions: "-Serge"
    /// excludes the word, not every article about him).
    fn unit(&self, searcher: &Searcher, unit: &Unit, expand: bool) -> Box<dyn Query> {
        let s = &self.schema;
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut push = |q: Option<Box<dyn Query>>, boost: f32| {
            if let Some(q) = q {
                alternatives.push((Occur::Should, boosted(q, boost)));
            }
        };
        match unit {
            Unit::Word(text) | Unit::Phrase(text) => {
                for analysis in Analysis::ALL {
                    let (title, body) = s.fields_of(analysis);
                    push(phrase(title, analysis, text), TITLE_BOOST);
                    push(phrase(body, analysis, text), 1.0);
                }
                push(phrase(s.names, Analysis::Folded, text), NAMES_BOOST);
                push(phrase(s.subject_names, Analysis::Folded, text), SUBJECT_NAMES_BOOST);
                if expand {
                    for record in self.aliases.lookup(text) {
                        push(Some(term(s.subject, &record.id)), SUBJECT_BOOST);
                        push(Some(term_with_freqs(s.entity, &record.id)), ENTITY_BOOST);
                        for name in record.names.iter().filter(|n| fold(n) != fold(text)) {
                            for analysis in Analysis::ALL {
                                push(phrase(s.fields_of(analysis).1, analysis, name), ALIAS_BOOST);
                            }
                        }
                    }
                }
            }
            Unit::Prefix(prefix) => {
                // The prefix's commonest completions, looked up in the term dictionaries: a
                // bounded union of term queries rather than an automaton over every field.
                for analysis in Analysis::ALL {
                    let (title, body) = s.fields_of(analysis);
                    push(prefix_query(searcher, title, prefix), TITLE_BOOST);
                    push(prefix_query(searcher, body, prefix), 1.0);
                }
                push(prefix_query(searcher, s.names, prefix), NAMES_BOOST);
            }
        }
        if alternatives.is_empty() {
            return Box::new(EmptyQuery);
        }
        Box::new(BooleanQuery::new(alternatives))
    }

    fn run(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        needles: &[String],
        request: SearchRequest,
    ) -> tantivy::Result<SearchResults> {
        let limit = request.limit.clamp(1, MAX_LIMIT);
        let top = TopDocs::with_limit(limit).and_offset(request.offset).order_by_score();
        let (top, total, counts) = searcher.search(query, &(top, Count, FacetCounter { field: "facets" }))?;
        let generators = self.snippet_generators(searcher, query);
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            hits.push(self.hit(searcher, address, score, &generators, needles)?);
        }
        let count = |root: &str, label: &dyn Fn(&str) -> String| -> Vec<FacetCount> {
            counts
                .range((root.to_owned(), String::new())..)
                .take_while(|((r, _), _)| r == root)
                .map(|((_, value), &count)| FacetCount { label: label(value), value: value.clone(), count })
                .collect()
        };
        let mut people =
            count("person", &|id| self.aliases.record(id).map_or_else(|| id.to_owned(), |r| r.name.clone()));
        people.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        people.truncate(PEOPLE_FACET);
        let facets = Facets {
            series: count("series", &|id| {
                self.series_titles.get(id).cloned().unwrap_or_else(|| id.to_owned())
            }),
            language: count("lang", &|code| code.to_owned()),
            decade: count("decade", &|d| format!("{d}s")),
            people,
        };
        Ok(SearchResults { total, hits, facets, notes: Vec::new() })
    }

    fn snippet_generators(&self, searcher: &Searcher, query: &dyn Query) -> Vec<Option<SnippetGenerator>> {
        self.schema
            .bodies
            .iter()
            .map(|&field| {
                let mut generator = SnippetGenerator::create(searcher, query, field).ok()?;
                generator.set_max_num_chars(SNIPPET_CHARS);
                Some(generator)
            })
            .collect()
    }

    fn hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: f32,
        generators: &[Option<SnippetGenerator>],
        needles: &[String],
    ) -> tantivy::Result<Hit> {
        let s = &self.schema;
        let doc: TantivyDocument = searcher.doc(address)?;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned);
        let language = text(s.language).unwrap_or_default();
        let analysis = Analysis::ALL.into_iter().find(|a| a.code() == language).unwrap_or(Analysis::Folded);
        let index = Analysis::ALL.iter().position(|a| *a == analysis).unwrap_or(3);
        let snippet = generators[index]
            .as_ref()
            .map(|g| {
                let body = text(s.bodies[index]).unwrap_or_default();
                let mut snippet = g.snippet(window(&body, needles));
                snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
                snippet
            })
            .filter(|snippet| !snippet.highlighted().is_empty())
            .map(|snippet| snippet.to_html().replace('\n', " "))
            .unwrap_or_else(|| {
                let summary = text(s.summary).unwrap_or_default();
                escape_html(&shorten(&summary, SNIPPET_CHARS))
            });
        Ok(Hit {
            url: text(s.url).unwrap_or_default(),
            title: text(s.title).unwrap_or_default(),
            series: text(s.series),
            series_title: text(s.series_title),
            date: text(s.date),
            language,
            score,
            snippet,
        })
    }
}

/// Text cut at a word boundary, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).to_owned();
    format!("{cut} …")
}

/// The part of `text` a snippet is cut from: around the first place where a word starts with
/// one of the query's terms (index terms are stems, so a word that starts with one is a
/// likely match), or the start. Tokenising and stemming a whole article for every hit was most
/// of a query's time; a window of a few hundred words gives the same snippet.
fn window<'a>(text: &'a str, needles: &[String]) -> &'a str {
    // The text folded as index terms are (lowercase, no accents), with each folded byte's
    // position in the original text.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<u32> = Vec::with_capacity(text.len());
    let mut one = [0u8; 4];
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            origin.push(i as u32);
        } else {
            let f = fold(c.encode_utf8(&mut one));
            origin.extend(std::iter::repeat_n(i as u32, f.len()));
            folded.push_str(&f);
        }
    }
    let first = needles
        .iter()
        .filter(|t| t.len() >= 2)
        .filter_map(|t| {
            folded
                .match_indices(t.as_str())
                .map(|(i, _)| i)
                .find(|&i| i == 0 || !folded[..i].chars().next_back().is_some_and(char::is_alphanumeric))
        })
        .min();
    let start = first.and_then(|i| origin.get(i)).map_or(0, |&i| (i as usize).saturating_sub(WINDOW_BEFORE));
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, (start + WINDOW_BYTES).min(text.len()));
    &text[start..end]
}

/// What the snippet window looks for: every analyser's terms of the query's words, and its
/// prefixes.
fn needles(parsed: &ParsedQuery) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for unit in parsed.groups.iter().flatten() {
        match unit {
            Unit::Word(text) | Unit::Phrase(text) => {
                for analysis in Analysis::ALL {
                    out.extend(analysis.terms(text));
                }
            }
            Unit::Prefix(prefix) => out.push(fold(prefix)),
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Bytes of text before the first match kept in the snippet's window, and the window's size.
const WINDOW_BEFORE: usize = 400;
const WINDOW_BYTES: usize = 2_000;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The completions of `prefix` (folded) in `field`, the [`MAX_EXPANSIONS`] most frequent, as a
/// union of term queries; `None` when nothing in the field starts with it.
fn prefix_query(searcher: &Searcher, field: Field, prefix: &str) -> Option<Box<dyn Query>> {
    let clean: String = prefix.chars().filter(|c| c.is_alphanumeric()).collect();
    if clean.is_empty() {
        return None;
    }
    let mut found: std::collections::HashMap<Vec<u8>, u32> = std::collections::HashMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else { continue };
        let Ok(mut stream) = inverted.terms().range().ge(clean.as_bytes()).into_stream() else { continue };
        let mut scanned = 0;
        while stream.advance() && scanned < MAX_PREFIX_SCAN {
            scanned += 1;
            if !stream.key().starts_with(clean.as_bytes()) {
                break;
            }
            *found.entry(stream.key().to_vec()).or_default() += stream.value().doc_freq;
        }
    }
    let mut terms: Vec<(Vec<u8>, u32)> = found.into_iter().collect();
    terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    terms.truncate(MAX_EXPANSIONS);
    if terms.is_empty() {
        return None;
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .filter_map(|(bytes, _)| String::from_utf8(bytes).ok())
        .map(|t| (Occur::Should, term_with_freqs(field, &t)))
        .collect();
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// Completions of a prefix searched for, the most frequent first, and terms looked at per
/// segment to find them.
const MAX_EXPANSIONS: usize = 32;
const MAX_PREFIX_SCAN: usize = 20_000;

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
}

fn term_with_freqs(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::WithFreqs))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON { query } else { Box::new(BoostQuery::new(query, boost)) }
}

/// `text` analysed for `field`: one term, a phrase of several (stop words leave gaps), or
/// nothing when every word was a stop word.
fn phrase(field: Field, analysis: Analysis, text: &str) -> Option<Box<dyn Query>> {
    let mut analyzer = analysis.analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while tantivy::tokenizer::TokenStream::advance(&mut stream) {
        let token = tantivy::tokenizer::TokenStream::token(&stream);
        terms.push((token.position, Term::from_field_text(field, &token.text)));
    }
    let _ = words;
    match terms.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(terms.remove(0).1, IndexRecordOption::WithFreqs))),
        _ => Some(Box::new(PhraseQuery::new_with_offset(terms))),
    }
}
