import type { Geometry } from "geojson";
import { countryGeometry, landAndBorders, sharedBorder } from "./atlas";
import { byImportance, classifyPlace, type Classified } from "./classify";
import { borderBetween, borderNameFor, involvedCountries, type Involvement } from "./countries";
import { cullGeometry } from "./cull";
import { describeMap } from "./describe";
import { chooseExtent } from "./extent";
import { frameAround, type MapFrame } from "./frame";
import { LAYOUTS, layoutLabels, type LabelRequest } from "./labels";
import { containsPoint, projectShape, svgPath, type ProjectedShape } from "./svg-path";
import type { Box, CountryPath, HighlightedBorder, MapModel, MapPlace, Marker, PlaceEntry } from "./types";

/** A point this close to the edge is as good as off the map: its marker would be cut. */
const INSET = 4;

const round = (v: number) => Math.round(v * 10) / 10;

/** Whether the places give the map anything to draw: a country it knows or a place with coordinates. */
export function isMappable(places: readonly MapPlace[]): boolean {
  return places.some((p) => {
    const role = classifyPlace(p).role;
    return role === "country" || role === "marker";
  });
}

/**
 * Everything the map component draws, computed once per render from the module's places:
 * which countries matter, the region to show, SVG paths, markers, labels for three sizes,
 * and the list that stands in for the picture. Null when there is nothing to draw.
 */
export function buildModuleMap(places: readonly MapPlace[]): MapModel | null {
  if (!isMappable(places)) return null;
  const classified = [...places].sort(byImportance).map(classifyPlace);
  const countries = involvedCountries(classified);
  const main = borderBetween(countries);
  const borderName = borderNameFor(main?.line ?? null, classified);

  const extent = chooseExtent(countries, main?.line ?? null, classified);
  const frame = frameAround(extent.points);
  const { resolution } = frame;
  const inView = (x: number, y: number) => x >= INSET && x <= frame.width - INSET && y >= INSET && y <= frame.height - INSET;
  // Points closer than half a unit are dropped before projecting; they could not be seen.
  const step = 0.5 / frame.unitsPerDegree;
  const near = (geometry: Geometry, minSize = 0) =>
    frame.visible ? cullGeometry(geometry, frame.visible, { step, minSize: minSize / frame.unitsPerDegree }) : geometry;
  const draw = (geometry: Geometry, minSize = 0) => {
    const kept = near(geometry, minSize);
    return kept ? svgPath(kept, frame.projection) : "";
  };

  const requests: LabelRequest[] = [];
  const shownAs = new Map<string, PlaceEntry["shown"]>();

  // Main countries are shaded and involved ones outlined (a path each); those named in passing
  // are only labelled, since the borders already outline them.
  const countryPaths: CountryPath[] = [];
  const visibleCountries = new Set<number>();
  for (const c of countries) {
    const part = near(countryGeometry(c.shape, resolution));
    const shape = part ? projectShape(part, frame.projection) : null;
    const spot = shape ? countryLabelSpot(c, shape, classified, frame) : null;
    if (!shape || !spot) continue;
    visibleCountries.add(c.shape.index);
    if (c.role !== "mentioned") countryPaths.push({ name: c.name, atlasName: c.shape.atlasName, role: c.role, d: shape.d });
    requests.push({
      kind: "country",
      placeId: c.placeId,
      text: c.name.toUpperCase(),
      x: spot.x,
      y: spot.y,
      room: c.role === "mentioned" ? spot.extent : null,
      extent: spot.extent,
      role: c.role,
      contains: (x, y) => containsPoint(shape, x, y),
    });
  }

  const borderLine = main && (sharedBorder(main.pair[0].shape, main.pair[1].shape, resolution) ?? main.line);
  const borderPath = borderLine ? draw(borderLine) : "";
  const border: HighlightedBorder | null =
    main && borderPath !== ""
      ? { d: borderPath, label: borderName?.place.name ?? "border", between: [main.pair[0].name, main.pair[1].name], placeId: borderName?.place.id ?? null }
      : null;
  if (border && borderLine) {
    const points = borderLabelPoints(borderLine, frame, inView);
    if (points.length > 0) requests.push({ kind: "border", placeId: border.placeId, text: border.label, points });
  }

  const markers: Marker[] = [];
  for (const c of classified) {
    const { place } = c;
    if (c.role === "unmapped") {
      shownAs.set(place.id, { as: "off-map", reason: c.reason });
      continue;
    }
    if (c.role === "country") {
      const role = countries.find((i) => i.shape === c.country)?.role ?? "mentioned";
      shownAs.set(place.id, visibleCountries.has(c.country.index) ? { as: "country", role } : { as: "off-map", reason: "outside-view" });
      continue;
    }
    if (c.role === "border" && border?.placeId === place.id) {
      shownAs.set(place.id, { as: "border" });
      continue;
    }
    if (extent.far.has(place.id)) {
      shownAs.set(place.id, { as: "off-map", reason: "far-away" });
      continue;
    }
    const p = frame.projection(c.at);
    if (!p || !inView(p[0], p[1])) {
      shownAs.set(place.id, { as: "off-map", reason: "outside-view" });
      continue;
    }
    const [x, y] = [round(p[0]), round(p[1])];
    if (c.role === "water") {
      shownAs.set(place.id, { as: "water" });
      requests.push({ kind: "water", placeId: place.id, text: place.name, x, y });
      continue;
    }
    // A border the highlighted line does not carry (another line, or no pair) is a named area.
    const shape = c.role === "border" ? "area" : c.shape;
    shownAs.set(place.id, { as: shape });
    markers.push({ placeId: place.id, name: place.name, shape, x, y });
    requests.push({ kind: "marker", placeId: place.id, text: place.name, x, y, shape });
  }

  const entries: PlaceEntry[] = classified.map(({ place }) => ({
    id: place.id,
    name: place.name,
    kind: place.kind,
    country: place.country,
    mentions: place.mentions.length,
    shown: shownAs.get(place.id) ?? { as: "off-map", reason: "outside-view" },
  }));
  const { land, borders } = landAndBorders(resolution);
  return {
    width: frame.width,
    height: frame.height,
    // Islets under a unit and a half across would be specks.
    land: draw(land, 1.5),
    borders: draw(borders),
    countries: countryPaths,
    border,
    markers,
    layouts: LAYOUTS.map((spec) => layoutLabels(requests, spec, frame.width, frame.height)),
    places: entries,
    ...describeMap(entries, countries.filter((c) => visibleCountries.has(c.shape.index)), border),
  };
}

