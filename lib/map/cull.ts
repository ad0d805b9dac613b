import type { Geometry, MultiLineString, MultiPolygon, Position } from "geojson";
import { lonSpan, type GeoBox } from "./geo-box";

// d3 clips every polygon to the antimeridian on the sphere before projecting it, which costs
// about 50 ms for the land of the whole world. The map shows one region, so the geometry is
// first cut to a longitude/latitude box a little larger than the view, with plain arithmetic;
// d3 then clips the small remainder exactly to the view. Points far closer together than a
// pixel, and islets smaller than one, are dropped here too, before the costly projection.

/** In degrees (of latitude, or of longitude times the cosine of the latitude). */
export type Thinning = { step: number; minSize: number };

type Rect = { west: number; east: number; south: number; north: number };
type Bounds = [minLon: number, minLat: number, maxLon: number, maxLat: number];

const boundsCache = new WeakMap<Position[], Bounds>();

function boundsOf(points: Position[]): Bounds {
  let bounds = boundsCache.get(points);
  if (!bounds) {
    let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of points) {
      const lon = p[0]!;
      const lat = p[1]!;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
    bounds = [minLon, minLat, maxLon, maxLat];
    boundsCache.set(points, bounds);
  }
  return bounds;
}

const disjoint = (b: Bounds, r: Rect) => b[2] < r.west || b[0] > r.east || b[3] < r.south || b[1] > r.north;
const inside = (b: Bounds, r: Rect) => b[0] >= r.west && b[2] <= r.east && b[1] >= r.south && b[3] <= r.north;

const unwrappedCache = new WeakMap<Position[], Position[]>();

/**
 * The points with continuous longitudes: a ring that crosses the antimeridian (Fiji, Chukotka:
 * 179.9 then -179.9) goes on to 180.1 instead, so plain arithmetic can cut it. A ring around a
 * pole (Antarctica) does not come back to its start; it is closed along the pole.
 */
function unwrapped(points: Position[]): Position[] {
  let result = unwrappedCache.get(points);
  if (result) return result;
  result = points;
  let offset = 0;
  for (let i = 1; i < points.length; i++) {
    const step = points[i]![0]! - points[i - 1]![0]!;
    if (Math.abs(step) <= 180) {
      if (result !== points) result.push([points[i]![0]! + offset, points[i]![1]!]);
      continue;
    }
    if (result === points) result = points.slice(0, i);
    offset += step > 0 ? -360 : 360;
    result.push([points[i]![0]! + offset, points[i]![1]!]);
  }
  const first = result[0];
  const last = result.at(-1);
  if (first && last && last[0] !== first[0] && offset !== 0) {
    const pole = last[1]! < 0 ? -90 : 90;
    result.push([last[0]!, pole], [first[0]!, pole], first);
  }
  unwrappedCache.set(points, result);
  return result;
}

/** The copies of the points, a whole turn apart, that reach the rectangle. */
function copiesNear(points: Position[], rect: Rect): Position[][] {
  const u = unwrapped(points);
  const b = boundsOf(u);
  const copies: Position[][] = [];
  for (const turn of [-360, 0, 360]) {
    if (disjoint([b[0] + turn, b[1], b[2] + turn, b[3]], rect)) continue;
    copies.push(turn === 0 ? u : u.map((p) => [p[0]! + turn, p[1]!]));
  }
  return copies;
}

/** Polygons and lines cut to the box; null when nothing is left. */
export function cullGeometry(geometry: Geometry, box: GeoBox, thinning: Thinning = { step: 0, minSize: 0 }): MultiPolygon | MultiLineString | null {
  // Longitudes run on past 180 when the box crosses the antimeridian, so it is one rectangle.
  const rect: Rect = { west: box.west, east: box.west + lonSpan(box), south: box.south, north: box.north };
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const kept = polygons.flatMap((rings) => clipPolygon(rings, rect, thinning));
    return kept.length > 0 ? { type: "MultiPolygon", coordinates: kept } : null;
  }
  if (geometry.type === "LineString" || geometry.type === "MultiLineString") {
    const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
    const kept = lines.flatMap((line) => copiesNear(line, rect).flatMap((copy) => clipLine(copy, rect).map((run) => thin(run, thinning.step))));
    return kept.length > 0 ? { type: "MultiLineString", coordinates: kept } : null;
  }
  if (geometry.type === "GeometryCollection") {
    throw new Error("cullGeometry: collections are not used by the map");
  }
  return null;
}

