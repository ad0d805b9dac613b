import type { MultiLineString } from "geojson";
import { areNeighbours, findCountry, sharedBorder, type CountryShape } from "./atlas";
import type { Classified } from "./classify";
import { distanceKm, type LonLat } from "./geo-box";
import type { CountryRole } from "./types";

export type Involvement = {
  shape: CountryShape;
  /** As the articles write it ("Türkiye"), not as world-atlas does ("Turkey"). */
  name: string;
  /** Mentions of the country itself plus mentions of the places in it. */
  weight: number;
  role: CountryRole;
  /** The country's own place, when the articles name it. */
  placeId: string | null;
};

/** A country weighing less than this share of the heaviest one is not a main country. */
const MAIN_SHARE = 0.25;
/** Without a neighbouring pair, the main countries are those at least this close to the heaviest. */
const LEADING_SHARE = 0.5;

type Tally = { shape: CountryShape; name: string | null; own: number; inside: number; placeId: string | null };

/**
 * The countries involved: those the articles name, and those their cities and provinces are in,
 * heaviest first. Roles (see CountryRole): the main pair whose border the story is about, or
 * the few that lead, are "main"; a country with a marked place in it or named more than once is
 * "involved"; one passing mention ("talks in China") leaves it "mentioned".
 */
export function involvedCountries(classified: Classified[]): Involvement[] {
  const tallies = new Map<number, Tally>();
  const tally = (shape: CountryShape) => {
    let t = tallies.get(shape.index);
    if (!t) tallies.set(shape.index, (t = { shape, name: null, own: 0, inside: 0, placeId: null }));
    return t;
  };
  for (const c of classified) {
    if (c.role === "country") {
      const t = tally(c.country);
      t.own += c.place.mentions.length;
      t.name ??= c.place.name;
      t.placeId ??= c.place.id;
    }
  }
  for (const c of classified) {
    if (c.role !== "marker" || !c.place.country) continue;
    const shape = findCountry(c.place.country);
    if (!shape) continue;
    const t = tally(shape);
    t.inside += c.place.mentions.length;
    // A country known only through its cities takes the name those places give it.
    t.name ??= c.place.country;
  }
  const ranked = [...tallies.values()]
    .map((t) => ({ t, weight: t.own + t.inside }))
    .sort((a, b) => b.weight - a.weight || (a.t.name ?? "").localeCompare(b.t.name ?? "", "en"));
  const countries = ranked.map(
    ({ t, weight }): Involvement => ({
      shape: t.shape,
      name: t.name ?? t.shape.atlasName,
      weight,
      role: t.inside > 0 || t.own >= 2 ? "involved" : "mentioned",
      placeId: t.placeId,
    }),
  );
  const main = mainCountries(countries);
  return countries.map((c) => (main.includes(c) ? { ...c, role: "main" } : c));
}

/**
 * The two countries whose border the story is about: the first neighbouring pair among the
 * three heaviest involved countries, both of real weight. Mediators far away (Qatar, Türkiye)
 * can outweigh one of the two, so the top two alone would miss the Afghanistan–Pakistan border;
 * a capital named once (Vientiane) must not make Laos a party to a story about China.
 */
export function mainPair<C extends Pick<Involvement, "shape" | "weight" | "role">>(countries: C[]): [C, C] | null {
  const heaviest = countries[0]?.weight ?? 0;
  const top = countries.filter((c) => c.role !== "mentioned" && c.weight >= heaviest * MAIN_SHARE).slice(0, 3);
  for (const [i, j] of [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const) {
    const [a, b] = [top[i], top[j]];
    if (a && b && areNeighbours(a.shape, b.shape)) return [a, b];
  }
  return null;
}

function mainCountries(countries: Involvement[]): Involvement[] {
  const pair = mainPair(countries);
  if (pair) return pair;
  const heaviest = countries[0]?.weight ?? 0;
  const leading = countries.filter((c) => c.role === "involved" && c.weight >= heaviest * LEADING_SHARE).slice(0, 3);
  // Only countries named in passing: the first of them is still what the map is about.
  return leading.length > 0 ? leading : countries.slice(0, 1);
}

export function borderBetween(countries: Involvement[]): { pair: [Involvement, Involvement]; line: MultiLineString } | null {
  const pair = mainPair(countries);
  const line = pair && sharedBorder(pair[0].shape, pair[1].shape);
  return pair && line ? { pair, line } : null;
}

/** How far a named border (the gazetteer gives one point on it) may be from the line it names. */
const BORDER_NAME_RANGE_KM = 400;

/** The border place that names the highlighted line ("Durand Line"), if the articles name one. */
export function borderNameFor(line: MultiLineString | null, classified: Classified[]): Classified | null {
  if (!line) return null;
  const vertices = line.coordinates.flat();
  const near = (at: LonLat) => vertices.some((v) => distanceKm(at, [v[0]!, v[1]!]) <= BORDER_NAME_RANGE_KM);
  // `classified` is in order of importance: the first near one is the most mentioned.
  return classified.find((c) => c.role === "border" && near(c.at)) ?? null;
}
