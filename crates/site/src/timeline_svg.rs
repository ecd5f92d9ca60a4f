//! The timeline as a picture: an SVG drawn at build time (no script), showing a life or an
//! article's events at a glance.
//!
//! The picture is decoration for sighted readers; its text alternative is a `<title>` and a
//! `<desc>` (named by `aria-labelledby`), and every page that draws one also lists the same
//! events as text with links. Points carry their own `<title>` for a hover tooltip. Colours
//! come from the theme's CSS classes (`tl-*`), so the picture follows light and dark modes.

use std::fmt::Write;

use kroniek_model::{Edtf, EdtfDate};

use crate::escape::xml;

/// Width of the drawing in SVG units; the page scales it to its column.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 16.0;
const LANE: f64 = 16.0;
const MAX_LANES: usize = 4;

/// One dated thing to draw.
#[derive(Debug, Clone)]
pub(crate) struct TimelinePoint {
    /// Its date.
    pub(crate) date: Edtf,
    /// What the tooltip says ("12 april 1917 — in april 1917").
    pub(crate) label: String,
}

/// A picture to draw.
#[derive(Debug, Clone)]
pub(crate) struct TimelinePicture {
    /// Unique on the page: the ids of the title and description start with it.
    pub(crate) id: String,
    /// The accessible name ("Tijdlijn van Victor Serge").
    pub(crate) title: String,
    /// What it shows, in a sentence.
    pub(crate) desc: String,
    /// A span drawn as a bar above the points (a life: born–died), with its label; either end
    /// may be unknown.
    pub(crate) span: Option<(Option<Edtf>, Option<Edtf>, String)>,
    /// The points.
    pub(crate) points: Vec<TimelinePoint>,
}

/// A day as a fractional year, for placing it on the axis.
fn fractional((year, month, day): (i32, u8, u8)) -> f64 {
    let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let ordinal = before.get(usize::from(month.clamp(1, 12)) - 1).copied().unwrap_or(0) + u32::from(day);
    f64::from(year) + f64::from(ordinal.saturating_sub(1)) / 365.25
}

fn first(date: &Edtf) -> Option<f64> {
    date.start().or(date.end()).map(|d: EdtfDate| fractional(d.earliest()))
}

fn last(date: &Edtf) -> Option<f64> {
    date.end().or(date.start()).map(|d: EdtfDate| fractional(d.latest()) + 1.0 / 365.25)
}

/// A step between labelled years that gives at most about eight labels.
fn tick_step(range: f64) -> i32 {
    [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|&s| range / f64::from(s) <= 8.0)
        .unwrap_or(1000)
}

