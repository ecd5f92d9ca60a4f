//! One file of the site made ready to answer requests fast: its content type, its ETag and,
//! made on first demand and kept, its gzip and brotli forms.
//!
//! A prepared file survives a rebuild when its bytes did not change, so the compressed forms
//! of an untouched page are made once per serve session, not once per edit.

use std::io::Write;
use std::ops::Range;
use std::sync::OnceLock;

use axum::http::HeaderValue;
use bytes::Bytes;
use xxhash_rust::xxh3::xxh3_128;

use crate::content_coding::ContentCoding;
use crate::live_reload;

/// Below this size compression saves less than a packet; the file goes as is.
const MIN_COMPRESSIBLE_BYTES: usize = 256;
/// Above this size a file is sent as is: compressing it would hold up a request thread for
/// too long, and files this big are data, not pages.
const MAX_COMPRESSIBLE_BYTES: usize = 8 * 1024 * 1024;
/// Brotli's quality for pages (0–11). Measured on a 20 KB article page: quality 7 takes about
/// twice as long as gzip for 4 % less; 9 takes four times longer for nothing more, 11 fifteen
/// times longer for 5 % more. The first request for a page pays this once.
const BROTLI_QUALITY: u32 = 7;
/// Brotli's quality for big files, where time grows faster than savings.
const BROTLI_QUALITY_BIG: u32 = 4;
/// From this size on a file counts as big.
const BIG_FILE_BYTES: usize = 256 * 1024;
/// Brotli's window (log2 of bytes): the format's default.
const BROTLI_WINDOW: u32 = 22;

/// A file ready to serve.
#[derive(Debug)]
pub(crate) struct PreparedFile {
    /// What is served: the built bytes, with the live-reload tags added to HTML.
    body: Bytes,
    /// Where the live-reload tags sit in `body`, so the built bytes can be compared without
    /// keeping a second copy.
    live_tags: Option<Range<usize>>,
    /// The built bytes this was prepared from, shared with the builder's snapshot (no copy):
    /// an unchanged file of the next snapshot is the same buffer, recognised without reading it.
    source: Bytes,
    /// `"<xxh3-128 of body>"`; the compressed forms add `-br` or `-gz` inside the quotes.
    etag_base: String,
    content_type: HeaderValue,
    is_html: bool,
    is_compressible: bool,
    brotli: OnceLock<Option<Representation>>,
    gzip: OnceLock<Option<Representation>>,
}

/// One encoded form of a file: the bytes sent and their strong ETag.
#[derive(Debug, Clone)]
pub(crate) struct Representation {
    /// The bytes sent for this form.
    pub(crate) body: Bytes,
    /// The strong ETag of exactly these bytes.
    pub(crate) etag: HeaderValue,
    /// How `body` is encoded.
    pub(crate) coding: ContentCoding,
}

impl PreparedFile {
    /// A site file; its content type comes from the extension of `key`.
    pub(crate) fn for_path(key: &str, built: Bytes) -> Self {
        let guessed = mime_guess::from_path(key).first_raw().unwrap_or("application/octet-stream");
        Self::new(built, guessed)
    }

    /// A file of the given media type (`application/json` for the API). HTML gets the
    /// live-reload tags.
    pub(crate) fn new(built: Bytes, media_type: &str) -> Self {
        let is_html = media_type == "text/html";
        let source = built.clone();
        let (body, live_tags) = if is_html { live_reload::with_live_tags(&built) } else { (built, None) };
        let content_type = if needs_charset(media_type) {
            HeaderValue::from_str(&format!("{media_type}; charset=utf-8"))
        } else {
            HeaderValue::from_str(media_type)
        }
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
        Self {
            etag_base: format!("{:032x}", xxh3_128(&body)),
            is_compressible: (MIN_COMPRESSIBLE_BYTES..=MAX_COMPRESSIBLE_BYTES).contains(&body.len())
                && is_compressible(media_type),
            live_tags,
            source,
            content_type,
            is_html,
            body,
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        }
    }

