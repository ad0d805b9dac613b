import { describe, expect, it } from "vitest";
import { blocksOf, readingMinutes, safeExternalUrl } from "@/lib/modules/reading";

describe("blocksOf", () => {
  const text = "First one. Second one.\nA heading\n\nTail without sentence";
  const sentences = [
    { key: "s1", start: 0, end: 10, kind: "body" },
    { key: "s2", start: 11, end: 22, kind: "body" },
    { key: "s3", start: 23, end: 32, kind: "heading" },
  ];

  it("splits on line breaks, marks each sentence with its key and finds headings", () => {
    expect(blocksOf(text, sentences)).toEqual([
      {
        kind: "paragraph",
        parts: [
          { text: "First one.", sentenceKey: "s1" },
          { text: " ", sentenceKey: null },
          { text: "Second one.", sentenceKey: "s2" },
        ],
      },
      { kind: "heading", parts: [{ text: "A heading", sentenceKey: "s3" }] },
      { kind: "paragraph", parts: [{ text: "Tail without sentence", sentenceKey: null }] },
    ]);
  });

  it("loses no character of the text", () => {
    const joined = blocksOf(text, sentences)
      .map((b) => b.parts.map((part) => part.text).join(""))
      .join("|");
    expect(joined).toBe("First one. Second one.|A heading|Tail without sentence");
  });

  it("keeps a sentence that runs over a line break in both blocks", () => {
    const blocks = blocksOf("One two\nthree.", [{ key: "s1", start: 0, end: 14 }]);
    expect(blocks.map((b) => b.parts)).toEqual([
      [{ text: "One two", sentenceKey: "s1" }],
      [{ text: "three.", sentenceKey: "s1" }],
    ]);
  });
});

describe("readingMinutes", () => {
  it("rounds to whole minutes at 200 words a minute, never below one", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(450)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});

describe("safeExternalUrl", () => {
  it("keeps web addresses", () => {
    expect(safeExternalUrl("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
  });
  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "not a url", null])("drops %s", (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});
