import type { MultiPoint } from "geojson";
import { geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Resolution } from "./atlas";
import { boxAround, boxPoints, centreOf, latSpan, lonSpan, padBox, wrapLon, type GeoBox, type LonLat } from "./geo-box";

/**
 * The SVG's coordinate system is 800 units wide; the browser scales it to the width available.
 * The height follows the region's shape within limits: a strip from Istanbul to Islamabad gets
 * a wide map instead of one padded with empty land above and below.
 */
export const VIEW_WIDTH = 800;
const MIN_HEIGHT = 440;
const MAX_HEIGHT = 640;

/** Room kept between the places of interest and the edge of the map, in view units. */
const MARGIN = 28;

export type MapFrame = {
  projection: GeoProjection;
  /** 1:110m once a degree is only a few units wide: finer outlines would be lost in the pixels. */
  resolution: Resolution;
  /** View units per degree of latitude at the centre: how much detail can be seen. */
  unitsPerDegree: number;
  width: number;
  height: number;
  /** The region the view shows, a little generously; null when it cannot be bounded (a pole). */
  visible: GeoBox | null;
};

/**
 * A projection that fits the points of interest into the view. A conformal conic keeps shapes
 * true across a region (Mercator would stretch Türkiye against Qatar); beyond a hemisphere a
 * world projection takes over. The projection is turned so the region's centre is upright.
 */
export function frameAround(points: LonLat[]): MapFrame {
  const box = padBox(boxAround(points), 0.08, 7);
  const [centreLon] = centreOf(box);
  const wide = lonSpan(box) > 140 || latSpan(box) > 100;
  const third = latSpan(box) / 3;
  const projection = wide
    ? geoEqualEarth().rotate([-centreLon, 0])
    : geoConicConformal()
        .parallels([box.south + third, box.north - third])
        .rotate([-centreLon, 0]);
  const outline: MultiPoint = { type: "MultiPoint", coordinates: boxPoints(box) };
  const [[, top], [, bottom]] = geoPath(projection.fitWidth(VIEW_WIDTH - 2 * MARGIN, outline)).bounds(outline);
  const height = Math.round(Math.min(Math.max(bottom - top + 2 * MARGIN, MIN_HEIGHT), MAX_HEIGHT));
  projection
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [VIEW_WIDTH - MARGIN, height - MARGIN],
      ],
      outline,
    )
    // A little beyond the view, so that cut edges (and their strokes) fall outside it.
    .clipExtent([
      [-8, -8],
      [VIEW_WIDTH + 8, height + 8],
    ])
    // Natural Earth 1:50m is dense enough that resampling adds nothing but time.
    .precision(0);
  const visible = wide ? null : visibleBox(projection, height);
  // d3 cuts every polygon at the meridian opposite the centre, walking each ring on the sphere.
  // Once the geometry is culled to a box within 90° or so of the centre, nothing can reach that
  // meridian, and skipping the cut halves the time to draw.
  if (visible && lonSpan(visible) <= 180) projection.preclip((stream) => stream);
  const scale = unitsPerDegree(projection, box);
  return { projection, resolution: scale < 6 ? "110m" : "50m", unitsPerDegree: scale, width: VIEW_WIDTH, height, visible };
}

/** View units per degree of latitude at the centre of the map. */
function unitsPerDegree(projection: GeoProjection, box: GeoBox): number {
  const [lon, lat] = centreOf(box);
  const a = projection([lon, Math.max(lat - 0.5, -89)]);
  const b = projection([lon, Math.min(lat + 0.5, 89)]);
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
}

/** What the view shows, from its edges projected back to the globe. */
function visibleBox(projection: GeoProjection, height: number): GeoBox | null {
  // With a pole in view every longitude is, which no box of edge points would show. Otherwise
  // the extremes of latitude and longitude lie on the edge of the view.
  for (const pole of [
    [0, 90],
    [0, -90],
  ] as LonLat[]) {
    const p = projection(pole);
    if (p && p[0] > -10 && p[0] < VIEW_WIDTH + 10 && p[1] > -10 && p[1] < height + 10) return null;
  }
  const edge: LonLat[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const x = (VIEW_WIDTH * i) / steps;
    const y = (height * i) / steps;
    for (const p of [
      [x, 0],
      [x, height],
      [0, y],
      [VIEW_WIDTH, y],
    ] as LonLat[]) {
      const lonLat = projection.invert?.(p);
      if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return null;
      edge.push([lonLat[0], lonLat[1]]);
    }
  }
  const box = boxAround(edge);
  // Two degrees more on every side, for the segments that leave the view.
  if (lonSpan(box) > 300) return null;
  return { west: wrapLon(box.west - 2), east: wrapLon(box.east + 2), south: Math.max(box.south - 2, -90), north: Math.min(box.north + 2, 90) };
}
