//! Pieces of the archive-wide files (`data/articles.json`, `sitemap.xml`) made from one entry
//! each, kept between renders so that a rebuild after an edit makes only the edited entry's
//! pieces and joins the rest.
//!
//! Joining kept pieces gives the very bytes a fresh render gives: both paths make each piece
//! with the same function, and a piece is reused only for the same shared entry
//! (`Arc::ptr_eq`) rendered with the same configuration.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use kroniek_model::{Entry, SiteConfig};

/// Per-entry pieces of the archive-wide files, for a [`SiteRenderer`](crate::SiteRenderer) to
/// reuse across rebuilds (see [`SiteRenderer::with_fragments`](crate::SiteRenderer::with_fragments)).
#[derive(Debug, Default)]
pub struct FragmentCache {
    inner: Mutex<Fragments>,
}

#[derive(Debug, Default)]
struct Fragments {
    /// The configuration the pieces were made with (the sitemap's absolute URLs use it).
    config: Option<SiteConfig>,
    /// By the entry's address; the entry is held so that the address cannot be reused.
    by_entry: HashMap<usize, (Arc<Entry>, Pieces)>,
}

#[derive(Debug, Default)]
struct Pieces {
    json: Option<Arc<[u8]>>,
    sitemap: Option<Arc<str>>,
}

impl FragmentCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every entry's record in `data/articles.json`, in the order given.
    pub(crate) fn json_pieces<E>(
        &self,
        config: &SiteConfig,
        entries: &[Arc<Entry>],
        make: impl Fn(&Entry) -> Result<Arc<[u8]>, E>,
    ) -> Result<Vec<Arc<[u8]>>, E> {
        self.pieces(config, entries, |pieces| &mut pieces.json, make)
    }

    /// Every entry's `<url>` line in `sitemap.xml`, in the order given.
    pub(crate) fn sitemap_pieces(
        &self,
        config: &SiteConfig,
        entries: &[Arc<Entry>],
        make: impl Fn(&Entry) -> Arc<str>,
    ) -> Vec<Arc<str>> {
        let made = self.pieces(config, entries, |pieces| &mut pieces.sitemap, |e| Ok::<_, ()>(make(e)));
        made.unwrap_or_default()
    }

    /// Every entry's piece of one kind (`slot`), made with `make` where none is kept.
    fn pieces<T: ?Sized, E>(
        &self,
        config: &SiteConfig,
        entries: &[Arc<Entry>],
        slot: fn(&mut Pieces) -> &mut Option<Arc<T>>,
        make: impl Fn(&Entry) -> Result<Arc<T>, E>,
    ) -> Result<Vec<Arc<T>>, E> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if inner.config.as_ref() != Some(config) {
            inner.by_entry.clear();
            inner.config = Some(config.clone());
        }
        // Entries that left the archive are let go once they could be as many as those in it.
        if inner.by_entry.len() > 2 * entries.len() + 64 {
            inner.by_entry.retain(|_, (entry, _)| Arc::strong_count(entry) > 1);
        }
        let mut out = Vec::with_capacity(entries.len());
        for entry in entries {
            let address = Arc::as_ptr(entry) as usize;
            let kept =
                inner.by_entry.entry(address).or_insert_with(|| (Arc::clone(entry), Pieces::default()));
            if !Arc::ptr_eq(&kept.0, entry) {
                *kept = (Arc::clone(entry), Pieces::default());
            }
            let piece = match slot(&mut kept.1) {
                Some(piece) => Arc::clone(piece),
                None => {
                    let piece = make(entry)?;
                    *slot(&mut kept.1) = Some(Arc::clone(&piece));
                    piece
                }
            };
            out.push(piece);
        }
        Ok(out)
    }
}
