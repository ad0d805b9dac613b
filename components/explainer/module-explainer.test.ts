import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModuleExplainer } from "@/components/explainer/module-explainer";
import { SAMPLE_PLACES } from "@/lib/map/test-places";

// The explainer as another page would show it (a teacher's module under /library): every
// address it writes comes from the base path it is given.

const source = (articleId: string, n: number) => ({ articleId, sentenceId: `${articleId}-s${n}`, quote: `quote ${n}` });

const mod = {
  title: "Talks",
  questionCount: 3,
  articles: [
    { key: "a1", title: "First report", outlet: "Dawn", date: "2025-10-19", url: null, wordCount: 400, readingMinutes: 2, gradeLevel: 11.2 },
    { key: "a2", title: "Second report", outlet: null, date: null, url: "https://example.com/story", wordCount: 600, readingMinutes: 3, gradeLevel: 12.5 },
  ],
  sections: {
    summary: [{ text: "The TTP attacked and the talks began.", source: source("a1", 1) }],
    people: [
      { id: "p1", name: "Khawaja Asif", aliases: ["Khawaja Asif", "Asif"], role: "Defence Minister", roles: [], side: "Pakistan", mentions: [source("a1", 2), source("a2", 3)] },
      { id: "p2", name: "Zabiullah Mujahid", aliases: ["Zabiullah Mujahid"], role: null, roles: [], side: null, mentions: [source("a2", 1)] },
    ],
    organizations: [],
    places: SAMPLE_PLACES,
    timeline: [
      { id: "t1", when: "October 19", date: "2025-10-19", precision: "day" as const, event: "A ceasefire was agreed in Doha.", source: source("a1", 3), alsoReportedBy: [] },
      { id: "t2", when: "Friday", date: null, precision: "relative" as const, event: "Talks resumed in Istanbul.", source: source("a2", 4), alsoReportedBy: [] },
    ],
    issues: [{ id: "i1", title: "Ceasefire", terms: [], sources: [source("a1", 4)] }],
    disagreements: [
      {
        id: "d1",
        topic: "Extended or expired?",
        kind: "opposite-outcome" as const,
        claims: [
          { articleId: "a1", outlet: "Dawn", articleTitle: "First report", claim: "Extended.", source: source("a1", 5) },
          { articleId: "a2", outlet: null, articleTitle: "Second report", claim: "Expired.", source: source("a2", 5) },
        ],
      },
    ],
    glossary: [{ term: "TTP", definition: "Tehreek-e-Taliban Pakistan", source: source("a1", 6) }],
  },
};

const render = (basePath: string, quizPath = `${basePath}/quiz`) =>
  renderToStaticMarkup(createElement(ModuleExplainer, { mod, basePath, quizPath }));
const hrefs = (html: string) => [...html.matchAll(/(?:href|src)="([^"#]*)/g)].map((m) => m[1]!).filter((h) => h.startsWith("/"));

describe("<ModuleExplainer>", () => {
  it("addresses every citation, article, the quiz and the map under its base path", () => {
    const html = render("/library/abc", "/modules/abc/quiz");
    expect(html).toContain('href="/library/abc/articles/a1#a1-s1"');
    expect(html).toContain('href="/library/abc/articles/a2"');
    expect(html).toContain('href="/modules/abc/quiz"');
    expect(html).toContain('src="/library/abc/map.svg"');
    const addresses = hrefs(html).filter((h) => h !== "/modules/abc/quiz");
    expect(addresses.length).toBeGreaterThan(10);
    for (const href of addresses) expect(href).toMatch(/^\/library\/abc\//);
  });

  it("keeps the public module's citation format", () => {
    expect(render("/modules/talks")).toContain('href="/modules/talks/articles/a2#a2-s4"');
  });

  it("renders each section once, with no empty optional lines", () => {
    const html = render("/modules/talks");
    for (const id of ["overview", "people", "timeline", "map", "issues", "disagreements", "glossary", "sources"]) {
      expect(html.match(new RegExp(`<section id="${id}"`, "g")), id).toHaveLength(1);
    }
    // A person without a role or other spellings gets neither line.
    expect(html).toMatch(/<li class="card"><p>Zabiullah Mujahid<\/p><p class="note">Mentioned in 1 sentence<a /);
    expect(html).toContain("<p>October 19<span>(<time dateTime=\"2025-10-19\">2025-10-19</time>)</span></p>");
    expect(html).toContain("<p>Friday</p>");
  });
});
