//! Writes one article's Markdown body from its plan: a lead, four to six prose sections
//! that follow the subject's life, a bibliography section with a works list, and exactly
//! five footnotes, each referenced once; about 1,500 words in all.

use crate::date_phrase::paren_range;
use crate::language::Language;
use crate::plan::{ArchivePlan, ArticlePlan};
use crate::prose::{Cast, ProseWriter};
use crate::rng::Rng;
use crate::work_titles::{WorkLanguage, work_title};

/// How many footnotes every article has.
pub(crate) const FOOTNOTES: usize = 5;

/// The range the body's word count is aimed at (the brief allows 1,200 to 1,800).
const TARGET_WORDS: (i32, i32) = (1380, 1620);

/// Stream number for `Rng::for_stream`.
const STREAM_BODY: u64 = 20;

/// A written article: its plan's front-matter fields plus the Markdown body.
#[derive(Debug)]
pub(crate) struct Article<'p> {
    /// The plan it was written from.
    pub(crate) plan: &'p ArticlePlan,
    /// The Markdown body (everything after the front matter).
    pub(crate) body: String,
}

/// A block of the body before rendering.
#[derive(Debug)]
enum Block {
    Heading(String),
    Paragraph(Vec<String>),
    Quote(String),
    List(Vec<String>),
}

/// Which templates a section draws its sentences from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Youth,
    Middle,
    Late,
}

/// Deals template indices in shuffled order, so an article repeats a template only after it
/// has used all the others.
struct Deck {
    order: Vec<usize>,
    next: usize,
}

impl Deck {
    fn new(len: usize) -> Self {
        Self { order: (0..len).collect(), next: len }
    }

    fn draw(&mut self, rng: &mut Rng) -> usize {
        if self.next >= self.order.len() {
            rng.shuffle(&mut self.order);
            self.next = 0;
        }
        self.next += 1;
        self.order[self.next - 1]
    }
}

/// Counts words as a reader would: tokens between ASCII whitespace that hold a letter or a
/// digit (any non-ASCII character counts as a letter), so Markdown marks such as `##` and
/// `-` are not words. Byte-wise, because it runs on every sentence written.
pub(crate) fn count_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word_with_letter = false;
    for &b in text.as_bytes() {
        if b.is_ascii_whitespace() {
            count += usize::from(in_word_with_letter);
            in_word_with_letter = false;
        } else if b.is_ascii_alphanumeric() || b >= 0x80 {
            in_word_with_letter = true;
        }
    }
    count + usize::from(in_word_with_letter)
}

/// Writes article `index` of the plan.
pub(crate) fn write_article(plan: &ArchivePlan, index: usize) -> Article<'_> {
    let ap = &plan.articles[index];
    let cast = Cast::from_indices(
        &plan.authorities,
        ap.subject,
        &ap.people,
        &ap.organisations,
        &ap.places,
        &ap.periodicals,
    );
    let rng = Rng::for_stream(plan.seed, STREAM_BODY, index as u64);
    let mut writer = BodyWriter::new(ProseWriter::new(rng, ap.language, cast, &plan.authors));
    Article { plan: ap, body: writer.body() }
}

/// Builds the blocks of one body.
struct BodyWriter<'a> {
    prose: ProseWriter<'a>,
    youth: Deck,
    dated: Deck,
    undated: Deck,
    late: Deck,
}

impl<'a> BodyWriter<'a> {
    fn new(prose: ProseWriter<'a>) -> Self {
        let book = prose.book();
        Self {
            youth: Deck::new(book.youth.len()),
            dated: Deck::new(book.dated.len()),
            undated: Deck::new(book.undated.len()),
            late: Deck::new(book.late.len()),
            prose,
        }
    }

