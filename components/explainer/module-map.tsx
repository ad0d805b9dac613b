// `server-only`: lib/map bundles the 750 kB atlas, which must never reach a client bundle.
import "server-only";
import { describeKind, describeShown, type HighlightedBorder, type MapModel, type PlaceEntry } from "@/lib/map";

// The explainer's map. The picture is a separate, prerendered SVG file (the map.svg route,
// drawn by lib/map from the bundled world-atlas: nothing fetched at run time, no client
// JavaScript); the page carries only the <img> and the list of places, which is both the
// legend and the text alternative. Its symbols are drawn by CSS (`.map-places .k-*`).

type Props = {
  map: MapModel;
  /** Where the SVG file is served, e.g. "/modules/<slug>/map.svg". */
  src: string;
  /** The id of the heading that introduces the map, which then names the figure. */
  headingId: string;
};

export function ModuleMap({ map, src, headingId }: Props) {
  const onMap = map.places.filter((p) => p.shown.as !== "off-map");
  const offMap = map.places.filter((p) => p.shown.as === "off-map");
  const lists = [<PlaceList key="on" title="On the map" entries={onMap} border={map.border} />];
  if (offMap.length > 0) lists.push(<PlaceList key="off" title="Named, not on the map" entries={offMap} border={map.border} />);

  return (
    <figure className="map" aria-labelledby={headingId}>
      {/* A plain <img>: next/image would add a client component and nothing to an SVG. Its
          size is given so the page does not shift when the picture arrives. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} width={map.width} height={map.height} alt={`${map.title}. ${map.description}`} loading="lazy" decoding="async" />
      <figcaption>
        <p>{caption(map.border)}</p>
        <div className="map-lists">{lists}</div>
        <p className="map-credit">Map data: Natural Earth, via world-atlas.</p>
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

/** The symbol a place has on the map, as the class that draws it in the list. */
function symbolClass({ shown }: PlaceEntry): string {
  return `k-${shown.as === "country" ? (shown.role ?? "mentioned") : shown.as}`;
}

function PlaceList({ title, entries, border }: { title: string; entries: PlaceEntry[]; border: HighlightedBorder | null }) {
  return (
    <div>
      <p>{title}</p>
      <ul className="map-places">
        {entries.map((e, i) => (
          <li key={i} className={symbolClass(e)}>
            <span>{e.name}</span>
            {`: ${[describeKind(e, border), describeShown(e)].filter(Boolean).join(", ")}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
