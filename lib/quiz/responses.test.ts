import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "./question";
import { correctResponse, parseResponse } from "./responses";
import { allQuestions, clozeQ, matchQ, multiQ, orderQ, singleQ, trueFalseQ } from "./test-fixtures";

function errorOf(question: QuizQuestion, raw: unknown): string {
  const result = parseResponse(question, raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
  return result.error;
}

describe("parseResponse accepts well-formed answers", () => {
  it.each(allQuestions.map((q) => [q.type, q] as const))("%s: its own correct answer", (_, q) => {
    expect(parseResponse(q, correctResponse(q))).toEqual({
      ok: true,
      response: correctResponse(q),
    });
  });

  it("accepts wrong but well-formed answers (grading decides, not parsing)", () => {
    expect(parseResponse(singleQ, { choiceId: "a" }).ok).toBe(true);
    expect(parseResponse(multiQ, { choiceIds: ["b", "e"] }).ok).toBe(true);
    expect(parseResponse(multiQ, { choiceIds: ["a", "b", "c", "d", "e"] }).ok).toBe(true);
    expect(parseResponse(orderQ, { order: ["a", "b", "c", "d"] }).ok).toBe(true);
    expect(
      parseResponse(matchQ, {
        pairs: [
          { left: "l3", right: "r3" },
          { left: "l1", right: "r1" },
          { left: "l2", right: "r2" },
        ],
      }).ok,
    ).toBe(true);
  });
});

describe("parseResponse refuses malformed payloads", () => {
  it.each([undefined, null, 42, "b", [], ["b"]])("single: %j", (raw) => {
    expect(errorOf(singleQ, raw)).toBe("The answer is not in the form this question expects.");
  });

  it("refuses an empty object", () => {
    expect(errorOf(singleQ, {})).toBe("The answer does not say which choice is picked.");
  });

  it("refuses a payload shaped for another type", () => {
    expect(errorOf(singleQ, { choiceIds: ["b"] })).toBe(
      "The answer does not say which choice is picked.",
    );
    expect(errorOf(multiQ, { choiceId: "a" })).toBe("The answer has no list of choices.");
    expect(errorOf(orderQ, { pairs: [] })).toBe("The answer has no list of items.");
    expect(errorOf(matchQ, { order: ["l1"] })).toBe("The answer has no list of pairs.");
  });

  it("refuses wrong value types", () => {
    expect(errorOf(singleQ, { choiceId: 2 })).toBe("Each choice must be given by its id.");
    expect(errorOf(multiQ, { choiceIds: "a" })).toBe("The choices must be given as a list.");
    expect(errorOf(multiQ, { choiceIds: [1, 2] })).toBe("Each choice must be given by its id.");
    expect(errorOf(orderQ, { order: { 0: "a" } })).toBe("The items must be given as a list.");
    expect(errorOf(matchQ, { pairs: [["l1", "r2"]] })).toBe(
      "Each pair must have a left and a right id.",
    );
    expect(errorOf(matchQ, { pairs: [{ left: "l1" }] })).toBe("A pair is missing its option.");
    expect(errorOf(matchQ, { pairs: [{ left: 1, right: "r1" }] })).toBe(
      "Each item must be given by its id.",
    );
  });

  it("refuses extra fields, at the top and inside a pair", () => {
    expect(errorOf(singleQ, { choiceId: "b", points: 1 })).toMatch(
      /fields this question does not take/,
    );
    expect(errorOf(clozeQ, { choiceId: "c", text: "Port Sudan" })).toMatch(
      /fields this question does not take/,
    );
    expect(
      errorOf(matchQ, {
        pairs: [
          { left: "l1", right: "r2", correct: true },
          { left: "l2", right: "r3" },
          { left: "l3", right: "r1" },
        ],
      }),
    ).toBe("A pair has fields it does not take.");
    expect(
      errorOf(trueFalseQ, JSON.parse('{"choiceId":"false","__proto__":{"admin":true}}')),
    ).toMatch(/fields this question does not take/);
  });

  it("refuses empty and oversized ids", () => {
    expect(errorOf(singleQ, { choiceId: "" })).toBe("A choice id is empty.");
    expect(errorOf(singleQ, { choiceId: "b".repeat(65) })).toBe("A choice id is too long.");
  });

  it("refuses an empty multi answer", () => {
    expect(errorOf(multiQ, { choiceIds: [] })).toBe("Give at least one choice.");
  });
});

describe("parseResponse refuses forged answers", () => {
  it("refuses choices that are not in the question", () => {
    expect(errorOf(singleQ, { choiceId: "z" })).toBe(
      "The answer names a choice that is not in this question.",
    );
    expect(errorOf(trueFalseQ, { choiceId: "maybe" })).toBe(
      "The answer names a choice that is not in this question.",
    );
    // An id from another question of the same quiz is still foreign here.
    expect(errorOf(trueFalseQ, { choiceId: "a" })).toBe(
      "The answer names a choice that is not in this question.",
    );
    expect(errorOf(clozeQ, { choiceId: "toString" })).toBe(
      "The answer names a choice that is not in this question.",
    );
    expect(errorOf(multiQ, { choiceIds: ["a", "x"] })).toBe(
      "The answer names a choice that is not in this question.",
    );
  });

  it("refuses duplicates", () => {
    expect(errorOf(multiQ, { choiceIds: ["a", "a"] })).toBe("The same choice is picked twice.");
    expect(errorOf(orderQ, { order: ["c", "a", "a", "b"] })).toBe("The same item is listed twice.");
    const pairs = (rights: string[], lefts = ["l1", "l2", "l3"]) => ({
      pairs: lefts.map((left, i) => ({ left, right: rights[i] })),
    });
    expect(errorOf(matchQ, pairs(["r2", "r3", "r1"], ["l1", "l1", "l3"]))).toBe(
      "An item on the left is matched twice.",
    );
    expect(errorOf(matchQ, pairs(["r2", "r2", "r1"]))).toBe(
      "The same option is used for two items.",
    );
  });

  it("refuses more entries than the question has", () => {
    expect(errorOf(multiQ, { choiceIds: ["a", "b", "c", "d", "e", "f"] })).toBe(
      "The answer picks more choices than the question has.",
    );
    expect(errorOf(orderQ, { order: ["c", "a", "d", "b", "e"] })).toBe(
      "The order lists more items than the question has.",
    );
    const four = ["l1", "l2", "l3", "l4"].map((left, i) => ({ left, right: `r${i + 1}` }));
    expect(errorOf(matchQ, { pairs: four })).toBe(
      "The answer has more pairs than the question has items to match.",
    );
    // Far beyond any question: refused by the shape check before anything else looks at it.
    expect(errorOf(multiQ, { choiceIds: Array.from({ length: 10_000 }, (_, i) => `c${i}`) })).toBe(
      "The answer has more choices than any question has.",
    );
  });

  it("refuses orders and matches that name foreign items", () => {
    expect(errorOf(orderQ, { order: ["c", "a", "d", "z"] })).toBe(
      "The order names an item that is not in this question.",
    );
    expect(
      errorOf(matchQ, {
        pairs: [
          { left: "l1", right: "r2" },
          { left: "l2", right: "r3" },
          { left: "l9", right: "r1" },
        ],
      }),
    ).toBe("A pair names an item that is not in this question.");
    expect(
      errorOf(matchQ, {
        pairs: [
          { left: "l1", right: "r2" },
          { left: "l2", right: "r3" },
          { left: "l3", right: "r9" },
        ],
      }),
    ).toBe("A pair names an option that is not in this question.");
    // Left and right ids are not interchangeable.
    expect(
      errorOf(matchQ, {
        pairs: [
          { left: "r2", right: "l1" },
          { left: "l2", right: "r3" },
          { left: "l3", right: "r1" },
        ],
      }),
    ).toBe("A pair names an item that is not in this question.");
  });

  it("refuses incomplete orders and matches", () => {
    expect(errorOf(orderQ, { order: ["c", "a", "d"] })).toBe(
      "Put every item in order: 1 is missing.",
    );
    expect(errorOf(orderQ, { order: ["c", "a"] })).toBe("Put every item in order: 2 are missing.");
    expect(errorOf(matchQ, { pairs: [{ left: "l1", right: "r2" }] })).toBe(
      "Match every item: 2 are not matched yet.",
    );
  });
});

describe("correctResponse", () => {
  it("drops the cloze's display text: a student submits only the choice", () => {
    expect(correctResponse(clozeQ)).toEqual({ choiceId: "c" });
  });

  it("returns copies, not the question's own arrays", () => {
    const r = correctResponse(orderQ);
    expect(r).toEqual({ order: ["c", "a", "d", "b"] });
    expect("order" in r && r.order).not.toBe(orderQ.answer.order);
  });
});