    fn body(&mut self) -> String {
        let book = self.prose.book();
        let subject = self.prose.cast().subject;
        let born = subject.born.year;
        let end = subject.end_year();
        let sections = self.prose.rng.range(4, 6) as usize;

        // Each section covers a stretch of the life, in order.
        let mut windows = vec![(born + 15, born + 28)];
        let (middle_start, middle_end) = (born + 26, (end - 8).max(born + 30));
        let middle = sections - 2;
        for i in 0..middle {
            let span = (middle_end - middle_start) as usize;
            let a = middle_start + (span * i / middle) as i32;
            let b = middle_start + (span * (i + 1) / middle) as i32;
            windows.push((a, b.max(a + 1)));
        }
        windows.push(((end - 10).max(born + 25), end.max(born + 26)));

        // Headings, each filled while the timeline sits in its section.
        let mut middle_deck = Deck::new(book.headings_middle.len());
        let mut headings = Vec::with_capacity(sections);
        for (i, &(a, b)) in windows.iter().enumerate() {
            self.prose.set_window(a, b);
            let template = if i == 0 {
                *self.prose.rng.pick(book.headings_youth)
            } else if i == sections - 1 {
                *self.prose.rng.pick(book.headings_late)
            } else {
                book.headings_middle[middle_deck.draw(&mut self.prose.rng)]
            };
            headings.push(self.prose.sentence(template));
        }

        // The fixed parts first, so the prose can fill the rest of the word budget.
        self.prose.set_window(born + 18, end);
        let bibliography = self.bibliography(born, end);
        self.prose.set_window(born + 10, end);
        let mut note_deck = Deck::new(book.footnotes.len());
        let notes: Vec<String> = (0..FOOTNOTES)
            .map(|_| {
                let template = book.footnotes[note_deck.draw(&mut self.prose.rng)];
                self.prose.sentence(template)
            })
            .collect();
        let quote = self.prose.rng.percent(35).then(|| {
            let intro = *self.prose.rng.pick(book.quote_intros);
            let text = *self.prose.rng.pick(book.quotes);
            (self.prose.sentence(intro), text.to_string())
        });

        self.prose.forget_introductions();

        let fixed: usize = headings.iter().map(|h| count_words(h)).sum::<usize>()
            + bibliography.iter().map(block_words).sum::<usize>()
            + notes.iter().map(|n| count_words(n)).sum::<usize>()
            + quote.as_ref().map_or(0, |(intro, text)| count_words(intro) + count_words(text));
        let target = self.prose.rng.range(TARGET_WORDS.0, TARGET_WORDS.1) as usize;
        let prose_budget = target.saturating_sub(fixed).max(600);

        // Budgets: the lead gets about a fourteenth, sections share the rest unevenly.
        let lead_budget = prose_budget / 14;
        let weights: Vec<usize> = (0..sections).map(|_| self.prose.rng.range(80, 120) as usize).collect();
        let total_weight: usize = weights.iter().sum();
        let section_budget = prose_budget - lead_budget;

        let mut blocks: Vec<Block> = Vec::new();
        let mut written = self.lead(lead_budget, born, &mut blocks);
        let mut planned = lead_budget;
        let quote_section = 1 + self.prose.rng.below(sections - 2);
        for (i, heading) in headings.into_iter().enumerate() {
            planned += section_budget * weights[i] / total_weight;
            blocks.push(Block::Heading(heading));
            let (a, b) = windows[i];
            self.prose.set_window(a, b);
            let phase = if i == 0 {
                Phase::Youth
            } else if i == sections - 1 {
                Phase::Late
            } else {
                Phase::Middle
            };
            let quote_here = if i == quote_section { quote.clone() } else { None };
            written += self.section(phase, planned.saturating_sub(written), quote_here, &mut blocks);
        }
        blocks.extend(bibliography);
        self.place_footnote_refs(&mut blocks);
        render(&blocks, &notes)
    }

