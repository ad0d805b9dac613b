import { describe, expect, it } from "vitest";
import { buildModuleMap } from "./build-map";
import { place, SAMPLE_PLACES } from "./test-places";
import type { MapModel, MapPlace, PlaceEntry } from "./types";

function build(places: MapPlace[]): MapModel {
  const map = buildModuleMap(places);
  if (!map) throw new Error("expected a map");
  return map;
}

const marker = (map: MapModel, name: string) => map.markers.find((m) => m.name === name);
const entry = (map: MapModel, name: string): PlaceEntry => {
  const found = map.places.find((p) => p.name === name);
  if (!found) throw new Error(`no entry for ${name}`);
  return found;
};
const inside = (map: MapModel, x: number, y: number) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;

describe("buildModuleMap on the sample module", () => {
  const map = build(SAMPLE_PLACES);

  it("marks Doha, Kabul, Islamabad and Istanbul inside the view", () => {
    for (const name of ["Doha", "Kabul", "Islamabad", "Istanbul"]) {
      const m = marker(map, name);
      expect(m, name).toBeDefined();
      expect(inside(map, m!.x, m!.y), `${name} at ${m!.x},${m!.y}`).toBe(true);
    }
  });

  it("puts every marked place with coordinates in the view, and says why the others are not", () => {
    for (const p of SAMPLE_PLACES) {
      const e = entry(map, p.name);
      if (e.shown.as === "off-map") continue;
      if (["capital", "city", "area", "point"].includes(e.shown.as)) {
        const m = marker(map, p.name)!;
        expect(inside(map, m.x, m.y), p.name).toBe(true);
      }
    }
    expect(entry(map, "North Waziristan").shown).toEqual({ as: "off-map", reason: "no-coordinates" });
    expect(entry(map, "Middle East").shown).toEqual({ as: "off-map", reason: "broad-area" });
    expect(entry(map, "United States").shown).toEqual({ as: "off-map", reason: "outside-view" });
  });

  it("shows the region, not the world", () => {
    // Istanbul (29°E) to Islamabad (73°E) across 800 units: a degree of latitude is many units.
    const kabul = marker(map, "Kabul")!;
    const islamabad = marker(map, "Islamabad")!;
    expect(Math.hypot(islamabad.x - kabul.x, islamabad.y - kabul.y)).toBeGreaterThan(40);
    expect(map.land).not.toBe("");
  });

  it("shades the two countries whose border it is and highlights the Durand Line between them", () => {
    const shaded = map.countries.filter((c) => c.role === "main").map((c) => c.atlasName);
    expect(shaded.sort()).toEqual(["Afghanistan", "Pakistan"]);
    expect(map.border).not.toBeNull();
    expect(map.border!.d).toMatch(/^M[\d.]+,[\d.]+l/);
    expect(map.border!.label).toBe("Durand Line");
    expect([...map.border!.between].sort()).toEqual(["Afghanistan", "Pakistan"]);
    expect(entry(map, "Durand Line").shown).toEqual({ as: "border" });
  });

  it("matches Türkiye to world-atlas's Turkey and outlines it as involved", () => {
    const turkey = map.countries.find((c) => c.name === "Türkiye");
    expect(turkey).toMatchObject({ atlasName: "Turkey", role: "involved" });
    expect(turkey!.d.length).toBeGreaterThan(100);
  });

  it("names the countries mentioned in passing without shading them", () => {
    expect(entry(map, "China").shown).toEqual({ as: "country", role: "mentioned" });
    expect(map.countries.some((c) => c.name === "China")).toBe(false);
  });

  it("keeps the drawing small enough for the page", () => {
    const pathBytes = map.land.length + map.borders.length + map.countries.reduce((n, c) => n + c.d.length, 0) + (map.border?.d.length ?? 0);
    expect(pathBytes).toBeLessThan(35_000);
  });

  it("describes the map in words", () => {
    expect(map.title).toBe("Map of Pakistan and Afghanistan");
    expect(map.description).toContain("Durand Line, the border between Pakistan and Afghanistan, is highlighted");
    expect(map.description).toContain("Marked: Islamabad, Doha, Kabul, Istanbul, Ankara and Paktika.");
  });

  it("gives the same map for the same places, in any order", () => {
    expect(buildModuleMap(SAMPLE_PLACES)).toEqual(map);
    expect(buildModuleMap([...SAMPLE_PLACES].reverse())).toEqual(map);
  });
});