function clipPolygon(rings: Position[][], rect: Rect, thinning: Thinning): Position[][][] {
  const [outer, ...holes] = rings;
  if (!outer || tooSmall(outer, thinning.minSize)) return [];
  return copiesNear(outer, rect).flatMap((outerCopy) => {
    const clippedOuter = clipRing(outerCopy, rect);
    const thinnedOuter = clippedOuter && thin(clippedOuter, thinning.step);
    if (!thinnedOuter || thinnedOuter.length < 4) return [];
    const clippedHoles = holes
      .filter((hole) => !tooSmall(hole, thinning.minSize))
      .flatMap((hole) => copiesNear(hole, rect))
      .map((hole) => clipRing(hole, rect))
      .filter((hole) => hole !== null)
      .map((hole) => thin(hole, thinning.step))
      .filter((hole) => hole.length >= 4);
    return [[thinnedOuter, ...clippedHoles]];
  });
}

const cosOfLat = (lat: number) => Math.max(Math.cos((lat * Math.PI) / 180), 0.05);

function tooSmall(ring: Position[], minSize: number): boolean {
  if (minSize <= 0) return false;
  const b = boundsOf(ring);
  return b[3] - b[1] < minSize && (b[2] - b[0]) * cosOfLat((b[1] + b[3]) / 2) < minSize;
}

/** Drops points closer than `step` to the last one kept; the ends stay, so lines still meet. */
function thin(points: Position[], step: number): Position[] {
  if (step <= 0 || points.length < 4) return points;
  const b = boundsOf(points);
  const lonStep = step / cosOfLat((b[1] + b[3]) / 2);
  const last = points.length - 1;
  const out: Position[] = [points[0]!];
  let [lon, lat] = [points[0]![0]!, points[0]![1]!];
  for (let i = 1; i < last; i++) {
    const p = points[i]!;
    if (Math.abs(p[0]! - lon) >= lonStep || Math.abs(p[1]! - lat) >= step) {
      out.push(p);
      lon = p[0]!;
      lat = p[1]!;
    }
  }
  out.push(points[last]!);
  return out;
}

function clipRing(ring: Position[], rect: Rect): Position[] | null {
  const bounds = boundsOf(ring);
  if (disjoint(bounds, rect)) return null;
  if (inside(bounds, rect)) return ring;
  // Sutherland–Hodgman against the four sides; the ring is closed (first point = last point).
  let points = ring.slice(0, -1);
  for (const side of SIDES) {
    points = clipAgainst(points, rect, side);
    if (points.length < 3) return null;
  }
  const dense = densifyAlongSides(points, rect);
  return [...dense, dense[0]!];
}

type Side = "west" | "east" | "south" | "north";
const SIDES: Side[] = ["west", "east", "south", "north"];

function isIn(p: Position, rect: Rect, side: Side): boolean {
  switch (side) {
    case "west":
      return p[0]! >= rect.west;
    case "east":
      return p[0]! <= rect.east;
    case "south":
      return p[1]! >= rect.south;
    case "north":
      return p[1]! <= rect.north;
  }
}

function crossing(a: Position, b: Position, rect: Rect, side: Side): Position {
  const ax = a[0]!;
  const ay = a[1]!;
  const bx = b[0]!;
  const by = b[1]!;
  if (side === "west" || side === "east") {
    const x = rect[side];
    return [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
  }
  const y = rect[side];
  return [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
}

function clipAgainst(points: Position[], rect: Rect, side: Side): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i]!;
    const previous = points[(i + points.length - 1) % points.length]!;
    const currentIn = isIn(current, rect, side);
    if (currentIn !== isIn(previous, rect, side)) out.push(crossing(previous, current, rect, side));
    if (currentIn) out.push(current);
  }
  return out;
}

/**
 * The cut runs along parallels and meridians, but d3 joins two points by a great circle, which
 * bows towards the pole over a long stretch and could reach into the view: add a point every
 * two degrees along the cut.
 */
function densifyAlongSides(points: Position[], rect: Rect): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    out.push(a);
    const alongParallel = a[1] === b[1] && (a[1] === rect.south || a[1] === rect.north);
    const alongMeridian = a[0] === b[0] && (a[0] === rect.west || a[0] === rect.east);
    if (!alongParallel && !alongMeridian) continue;
    const length = Math.abs(alongParallel ? b[0]! - a[0]! : b[1]! - a[1]!);
    const steps = Math.floor(length / 2);
    for (let s = 1; s < steps; s++) {
      const t = s / steps;
      out.push([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]);
    }
  }
  return out;
}

/** Runs of the line whose segments touch the box; d3 then cuts them exactly to the view. */
function clipLine(line: Position[], rect: Rect): Position[][] {
  const bounds = boundsOf(line);
  if (disjoint(bounds, rect)) return [];
  if (inside(bounds, rect)) return [line];
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const segmentOutside =
      Math.max(a[0]!, b[0]!) < rect.west ||
      Math.min(a[0]!, b[0]!) > rect.east ||
      Math.max(a[1]!, b[1]!) < rect.south ||
      Math.min(a[1]!, b[1]!) > rect.north;
    if (segmentOutside) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    if (run.length === 0) run.push(a);
    run.push(b);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