    /// The lead: the birth sentence and a first paragraph of youth.
    fn lead(&mut self, budget: usize, born: i32, blocks: &mut Vec<Block>) -> usize {
        let book = self.prose.book();
        self.prose.set_window(born, born + 14);
        let birth = *self.prose.rng.pick(book.birth);
        let mut sentences = vec![self.prose.sentence(birth)];
        let mut written = count_words(&sentences[0]);
        self.prose.set_window(born + 6, born + 16);
        while written < budget {
            if sentences.len() == 5 {
                blocks.push(Block::Paragraph(std::mem::take(&mut sentences)));
            }
            let template = book.youth[self.youth.draw(&mut self.prose.rng)];
            let s = self.prose.sentence(template);
            written += count_words(&s);
            sentences.push(s);
        }
        blocks.push(Block::Paragraph(sentences));
        written
    }

    /// One section's paragraphs, about `budget` words.
    fn section(
        &mut self,
        phase: Phase,
        budget: usize,
        quote: Option<(String, String)>,
        blocks: &mut Vec<Block>,
    ) -> usize {
        let book = self.prose.book();
        let mut written = 0;
        let mut quote = quote;
        loop {
            let mut paragraph = Vec::new();
            // The last paragraph of a life: death and what remained.
            let closing = phase == Phase::Late && written + 60 >= budget;
            if closing {
                if self.prose.cast().subject.died.is_some() {
                    let t = *self.prose.rng.pick(book.death);
                    paragraph.push(self.prose.sentence(t));
                }
                let legacy = self.prose.rng.range(1, 2) as usize;
                for i in self.prose.rng.distinct_sorted(book.legacy.len(), legacy) {
                    paragraph.push(self.prose.sentence(book.legacy[i]));
                }
                written += paragraph.iter().map(|s| count_words(s)).sum::<usize>();
            } else if written >= budget {
                break;
            } else {
                let length = self.prose.rng.range(3, 6) as usize;
                while paragraph.len() < length && written < budget {
                    let template = self.template(phase);
                    let s = self.prose.sentence(template);
                    written += count_words(&s);
                    paragraph.push(s);
                }
            }
            if let Some((intro, text)) = quote.take() {
                paragraph.push(intro);
                blocks.push(Block::Paragraph(paragraph));
                blocks.push(Block::Quote(text));
            } else {
                blocks.push(Block::Paragraph(paragraph));
            }
            if closing {
                break;
            }
        }
        written
    }

