import { textWidth } from "./text-width";
import type { Box, CountryRole, LabelLayout, LabelStyle, MapLabel, MarkerShape } from "./types";

export type LabelRequest =
  | { kind: "marker"; placeId: string; text: string; x: number; y: number; shape: MarkerShape }
  /**
   * `contains` tells whether a point is inside the country. A country named in passing is only
   * labelled when its name fits inside (`room`, its visible extent); the others may be named
   * beside it, with a leader line, when they are too small.
   */
  | {
      kind: "country";
      placeId: string | null;
      text: string;
      x: number;
      y: number;
      room: Box | null;
      /** The part of the country in view. */
      extent: Box;
      role: CountryRole;
      contains: (x: number, y: number) => boolean;
    }
  | { kind: "water"; placeId: string; text: string; x: number; y: number }
  /** `points`: the border's vertices in view, best spot for a label first. */
  | { kind: "border"; placeId: string | null; text: string; points: [number, number][] };

export type LayoutSpec = Pick<LabelLayout, "id" | "fontSize" | "markerRadius">;

/**
 * Type sizes in view units for three ranges of displayed widths (the component switches with
 * container queries): each gives labels of about 11 to 16 CSS pixels across its range.
 * small: under 448 px (scale 0.37–0.56); medium: 448–672 px; large: 672 px and wider.
 */
export const LAYOUTS: LayoutSpec[] = [
  { id: "small", fontSize: 27, markerRadius: 9 },
  { id: "medium", fontSize: 19.5, markerRadius: 6.5 },
  { id: "large", fontSize: 14, markerRadius: 4.8 },
];

/** Each label style's size relative to the layout's, its letter spacing in ems, and its face. */
export const LABEL_STYLES: Record<LabelStyle, { scale: number; letterSpacing: number; bold: boolean; italic: boolean }> = {
  place: { scale: 1, letterSpacing: 0, bold: true, italic: false },
  area: { scale: 0.94, letterSpacing: 0, bold: false, italic: true },
  country: { scale: 0.8, letterSpacing: 0.12, bold: true, italic: false },
  water: { scale: 0.88, letterSpacing: 0.02, bold: false, italic: true },
  border: { scale: 0.92, letterSpacing: 0, bold: true, italic: true },
};

/** Space kept around a label for its halo and breathing room, in ems. */
const HALO = 0.16;
/** Keep labels this far inside the edge of the view. */
const EDGE = 2;

type Anchor = MapLabel["anchor"];

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const within = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

function textBox(text: string, style: LabelStyle, size: number, x: number, y: number, anchor: Anchor): Box {
  const { letterSpacing, bold, italic } = LABEL_STYLES[style];
  // Inter has no italic here: the browser slants the upright face, and the slant overhangs.
  const width = textWidth(text, size, letterSpacing) * (bold ? 1.03 : 1) * (italic ? 1.08 : 1);
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  const pad = HALO * size;
  return { x0: x0 - pad, y0: y - 0.74 * size - pad, x1: x0 + width + pad, y1: y + 0.22 * size + pad };
}

