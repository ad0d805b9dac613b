import gazetteerData from "./data/gazetteer.json";
import type { PlaceKind } from "./schema";

// A small gazetteer bundled with the project (countries, capitals, cities of 300k+,
// provinces, hand-written regions and borders): built once by data/build-gazetteer.cjs.
export type GazetteerEntry = {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country?: string;
  countryName?: string;
  lat: number;
  lon: number;
  demonyms?: string[];
};

type Index = { byName: Map<string, GazetteerEntry>; byDemonym: Map<string, GazetteerEntry>; countries: GazetteerEntry[]; all: GazetteerEntry[] };
let index: Index | null = null;

export const foldName = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']/g, "'").toLowerCase().trim();

function getIndex(): Index {
  if (index) return index;
  const all = (gazetteerData as { places: GazetteerEntry[] }).places;
  const byName = new Map<string, GazetteerEntry>();
  const byDemonym = new Map<string, GazetteerEntry>();
  for (const e of all) {
    for (const n of [e.name, ...e.aliases]) {
      const key = foldName(n);
      if (!byName.has(key)) byName.set(key, e);
    }
    for (const d of e.demonyms ?? []) if (!byDemonym.has(foldName(d))) byDemonym.set(foldName(d), e);
  }
  index = { byName, byDemonym, countries: all.filter((e) => e.kind === "country"), all };
  return index;
}

export function lookupPlace(name: string): GazetteerEntry | null {
  return getIndex().byName.get(foldName(name)) ?? null;
}

/** "Pakistani" -> Pakistan; "Afghan" -> Afghanistan. */
export function lookupDemonym(word: string): GazetteerEntry | null {
  return getIndex().byDemonym.get(foldName(word)) ?? null;
}

/** A country named by its name, an alias or a demonym. */
export function countryOf(word: string): GazetteerEntry | null {
  const place = lookupPlace(word);
  if (place?.kind === "country") return place;
  return lookupDemonym(word);
}

export function countryByCode(code: string): GazetteerEntry | null {
  return getIndex().countries.find((c) => c.country === code) ?? null;
}

/** Places of one kind, nearest first: plausible distractors ("Paktika" -> other Afghan provinces). */
export function nearbyPlaces(entry: { lat: number | null; lon: number | null; kind: PlaceKind; country: string | null }, limit: number): GazetteerEntry[] {
  const { all } = getIndex();
  const sameKind = all.filter((e) => e.kind === entry.kind || (entry.kind === "capital" && e.kind === "city") || (entry.kind === "city" && e.kind === "capital"));
  const lat = entry.lat ?? 0;
  const lon = entry.lon ?? 0;
  const scored = sameKind.map((e) => ({ e, d: (e.lat - lat) ** 2 + (e.lon - lon) ** 2 + (entry.country && e.countryName === entry.country ? 0 : 50) }));
  scored.sort((a, b) => a.d - b.d || (a.e.name < b.e.name ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.e);
}
