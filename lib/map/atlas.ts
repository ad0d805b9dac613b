import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { geoArea, geoBounds, geoCentroid } from "d3-geo";
import { feature, mesh, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth through world-atlas, bundled with the server code and never fetched. 1:50m for
// regional maps; 1:110m when the map spans a good part of the world, where 1:50m would only add
// HTML and time. 1:10m was measured on the sample: 3× the render time (about 30 ms against 10),
// a third more path data, a 3.6 MB file to load, and no difference once simplified to 800 units.
import countries110m from "world-atlas/countries-110m.json";
import countries50m from "world-atlas/countries-50m.json";
import { atlasKey, foldCountryName } from "./country-names";
import type { GeoBox } from "./geo-box";

export type Resolution = "50m" | "110m";
type CountryGeometry = Polygon | MultiPolygon;

export type CountryShape = {
  /** Position in the 1:50m topology: the identity used for neighbours and shared borders. */
  index: number;
  /** The world-atlas name ("Turkey"), not necessarily the name the articles use. */
  atlasName: string;
  feature: Feature<CountryGeometry>;
  /** Bounds and centre of the largest polygon: France without French Guiana, the US without Alaska. */
  mainland: { box: GeoBox; centre: [number, number] };
};

type WorldTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** One resolution of the atlas, converted from TopoJSON to GeoJSON. */
type Detail = {
  topology: WorldTopology;
  features: Feature<CountryGeometry>[];
  names: string[];
  indexByName: Map<string, number>;
  neighbours: Set<number>[];
  /** All land as one shape: the coast is drawn once, and country borders on top of it. */
  land: MultiPolygon;
  /** Every border between two countries, drawn once (shared arcs are not doubled). */
  borders: MultiLineString;
};

const SOURCES: Record<Resolution, unknown> = { "50m": countries50m, "110m": countries110m };

// Converting a topology takes a few hundred milliseconds: do it once per server process, and
// the 1:110m one only when a map needs it.
const details = new Map<Resolution, Detail>();
const sharedBorders = new Map<string, MultiLineString | null>();
let shapes: { list: CountryShape[]; byKey: Map<string, CountryShape> } | null = null;

function detail(resolution: Resolution): Detail {
  let d = details.get(resolution);
  if (d) return d;
  const topology = SOURCES[resolution] as WorldTopology;
  const collection = topology.objects.countries;
  const features = collection.geometries.map((g) => feature(topology, g) as Feature<CountryGeometry>);
  const names = collection.geometries.map((g) => (g.properties as { name?: string } | undefined)?.name ?? "");
  d = {
    topology,
    features,
    names,
    indexByName: new Map(names.map((name, i) => [name, i])),
    neighbours: neighbors(collection.geometries).map((list) => new Set(list)),
    land: landOf(topology),
    borders: mesh(topology, collection, (a, b) => a !== b),
  };
  details.set(resolution, d);
  return d;
}

function countryShapes() {
  if (shapes) return shapes;
  const d = detail("50m");
  const list = d.features.map(
    (f, index): CountryShape => ({ index, atlasName: d.names[index] ?? "", feature: f, mainland: mainlandOf(f.geometry) }),
  );
  shapes = { list, byKey: new Map(list.map((c) => [foldCountryName(c.atlasName), c])) };
  return shapes;
}

/** The world-atlas country for a name as the articles write it ("Türkiye" -> Turkey), or null. */
export function findCountry(name: string | null | undefined): CountryShape | null {
  if (!name) return null;
  return countryShapes().byKey.get(atlasKey(name)) ?? null;
}

export function areNeighbours(a: CountryShape, b: CountryShape): boolean {
  return detail("50m").neighbours[a.index]?.has(b.index) ?? false;
}

/** All land and all borders between countries, at the resolution the map is drawn at. */
export function landAndBorders(resolution: Resolution): { land: MultiPolygon; borders: MultiLineString } {
  const { land, borders } = detail(resolution);
  return { land, borders };
}

/** A country's outline at the resolution asked for; islands too small for 1:110m keep their 1:50m one. */
export function countryGeometry(shape: CountryShape, resolution: Resolution): CountryGeometry {
  const d = detail(resolution);
  const i = d.indexByName.get(shape.atlasName);
  return (i === undefined ? shape.feature : d.features[i]!).geometry;
}

/** The border two countries share, as lines; null when they do not touch. */
export function sharedBorder(a: CountryShape, b: CountryShape, resolution: Resolution = "50m"): MultiLineString | null {
  const key = `${resolution}:${[a.atlasName, b.atlasName].sort().join("|")}`;
  if (!sharedBorders.has(key)) {
    const d = detail(resolution);
    const [ia, ib] = [d.indexByName.get(a.atlasName), d.indexByName.get(b.atlasName)];
    let line: MultiLineString | null = null;
    if (ia !== undefined && ib !== undefined && d.neighbours[ia]?.has(ib)) {
      const geometries = d.topology.objects.countries.geometries;
      const [ga, gb] = [geometries[ia], geometries[ib]];
      line = mesh(d.topology, d.topology.objects.countries, (x, y) => (x === ga && y === gb) || (x === gb && y === ga));
    }
    sharedBorders.set(key, line && line.coordinates.length > 0 ? line : null);
  }
  return sharedBorders.get(key) ?? null;
}

function landOf(topology: WorldTopology): MultiPolygon {
  const parts = topology.objects.land.geometries.map((g) => (feature(topology, g) as Feature<CountryGeometry>).geometry);
  return { type: "MultiPolygon", coordinates: parts.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates)) };
}

function mainlandOf(geometry: CountryGeometry): CountryShape["mainland"] {
  const polygons: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let largest: Polygon = { type: "Polygon", coordinates: polygons[0] ?? [] };
  let largestArea = -1;
  for (const coordinates of polygons) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > largestArea) [largest, largestArea] = [polygon, area];
  }
  const [[west, south], [east, north]] = geoBounds(largest);
  const centre = geoCentroid(largest);
  return { box: { west, south, east, north }, centre: [centre[0], centre[1]] };
}
