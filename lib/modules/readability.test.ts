import { describe, expect, it } from "vitest";
import { countSyllables, fleschKincaidGrade } from "@/lib/modules/readability";

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["table", 2],
    ["ceasefire", 3],
    ["government", 3],
    ["delegation", 4],
    ["the", 1],
  ])("%s has %i syllables", (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe("fleschKincaidGrade", () => {
  it("rates a children's sentence far below diplomatic prose", () => {
    const easy = "The cat sat on the mat. The dog ran to the cat. They had fun.";
    const hard =
      "The negotiations, facilitated by international intermediaries, aim to institutionalise a verification mechanism addressing longstanding cross-border security considerations.";
    expect(fleschKincaidGrade(easy)).toBeLessThan(2);
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(16);
  });

  it("rises with longer sentences when the words are the same", () => {
    const short = "Talks began. Talks ended. Talks began. Talks ended.";
    const long = "Talks began and talks ended and talks began and talks ended.";
    expect(fleschKincaidGrade(long)).toBeGreaterThan(fleschKincaidGrade(short));
  });

  it("gives 0 for text without words", () => {
    expect(fleschKincaidGrade("")).toBe(0);
  });
});
