import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { splitSentences } from "./sentences";
import { sampleModule } from "./test-helpers";

describe("splitSentences", () => {
  it("gives sentences whose text is exactly the slice of the cleaned text", () => {
    const clean = cleanArticle("Headline\nThe delegation includes Gen. Asim Malik. It arrived in Doha.\n- First point: talks resume.", null);
    const sentences = splitSentences("a1", clean);
    expect(sentences.map((s) => s.text)).toEqual(["The delegation includes Gen. Asim Malik.", "It arrived in Doha.", "First point: talks resume."]);
    for (const s of sentences) expect(clean.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.id)).toEqual(["a1-s1", "a1-s2", "a1-s3"]);
    expect(sentences[2]!.kind).toBe("list-item");
  });

  it("never joins a heading to the next paragraph", () => {
    const clean = cleanArticle("Headline\nFirst paragraph here.\nRegional Implications\nThe timing matters.", null);
    const sentences = splitSentences("a1", clean);
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([
      ["body", "First paragraph here."],
      ["heading", "Regional Implications"],
      ["body", "The timing matters."],
    ]);
  });

  it("holds for every sentence of the sample module", () => {
    for (const a of sampleModule().articles) for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});
