import { describe, expect, it } from "vitest";
import type { ExplainerSections } from "@/lib/modules/explainer";
import { readingLocationsOf, visibleSections } from "@/lib/modules/reading-locations";

const empty: ExplainerSections = {
  summary: [],
  people: [],
  organizations: [],
  places: [],
  timeline: [],
  issues: [],
  disagreements: [],
  glossary: [],
};

describe("readingLocationsOf", () => {
  it("lists only sections with content, then every article", () => {
    const source = { articleId: "a1", sentenceId: "a1-s1", quote: "x" };
    const sections = { ...empty, summary: [{ text: "x", source }], glossary: [{ term: "TTP", definition: "d", source }] };
    expect(visibleSections(sections)).toEqual(["overview", "glossary", "sources"]);
    expect(readingLocationsOf("/modules/m", sections, [{ key: "a1", title: "First" }])).toEqual([
      { id: "section:overview", label: "Overview", href: "/modules/m#overview" },
      { id: "section:glossary", label: "Glossary", href: "/modules/m#glossary" },
      { id: "section:sources", label: "Sources", href: "/modules/m#sources" },
      { id: "article:a1", label: "First", href: "/modules/m/articles/a1" },
    ]);
  });
});
