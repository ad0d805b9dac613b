import type { Geometry } from "geojson";
import { geoContains, geoPath } from "d3-geo";
import { countryGeometry, landAndBorders, sharedBorder } from "./atlas";
import { byImportance, classifyPlace, type Classified } from "./classify";
import { borderBetween, borderNameFor, involvedCountries, type Involvement } from "./countries";
import { cullGeometry } from "./cull";
import { describeMap } from "./describe";
import { chooseExtent } from "./extent";
import { frameAround, type MapFrame } from "./frame";
import { LAYOUTS, layoutLabels, type LabelRequest } from "./labels";
import { svgPath } from "./svg-path";
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
    const spot = part ? countryLabelSpot(c, part, classified, frame) : null;
    if (!spot) continue;
    visibleCountries.add(c.shape.index);
    if (c.role !== "mentioned") countryPaths.push({ name: c.name, atlasName: c.shape.atlasName, role: c.role, d: svgPath(part!, frame.projection) });
    // The main and involved countries are named even when their name overflows a small country.
    requests.push({ kind: "country", placeId: c.placeId, text: c.name.toUpperCase(), ...spot, room: c.role === "mentioned" ? spot.room : null });
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
 * the outline and the view, otherwise the middle of the part of the country that is in view.
 * Null when none of the country is in view.
 */
function countryLabelSpot(c: Involvement, visiblePart: Geometry, classified: Classified[], frame: MapFrame): { x: number; y: number; room: Box } | null {
  const path = geoPath(frame.projection);
  const [[x0, y0], [x1, y1]] = path.bounds(visiblePart);
  if (!Number.isFinite(x0) || x1 - x0 < 1 || y1 - y0 < 1) return null;
  // The clip reaches a little beyond the view: a sliver there is not "on the map".
  if (x1 < INSET || y1 < INSET || x0 > frame.width - INSET || y0 > frame.height - INSET) return null;
  const room: Box = { x0, y0, x1, y1 };
  const own = classified.find((k) => k.place.id === c.placeId);
  const given = own && own.place.lat !== null && own.place.lon !== null ? ([own.place.lon, own.place.lat] as [number, number]) : null;
  const projected = given && geoContains(visiblePart, given) ? frame.projection(given) : null;
  const inside = projected && projected[0] > x0 && projected[0] < x1 && projected[1] > y0 && projected[1] < y1;
  const [x, y] = inside ? projected : path.centroid(visiblePart);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { x: round(x), y: round(y), room };
}
