import { LABEL_STYLES } from "./labels";
import type { LabelLayout, MapLabel, MapModel, Marker, MarkerShape } from "./types";

// The map as a standalone SVG file, served by its own route and shown with <img>: the page then
// carries one tag instead of ~45 kB of paths twice over (HTML and React's payload), and the
// browser caches the picture. Being an image, it cannot use the page's CSS, so its colours
// live in the <style> below: the Tailwind palette the explainer uses (v3 hex equivalents),
// switched by the system's colour scheme and by print, like the page.
//
// Inside an <img>, media queries see the image's own size, so `width` picks the label layout
// laid out for the size the map is shown at (see LAYOUTS: small under 448 px, large from 672).

const round = (v: number) => Math.round(v * 10) / 10;

/** Text and attribute values come from imported articles: escape everything. */
const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const LAYOUT_MEDIA: Record<LabelLayout["id"], string> = {
  small: "(max-width: 447.98px)",
  medium: "(min-width: 448px) and (max-width: 671.98px)",
  large: "(min-width: 672px)",
};

// Short class names: sea, land, bd (borders between countries), main/inv (countries shaded or
// outlined), cas/line (the highlighted border and its pale casing), ld (leaders), ink/paper
// (markers), h (label halos), and one per label style.
const STYLE = `
svg{font-family:Inter,"Inter Variable",Arial,"Liberation Sans",Helvetica,sans-serif}
.sea{fill:#f0f9ff}
.land{fill:#f5f5f4;stroke:#64748b;stroke-width:.8}
.bd{fill:none;stroke:#94a3b8;stroke-width:.7}
.main{fill:#fef3c7;stroke:#334155;stroke-width:1.3}
.inv{fill:none;stroke:#334155;stroke-width:1.3}
.cas{fill:none;stroke:#fff;stroke-width:6}
.line{fill:none;stroke:#dc2626;stroke-width:3}
.land,.bd,.main,.inv,.cas,.line,.ld{vector-effect:non-scaling-stroke;stroke-linejoin:round;stroke-linecap:round}
.ld{stroke:#334155;stroke-width:1}
.ink{fill:#0f172a}.paper{fill:#fff}
.ink-s{stroke:#0f172a}.paper-s{stroke:#fff}
.h{stroke:#fff;stroke-linejoin:round;paint-order:stroke}
.place{font-weight:600;fill:#0f172a}
.area{font-weight:500;font-style:italic;fill:#1e293b}
.country{font-weight:600;fill:#475569}
.water{font-style:italic;fill:#075985}
.border{font-weight:700;font-style:italic;fill:#b91c1c}
.lay{display:none}
${(Object.keys(LAYOUT_MEDIA) as LabelLayout["id"][]).map((id) => `@media ${LAYOUT_MEDIA[id]}{.${id}{display:inline}}`).join("\n")}
@media (prefers-color-scheme: dark){
.sea{fill:#0f172a}
.land{fill:#334155;stroke:#94a3b8}
.bd{stroke:#64748b}
.main{fill:rgb(253 230 138/.3);stroke:#cbd5e1}
.inv,.ld{stroke:#cbd5e1}
.cas{stroke:#020617}
.line{stroke:#f87171}
.ink{fill:#f8fafc}.paper{fill:#0f172a}
.ink-s{stroke:#f8fafc}.paper-s,.h{stroke:#0f172a}
.place{fill:#f8fafc}.area{fill:#f1f5f9}.country{fill:#cbd5e1}.water{fill:#bae6fd}.border{fill:#fca5a5}
}
@media print{
.sea,.land,.paper{fill:#fff}
.main{fill:#f1f5f9}
.land,.bd,.main,.inv,.ld,.line,.ink-s{stroke:#000}
.cas,.paper-s,.h{stroke:#fff}
.line{stroke-dasharray:6 3}
.ink,.place,.area,.country,.water,.border{fill:#000}
}`
  .trim()
  .replace(/\n/g, "");

