import { findCountry, type CountryShape } from "./atlas";
import type { LonLat } from "./geo-box";
import type { MapPlace, MarkerShape } from "./types";

/** What a place becomes on the map, before the region is chosen. */
export type Classified =
  | { place: MapPlace; role: "country"; country: CountryShape }
  | { place: MapPlace; role: "marker"; shape: MarkerShape; at: LonLat }
  | { place: MapPlace; role: "water"; at: LonLat }
  | { place: MapPlace; role: "border"; at: LonLat }
  | { place: MapPlace; role: "unmapped"; reason: "no-coordinates" | "broad-area" };

// The gazetteer's hand-written regions carry no country and no size. A point for "Middle East"
// or "South Asia" would mislead, so regions named like these are listed, not marked; "Gaza
// Strip", "Kashmir" or "Crimea" are small enough to mark.
const BROAD_REGION =
  /\b(asia|europe|africa|america|middle east|near east|far east|arctic|antarctic|oceania|balkans|caucasus|scandinavia|sahel|horn of africa|siberia|patagonia|amazon|levant|maghreb|gulf states|pacific|atlantic)\b/i;

/** Places the articles name most come first; ties by name, then id, so the map is deterministic. */
export function byImportance(a: MapPlace, b: MapPlace): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id, "en");
}

export function coordinatesOf(place: MapPlace): LonLat | null {
  const { lat, lon } = place;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}

/** The world-atlas outline for a country place, by its name, then by the names the articles used. */
export function countryShapeOf(place: MapPlace): CountryShape | null {
  for (const name of [place.name, ...place.aliases, place.country]) {
    const shape = findCountry(name);
    if (shape) return shape;
  }
  return null;
}

export function classifyPlace(place: MapPlace): Classified {
  const at = coordinatesOf(place);
  switch (place.kind) {
    case "country": {
      const country = countryShapeOf(place);
      if (country) return { place, role: "country", country };
      // A territory too small for the 1:50m outlines (Tokelau, Gibraltar) is still a point.
      return at ? { place, role: "marker", shape: "point", at } : { place, role: "unmapped", reason: "no-coordinates" };
    }
    case "continent":
      return { place, role: "unmapped", reason: "broad-area" };
    case "region":
      if (place.country === null && BROAD_REGION.test(place.name)) return { place, role: "unmapped", reason: "broad-area" };
      return at ? { place, role: "marker", shape: "area", at } : { place, role: "unmapped", reason: "no-coordinates" };
    case "sea":
    case "waterway":
      return at ? { place, role: "water", at } : { place, role: "unmapped", reason: "no-coordinates" };
    case "border":
      return at ? { place, role: "border", at } : { place, role: "unmapped", reason: "no-coordinates" };
    case "capital":
    case "city":
      return at ? { place, role: "marker", shape: place.kind, at } : { place, role: "unmapped", reason: "no-coordinates" };
    case "unknown":
      return at ? { place, role: "marker", shape: "point", at } : { place, role: "unmapped", reason: "no-coordinates" };
  }
}
