import type { CountryRole, HighlightedBorder, OffMapReason, PlaceEntry } from "./types";

// The words that stand in for the picture: the SVG's title and description, and each place's
// line in the list under the map. Colour is never the only carrier ("highlighted", not "red"):
// the map may be printed in black and white.

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const MARKED = new Set(["capital", "city", "area", "point"]);
const LISTED_IN_DESCRIPTION = 8;

export function describeMap(
  entries: PlaceEntry[],
  countries: { name: string; role: CountryRole }[],
  border: HighlightedBorder | null,
): { title: string; description: string } {
  const shaded = countries.filter((c) => c.role === "main").map((c) => c.name);
  const outlined = countries.filter((c) => c.role === "involved").map((c) => c.name);
  const named = countries.filter((c) => c.role === "mentioned").map((c) => c.name);
  const marked = entries.filter((e) => MARKED.has(e.shown.as)).map((e) => e.name);
  const offMap = entries.filter((e) => e.shown.as === "off-map").length;

  const sentences: string[] = [];
  if (shaded.length > 0) sentences.push(`Shaded: ${joinNames(shaded)}.`);
  if (outlined.length > 0) sentences.push(`Outlined: ${joinNames(outlined)}.`);
  if (named.length > 0) sentences.push(`Also named: ${joinNames(named)}.`);
  if (marked.length > 0) {
    const shown = marked.slice(0, LISTED_IN_DESCRIPTION);
    const more = marked.length - shown.length;
    sentences.push(`Marked: ${more > 0 ? `${shown.join(", ")} and ${more} more` : joinNames(shown)}.`);
  }
  if (border) sentences.push(`${borderSentence(border)}.`);
  if (offMap > 0) sentences.push(`${offMap === 1 ? "One more place is" : `${offMap} more places are`} named but not on the map.`);
  sentences.push("The list after the map gives every place.");

  return {
    title: shaded.length > 0 ? `Map of ${joinNames(shaded)}` : "Map of the places in the articles",
    description: sentences.join(" "),
  };
}

function borderSentence(border: HighlightedBorder): string {
  const between = `the border between ${joinNames(border.between)}`;
  return border.placeId ? `${border.label}, ${between}, is highlighted` : `${capitalise(between)} is highlighted`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the place is: "capital of Pakistan", "region of Afghanistan", "country". */
export function describeKind(entry: PlaceEntry, border: HighlightedBorder | null): string {
  const inCountry = (word: string, joiner: string) => (entry.country ? `${word} ${joiner} ${entry.country}` : word);
  switch (entry.kind) {
    case "capital":
      return inCountry("capital", "of");
    case "city":
      return inCountry("city", "in");
    case "region":
      return inCountry("region", "of");
    case "border":
      return entry.shown.as === "border" && border ? `border between ${joinNames(border.between)}` : "border";
    case "unknown":
      return inCountry("place", "in");
    default:
      return entry.kind;
  }
}

/** How it appears on the map, or why it does not; null where the symbol says it all (markers). */
export function describeShown(entry: PlaceEntry): string | null {
  const { shown } = entry;
  switch (shown.as) {
    case "off-map":
      return OFF_MAP[shown.reason];
    case "country":
      return shown.role === "main" ? "shaded" : shown.role === "involved" ? "outlined" : "labelled";
    case "border":
      return "highlighted";
    default:
      return null;
  }
}

const OFF_MAP: Record<OffMapReason, string> = {
  "no-coordinates": "location unknown",
  "far-away": "far from the area shown",
  "broad-area": "too large an area to mark",
  "outside-view": "outside the area shown",
};