    fn template(&mut self, phase: Phase) -> &'static str {
        let book = self.prose.book();
        let rng = &mut self.prose.rng;
        let pool = match phase {
            Phase::Youth => rng.weighted(&[25, 40, 35, 0]),
            Phase::Middle => rng.weighted(&[0, 55, 45, 0]),
            Phase::Late => rng.weighted(&[0, 40, 40, 20]),
        };
        match pool {
            0 => book.youth[self.youth.draw(rng)],
            1 => book.dated[self.dated.draw(rng)],
            2 => book.undated[self.undated.draw(rng)],
            _ => book.late[self.late.draw(rng)],
        }
    }

    /// The bibliography: heading, an introductory paragraph, and one or two lists of works
    /// with years, the second under a group label ending in ":".
    fn bibliography(&mut self, born: i32, end: i32) -> Vec<Block> {
        let book = self.prose.book();
        let own = match self.prose.language() {
            Language::Nl => WorkLanguage::Nl,
            Language::Fr => WorkLanguage::Fr,
            Language::En => WorkLanguage::En,
        };
        let others: Vec<WorkLanguage> = WorkLanguage::ALL.into_iter().filter(|&l| l != own).collect();
        let heading = *self.prose.rng.pick(book.works_headings);
        let intro = *self.prose.rng.pick(book.works_intros);
        let mut blocks = vec![
            Block::Heading(self.prose.sentence(heading)),
            Block::Paragraph(vec![self.prose.sentence(intro)]),
        ];
        let first = (born + 20).min(end - 2);
        let last = (end - 1).max(first + 2);
        if self.prose.rng.percent(70) {
            let label = *self.prose.rng.pick(book.works_group_own);
            blocks.push(Block::Paragraph(vec![label.to_string()]));
            let n = self.prose.rng.range(2, 4) as usize;
            blocks.push(Block::List(self.works(&[own], n, first, last)));
            let label = *self.prose.rng.pick(book.works_group_other);
            blocks.push(Block::Paragraph(vec![label.to_string()]));
            let n = self.prose.rng.range(2, 5) as usize;
            blocks.push(Block::List(self.works(&others, n, first, last)));
        } else {
            let n = self.prose.rng.range(4, 7) as usize;
            blocks.push(Block::List(self.works(&WorkLanguage::ALL, n, first, last)));
        }
        blocks
    }

    /// `n` works in chronological order: `*Title* (1932)` or a range `(1926-29)`.
    fn works(&mut self, languages: &[WorkLanguage], n: usize, first: i32, last: i32) -> Vec<String> {
        let span = (last - first + 1).max(1) as usize;
        let n = n.min(span);
        let years = self.prose.rng.distinct_sorted(span, n);
        let cast_places: Vec<[String; 3]> =
            self.prose.cast().places.iter().map(|p| p.names.clone()).collect();
        years
            .into_iter()
            .map(|offset| {
                let year = first + offset as i32;
                let rng = &mut self.prose.rng;
                let language = *rng.pick(languages);
                let place = &rng.pick(&cast_places)[language.place_name_index()];
                let title_year = rng.range(year - 15, year);
                let title = work_title(rng, language, place, title_year);
                let date = if rng.percent(12) {
                    {
                        let end = year + rng.range(1, 4);
                        paren_range(rng, year, end)
                    }
                } else {
                    format!("({year})")
                };
                format!("*{title}* {date}")
            })
            .collect()
    }

    /// Appends `[^1]` … `[^5]` to five sentences of the prose, in reading order.
    fn place_footnote_refs(&mut self, blocks: &mut [Block]) {
        let mut slots: Vec<(usize, usize)> = Vec::new();
        let bibliography_start = blocks
            .iter()
            .rposition(|b| matches!(b, Block::List(_)))
            .and_then(|last_list| blocks[..last_list].iter().rposition(|b| matches!(b, Block::Heading(_))))
            .unwrap_or(blocks.len());
        for (b, block) in blocks[..bibliography_start].iter().enumerate() {
            if let Block::Paragraph(sentences) = block {
                for (s, sentence) in sentences.iter().enumerate() {
                    if sentence.ends_with('.') {
                        slots.push((b, s));
                    }
                }
            }
        }
        let chosen = self.prose.rng.distinct_sorted(slots.len(), FOOTNOTES.min(slots.len()));
        for (n, &i) in chosen.iter().enumerate() {
            let (b, s) = slots[i];
            if let Block::Paragraph(sentences) = &mut blocks[b] {
                let sentence = &mut sentences[s];
                let label = format!("[^{}]", n + 1);
                if self.prose.rng.percent(75) {
                    sentence.push_str(&label);
                } else {
                    sentence.insert_str(sentence.len() - 1, &label);
                }
            }
        }
    }
}

fn block_words(block: &Block) -> usize {
    match block {
        Block::Heading(text) | Block::Quote(text) => count_words(text),
        Block::Paragraph(items) | Block::List(items) => items.iter().map(|s| count_words(s)).sum(),
    }
}

/// The body as Markdown: blocks separated by blank lines, footnote definitions last.
fn render(blocks: &[Block], notes: &[String]) -> String {
    let mut out = String::with_capacity(12_000);
    for block in blocks {
        match block {
            Block::Heading(text) => {
                out.push_str("## ");
                out.push_str(text);
            }
            Block::Paragraph(sentences) => out.push_str(&sentences.join(" ")),
            Block::Quote(text) => {
                out.push_str("> ");
                out.push_str(text);
            }
            Block::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str("- ");
                    out.push_str(item);
                }
            }
        }
        out.push_str("\n\n");
    }
    for (i, note) in notes.iter().enumerate() {
        out.push_str(&format!("[^{}]: {note}\n", i + 1));
        if i + 1 < notes.len() {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;