/** The border's vertices in view, ordered from the middle of the visible stretch outwards. */
function borderLabelPoints(line: Geometry, frame: MapFrame, inView: (x: number, y: number) => boolean): [number, number][] {
  if (line.type !== "MultiLineString") return [];
  const points = line.coordinates
    .flat()
    .map((v) => frame.projection([v[0]!, v[1]!]))
    .filter((p): p is [number, number] => p !== null && inView(p[0], p[1]));
  const middle = Math.floor(points.length / 2);
  return points
    .map((p, i) => ({ p: [round(p[0]), round(p[1])] as [number, number], d: Math.abs(i - middle) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.p);
}

/**
 * Where to write a country's name: the point the gazetteer gives for it when that falls inside
 * the outline in view, otherwise the middle of the largest piece of it in view (the mainland,
 * not the sea between islands). Null when none of the country is in view.
 */
function countryLabelSpot(c: Involvement, shape: ProjectedShape, classified: Classified[], frame: MapFrame): { x: number; y: number; extent: Box } | null {
  const extent = ringsBox(shape.rings);
  // The clip reaches a little beyond the view: a sliver there is not "on the map".
  if (!extent || extent.x1 < INSET || extent.y1 < INSET || extent.x0 > frame.width - INSET || extent.y0 > frame.height - INSET) return null;
  const own = classified.find((k) => k.place.id === c.placeId)?.place;
  const given = own && own.lat !== null && own.lon !== null ? frame.projection([own.lon, own.lat]) : null;
  if (given && containsPoint(shape, given[0], given[1])) return { x: round(given[0]), y: round(given[1]), extent };
  const largest = shape.rings.reduce<{ ring: number[]; area: number } | null>((best, ring) => {
    const area = Math.abs(ringArea(ring));
    return !best || area > best.area ? { ring, area } : best;
  }, null);
  const centre = largest && ringCentroid(largest.ring);
  return centre ? { x: round(centre[0]), y: round(centre[1]), extent } : null;
}

function ringsBox(rings: number[][]): Box | null {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      box.x0 = Math.min(box.x0, ring[i]!);
      box.x1 = Math.max(box.x1, ring[i]!);
      box.y0 = Math.min(box.y0, ring[i + 1]!);
      box.y1 = Math.max(box.y1, ring[i + 1]!);
    }
  }
  return box.x1 - box.x0 >= 1 && box.y1 - box.y0 >= 1 ? box : null;
}

/** Twice the signed area of a flat [x, y, ...] ring (the shoelace formula). */
function ringArea(ring: number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) sum += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  return sum;
}

function ringCentroid(ring: number[]): [number, number] | null {
  let [cx, cy] = [0, 0];
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const cross = ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
    cx += (ring[j]! + ring[i]!) * cross;
    cy += (ring[j + 1]! + ring[i + 1]!) * cross;
  }
  const area = ringArea(ring);
  return area === 0 ? null : [cx / (3 * area), cy / (3 * area)];
}
