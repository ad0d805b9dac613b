import { describe, expect, it } from "vitest";
import { markFirstUses } from "@/lib/modules/glossary-text";

describe("markFirstUses", () => {
  it("marks only the first use of each term across calls", () => {
    const explained = new Set<string>();
    expect(markFirstUses("The TTP and the ISI; the TTP again.", ["TTP", "ISI"], explained)).toEqual([
      { text: "The " },
      { text: "TTP", term: "TTP" },
      { text: " and the " },
      { text: "ISI", term: "ISI" },
      { text: "; the TTP again." },
    ]);
    expect(markFirstUses("More on the TTP.", ["TTP"], explained)).toEqual([{ text: "More on the TTP." }]);
  });

  it("matches whole words only and prefers the longer term", () => {
    const parts = markFirstUses("STTP is not it; the Durand Line is.", ["TTP", "Durand Line", "Durand"], new Set());
    expect(parts.filter((p) => p.term).map((p) => p.term)).toEqual(["Durand Line"]);
  });

  it("treats terms as text, not patterns", () => {
    expect(markFirstUses("a (b) c", ["(b)"], new Set()).find((p) => p.term)?.text).toBe("(b)");
  });
});
