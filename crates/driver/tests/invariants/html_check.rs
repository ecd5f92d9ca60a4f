//! A page read by an HTML5 tokenizer (html5ever, the parser browsers' rules are written down
//! in): no parse errors, every element closed in order, and nothing that can run — no inline
//! script, no event-handler attribute, no `javascript:`/`vbscript:`/`data:` URL, no frame,
//! object, embed or base element.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Elements with no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
/// Elements a page of kroniek's never needs and that load or run other content.
const FORBIDDEN: &[&str] = &["iframe", "frame", "object", "embed", "base", "applet", "frameset"];
/// Attributes whose value is a URL the browser may follow or load.
const URL_ATTRIBUTES: &[&str] =
    &["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"];

#[derive(Default)]
struct Checker {
    open: Vec<String>,
    problems: Vec<String>,
    /// Inside `<script>`: `Some(true)` for a JSON data block (JSON-LD), whose text is collected
    /// and must parse as JSON (a payload that broke out of it would leave it cut short).
    script: Option<bool>,
    data: String,
}

struct Sink(RefCell<Checker>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut checker = self.0.borrow_mut();
        match token {
            Token::ParseError(e) => checker.problems.push(format!("line {line}: parse error: {e}")),
            Token::TagToken(tag) => return checker.tag(&tag, line),
            Token::CharacterTokens(text) => match checker.script {
                Some(true) => checker.data.push_str(&text),
                Some(false) if !text.trim().is_empty() => {
                    checker.problems.push(format!("line {line}: inline script {:?}", truncate(&text)));
                }
                _ => {}
            },
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl Checker {
    fn tag(&mut self, tag: &Tag, line: u64) -> TokenSinkResult<()> {
        let name = tag.name.to_string();
        if tag.kind == EndTag {
            if self.script.take() == Some(true) {
                let data = std::mem::take(&mut self.data);
                if let Err(e) = serde_json::from_str::<serde_json::Value>(&data) {
                    self.problems
                        .push(format!("line {line}: a JSON data block that is not JSON ({e}): {data:?}"));
                }
            }
            match self.open.pop() {
                Some(open) if open == name => {}
                Some(open) => self.problems.push(format!("line {line}: </{name}> closes <{open}>")),
                None => self.problems.push(format!("line {line}: </{name}> closes nothing")),
            }
            return TokenSinkResult::Continue;
        }
        debug_assert_eq!(tag.kind, StartTag);
        if FORBIDDEN.contains(&name.as_str()) {
            self.problems.push(format!("line {line}: <{name}>"));
        }
        for attribute in &tag.attrs {
            let key = attribute.name.local.to_string();
            let value = attribute.value.to_string();
            if key.starts_with("on") {
                self.problems.push(format!("line {line}: <{name} {key}={value:?}>: an event handler"));
            }
            let url: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_lowercase();
            let is_url = URL_ATTRIBUTES.contains(&key.as_str()) || key.ends_with("href");
            if is_url
                && ["javascript:", "vbscript:", "data:text", "data:application"]
                    .iter()
                    .any(|s| url.starts_with(s))
            {
                self.problems.push(format!("line {line}: <{name} {key}={value:?}>: a script URL"));
            }
            if key == "style" && url.contains("url(") && url.contains("script:") {
                self.problems.push(format!("line {line}: <{name} style={value:?}>"));
            }
        }
        if tag.self_closing || VOID.contains(&name.as_str()) {
            return TokenSinkResult::Continue;
        }
        self.open.push(name.clone());
        match name.as_str() {
            "script" => {
                let data_block = tag.attrs.iter().any(|a| {
                    &*a.name.local == "type"
                        && ["application/ld+json", "application/json"].contains(&&*a.value)
                });
                if !data_block && !tag.attrs.iter().any(|a| &*a.name.local == "src") {
                    self.problems.push(format!("line {line}: <script> without src"));
                }
                self.script = Some(data_block);
                TokenSinkResult::RawData(RawKind::ScriptData)
            }
            "style" | "noscript" | "xmp" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            _ => TokenSinkResult::Continue,
        }
    }
}

fn truncate(text: &StrTendril) -> String {
    text.chars().take(80).collect()
}

/// Every problem in `html`, each with its line; empty for a well-formed, script-free page.
pub(crate) fn problems(html: &str) -> Vec<String> {
    let sink = Sink(RefCell::new(Checker::default()));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts { exact_errors: true, ..TokenizerOpts::default() });
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut checker = tokenizer.sink.0.take();
    if !checker.open.is_empty() {
        let open = std::mem::take(&mut checker.open);
        checker.problems.push(format!("unclosed at the end: {open:?}"));
    }
    checker.problems
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    assert!(problems("<!DOCTYPE html><html><body><p>a</p></body></html>").is_empty());
    assert!(!problems("<p><b>a</p></b>").is_empty(), "misnested");
    assert!(!problems("<p>a").is_empty(), "unclosed");
    assert!(!problems("<script>x()</script>").is_empty(), "inline script");
    assert!(problems("<script src=\"/a.js\" defer></script>").is_empty(), "a script file");
    assert!(!problems("<img src=x onerror=y()>").is_empty(), "handler");
    assert!(!problems("<a href=\" JaVa\tScript:x()\">a</a>").is_empty(), "script URL");
    assert!(!problems("<a href=\"x\" href=\"y\">a</a>").is_empty(), "duplicate attribute");
    assert!(problems("<style>p > a { color: red }</style>").is_empty(), "style is raw text");
    assert!(problems("<script type=\"application/ld+json\">{\"a\": \"<b>\"}</script>").is_empty(), "data");
    assert!(!problems("<script type=\"application/ld+json\">{\"a\": \"</script><b>\"}</script>").is_empty());
}
