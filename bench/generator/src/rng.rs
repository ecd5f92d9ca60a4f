//! A small seeded pseudo-random generator.
//!
//! The output must be byte-identical for the same seed on every machine and with every
//! dependency version, so the generator is written here (SplitMix64, public domain
//! algorithm by Sebastiano Vigna) rather than taken from a crate whose streams may change.

/// A SplitMix64 generator: 64 bits of state, fast, and good enough for synthetic text.
#[derive(Clone, Debug)]
pub(crate) struct Rng {
    state: u64,
}

/// Mixes one 64-bit value into a well-spread one (the SplitMix64 finaliser).
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator for one independent stream of the run: `stream` names the part of the
    /// archive (authorities, plan, article bodies) and `index` the item inside it, so that
    /// items can be generated in any order, in parallel, and still come out the same.
    pub(crate) fn for_stream(seed: u64, stream: u64, index: u64) -> Self {
        let state = mix(mix(seed ^ 0x6b72_6f6e_6965_6b00).wrapping_add(mix(stream)) ^ index);
        Self { state }
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.state)
    }

    /// A number in `0..n` (`n` > 0), without modulo bias worth speaking of for small `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0, "below(0)");
        // Multiply-shift (Lemire) maps 64 random bits onto 0..n.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i32, hi: i32) -> i32 {
        debug_assert!(lo <= hi, "range({lo}, {hi})");
        lo + self.below((hi - lo + 1) as usize) as i32
    }

    /// True with probability `percent` / 100.
    pub(crate) fn percent(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// One element of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One word of a non-empty word list.
    pub(crate) fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// An index chosen with the given relative weights (not all zero).
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut roll = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if roll < w {
                return i;
            }
            roll -= w;
        }
        weights.len() - 1
    }

    /// Shuffles a slice in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// `k` distinct indices from `0..n`, in ascending order (`k` <= `n`).
    pub(crate) fn distinct_sorted(&mut self, n: usize, k: usize) -> Vec<usize> {
        debug_assert!(k <= n, "distinct_sorted({n}, {k})");
        // Floyd's algorithm: k draws, no n-sized allocation.
        let mut chosen: Vec<usize> = Vec::with_capacity(k);
        for j in n - k..n {
            let t = self.below(j + 1);
            if chosen.contains(&t) {
                chosen.push(j);
            } else {
                chosen.push(t);
            }
        }
        chosen.sort_unstable();
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::for_stream(7, 1, 42);
        let mut b = Rng::for_stream(7, 1, 42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
    }

    #[test]
    fn streams_and_indices_differ() {
        let first = |seed, stream, index| Rng::for_stream(seed, stream, index).next_u64();
        assert_ne!(first(7, 1, 42), first(7, 1, 43));
        assert_ne!(first(7, 1, 42), first(7, 2, 42));
        assert_ne!(first(7, 1, 42), first(8, 1, 42));
    }

    #[test]
    fn known_first_value_stays_fixed() {
        // Archives generated for published benchmarks must be reproducible by later versions.
        assert_eq!(Rng::for_stream(1, 0, 0).next_u64(), 0xcd1c_88e9_8811_8814);
    }

    #[test]
    fn below_and_range_stay_in_bounds() {
        let mut rng = Rng::for_stream(3, 0, 0);
        for n in 1..50 {
            assert!(rng.below(n) < n);
            let r = rng.range(-3, n as i32);
            assert!((-3..=n as i32).contains(&r));
        }
    }

    #[test]
    fn distinct_sorted_is_distinct_and_sorted() {
        let mut rng = Rng::for_stream(5, 0, 0);
        for n in 5..40 {
            let picked = rng.distinct_sorted(n, 5);
            assert_eq!(picked.len(), 5);
            assert!(picked.windows(2).all(|w| w[0] < w[1]), "{picked:?}");
            assert!(picked.iter().all(|&i| i < n));
        }
    }
}