describe("buildModuleMap: which border is highlighted", () => {
  const pakistan = place("Pakistan", "country", [30, 70], { mentions: 5 });
  const afghanistan = place("Afghanistan", "country", [33, 65], { mentions: 4 });
  const qatar = place("Qatar", "country", [25.5, 51.25], { mentions: 4 });
  const doha = place("Doha", "capital", [25.285, 51.531], { country: "Qatar", mentions: 3 });

  it("draws the Afghanistan–Pakistan border when both are involved, named generically without a border place", () => {
    const map = build([pakistan, afghanistan, qatar, doha]);
    expect(map.border?.between.slice().sort()).toEqual(["Afghanistan", "Pakistan"]);
    expect(map.border?.label).toBe("border");
    expect(map.border!.d.length).toBeGreaterThan(50);
  });

  it("draws no border when only one of the two is involved", () => {
    expect(build([pakistan, qatar, doha]).border).toBeNull();
    expect(build([afghanistan]).border).toBeNull();
  });

  it("does not make a party of a country named once (a capital in passing)", () => {
    const map = build([
      place("China", "country", [35, 105], { mentions: 6 }),
      place("Philippines", "country", [13, 122], { mentions: 5 }),
      place("Manila", "capital", [14.604, 120.982], { country: "Philippines", mentions: 5 }),
      place("Beijing", "capital", [39.908, 116.397], { country: "China", mentions: 4 }),
      place("Vientiane", "capital", [17.967, 102.6], { country: "Laos", mentions: 1 }),
    ]);
    expect(map.border).toBeNull();
    expect(map.countries.find((c) => c.name === "Laos")?.role).toBe("involved");
  });
});

/** The longest single move in a path made of relative lines: a wrap-around shows up as a huge one. */
function longestMove(d: string): number {
  let longest = 0;
  for (const subpath of d.split(/[Mm]/).filter(Boolean)) {
    const lines = subpath.split("l")[1] ?? "";
    const numbers = (lines.replace(/z$/, "").match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) longest = Math.max(longest, Math.hypot(numbers[i]!, numbers[i + 1]!));
  }
  return longest;
}

describe("buildModuleMap: the region shown", () => {
  it("draws places across the antimeridian without lines across the map (Fiji and Samoa, the Bering Strait)", () => {
    const pacific = build([
      place("Fiji", "country", [-18, 178], { mentions: 3 }),
      place("Suva", "capital", [-18.14, 178.44], { country: "Fiji" }),
      place("Apia", "capital", [-13.83, -171.76], { country: "Samoa" }),
    ]);
    const bering = build([
      place("Anadyr", "city", [64.73, 177.5], { country: "Russia" }),
      place("Nome", "city", [64.5, -165.4], { country: "United States" }),
    ]);
    for (const map of [pacific, bering]) {
      for (const m of map.markers) expect(inside(map, m.x, m.y), m.name).toBe(true);
      expect(longestMove(map.land)).toBeLessThan(map.width / 3);
      expect(longestMove(map.borders)).toBeLessThan(map.width / 3);
    }
  });

  it("keeps places far apart all in view (Doha, Istanbul, Kabul)", () => {
    const map = build([
      place("Doha", "capital", [25.285, 51.531], { country: "Qatar" }),
      place("Istanbul", "city", [41.014, 28.95], { country: "Türkiye" }),
      place("Kabul", "capital", [34.528, 69.172], { country: "Afghanistan" }),
    ]);
    expect(map.markers.map((m) => m.name).sort()).toEqual(["Doha", "Istanbul", "Kabul"]);
    for (const m of map.markers) expect(inside(map, m.x, m.y), m.name).toBe(true);
  });

  it("centres a single place in a region around it", () => {
    const map = build([place("Kabul", "capital", [34.528, 69.172], { country: "Afghanistan" })]);
    const kabul = marker(map, "Kabul")!;
    expect(Math.abs(kabul.x - map.width / 2)).toBeLessThan(map.width / 4);
    expect(Math.abs(kabul.y - map.height / 2)).toBeLessThan(map.height / 4);
    expect(map.land.length).toBeGreaterThan(0);
  });

  it("lists a minor place far from the story as off the map instead of zooming out to the world", () => {
    const map = build([
      place("Afghanistan", "country", [33, 65], { mentions: 5 }),
      place("Kabul", "capital", [34.528, 69.172], { country: "Afghanistan", mentions: 3 }),
      place("Washington", "capital", [38.895, -77.036], { country: null }),
    ]);
    expect(entry(map, "Washington").shown).toEqual({ as: "off-map", reason: "far-away" });
    expect(marker(map, "Washington")).toBeUndefined();
    expect(inside(map, marker(map, "Kabul")!.x, marker(map, "Kabul")!.y)).toBe(true);
  });

  it("draws nothing for a module with no places, or none it can place", () => {
    expect(buildModuleMap([])).toBeNull();
    expect(buildModuleMap([place("North Waziristan", "unknown", null), place("Middle East", "region", [29, 41])])).toBeNull();
  });

  it("reports places without coordinates as off the map", () => {
    const map = build([place("Pakistan", "country", [30, 70]), place("Torkham", "city", null, { country: "Pakistan" })]);
    expect(entry(map, "Torkham").shown).toEqual({ as: "off-map", reason: "no-coordinates" });
    expect(map.description).toContain("One more place is named but not on the map.");
  });
});
