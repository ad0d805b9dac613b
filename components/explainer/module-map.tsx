import "server-only";
import { useId } from "react";
import {
  buildModuleMap,
  describeKind,
  describeShown,
  LABEL_STYLES,
  type CountryRole,
  type HighlightedBorder,
  type LabelLayout,
  type MapLabel,
  type MapPlace,
  type Marker,
  type MarkerShape,
  type PlaceEntry,
} from "@/lib/map";

// The explainer's map, drawn on the server as SVG: no client JavaScript and nothing fetched at
// run time (the outlines are bundled from world-atlas). Colours are Tailwind classes so the map
// follows the system's dark mode and prints in black on white. `server-only` keeps the 750 kB
// atlas out of any client bundle should someone import this from a client component.

type Props = {
  places: readonly MapPlace[];
  /** The id of the heading that introduces the map, which then names the figure. */
  headingId?: string;
};

/** Each label layout shows at the container widths it was laid out for (see LAYOUTS). */
const LAYOUT_CLASS: Record<LabelLayout["id"], string> = {
  small: "@md:hidden",
  medium: "hidden @md:inline @2xl:hidden",
  large: "hidden @2xl:inline",
};

const COUNTRY_CLASS: Record<CountryRole, string> = {
  main: "fill-amber-100 stroke-slate-700 dark:fill-amber-200/30 dark:stroke-slate-300 print:fill-slate-100 print:stroke-black",
  involved: "fill-none stroke-slate-700 dark:stroke-slate-300 print:stroke-black",
  mentioned: "fill-stone-100 stroke-slate-500 dark:fill-slate-700 dark:stroke-slate-400 print:fill-white print:stroke-black",
};

const LABEL_CLASS: Record<MapLabel["style"], string> = {
  place: "font-semibold fill-slate-900 dark:fill-slate-50 print:fill-black",
  area: "italic font-medium fill-slate-800 dark:fill-slate-100 print:fill-black",
  country: "font-semibold fill-slate-600 dark:fill-slate-300 print:fill-black",
  water: "italic fill-sky-800 dark:fill-sky-200 print:fill-black",
  border: "italic font-bold fill-red-700 dark:fill-red-300 print:fill-black",
};

// Every label gets a halo in the colour of the ground, painted under its fill (paint-order),
// so names stay legible across borders and coastlines.
const HALO = "stroke-white dark:stroke-slate-900 print:stroke-white";

export function ModuleMap({ places, headingId }: Props) {
  const reactId = useId();
  const map = buildModuleMap(places);
  if (!map) return null;

  // useId's characters are not all safe in a url(#…) or href="#…" reference.
  const id = `map-${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const onMap = map.places.filter((p) => p.shown.as !== "off-map");
  const offMap = map.places.filter((p) => p.shown.as === "off-map");

  return (
    <figure className="@container space-y-3" aria-labelledby={headingId ?? `${id}-caption`}>
      <div className="overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700 print:border-black">
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          className="block h-auto w-full bg-sky-50 dark:bg-slate-900 print:bg-white"
        >
          <title id={`${id}-title`}>{map.title}</title>
          <desc id={`${id}-desc`}>{map.description}</desc>
          <defs>{map.border && <path id={`${id}-border`} d={map.border.d} />}</defs>

          {/* Strokes keep their width in screen pixels however far the map is scaled down. */}
          <g strokeLinejoin="round" strokeLinecap="round">
            <path
              d={map.land}
              className="fill-stone-100 stroke-slate-500 dark:fill-slate-700 dark:stroke-slate-400 print:fill-white print:stroke-black"
              strokeWidth={0.8}
              vectorEffect="non-scaling-stroke"
            />
            <path
              d={map.borders}
              className="fill-none stroke-slate-400 dark:stroke-slate-500 print:stroke-black"
              strokeWidth={0.7}
              vectorEffect="non-scaling-stroke"
            />
            {map.countries.map((c) => (
              <path key={c.atlasName} d={c.d} className={COUNTRY_CLASS[c.role]} strokeWidth={1.3} vectorEffect="non-scaling-stroke" />
            ))}
            {map.border && (
              <>
                {/* A pale casing under the line keeps it distinct from the countries' outlines. */}
                <use
                  href={`#${id}-border`}
                  className="fill-none stroke-white dark:stroke-slate-950 print:stroke-white"
                  strokeWidth={6}
                  vectorEffect="non-scaling-stroke"
                />
                <use
                  href={`#${id}-border`}
                  className="fill-none stroke-red-600 dark:stroke-red-400 print:stroke-black print:[stroke-dasharray:6_3]"
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
              </>
            )}
          </g>

          {map.layouts.map((layout) => (
            <g key={layout.id} className={LAYOUT_CLASS[layout.id]}>
              <Leaders labels={layout.labels} />
              <Markers markers={map.markers} radius={layout.markerRadius} />
              <Labels labels={layout.labels} fontSize={layout.fontSize} />
            </g>
          ))}
        </svg>
      </div>

      <figcaption className="space-y-3 text-sm text-slate-700 dark:text-slate-300 print:text-black">
        <p id={`${id}-caption`} className="text-base text-slate-900 dark:text-slate-100 print:text-black">
          {caption(map.border)}
        </p>
        <div className="grid gap-x-8 gap-y-3 @xl:grid-cols-2">
          <PlaceList title="On the map" entries={onMap} border={map.border} />
          {offMap.length > 0 && <PlaceList title="Named, not on the map" entries={offMap} border={map.border} />}
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400 print:text-black">Map data: Natural Earth, via world-atlas.</p>
      </figcaption>
    </figure>
  );
}

