import type { MultiLineString } from "geojson";
import { findCountry } from "./atlas";
import type { Classified } from "./classify";
import type { Involvement } from "./countries";
import { boxAround, boxPoints, distanceKm, latSpan, lonSpan, type LonLat } from "./geo-box";

/** A minor place or country farther than this from the main countries would shrink them to a dot. */
const FAR_KM = 5000;
/** An involved country lighter than this share of the heaviest counts only through its places. */
const FITTED_SHARE = 0.25;

type Marked = Extract<Classified, { role: "marker" }>;

export type Extent = {
  /** Points the map must show; the frame is fitted around them. */
  points: LonLat[];
  /** Marked places left out because they lie far from the story's region. */
  far: Set<string>;
};

/** Russia, Canada or Antarctica fitted whole would leave the story a speck in a corner. */
function tooBigToFit(c: Involvement): boolean {
  const { box } = c.shape.mainland;
  return lonSpan(box) > 70 || latSpan(box) > 45;
}

/**
 * The region to show: the main countries whole (their mainland), the border between the main
 * pair, the weightier involved countries nearby, and every marked place, unless a minor place
 * lies thousands of kilometres from all of that (Washington named once in a story about Kabul,
 * Norway as a guarantor of Colombian talks): it is listed as off the map instead.
 */
export function chooseExtent(countries: Involvement[], border: MultiLineString | null, classified: Classified[]): Extent {
  const markers = classified.filter((c): c is Marked => c.role === "marker");
  const main = countries.filter((c) => c.role === "main");
  const heaviest = countries[0]?.weight ?? 0;
  const nearMain = (at: LonLat) => main.some((m) => distanceKm(m.shape.mainland.centre, at) <= FAR_KM);
  const fitted = [
    ...main,
    ...countries.filter((c) => c.role === "involved" && c.weight >= heaviest * FITTED_SHARE && nearMain(c.shape.mainland.centre)),
  ];
  const fittedIndexes = new Set(fitted.map((c) => c.shape.index));

  const points: LonLat[] = [];
  const core: LonLat[] = [];
  for (const c of fitted) {
    core.push(c.shape.mainland.centre);
    if (!tooBigToFit(c)) points.push(...boxPoints(c.shape.mainland.box));
  }
  if (border) {
    const vertices = border.coordinates.flat().map((v): LonLat => [v[0]!, v[1]!]);
    points.push(...boxPoints(boxAround(vertices)));
  }

  const inFittedCountry = (m: Marked) => fittedIndexes.has(findCountry(m.place.country)?.index ?? -1);
  for (const m of markers) if (inFittedCountry(m)) core.push(m.at);
  // With no country to anchor the region, the most-mentioned place does.
  if (core.length === 0 && markers[0]) core.push(markers[0].at);

  const far = new Set<string>();
  for (const m of markers) {
    if (inFittedCountry(m) || core.some((p) => distanceKm(p, m.at) <= FAR_KM)) points.push(m.at);
    else far.add(m.place.id);
  }
  // Only huge countries and nothing marked: show the first one whole anyway.
  if (points.length === 0 && fitted[0]) points.push(...boxPoints(fitted[0].shape.mainland.box));
  return { points, far };
}