    /// Whether this was prepared from exactly `built`.
    pub(crate) fn has_source(&self, built: &[u8]) -> bool {
        // The same buffer (kept alive by `source`, so its address cannot have been reused).
        if built.as_ptr() == self.source.as_ptr() && built.len() == self.source.len() {
            return true;
        }
        match &self.live_tags {
            None => self.body.as_ref() == built,
            Some(tags) => {
                let (Some(before), Some(after)) = (self.body.get(..tags.start), self.body.get(tags.end..))
                else {
                    return false;
                };
                built.len() == before.len() + after.len()
                    && built.starts_with(before)
                    && built.ends_with(after)
            }
        }
    }

    /// The bytes as served without compression.
    pub(crate) fn body(&self) -> &Bytes {
        &self.body
    }

    /// The `Content-Type` header value.
    pub(crate) fn content_type(&self) -> &HeaderValue {
        &self.content_type
    }

    /// Whether this is an HTML page (and so carries the live-reload tags and the overlay).
    pub(crate) fn is_html(&self) -> bool {
        self.is_html
    }

    /// Whether compressed forms exist, so answers depend on `Accept-Encoding`.
    pub(crate) fn varies_by_encoding(&self) -> bool {
        self.is_compressible
    }

    /// The form to send in `coding`, or `None` when there is none worth sending (an image,
    /// a tiny file, or one that compression does not make smaller).
    pub(crate) fn representation(&self, coding: ContentCoding) -> Option<Representation> {
        match coding {
            ContentCoding::Identity => Some(Representation {
                body: self.body.clone(),
                etag: self.etag(""),
                coding: ContentCoding::Identity,
            }),
            ContentCoding::Brotli if self.is_compressible => {
                self.brotli.get_or_init(|| self.compressed(coding, compress_brotli(&self.body))).clone()
            }
            ContentCoding::Gzip if self.is_compressible => {
                self.gzip.get_or_init(|| self.compressed(coding, compress_gzip(&self.body))).clone()
            }
            _ => None,
        }
    }

    /// The first form in `preferences` that exists; the identity form at worst.
    pub(crate) fn negotiate(&self, preferences: &[ContentCoding]) -> Representation {
        preferences.iter().find_map(|&coding| self.representation(coding)).unwrap_or_else(|| Representation {
            body: self.body.clone(),
            etag: self.etag(""),
            coding: ContentCoding::Identity,
        })
    }

    fn compressed(&self, coding: ContentCoding, bytes: Option<Vec<u8>>) -> Option<Representation> {
        let bytes = bytes.filter(|b| b.len() < self.body.len())?;
        let suffix = if coding == ContentCoding::Brotli { "-br" } else { "-gz" };
        Some(Representation { body: Bytes::from(bytes), etag: self.etag(suffix), coding })
    }

    fn etag(&self, suffix: &str) -> HeaderValue {
        // Hex digits and a suffix of letters are always a valid header value.
        HeaderValue::from_str(&format!("\"{}{suffix}\"", self.etag_base))
            .unwrap_or_else(|_| HeaderValue::from_static("\"0\""))
    }
}

fn needs_charset(media_type: &str) -> bool {
    media_type.starts_with("text/")
        || matches!(media_type, "application/javascript" | "application/json" | "application/xml")
        || media_type.ends_with("+xml")
        || media_type.ends_with("+json")
}

fn is_compressible(media_type: &str) -> bool {
    needs_charset(media_type)
        || matches!(
            media_type,
            "application/wasm"
                | "application/vnd.ms-fontobject"
                | "font/ttf"
                | "font/otf"
                | "image/x-icon"
                | "image/vnd.microsoft.icon"
                | "image/bmp"
        )
}

