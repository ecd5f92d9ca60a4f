//! A small map drawn at build time: places as dots over the theme's world outline.
//!
//! The outline is `static/world.svg` (Natural Earth 1:110m land, public domain, made by
//! `tools/world_outline.py`), drawn in an equirectangular frame of 3600 × 1800 units, so a
//! point is placed by arithmetic alone: x = (lon + 180) · 10, y = (90 − lat) · 10. Each map
//! shows that frame through a `viewBox` around its places and pulls the outline in as an
//! `<image>` from the site itself: one copy of the outline for the whole site, no tile server,
//! no request to anyone else, no script.

use std::fmt::Write;

use kroniek_model::Coordinates;

use crate::escape::xml;

/// One place to mark.
#[derive(Debug, Clone)]
pub(crate) struct MapPoint {
    /// Where it is.
    pub(crate) at: Coordinates,
    /// Its name.
    pub(crate) label: String,
}

/// A map to draw.
#[derive(Debug, Clone)]
pub(crate) struct MapPicture {
    /// Unique on the page: the ids of the title and description start with it.
    pub(crate) id: String,
    /// The accessible name.
    pub(crate) title: String,
    /// The outline's link (`/static/world.svg` under the site's base).
    pub(crate) outline: String,
    /// The places.
    pub(crate) points: Vec<MapPoint>,
}

fn project(at: Coordinates) -> Option<(f64, f64)> {
    let ok = at.lat.is_finite() && at.lon.is_finite() && at.lat.abs() <= 90.0 && at.lon.abs() <= 180.0;
    ok.then_some(((at.lon + 180.0) * 10.0, (90.0 - at.lat) * 10.0))
}

/// The SVG of `map`, or `None` when no place has usable coordinates.
pub(crate) fn draw(map: &MapPicture) -> Option<String> {
    let points: Vec<((f64, f64), &str)> =
        map.points.iter().filter_map(|p| project(p.at).map(|xy| (xy, p.label.as_str()))).collect();
    let (first, _) = points.first()?;
    let (mut x0, mut y0, mut x1, mut y1) = (first.0, first.1, first.0, first.1);
    for ((x, y), _) in &points {
        x0 = x0.min(*x);
        x1 = x1.max(*x);
        y0 = y0.min(*y);
        y1 = y1.max(*y);
    }
    // At least 24° × 16° around the places, with room for labels, in a 3:2 frame.
    let pad = 60.0;
    let mut w = (x1 - x0 + 2.0 * pad).max(240.0);
    let mut h = (y1 - y0 + 2.0 * pad).max(160.0);
    if w / h > 1.5 {
        h = w / 1.5
    } else {
        w = h * 1.5
    }
    w = w.min(3600.0);
    h = h.min(1800.0);
    let cx = (x0 + x1) / 2.0;
    let cy = (y0 + y1) / 2.0;
    let left = (cx - w / 2.0).clamp(0.0, 3600.0 - w);
    let top = (cy - h / 2.0).clamp(0.0, 1800.0 - h);
    let r = w / 110.0;
    let font = w / 34.0;
    let id = &map.id;
    let mut svg = String::with_capacity(512 + points.len() * 200);
    let _ = write!(
        svg,
        "<svg class=\"map-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{left:.0} {top:.0} {w:.0} {h:.0}\" \
         role=\"img\" aria-labelledby=\"{id}-title\"><title id=\"{id}-title\">{}</title>\
         <rect class=\"map-sea\" x=\"0\" y=\"0\" width=\"3600\" height=\"1800\"/>\
         <image href=\"{}\" x=\"0\" y=\"0\" width=\"3600\" height=\"1800\"/>",
        xml(&map.title),
        xml(&map.outline)
    );
    // Labels go right of their dot, or left when that runs off the frame; a label that would
    // cover one already placed is left out (the dot keeps its tooltip, the caption its name).
    let mut boxes: Vec<(f64, f64, f64, f64)> = Vec::new();
    for ((x, y), label) in &points {
        let width = label.chars().count() as f64 * font * 0.58;
        let right = x + r * 1.6 + width <= left + w;
        let (x0, anchor, tx) = if right {
            (x + r * 1.6, "start", x + r * 1.6)
        } else {
            (x - r * 1.6 - width, "end", x - r * 1.6)
        };
        let b = (x0, y - font * 0.6, x0 + width, y + font * 0.5);
        let free = !boxes.iter().any(|o| b.0 < o.2 && o.0 < b.2 && b.1 < o.3 && o.1 < b.3);
        let label = xml(label);
        let _ = write!(
            svg,
            "<g class=\"map-point\"><title>{label}</title><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\"/>"
        );
        if free {
            boxes.push(b);
            let _ = write!(
                svg,
                "<text x=\"{tx:.1}\" y=\"{:.1}\" font-size=\"{font:.1}\" text-anchor=\"{anchor}\">{label}</text>",
                y + font * 0.35
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(lat: f64, lon: f64, label: &str) -> MapPoint {
        MapPoint { at: Coordinates { lat, lon }, label: label.into() }
    }

    #[test]
    fn maps_frame_their_places_and_are_well_formed() {
        let map = MapPicture {
            id: "m".into(),
            title: "Kaart: Brussel & Parijs".into(),
            outline: "/static/world.svg".into(),
            points: vec![
                point(50.85, 4.35, "Brussel"),
                point(48.86, 2.35, "Parijs <FR>"),
                point(50.83, 4.37, "Elsene"),
            ],
        };
        let svg = draw(&map).unwrap_or_default();
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        let view: Vec<f64> = doc
            .root_element()
            .attribute("viewBox")
            .unwrap_or_default()
            .split(' ')
            .filter_map(|v| v.parse().ok())
            .collect();
        assert_eq!(view.len(), 4);
        // Brussels at x = 1843.5, y = 391.5 lies inside the frame.
        assert!(view[0] < 1843.5 && 1843.5 < view[0] + view[2], "{view:?}");
        assert!(view[1] < 391.5 && 391.5 < view[1] + view[3], "{view:?}");
        assert_eq!(doc.descendants().filter(|n| n.has_tag_name("circle")).count(), 3);
        // Elsene lies against Brussels: its label would cover Brussels' and is left out.
        let labels: Vec<_> =
            doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
        assert_eq!(labels, ["Brussel", "Parijs <FR>"]);
    }

    #[test]
    fn places_without_usable_coordinates_are_left_out() {
        let map = MapPicture {
            id: "m".into(),
            title: "t".into(),
            outline: "/w.svg".into(),
            points: vec![point(f64::NAN, 0.0, "x"), point(95.0, 0.0, "y")],
        };
        assert!(draw(&map).is_none());
        let edge = MapPicture { points: vec![point(-89.0, 179.9, "z")], ..map };
        let svg = draw(&edge).unwrap_or_default();
        assert!(roxmltree::Document::parse(&svg).is_ok());
    }
}
