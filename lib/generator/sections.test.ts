import { describe, expect, it } from "vitest";
import { generateModule } from "./index";
import { sampleModule } from "./test-helpers";

const article = (file: string, title: string, body: string) => ({ file, text: `${title}\n\n${body}` });

describe("disagreements", () => {
  it("finds the extended-versus-expired ceasefire and the different mediators in the sample", () => {
    const d = sampleModule().disagreements;
    const ceasefire = d.find((x) => x.kind === "opposite-outcome")!;
    expect(ceasefire.topic).toBe("The 48-hour ceasefire: was extended or expired?");
    expect(ceasefire.claims.map((c) => [c.articleId, c.claim])).toEqual([
      ["a2", "The 48-hour ceasefire was extended."],
      ["a4", "The 48-hour ceasefire was extended."],
      ["a5", "The 48-hour ceasefire expired."],
    ]);
    const mediators = d.find((x) => x.kind === "different-actors")!;
    expect(mediators.claims.find((c) => c.articleId === "a2")!.claim).toBe("Names Qatar and Saudi Arabia as mediator or host.");
  });

  it("does not flag a difference in the time of writing (arrived vs expected to arrive)", () => {
    const m = generateModule([
      article("a.txt", "Delegates arrive", "The Afghan delegation has arrived in Doha for the talks with Pakistan."),
      article("b.txt", "Delegates expected", "The Afghan delegation is expected to arrive in Doha tomorrow for the talks with Pakistan."),
    ]);
    expect(m.disagreements).toEqual([]);
  });

  it("ignores hedged outcomes and finds different counts of the same thing", () => {
    const m = generateModule([
      article("a.txt", "Truce may be extended", "The truce could be extended if both sides agree. The fighting has killed at least 863 civilians, doctors said."),
      article("b.txt", "Truce ends", "The truce expired on Monday. The health ministry said 730 civilians had been killed."),
    ]);
    expect(m.disagreements.map((x) => x.kind)).toEqual(["different-number"]);
    expect(m.disagreements[0]!.claims.map((c) => c.source.quote)).toEqual(["at least 863 civilians", "730 civilians"]);
  });
});

describe("glossary and issues", () => {
  it("defines terms only from the articles' own words", () => {
    const g = sampleModule().glossary;
    expect(g.map((e) => [e.term, e.definition])).toEqual([
      ["Durand Line", "The 2,600-kilometer-long border"],
      ["GDI", "the Islamic Emirate's intelligence agency"],
      ["ISI", "Pakistan's intelligence agency"],
      ["TTP", "Tehreek-e-Taliban Pakistan"],
    ]);
    for (const e of g) expect(e.source.quote).toContain(e.term);
  });

  it("names the sample's key issues with sources from several articles", () => {
    const issues = sampleModule().issues;
    const titles = issues.map((i) => i.title.toLowerCase()).join(" | ");
    for (const word of ["ceasefire", "militan", "verification", "sovereignty", "durand line"]) expect(titles).toContain(word);
    const ceasefire = issues.find((i) => /ceasefire/i.test(i.title))!;
    expect(new Set(ceasefire.sources.map((s) => s.articleId)).size).toBeGreaterThanOrEqual(3);
  });

  it("summarises with body sentences only, one per article, none disputed", () => {
    const m = sampleModule();
    const disputed = new Set(m.disagreements.flatMap((d) => d.claims.map((c) => c.source.sentenceId)));
    expect(m.summary.length).toBeGreaterThanOrEqual(3);
    expect(new Set(m.summary.map((s) => s.source.articleId)).size).toBe(m.summary.length);
    for (const s of m.summary) {
      const sentence = m.articles.flatMap((a) => a.sentences).find((x) => x.id === s.source.sentenceId)!;
      expect(sentence.kind).toBe("body");
      expect(disputed.has(sentence.id)).toBe(false);
    }
  });
});