/// The SVG of `picture`, or `None` when it has nothing dated to draw.
pub(crate) fn draw(picture: &TimelinePicture) -> Option<String> {
    let span = picture
        .span
        .as_ref()
        .map(|(a, b, label)| (a.as_ref().and_then(first), b.as_ref().and_then(last), label.as_str()));
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for p in &picture.points {
        if let (Some(a), Some(b)) = (first(&p.date), last(&p.date)) {
            lo = lo.min(a);
            hi = hi.max(b);
        }
    }
    if let Some((a, b, _)) = span {
        for v in [a, b].into_iter().flatten() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        return None;
    }
    if hi - lo < 2.0 {
        let mid = (hi + lo) / 2.0;
        lo = mid - 1.0;
        hi = mid + 1.0;
    }
    let pad = (hi - lo) * 0.03;
    let (lo, hi) = (lo - pad, hi + pad);
    let x = |year: f64| MARGIN + (year - lo) / (hi - lo) * (WIDTH - 2.0 * MARGIN);

    // Lanes: a point goes in the first lane whose last point ends well before it starts.
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut placed: Vec<(f64, f64, usize, &TimelinePoint)> = Vec::new();
    let mut points: Vec<&TimelinePoint> = picture.points.iter().collect();
    points.sort_by(|a, b| first(&a.date).partial_cmp(&first(&b.date)).unwrap_or(std::cmp::Ordering::Equal));
    for p in points {
        let (Some(a), Some(b)) = (first(&p.date), last(&p.date)) else { continue };
        let (x0, x1) = (x(a), x(b).max(x(a)));
        let lane = lane_ends.iter().position(|&end| end + 10.0 <= x0).unwrap_or_else(|| {
            if lane_ends.len() < MAX_LANES {
                lane_ends.push(f64::NEG_INFINITY);
                lane_ends.len() - 1
            } else {
                // Full: the lane that frees up first takes it, overlapping a little.
                (0..lane_ends.len())
                    .min_by(|&i, &j| {
                        lane_ends[i].partial_cmp(&lane_ends[j]).unwrap_or(std::cmp::Ordering::Equal)
                    })
                    .unwrap_or(0)
            }
        });
        if let Some(end) = lane_ends.get_mut(lane) {
            *end = x1.max(x0 + 5.0);
        }
        placed.push((x0, x1, lane, p));
    }

    let top = if span.is_some() { 40.0 } else { 12.0 };
    let lanes = lane_ends.len().max(1) as f64;
    let axis_y = top + lanes * LANE + 6.0;
    let height = axis_y + 26.0;
    let id = &picture.id;
    let mut svg = String::with_capacity(1024 + placed.len() * 160);
    let _ = write!(
        svg,
        "<svg class=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" preserveAspectRatio=\"xMinYMin meet\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        xml(&picture.title),
        xml(&picture.desc)
    );
    if let Some((a, b, label)) = span {
        let x0 = a.map_or(MARGIN, x);
        let x1 = b.map_or(WIDTH - MARGIN, x);
        let _ = write!(
            svg,
            "<g class=\"tl-span\"><title>{}</title><rect x=\"{x0:.1}\" y=\"14\" width=\"{:.1}\" height=\"10\" rx=\"5\"/>\
             <text x=\"{x0:.1}\" y=\"10\" font-size=\"11\">{}</text></g>",
            xml(label),
            (x1 - x0).max(2.0),
            xml(label)
        );
    }
    for (x0, x1, lane, p) in &placed {
        let y = top + *lane as f64 * LANE + LANE / 2.0;
        let title = xml(&p.label);
        if x1 - x0 > 6.0 {
            let _ = write!(
                svg,
                "<g class=\"tl-point\"><title>{title}</title><rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" \
                 height=\"8\" rx=\"4\"/></g>",
                y - 4.0,
                x1 - x0
            );
        } else {
            let _ = write!(
                svg,
                "<g class=\"tl-point\"><title>{title}</title><circle cx=\"{x0:.1}\" cy=\"{y:.1}\" r=\"5\"/></g>"
            );
        }
    }
    let _ = write!(
        svg,
        "<g class=\"tl-axis\"><line x1=\"{MARGIN}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\"/>",
        WIDTH - MARGIN
    );
    let step = tick_step(hi - lo);
    let mut year = (lo.ceil() as i32).div_euclid(step) * step;
    while f64::from(year) <= hi {
        if f64::from(year) >= lo {
            let tx = x(f64::from(year));
            let _ = write!(
                svg,
                "<line x1=\"{tx:.1}\" y1=\"{axis_y:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\"/>\
                 <text x=\"{tx:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{year}</text>",
                axis_y + 5.0,
                axis_y + 18.0
            );
        }
        year += step;
    }
    svg.push_str("</g></svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(date: &str) -> TimelinePoint {
        TimelinePoint {
            date: Edtf::parse(date).unwrap_or_else(|e| panic!("{e}")),
            label: format!("{date} <&>"),
        }
    }

    #[test]
    fn pictures_are_well_formed_with_a_text_alternative() {
        let picture = TimelinePicture {
            id: "life".into(),
            title: "Tijdlijn van \"A & B\"".into(),
            desc: "Leven <1890–1947>".into(),
            span: Some((Edtf::parse("1890-12-30").ok(), Edtf::parse("1947-11-17").ok(), "1890–1947".into())),
            points: ["1909", "1917-22", "1926/1929", "1936-04", "1936-04-12", "1936-05"]
                .iter()
                .map(|d| point(d))
                .collect(),
        };
        let svg = draw(&picture).unwrap_or_default();
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("aria-labelledby"), Some("life-title life-desc"));
        let title = root.children().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
        assert_eq!(title, Some("Tijdlijn van \"A & B\""));
        let points = root.descendants().filter(|n| n.attribute("class") == Some("tl-point")).count();
        assert_eq!(points, 6);
        let labels: Vec<&str> =
            root.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
        assert!(labels.contains(&"1900") && labels.contains(&"1940"), "{labels:?}");
    }

    #[test]
    fn nothing_dated_draws_nothing_and_one_date_still_has_an_axis() {
        let empty = TimelinePicture {
            id: "x".into(),
            title: "t".into(),
            desc: "d".into(),
            span: None,
            points: vec![],
        };
        assert!(draw(&empty).is_none());
        let one = TimelinePicture { points: vec![point("1917-04-12")], ..empty };
        let svg = draw(&one).unwrap_or_default();
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
        assert!(svg.contains(">1917<"), "{svg}");
        assert_eq!(tick_step(100.0), 20);
        assert!(fractional((1917, 7, 2)) > 1917.49 && fractional((1917, 7, 2)) < 1917.51);
    }
}
