import { describe, expect, it } from "vitest";
import { byImportance, classifyPlace, coordinatesOf } from "./classify";
import { borderBetween, involvedCountries } from "./countries";
import { chooseExtent } from "./extent";
import { frameAround } from "./frame";
import { boxAround, lonSpan } from "./geo-box";
import { place, SAMPLE_PLACES } from "./test-places";
import type { MapPlace } from "./types";

function extentOf(places: MapPlace[]) {
  const classified = [...places].sort(byImportance).map(classifyPlace);
  const countries = involvedCountries(classified);
  const extent = chooseExtent(countries, borderBetween(countries)?.line ?? null, classified);
  return { classified, extent, frame: frameAround(extent.points) };
}

const contains = (box: ReturnType<typeof boxAround>, [lon, lat]: [number, number]) => {
  const offset = (((lon - box.west) % 360) + 360) % 360;
  return offset <= lonSpan(box) && lat >= box.south && lat <= box.north;
};

describe("chooseExtent and frameAround", () => {
  it("fit every marked place of the sample, in a region the size of the story, not the world", () => {
    const { classified, extent, frame } = extentOf(SAMPLE_PLACES);
    const fitted = boxAround(extent.points);
    for (const c of classified) {
      if (c.role !== "marker") continue;
      expect(contains(fitted, c.at), c.place.name).toBe(true);
      expect(contains(frame.visible!, c.at), c.place.name).toBe(true);
    }
    expect(extent.far.size).toBe(0);
    // Istanbul (29°E) to Islamabad (73°E) and a little more; the world would be 360°.
    expect(lonSpan(frame.visible!)).toBeGreaterThan(44);
    expect(lonSpan(frame.visible!)).toBeLessThan(100);
    expect(frame.resolution).toBe("50m");
  });

  it("give a single place a region around it rather than an infinite zoom", () => {
    const kabul = place("Kabul", "capital", [34.528, 69.172], { country: "Afghanistan" });
    const { frame } = extentOf([kabul]);
    expect(contains(frame.visible!, coordinatesOf(kabul)!)).toBe(true);
    expect(lonSpan(frame.visible!)).toBeGreaterThan(5);
    expect(frame.unitsPerDegree).toBeLessThan(200);
  });

  it("turn to a world map, at 1:110m, for countries on opposite sides of the world", () => {
    const { frame } = extentOf([
      place("United States", "country", [38, -97], { mentions: 8 }),
      place("China", "country", [35, 105], { mentions: 7 }),
    ]);
    expect(frame.visible).toBeNull();
    expect(frame.resolution).toBe("110m");
  });
});
