import samplePlaces from "./fixtures/sample-places.json";
import type { MapPlace } from "./types";

// Test data: the places the generator produced for content/sample (Afghanistan–Pakistan talks in
// Doha and Istanbul), saved so the map's tests do not move when the generator changes.

export const SAMPLE_PLACES = samplePlaces as MapPlace[];

/** A place as the generator would write it, with `mentions` citations. */
export function place(
  name: string,
  kind: MapPlace["kind"],
  at: [lat: number, lon: number] | null,
  options: { country?: string | null; mentions?: number; aliases?: string[] } = {},
): MapPlace {
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return {
    id,
    name,
    aliases: options.aliases ?? [name],
    kind,
    country: options.country === undefined ? (kind === "country" ? name : null) : options.country,
    lat: at ? at[0] : null,
    lon: at ? at[1] : null,
    mentions: Array.from({ length: options.mentions ?? 1 }, (_, i) => ({ articleId: "a1", sentenceId: `a1-s${i + 1}`, quote: name })),
  };
}
