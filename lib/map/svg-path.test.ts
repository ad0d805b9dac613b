import { geoIdentity } from "d3-geo";
import { describe, expect, it } from "vitest";
import { simplify, svgPath } from "./svg-path";

// geoIdentity leaves coordinates as they are, so paths can be checked by hand.
const flat = geoIdentity();

describe("svgPath", () => {
  it("writes one decimal, relative moves, and closes rings", () => {
    const square = { type: "Polygon" as const, coordinates: [[[10, 10], [20, 10], [20, 20.25], [10, 20.25], [10, 10]]] };
    expect(svgPath(square, flat)).toBe("M10,10l10,0,0,10.3-10,0z");
  });

  it("leaves a line open and starts the next one relative to where the pen is", () => {
    const lines = {
      type: "MultiLineString" as const,
      coordinates: [
        [[0, 0], [5, 0]],
        [[5, 5], [0.5, 5]],
      ],
    };
    expect(svgPath(lines, flat)).toBe("M0,0l5,0m0,5l-4.5,0");
  });

  it("drops islets that collapse to fewer than three points", () => {
    const speck = { type: "Polygon" as const, coordinates: [[[1, 1], [1.01, 1], [1.01, 1.01], [1, 1]]] };
    expect(svgPath(speck, flat)).toBe("");
  });
});

describe("simplify", () => {
  it("keeps the ends and drops points within the tolerance", () => {
    // A nearly straight line with one real corner at (10, 5).
    const line = [0, 0, 5, 0.1, 10, 0, 10, 5, 10, 10];
    expect(simplify(line, 0.5, false)).toEqual([0, 0, 10, 0, 10, 10]);
  });

  it("keeps a ring's shape", () => {
    const ring = [0, 0, 10, 0, 10, 10, 5, 10.1, 0, 10];
    expect(simplify(ring, 0.5, true)).toEqual([0, 0, 10, 0, 10, 10, 0, 10]);
  });
});
