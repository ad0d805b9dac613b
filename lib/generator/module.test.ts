import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateModuleFromFolder } from "./index";
import { evaluateModule, type Gold } from "./quality";
import { ModuleSchema } from "./schema";
import { ROOT, SAMPLE_DIR, TEST_SETS, sampleModule } from "./test-helpers";

describe("the module", () => {
  it("validates against the published schema", () => {
    expect(() => ModuleSchema.parse(sampleModule())).not.toThrow();
  });

  it("is byte-identical from one run to the next", () => {
    expect(JSON.stringify(generateModuleFromFolder(SAMPLE_DIR))).toBe(JSON.stringify(sampleModule()));
  });

  it("cites only verbatim text: every quote inside its sentence, every sentence a slice of the text", () => {
    const m = sampleModule();
    const sentences = new Map(m.articles.flatMap((a) => a.sentences.map((s) => [s.id, { a, s }] as const)));
    const sources = [
      ...m.summary.map((s) => s.source),
      ...m.people.flatMap((p) => [...p.mentions, ...p.roles.map((r) => r.source)]),
      ...m.organizations.flatMap((o) => o.mentions),
      ...m.places.flatMap((p) => p.mentions),
      ...m.timeline.flatMap((t) => [t.source, ...t.alsoReportedBy]),
      ...m.issues.flatMap((i) => i.sources),
      ...m.glossary.map((g) => g.source),
      ...m.disagreements.flatMap((d) => d.claims.map((c) => c.source)),
      ...m.questions.flatMap((q) => [q.source, ...q.sources]),
    ];
    expect(sources.length).toBeGreaterThan(200);
    for (const src of sources) {
      const hit = sentences.get(src.sentenceId)!;
      expect(hit.a.id).toBe(src.articleId);
      expect(hit.s.text).toContain(src.quote);
      expect(hit.a.text.slice(hit.s.start, hit.s.end)).toBe(hit.s.text);
    }
  });

  it("prints only JSON on stdout from the CLI", () => {
    const out = execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/parley.ts"), "generate", SAMPLE_DIR], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(sampleModule())));
  }, 30_000);
});

// Reference figures held as thresholds: a change that loses quality fails here. The sample's
// figures are in-sample (the rules were written reading it), the test sets' partly tuned and
// the held-out set unseen; see docs/generator-quality.md.
const THRESHOLDS: Record<string, Partial<Record<"people" | "peopleWithRoles" | "organizations" | "places" | "datedEvents" | "disagreements", [number, number]>>> = {
  sample: { people: [1, 1], peopleWithRoles: [1, 1], organizations: [0.9, 0.85], places: [0.9, 0.9], datedEvents: [0.9, 0.9], disagreements: [1, 1] },
  "wire-sudan": { people: [0.9, 0.8], peopleWithRoles: [0.8, 0.8], organizations: [0.75, 0.75], places: [0.8, 0.8], datedEvents: [0.85, 0.85], disagreements: [1, 0.5] },
  "scrape-colombia": { people: [0.9, 0.8], peopleWithRoles: [0.8, 0.8], places: [0.9, 0.9], datedEvents: [0.9, 0.9], disagreements: [1, 0.5] },
  "markdown-shoal": { people: [0.9, 0.8], peopleWithRoles: [0.8, 0.8], organizations: [0.75, 0.75], places: [0.7, 0.9], datedEvents: [0.9, 0.9] },
  "heldout-caucasus": { people: [0.8, 0.6], peopleWithRoles: [0.8, 0.6], organizations: [0.7, 0.7], places: [0.7, 0.8], datedEvents: [0.7, 0.7] },
  "heldout-balkans": { people: [0.8, 0.8], peopleWithRoles: [0.8, 0.8], organizations: [0.8, 0.8], places: [0.8, 0.8], datedEvents: [0.8, 0.8] },
  "heldout-trade": { people: [0.8, 0.8], peopleWithRoles: [0.8, 0.8], organizations: [0.8, 0.3], places: [0.8, 0.8], datedEvents: [0.8, 0.8] },
  "heldout-nile": { people: [0.8, 0.8], peopleWithRoles: [0.8, 0.8], organizations: [0.8, 0.7], places: [0.8, 0.8], datedEvents: [0.8, 0.8], disagreements: [1, 1] },
};

describe("quality against the hand-made references", () => {
  for (const [name, limits] of Object.entries(THRESHOLDS)) {
    it(`${name} meets its precision and recall thresholds`, () => {
      const dir = name === "sample" ? SAMPLE_DIR : path.join(TEST_SETS, name);
      const goldFile = name === "sample" ? path.join(ROOT, "content/gold/sample.json") : path.join(dir, "gold.json");
      const report = evaluateModule(generateModuleFromFolder(dir), JSON.parse(readFileSync(goldFile, "utf8")) as Gold);
      for (const [kind, [p, r]] of Object.entries(limits)) {
        const s = report[kind as keyof typeof limits];
        expect({ kind, precision: s.precision >= p, recall: s.recall >= r }).toEqual({ kind, precision: true, recall: true });
      }
    });
  }
});
