import type { PlaceMention } from "./entities/mentions";
import { phoneticKey } from "./entities/names";
import { foldName } from "./gazetteer";
import type { Place } from "./schema";
import { byText, dedupeSources, mostFrequent, sourceOf, uniqueIds } from "./util";

/** Places by gazetteer entry ("Turkey" = "Türkiye", "ISLAMABAD" = "Islamabad"), else by spelling and sound. */
export function resolvePlaces(mentions: PlaceMention[]): Place[] {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const key = m.entry ? `g:${m.entry.name}` : `u:${m.surface.text.split(/\s+/).map(phoneticKey).join(" ")}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const places = [...groups.values()].map((group): Place => {
    const entry = group[0]!.entry;
    const surfaces = group.map((m) => m.surface.text);
    // Prefer the spelling in normal case over a dateline's capitals.
    const written = mostFrequent(surfaces, (a, b) => Number(a === a.toUpperCase()) - Number(b === b.toUpperCase()) || byText(a, b))!;
    return {
      id: "",
      name: entry?.name ?? written,
      aliases: [...new Set(surfaces)].sort(byText),
      kind: entry?.kind ?? mostFrequent(group.map((m) => m.placeKind), byText) ?? "unknown",
      country: entry?.countryName ?? null,
      lat: entry?.lat ?? null,
      lon: entry?.lon ?? null,
      mentions: dedupeSources(group.map((m) => sourceOf(m.articleId, m.sentence, m.surface.text))),
    };
  });
  const ids = uniqueIds(places, (p) => p.name);
  return places.map((p, i) => ({ ...p, id: ids[i]! })).sort((a, b) => b.mentions.length - a.mentions.length || byText(foldName(a.name), foldName(b.name)));
}
