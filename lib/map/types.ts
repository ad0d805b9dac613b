import type { Place, PlaceKind } from "@/lib/generator/schema";

/** What the map needs of a module's place; the generator's `Place` fits as is. */
export type MapPlace = Pick<Place, "id" | "name" | "aliases" | "kind" | "country" | "lat" | "lon" | "mentions">;
export type { PlaceKind };

/** How a place is drawn: capitals and cities as points, provinces and the like as areas. */
export type MarkerShape = "capital" | "city" | "area" | "point";

/**
 * "main": what the story is about (shaded): the pair whose border it concerns, or the leading
 * countries; "involved": a place in it is marked or it is named more than once (outlined);
 * "mentioned": named in passing (its name written on the map).
 */
export type CountryRole = "main" | "involved" | "mentioned";

export type Box = { x0: number; y0: number; x1: number; y1: number };

export type Marker = { placeId: string; name: string; shape: MarkerShape; x: number; y: number };

export type LabelStyle = "place" | "area" | "country" | "water" | "border";

export type MapLabel = {
  text: string;
  style: LabelStyle;
  /** Text position: `y` is the baseline, `anchor` as SVG's text-anchor. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** A line from the marker to a label that had to move away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The space the label takes, halo included: what other labels must keep clear of. */
  box: Box;
  placeId: string | null;
};

/**
 * Labels laid out for one range of displayed widths. The map is scaled to fit its column, so a
 * label that reads well at 800 px would be 4 px tall on a phone: each layout has its own type
 * size, and the page shows the one that matches the width (CSS container queries, no script).
 */
export type LabelLayout = {
  id: "small" | "medium" | "large";
  fontSize: number;
  markerRadius: number;
  labels: MapLabel[];
  /** Marked places whose name did not fit at this size (they stay in the list below the map). */
  unlabelled: string[];
};

/** The outline of a main (shaded) or involved (outlined) country, cut to the view. */
export type CountryPath = { name: string; atlasName: string; role: CountryRole; d: string };

export type HighlightedBorder = {
  d: string;
  /** "Durand Line" when the articles name it, otherwise "border". */
  label: string;
  between: [string, string];
  /** The border place that names the line, if any. */
  placeId: string | null;
};

/** Why a named place is not drawn; the text alternative says so. */
export type OffMapReason = "no-coordinates" | "far-away" | "broad-area" | "outside-view";

/** One place for the text alternative, in the order the list shows them. */
export type PlaceEntry = {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  mentions: number;
  /** How it appears on the map, or why it does not. */
  shown: { as: MarkerShape | "country" | "water" | "border"; role?: CountryRole } | { as: "off-map"; reason: OffMapReason };
};

export type MapModel = {
  width: number;
  height: number;
  /** All land, and the borders between countries, as SVG path data. */
  land: string;
  borders: string;
  countries: CountryPath[];
  border: HighlightedBorder | null;
  markers: Marker[];
  layouts: LabelLayout[];
  places: PlaceEntry[];
  title: string;
  description: string;
};