const LABEL_STYLE_ORDER: MapLabel["style"][] = ["country", "water", "border", "area", "place"];

/** The whole map as an SVG document, ready to serve as image/svg+xml. */
export function mapSvgDocument(map: MapModel): string {
  const { width, height } = map;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeXml(map.title)}</title>`,
    `<desc id="d">${escapeXml(map.description)}</desc>`,
    `<style>${STYLE}</style>`,
    `<rect class="sea" width="${width}" height="${height}"/>`,
    `<path class="land" d="${map.land}"/>`,
    `<path class="bd" d="${map.borders}"/>`,
    ...map.countries.map((c) => `<path class="${c.role === "main" ? "main" : "inv"}" d="${c.d}"/>`),
  ];
  if (map.border) {
    // The line is drawn twice, a pale casing under it keeping it distinct from the outlines.
    parts.push(`<defs><path id="b" d="${map.border.d}"/></defs>`, `<use href="#b" class="cas"/>`, `<use href="#b" class="line"/>`);
  }
  for (const layout of map.layouts) {
    parts.push(`<g class="lay ${layout.id}">`, leaders(layout.labels), markers(map.markers, layout.markerRadius), labels(layout), "</g>");
  }
  parts.push("</svg>");
  return parts.join("");
}

function leaders(labels: MapLabel[]): string {
  const lines = labels.flatMap((l) => (l.leader ? [l.leader] : []));
  if (lines.length === 0) return "";
  return `<g class="ld">${lines.map((l) => `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}"/>`).join("")}</g>`;
}

// Capitals are ringed dots, cities dots, areas open diamonds, other places small rings.
const ringed = (shape: MarkerShape) => shape === "capital" || shape === "point";
const diamond = (x: number, y: number, d: number) => `M${x} ${round(y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;

/** The markers of one layout, grouped by how they are painted so each group's style appears once. */
function markers(all: Marker[], r: number): string {
  const outline = round(r * 0.34);
  const of = (test: (m: Marker) => boolean, draw: (m: Marker) => string) => all.filter(test).map(draw).join("");
  const circle = (m: Marker, radius: number) => `<circle cx="${m.x}" cy="${m.y}" r="${radius}"/>`;
  return [
    `<g class="paper ink-s" stroke-width="${outline}">`,
    of((m) => ringed(m.shape), (m) => circle(m, m.shape === "capital" ? r : round(r * 0.6))),
    of((m) => m.shape === "area", (m) => `<path d="${diamond(m.x, m.y, round(r * 0.95))}"/>`),
    `</g><g class="ink">`,
    of((m) => m.shape === "capital", (m) => circle(m, round(r * 0.42))),
    `</g><g class="ink paper-s" stroke-width="${outline}">`,
    of((m) => m.shape === "city", (m) => circle(m, round(r * 0.78))),
    "</g>",
  ].join("");
}

/** Labels grouped by style, so each group carries its size and spacing once; all with a halo. */
function labels(layout: LabelLayout): string {
  const groups = LABEL_STYLE_ORDER.flatMap((styleName) => {
    const group = layout.labels.filter((l) => l.style === styleName);
    if (group.length === 0) return [];
    const style = LABEL_STYLES[styleName];
    const size = round(layout.fontSize * style.scale);
    const spacing = style.letterSpacing ? ` letter-spacing="${style.letterSpacing}em"` : "";
    const texts = group.map((l) => {
      const anchor = l.anchor === "start" ? "" : ` text-anchor="${l.anchor}"`;
      return `<text x="${l.x}" y="${l.y}"${anchor}>${escapeXml(l.text)}</text>`;
    });
    return [`<g class="${styleName}" font-size="${size}" stroke-width="${round(size * 0.24)}"${spacing}>${texts.join("")}</g>`];
  });
  return `<g class="h">${groups.join("")}</g>`;
}