/** Does the segment cross the box? Liang–Barsky, enough for short leader lines. */
function segmentHits(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [x2 - x1, y2 - y1];
  for (const [p, q] of [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

type Candidate = { x: number; y: number; anchor: Anchor; leader: MapLabel["leader"] };

/** Right, left, the diagonals, above, below; then the same farther out with a leader line. */
function markerCandidates(x: number, y: number, r: number, size: number): Candidate[] {
  const near = (gap: number, leader: boolean): Candidate[] => {
    const d = gap * 0.72;
    const spots: [number, number, Anchor, number, number][] = [
      // label x, baseline y, anchor, and the direction the leader leaves the marker
      [x + gap, y + 0.3 * size, "start", 1, 0],
      [x - gap, y + 0.3 * size, "end", -1, 0],
      [x + d, y - d, "start", 0.7, -0.7],
      [x + d, y + d + 0.62 * size, "start", 0.7, 0.7],
      [x - d, y - d, "end", -0.7, -0.7],
      [x - d, y + d + 0.62 * size, "end", -0.7, 0.7],
      [x, y - gap - 0.1 * size, "middle", 0, -1],
      [x, y + gap + 0.74 * size, "middle", 0, 1],
    ];
    return spots.map(([lx, ly, anchor, ux, uy]) => ({
      x: lx,
      y: ly,
      anchor,
      leader: leader ? { x1: x + ux * (r + 1), y1: y + uy * (r + 1), x2: x + ux * (gap - 0.25 * size), y2: y + uy * (gap - 0.25 * size) } : null,
    }));
  };
  const gap = r + 0.3 * size;
  // Farther out, leaders grow long enough to point at the wrong town: better left to the list.
  return [...near(gap, false), ...near(gap + 1.5 * size, true)];
}

function centredCandidates(x: number, y: number, size: number): Candidate[] {
  const baseline = y + 0.3 * size;
  const shifts: [number, number][] = [
    [0, 0],
    [0, -0.9],
    [0, 0.9],
    [-1.5, 0],
    [1.5, 0],
    [0, -1.8],
    [0, 1.8],
    [-1.5, -1.8],
    [1.5, -1.8],
    [-1.5, 1.8],
    [1.5, 1.8],
    [0, -2.7],
    [0, 2.7],
  ];
  return shifts.map(([dx, dy]) => ({ x: x + dx * size, y: baseline + dy * size, anchor: "middle", leader: null }));
}

function borderCandidates(points: [number, number][], size: number): Candidate[] {
  // Every few vertices is enough: neighbouring vertices give nearly the same label.
  const step = Math.max(1, Math.floor(points.length / 12));
  return points
    .filter((_, i) => i % step === 0)
    .flatMap(([x, y]) => [
      { x: x + 0.5 * size, y: y + 0.3 * size, anchor: "start" as const, leader: null },
      { x: x - 0.5 * size, y: y + 0.3 * size, anchor: "end" as const, leader: null },
    ]);
}

// Capitals and cities first, then the names of the countries the story is about, the border,
// provinces and other places, countries named in passing, and seas last.
const ORDER = ["capital", "city", "main", "involved", "border", "area", "point", "mentioned", "water"];
function rank(q: LabelRequest): number {
  const key = q.kind === "marker" ? q.shape : q.kind === "country" ? q.role : q.kind;
  return ORDER.indexOf(key);
}

/**
 * Greedy placement: the most important label first, each at the first candidate spot that stays
 * inside the view and clear of every marker and label already placed. Labels that find no spot
 * are left out (the list under the map names every place anyway).
 */
export function layoutLabels(requests: LabelRequest[], spec: LayoutSpec, width: number, height: number): LabelLayout {
  const view: Box = { x0: EDGE, y0: EDGE, x1: width - EDGE, y1: height - EDGE };
  const r = spec.markerRadius;
  const markers = requests.filter((q) => q.kind === "marker");
  const discs = markers.map((m) => ({ id: m.placeId, box: { x0: m.x - r - 1, y0: m.y - r - 1, x1: m.x + r + 1, y1: m.y + r + 1 } }));
  const placed: MapLabel[] = [];
  const unlabelled: string[] = [];

  const isClear = (box: Box, leader: MapLabel["leader"], ownId: string | null) =>
    within(box, view) &&
    !placed.some((l) => overlaps(l.box, box) || (leader && segmentHits(leader.x1, leader.y1, leader.x2, leader.y2, l.box))) &&
    !discs.some((d) => d.id !== ownId && (overlaps(d.box, box) || (leader && segmentHits(leader.x1, leader.y1, leader.x2, leader.y2, d.box))));

  // A stable sort: within a rank, the callers' order (most mentioned first) holds.
  const ordered = requests.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i);
  for (const { q } of ordered) {
    const style: LabelStyle = q.kind === "marker" ? (q.shape === "area" ? "area" : "place") : q.kind;
    const size = spec.fontSize * LABEL_STYLES[style].scale;
    const candidates = candidatesFor(q, r, size);
    const ownId = q.kind === "marker" ? q.placeId : null;
    let done = false;
    for (const c of candidates) {
      const box = textBox(q.text, style, size, c.x, c.y, c.anchor);
      if (q.kind === "country" && !c.leader && !countryHolds(q, box, size)) continue;
      if (!isClear(box, c.leader, ownId)) continue;
      placed.push({ text: q.text, style, x: round(c.x), y: round(c.y), anchor: c.anchor, leader: roundLeader(c.leader), box, placeId: q.placeId });
      done = true;
      break;
    }
    if (!done && q.kind === "marker") unlabelled.push(q.placeId);
  }
  return { ...spec, labels: placed, unlabelled };
}

function candidatesFor(q: LabelRequest, markerRadius: number, size: number): Candidate[] {
  switch (q.kind) {
    case "marker":
      return markerCandidates(q.x, q.y, markerRadius, size);
    case "border":
      return borderCandidates(q.points, size);
    case "water":
      return centredCandidates(q.x, q.y, size);
    case "country": {
      // Inside the country first. A country the story is about that is too small to hold its
      // name (Qatar, Armenia) is named beside it, with a leader line; a larger one is not, as
      // its name could land on a neighbour.
      const tiny = q.room !== null || q.role === "mentioned" ? false : isTiny(q, size);
      return [...centredCandidates(q.x, q.y, size), ...(tiny ? markerCandidates(q.x, q.y, 1, size).filter((c) => c.leader) : [])];
    }
  }
}

/** Narrower than half its name, or lower than two lines: Qatar, Lebanon, Armenia at most scales. */
function isTiny(q: Extract<LabelRequest, { kind: "country" }>, size: number): boolean {
  const name = textWidth(q.text, size, LABEL_STYLES.country.letterSpacing);
  return q.extent.x1 - q.extent.x0 < name / 2 || q.extent.y1 - q.extent.y0 < 2 * size;
}

/** A country's name sits inside it: its middle inside the outline, and all of it when required. */
function countryHolds(q: Extract<LabelRequest, { kind: "country" }>, box: Box, size: number): boolean {
  if (!q.contains((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)) return false;
  const { room } = q;
  return !room || (box.x1 - box.x0 <= room.x1 - room.x0 + size && within(box, grow(room, size)));
}

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });
const round = (v: number) => Math.round(v * 10) / 10;
const roundLeader = (l: MapLabel["leader"]) => l && { x1: round(l.x1), y1: round(l.y1), x2: round(l.x2), y2: round(l.y2) };
