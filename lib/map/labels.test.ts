import { describe, expect, it } from "vitest";
import { buildModuleMap } from "./build-map";
import { LAYOUTS, layoutLabels, type LabelRequest } from "./labels";
import { place, SAMPLE_PLACES } from "./test-places";
import type { Box, LabelLayout, MapModel } from "./types";

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function expectNoOverlaps(layout: LabelLayout, width: number, height: number) {
  const { labels } = layout;
  for (const [i, a] of labels.entries()) {
    expect(a.box.x0, `${a.text} left edge (${layout.id})`).toBeGreaterThanOrEqual(0);
    expect(a.box.y0, `${a.text} top edge (${layout.id})`).toBeGreaterThanOrEqual(0);
    expect(a.box.x1, `${a.text} right edge (${layout.id})`).toBeLessThanOrEqual(width);
    expect(a.box.y1, `${a.text} bottom edge (${layout.id})`).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.text} / ${b.text} (${layout.id})`).toBe(false);
  }
}

function expectLabelsClearOfOtherMarkers(map: MapModel, layout: LabelLayout) {
  const r = layout.markerRadius;
  for (const label of layout.labels) {
    for (const m of map.markers) {
      if (m.placeId === label.placeId) continue;
      const disc = { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
      expect(overlaps(label.box, disc), `${label.text} covers ${m.name} (${layout.id})`).toBe(false);
    }
  }
}

describe("labels on the sample map", () => {
  const map = buildModuleMap(SAMPLE_PLACES)!;

  it("never overlap each other or leave the view, at any of the three sizes", () => {
    expect(map.layouts.map((l) => l.id)).toEqual(["small", "medium", "large"]);
    for (const layout of map.layouts) {
      expectNoOverlaps(layout, map.width, map.height);
      expectLabelsClearOfOtherMarkers(map, layout);
    }
  });

  it("names every marked place at the desktop size", () => {
    const large = map.layouts.find((l) => l.id === "large")!;
    expect(large.unlabelled).toEqual([]);
    const named = new Set(large.labels.map((l) => l.text));
    for (const m of map.markers) expect(named.has(m.name), m.name).toBe(true);
    expect(named.has("Durand Line")).toBe(true);
    expect(named.has("PAKISTAN")).toBe(true);
  });

  it("keeps the capitals named even on a phone", () => {
    const small = map.layouts.find((l) => l.id === "small")!;
    const named = new Set(small.labels.map((l) => l.text));
    for (const name of ["Islamabad", "Kabul", "Doha", "Ankara"]) expect(named.has(name), name).toBe(true);
  });
});

describe("labels in a crowded cluster", () => {
  // The sample's places with coordinates for the border towns too: five names within ~100 km.
  const crowded = [
    ...SAMPLE_PLACES.filter((p) => p.name !== "North Waziristan"),
    place("North Waziristan", "region", [32.3, 69.86], { country: "Pakistan" }),
    place("Torkham", "city", [34.1, 71.09], { country: "Pakistan" }),
    place("Khost", "city", [33.34, 69.92], { country: "Afghanistan" }),
  ];
  const map = buildModuleMap(crowded)!;

  it("still never overlap, moving names out with leader lines or leaving them to the list", () => {
    for (const layout of map.layouts) {
      expectNoOverlaps(layout, map.width, map.height);
      expectLabelsClearOfOtherMarkers(map, layout);
      const labelled = new Set(layout.labels.flatMap((l) => (l.placeId ? [l.placeId] : [])));
      for (const m of map.markers) expect(labelled.has(m.placeId) || layout.unlabelled.includes(m.placeId), m.name).toBe(true);
    }
  });
});

describe("layoutLabels", () => {
  const spec = LAYOUTS.find((l) => l.id === "large")!;

  it("puts a label on the left of a marker at the right edge", () => {
    const requests: LabelRequest[] = [{ kind: "marker", placeId: "edge", text: "Edgetown", x: 795, y: 200, shape: "city" }];
    const [label] = layoutLabels(requests, spec, 800, 400).labels;
    expect(label?.anchor).toBe("end");
    expect(label!.box.x1).toBeLessThanOrEqual(800);
  });

  it("places the more important name first when two compete for one spot", () => {
    const requests: LabelRequest[] = [
      { kind: "marker", placeId: "town", text: "Town", x: 400, y: 200, shape: "city" },
      { kind: "marker", placeId: "capital", text: "Capital", x: 400, y: 200, shape: "capital" },
    ];
    const { labels } = layoutLabels(requests, spec, 800, 400);
    expect(labels[0]?.placeId).toBe("capital");
  });

  it("leaves a label out rather than let it overlap", () => {
    // Forty markers on top of one another: not all their names fit around them without a clash.
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({
      kind: "marker" as const,
      placeId: `p${i}`,
      text: `Place number ${i}`,
      x: 400 + (i % 4),
      y: 200 + (i % 3),
      shape: "city" as const,
    }));
    const layout = layoutLabels(requests, spec, 800, 400);
    expect(layout.unlabelled.length).toBeGreaterThan(0);
    expectNoOverlaps(layout, 800, 400);
  });
});