fn compress_brotli(data: &[u8]) -> Option<Vec<u8>> {
    let quality = if data.len() < BIG_FILE_BYTES { BROTLI_QUALITY } else { BROTLI_QUALITY_BIG };
    let mut writer =
        brotli::CompressorWriter::new(Vec::with_capacity(data.len() / 3), 4096, quality, BROTLI_WINDOW);
    writer.write_all(data).ok()?;
    // Finishes the stream; writing into a Vec cannot fail.
    Some(writer.into_inner())
}

fn compress_gzip(data: &[u8]) -> Option<Vec<u8>> {
    // Level 6 gives the same size as 9 on pages, a third faster.
    let mut encoder =
        flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 3), flate2::Compression::default());
    encoder.write_all(data).ok()?;
    encoder.finish().ok()
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use bytes::Bytes;

    use super::PreparedFile;
    use crate::content_coding::ContentCoding;

    fn page() -> Bytes {
        let paragraphs = "<p>De staking van 1913 duurde tien dagen.</p>\n".repeat(40);
        Bytes::from(format!(
            "<!doctype html><html><head><title>x</title></head><body>{paragraphs}</body></html>"
        ))
    }

    #[test]
    fn content_types_carry_a_charset_for_text() {
        let css = PreparedFile::for_path("static/style.css", Bytes::from_static(b"a{}"));
        assert_eq!(css.content_type(), "text/css; charset=utf-8");
        let png = PreparedFile::for_path("img/a.png", Bytes::from_static(b"\x89PNG"));
        assert_eq!(png.content_type(), "image/png");
        let json = PreparedFile::new(Bytes::from_static(b"{}"), "application/json");
        assert_eq!(json.content_type(), "application/json; charset=utf-8");
        let odd = PreparedFile::for_path("LICENSE", Bytes::from_static(b"x"));
        assert_eq!(odd.content_type(), "application/octet-stream");
    }

    #[test]
    fn html_gets_live_tags_and_still_knows_its_source() {
        let built = page();
        let file = PreparedFile::for_path("index.html", built.clone());
        let body = std::str::from_utf8(file.body()).unwrap();
        assert!(body.contains(r#"<script src="/__kroniek/live.js" defer></script></head>"#), "{body}");
        assert!(file.has_source(&built));
        let mut edited = built.to_vec();
        edited[60] = b'X';
        assert!(!file.has_source(&edited));
        assert!(!file.has_source(&built[1..]));
    }

    #[test]
    fn compressed_forms_round_trip_and_have_their_own_etags() {
        let file = PreparedFile::for_path("index.html", page());
        let identity = file.representation(ContentCoding::Identity).unwrap();
        let br = file.representation(ContentCoding::Brotli).unwrap();
        let gz = file.representation(ContentCoding::Gzip).unwrap();
        assert!(br.body.len() < identity.body.len() && gz.body.len() < identity.body.len());
        let mut unbrotli = Vec::new();
        brotli::Decompressor::new(&br.body[..], 4096).read_to_end(&mut unbrotli).unwrap();
        assert_eq!(unbrotli, identity.body);
        let mut ungzip = Vec::new();
        flate2::read::GzDecoder::new(&gz.body[..]).read_to_end(&mut ungzip).unwrap();
        assert_eq!(ungzip, identity.body);
        let etags = [identity.etag, br.etag, gz.etag];
        assert!(etags[1].to_str().unwrap().ends_with("-br\""));
        assert!(etags[0] != etags[1] && etags[1] != etags[2] && etags[0] != etags[2]);
    }

    #[test]
    fn images_and_tiny_files_are_sent_as_is() {
        let png = PreparedFile::for_path("a.png", Bytes::from(vec![0u8; 4096]));
        assert!(png.representation(ContentCoding::Brotli).is_none());
        let tiny = PreparedFile::for_path("a.css", Bytes::from_static(b"a{}"));
        assert!(tiny.representation(ContentCoding::Gzip).is_none());
        let chosen = tiny.negotiate(&[ContentCoding::Brotli, ContentCoding::Gzip, ContentCoding::Identity]);
        assert_eq!(chosen.coding, ContentCoding::Identity);
    }
}
