import type { MultiLineString, MultiPolygon } from "geojson";
import { describe, expect, it } from "vitest";
import { cullGeometry } from "./cull";

const box = { west: 0, east: 10, south: 0, north: 10 };

describe("cullGeometry", () => {
  it("keeps a polygon inside the box as it is and drops one outside", () => {
    const inside = { type: "Polygon" as const, coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] };
    const outside = { type: "Polygon" as const, coordinates: [[[21, 1], [22, 1], [22, 2], [21, 1]]] };
    expect((cullGeometry(inside, box) as MultiPolygon).coordinates).toEqual([inside.coordinates]);
    expect(cullGeometry(outside, box)).toBeNull();
  });

  it("cuts a polygon to the box, with points along the cut so it stays straight once projected", () => {
    const wide = { type: "Polygon" as const, coordinates: [[[-20, 2], [30, 2], [30, 4], [-20, 4], [-20, 2]]] };
    const ring = (cullGeometry(wide, box) as MultiPolygon).coordinates[0]![0]!;
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThanOrEqual(0);
      expect(lon).toBeLessThanOrEqual(10);
      expect(lat).toBeGreaterThanOrEqual(2);
      expect(lat).toBeLessThanOrEqual(4);
    }
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it("keeps the runs of a line that reach the box", () => {
    const line = { type: "LineString" as const, coordinates: [[-30, 5], [-20, 5], [-1, 5], [5, 5], [11, 5], [30, 5]] };
    const { coordinates } = cullGeometry(line, box) as MultiLineString;
    expect(coordinates).toEqual([[[-1, 5], [5, 5], [11, 5]]]);
  });

  it("handles a box across the antimeridian", () => {
    const fiji = { type: "Polygon" as const, coordinates: [[[178, -17], [179, -17], [179, -16], [178, -17]]] };
    const samoa = { type: "Polygon" as const, coordinates: [[[-172, -14], [-171, -14], [-171, -13], [-172, -14]]] };
    const pacific = { west: 170, east: -165, south: -20, north: -10 };
    expect(cullGeometry(fiji, pacific)).not.toBeNull();
    expect(cullGeometry(samoa, pacific)).not.toBeNull();
    expect(cullGeometry(fiji, { west: -100, east: -60, south: -20, north: -10 })).toBeNull();
  });

  it("cuts a ring that crosses the antimeridian without an edge back across the world", () => {
    const crossing = { type: "Polygon" as const, coordinates: [[[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]]] };
    const pacific = { west: 170, east: -170, south: -20, north: -10 };
    const ring = (cullGeometry(crossing, pacific) as MultiPolygon).coordinates[0]![0]!;
    // Longitudes run on past 180 instead of jumping to -179.
    expect(ring.map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
  });

  it("drops points closer together than the step, keeping the ends", () => {
    const line = { type: "LineString" as const, coordinates: [[1, 1], [1.001, 1], [1.002, 1], [2, 1], [2.001, 1]] };
    const { coordinates } = cullGeometry(line, box, { step: 0.1, minSize: 0 }) as MultiLineString;
    expect(coordinates).toEqual([[[1, 1], [2, 1], [2.001, 1]]]);
  });
});
