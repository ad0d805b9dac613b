import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModuleMap } from "@/components/explainer/module-map";
import { place, SAMPLE_PLACES } from "./test-places";

// The component that draws this module's output, checked as the HTML a reader receives.

const render = (places: Parameters<typeof ModuleMap>[0]["places"], headingId?: string) =>
  renderToStaticMarkup(createElement(ModuleMap, { places, headingId }));

describe("<ModuleMap>", () => {
  const html = render(SAMPLE_PLACES, "map-heading");

  it("renders nothing without places to show", () => {
    expect(render([])).toBe("");
    expect(render([place("North Waziristan", "unknown", null)])).toBe("");
  });

  it("is an SVG image named by its title and described, inside a figure named by the page's heading", () => {
    expect(html).toMatch(/^<figure[^>]* aria-labelledby="map-heading"/);
    const svg = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*aria-describedby="([^"]+)"/.exec(html);
    expect(svg).not.toBeNull();
    const [, titleId, descId] = svg!;
    expect(html).toContain(`<title id="${titleId}">Map of Pakistan and Afghanistan</title>`);
    expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]*Durand Line`));
  });

  it("lists every place in the text alternative, with what it is", () => {
    for (const p of SAMPLE_PLACES) expect(html, p.name).toContain(`>${p.name}</span>`);
    expect(html).toContain("capital of Pakistan");
    expect(html).toContain("location unknown");
  });

  it("draws the labels as SVG text with a halo", () => {
    expect(html).toMatch(/<text[^>]*>Islamabad<\/text>/);
    expect(html).toContain('paint-order="stroke"');
  });

  it("stays well under 60 kB of HTML for the sample", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(60_000);
  });

  it("is a server component: no client directive, nothing loaded at run time", () => {
    const source = readFileSync(new URL("../../components/explainer/module-map.tsx", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*["']use client["']/m);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