function caption(border: HighlightedBorder | null): string {
  const base = "The places named in the articles.";
  if (!border) return base;
  const between = `the border between ${border.between[0]} and ${border.between[1]}`;
  return `${base} The highlighted line is ${border.placeId ? `the ${border.label}, ${between}` : between}.`;
}

function Leaders({ labels }: { labels: MapLabel[] }) {
  const leaders = labels.flatMap((l) => (l.leader ? [l.leader] : []));
  if (leaders.length === 0) return null;
  return (
    <g className="stroke-slate-700 dark:stroke-slate-300 print:stroke-black" strokeWidth={1} vectorEffect="non-scaling-stroke">
      {leaders.map((l, i) => (
        <line key={i} {...l} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
}

const LABEL_STYLE_ORDER: MapLabel["style"][] = ["country", "water", "border", "area", "place"];

/** Labels grouped by style, so each group carries the classes and sizes once. */
function Labels({ labels, fontSize }: { labels: MapLabel[]; fontSize: number }) {
  return (
    <g strokeLinejoin="round" paintOrder="stroke" className={HALO}>
      {LABEL_STYLE_ORDER.map((styleName) => {
        const group = labels.filter((l) => l.style === styleName);
        if (group.length === 0) return null;
        const style = LABEL_STYLES[styleName];
        const size = round(fontSize * style.scale);
        return (
          <g
            key={styleName}
            fontSize={size}
            strokeWidth={round(size * 0.24)}
            letterSpacing={style.letterSpacing ? `${style.letterSpacing}em` : undefined}
            className={LABEL_CLASS[styleName]}
          >
            {group.map((l, i) => (
              <text key={i} x={l.x} y={l.y} textAnchor={l.anchor === "start" ? undefined : l.anchor}>
                {l.text}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
}

const round = (v: number) => Math.round(v * 10) / 10;

const INK = "fill-slate-900 dark:fill-slate-50 print:fill-black";
const PAPER = "fill-white dark:fill-slate-900 print:fill-white";
const INK_STROKE = "stroke-slate-900 dark:stroke-slate-50 print:stroke-black";
const PAPER_STROKE = "stroke-white dark:stroke-slate-900 print:stroke-white";

// Capitals are ringed dots, cities dots, areas open diamonds, other places small rings.
const ringed = (shape: MarkerShape) => shape === "capital" || shape === "point";
const diamond = (x: number, y: number, d: number) => `M${x} ${round(y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;

/** All markers of a layout, grouped by how they are painted so the classes appear once. */
function Markers({ markers, radius: r }: { markers: Marker[]; radius: number }) {
  const outlineWidth = round(r * 0.34);
  return (
    <g>
      <g className={`${PAPER} ${INK_STROKE}`} strokeWidth={outlineWidth}>
        {markers.filter((m) => ringed(m.shape)).map((m) => (
          <circle key={m.placeId} cx={m.x} cy={m.y} r={m.shape === "capital" ? r : round(r * 0.6)} />
        ))}
        {markers.filter((m) => m.shape === "area").map((m) => (
          <path key={m.placeId} d={diamond(m.x, m.y, round(r * 0.95))} />
        ))}
      </g>
      <g className={INK}>
        {markers.filter((m) => m.shape === "capital").map((m) => (
          <circle key={m.placeId} cx={m.x} cy={m.y} r={round(r * 0.42)} />
        ))}
      </g>
      <g className={`${INK} ${PAPER_STROKE}`} strokeWidth={outlineWidth}>
        {markers.filter((m) => m.shape === "city").map((m) => (
          <circle key={m.placeId} cx={m.x} cy={m.y} r={round(r * 0.78)} />
        ))}
      </g>
    </g>
  );
}

function PlaceList({ title, entries, border }: { title: string; entries: PlaceEntry[]; border: HighlightedBorder | null }) {
  return (
    <div>
      <p className="mb-1 font-semibold text-slate-900 dark:text-slate-100 print:text-black">{title}</p>
      <ul className="space-y-1">
        {entries.map((e) => (
          <li key={e.id} className="flex items-baseline gap-2">
            <ListSymbol entry={e} />
            <span>
              <span className="font-medium text-slate-900 dark:text-slate-100 print:text-black">{e.name}</span>
              {`: ${[describeKind(e, border), describeShown(e)].filter(Boolean).join(", ")}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The list doubles as the legend: each place carries the symbol it has on the map. */
function ListSymbol({ entry }: { entry: PlaceEntry }) {
  const { shown } = entry;
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="shrink-0 translate-y-0.5 overflow-visible">
      {shown.as === "country" && (
        <rect x={1.5} y={3} width={13} height={10} rx={1} strokeWidth={shown.role === "mentioned" ? 1 : 1.6} className={COUNTRY_CLASS[shown.role ?? "mentioned"]} />
      )}
      {shown.as === "border" && (
        <path d="M1 8h14" strokeWidth={3} className="stroke-red-600 dark:stroke-red-400 print:stroke-black print:[stroke-dasharray:3_1.5]" />
      )}
      {shown.as === "water" && <path d="M1 7c2-2 3 2 5 0s3 2 5 0 3 2 4 0" strokeWidth={1.5} className="fill-none stroke-sky-700 dark:stroke-sky-300 print:stroke-black" />}
      {(shown.as === "capital" || shown.as === "city" || shown.as === "area" || shown.as === "point") && (
        <Markers markers={[{ placeId: entry.id, name: entry.name, shape: shown.as, x: 8, y: 8 }]} radius={5.5} />
      )}
      {shown.as === "off-map" && <circle cx={8} cy={8} r={4.5} strokeWidth={1.2} strokeDasharray="2 1.6" className="fill-none stroke-slate-500" />}
    </svg>
  );
}
