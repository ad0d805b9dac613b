import { geoBounds } from "d3-geo";

/** A longitude/latitude box; east < west when it crosses the antimeridian (Russia, Fiji). */
export type GeoBox = { west: number; south: number; east: number; north: number };

export type LonLat = [number, number];

export function lonSpan(box: GeoBox): number {
  const span = box.east - box.west;
  return span < 0 ? span + 360 : span;
}

export function latSpan(box: GeoBox): number {
  return box.north - box.south;
}

export function centreOf(box: GeoBox): LonLat {
  return [wrapLon(box.west + lonSpan(box) / 2), (box.south + box.north) / 2];
}

export function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** A 3×3 grid of points on the box: enough for d3's bounds to keep its side of the antimeridian. */
export function boxPoints(box: GeoBox): LonLat[] {
  const span = lonSpan(box);
  const points: LonLat[] = [];
  for (const f of [0, 0.5, 1]) {
    for (const lat of [box.south, (box.south + box.north) / 2, box.north]) points.push([wrapLon(box.west + span * f), lat]);
  }
  return points;
}

/** The smallest box around the points, the short way round the globe. */
export function boxAround(points: LonLat[]): GeoBox {
  const [[west, south], [east, north]] = geoBounds({ type: "MultiPoint", coordinates: points });
  return { west, south, east, north };
}

/**
 * The box grown by a share of its size on each side, and to at least a minimum size, so a
 * single town still gets a region around it and places at the edge keep room for their labels.
 */
export function padBox(box: GeoBox, share: number, minLatSpan: number): GeoBox {
  const [lon, lat] = centreOf(box);
  const halfLat = Math.max(latSpan(box) * (0.5 + share), minLatSpan / 2);
  // A degree of longitude shrinks towards the poles; keep the minimum box roughly square.
  const minLonSpan = minLatSpan / Math.max(Math.cos((lat * Math.PI) / 180), 0.3);
  const halfLon = Math.min(Math.max(lonSpan(box) * (0.5 + share), minLonSpan / 2), 180);
  return {
    west: wrapLon(lon - halfLon),
    east: halfLon >= 180 ? wrapLon(lon + 179.999) : wrapLon(lon + halfLon),
    south: Math.max(lat - halfLat, -85),
    north: Math.min(lat + halfLat, 85),
  };
}

/** Great-circle distance in kilometres. */
export function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
