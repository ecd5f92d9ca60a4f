//! Facet counts over every hit, read from the facet field's column, naming only the values a
//! reader is shown.
//!
//! tantivy's own `FacetCollector` names every value that any hit has when it harvests (one
//! dictionary lookup each) and maps every facet of the segment to its root on every query: with
//! thousands of people in an archive that was most of a query's time. Here a segment counts
//! into a plain array by ordinal; then the few series, language and decade values are named,
//! and of the people only the [`PEOPLE_NAMED`] most counted. People are therefore exact for
//! every person within that many of the top in each segment, which covers the ten shown.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// People named per segment, the most counted first.
const PEOPLE_NAMED: usize = 200;
/// The root of the people facet, and the root after it in the facet order.
const PEOPLE: &str = "person";
const AFTER_PEOPLE: &str = "series";

/// Counts of `(root, value)` pairs (`("lang", "nl")`) over every collected document.
pub(crate) type FacetTally = BTreeMap<(String, String), u64>;

/// The collector, on the facet field named `field`.
pub(crate) struct FacetCounter {
    pub(crate) field: &'static str,
}

pub(crate) struct SegmentFacetCounter {
    facets: FacetReader,
    counts: Vec<u32>,
}

impl Collector for FacetCounter {
    type Fruit = FacetTally;
    type Child = SegmentFacetCounter;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<Self::Child> {
        let facets = segment.facet_reader(self.field)?;
        let counts = vec![0; facets.num_facets()];
        Ok(SegmentFacetCounter { facets, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetTally>) -> tantivy::Result<FacetTally> {
        let mut merged = FacetTally::new();
        for fruit in fruits {
            for (key, count) in fruit {
                *merged.entry(key).or_default() += count;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = FacetTally;

    fn collect(&mut self, doc: DocId, _: Score) {
        for ord in self.facets.facet_ords(doc) {
            if let Some(count) = self.counts.get_mut(ord as usize) {
                *count += 1;
            }
        }
    }

    fn harvest(self) -> FacetTally {
        let mut tally = FacetTally::new();
        // Ordinals follow the facets' sorted order, so the people are one range of them.
        let people_start = self.first_ord_at_or_after(PEOPLE);
        let people_end = self.first_ord_at_or_after(AFTER_PEOPLE);
        let mut people: Vec<(u32, usize)> = Vec::new();
        for (ord, &count) in self.counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            if (people_start..people_end).contains(&ord) {
                people.push((count, ord));
            } else {
                self.name(ord, count, &mut tally);
            }
        }
        if people.len() > PEOPLE_NAMED {
            people.select_nth_unstable_by(PEOPLE_NAMED, |a, b| b.cmp(a));
            people.truncate(PEOPLE_NAMED);
        }
        for (count, ord) in people {
            self.name(ord, count, &mut tally);
        }
        tally
    }
}

impl SegmentFacetCounter {
    fn name(&self, ord: usize, count: u32, tally: &mut FacetTally) {
        let mut facet = Facet::root();
        if self.facets.facet_from_ord(ord as u64, &mut facet).is_ok() {
            let path = facet.to_path();
            if let [root, value] = path.as_slice() {
                *tally.entry(((*root).to_owned(), (*value).to_owned())).or_default() += u64::from(count);
            }
        }
    }

    /// The first ordinal whose facet's root is `root` or sorts after it (binary search).
    fn first_ord_at_or_after(&self, root: &str) -> usize {
        let (mut lo, mut hi) = (0usize, self.counts.len());
        let mut facet = Facet::root();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let before = self.facets.facet_from_ord(mid as u64, &mut facet).is_ok()
                && facet.to_path().first().is_some_and(|first| *first < root);
            if before {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}
