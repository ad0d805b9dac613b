import { describe, expect, it } from "vitest";
import { buildModuleMap } from "./build-map";
import { mapSvgDocument } from "./svg-document";
import { place, SAMPLE_PLACES } from "./test-places";

const svgOf = (places: Parameters<typeof buildModuleMap>[0]) => mapSvgDocument(buildModuleMap(places)!);

describe("mapSvgDocument on the sample module", () => {
  const map = buildModuleMap(SAMPLE_PLACES)!;
  const svg = mapSvgDocument(map);

  it("is a standalone SVG image at the map's size, titled and described", () => {
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}"`));
    expect(svg).toContain("<title id=\"t\">Map of Pakistan and Afghanistan</title>");
    expect(svg).toMatch(/<desc id="d">[^<]*Durand Line/);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("labels the marked places in each of its three layouts", () => {
    for (const layout of ["small", "medium", "large"]) {
      const group = new RegExp(`<g class="lay ${layout}">(.*?)</g></g></g>`).exec(svg)?.[1] ?? "";
      for (const name of ["Doha", "Istanbul", "Kabul", "Islamabad"]) expect(group, `${name} in ${layout}`).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
    }
  });

  it("draws the countries, the highlighted border and every marker", () => {
    expect(svg).toMatch(/<path class="main" d="M/);
    expect(svg).toContain('<use href="#b" class="line"/>');
    expect(svg.match(/<circle /g)!.length).toBeGreaterThanOrEqual(map.markers.length * 3);
  });

  it("picks its label layout by its own displayed width, and follows dark mode and print", () => {
    expect(svg).toContain("@media (max-width: 447.98px){.small{display:inline}}");
    expect(svg).toContain("@media (min-width: 672px){.large{display:inline}}");
    expect(svg).toContain("@media (prefers-color-scheme: dark){");
    expect(svg).toContain("@media print{");
  });

  it("has no script, no link and nothing fetched: the only URL is the SVG namespace", () => {
    expect(svg).not.toMatch(/<script|<a |<image|<foreignObject|url\(/i);
    expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("stays well under 60 kB for the sample", () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
  });
});

describe("mapSvgDocument with hostile names", () => {
  it("escapes names as text: a name cannot open an element", () => {
    const svg = svgOf([place('Kabul<script>alert("x")</script>&', "capital", [34.53, 69.17], { country: "Afghanistan" }), place("Afghanistan", "country", [33.9, 67.7])]);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("Kabul&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;");
  });
});
