import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModuleMap } from "@/components/explainer/module-map";
import { buildModuleMap } from "./build-map";
import { SAMPLE_PLACES } from "./test-places";

// The part of the map the page itself carries, checked as the HTML a reader receives: the
// picture by reference, and the list of places that is its legend and text alternative.

const map = buildModuleMap(SAMPLE_PLACES)!;
const html = renderToStaticMarkup(createElement(ModuleMap, { map, src: "/modules/sample/map.svg", headingId: "map-heading" }));

describe("<ModuleMap>", () => {
  it("is a figure named by the page's heading, showing the SVG file at its own size", () => {
    expect(html).toMatch(/^<figure[^>]* aria-labelledby="map-heading"/);
    const img = /<img [^>]*>/.exec(html)?.[0] ?? "";
    expect(img).toContain('src="/modules/sample/map.svg"');
    expect(img).toContain(`width="${map.width}"`);
    expect(img).toContain(`height="${map.height}"`);
    expect(img).toMatch(/alt="Map of Pakistan and Afghanistan\. [^"]*Durand Line/);
  });

  it("lists every place in the text alternative, with what it is and its map symbol", () => {
    for (const p of SAMPLE_PLACES) expect(html, p.name).toContain(`<span>${p.name}</span>`);
    expect(html).toMatch(/<li class="k-capital"><span>Islamabad<\/span>: capital of Pakistan<\/li>/);
    expect(html).toMatch(/<li class="k-off-map"><span>North Waziristan<\/span>: [^<]*location unknown<\/li>/);
  });

  it("carries no drawing: the paths live in the SVG file", () => {
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<path");
    expect(Buffer.byteLength(html)).toBeLessThan(4_000);
  });

  it("is a server component: no client directive, nothing loaded at run time", () => {
    const source = readFileSync(new URL("../../components/explainer/module-map.tsx", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*["']use client["']/m);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
