import { describe, expect, it } from "vitest";
import { concordantPairs, gradeResponse } from "./grade";
import { correctResponse } from "./responses";
import {
  allQuestions,
  clozeQ,
  matchQ,
  multiQ,
  orderOf,
  orderQ,
  singleQ,
  trueFalseQ,
} from "./test-fixtures";

const full = { points: 1, correct: true };
const none = { points: 0, correct: false };
const partial = (points: number) => ({ points, correct: false });

describe("gradeResponse", () => {
  it.each(allQuestions.map((q) => [q.type, q] as const))(
    "%s: the correct answer earns 1 point",
    (_, q) => {
      expect(gradeResponse(q, correctResponse(q))).toEqual(full);
    },
  );

  it("single, true/false and cloze are all or nothing", () => {
    expect(gradeResponse(singleQ, { choiceId: "a" })).toEqual(none);
    expect(gradeResponse(trueFalseQ, { choiceId: "true" })).toEqual(none);
    expect(gradeResponse(clozeQ, { choiceId: "b" })).toEqual(none);
  });

  describe("multi: (right picks − wrong picks) / right choices, at least 0", () => {
    // Right choices are a, c, d; b and e are wrong.
    it.each([
      [["a", "c"], 0.667],
      [["a"], 0.333],
      [["a", "c", "d", "b"], 0.667],
      [["a", "c", "b"], 0.333],
      [["a", "b"], 0],
      [["b", "e"], 0],
      [["a", "b", "c", "d", "e"], 0.333],
    ])("%j earns %d", (choiceIds, points) => {
      expect(gradeResponse(multiQ, { choiceIds })).toEqual(partial(points));
    });

    it("counts each pick once and an unknown id as a wrong pick", () => {
      expect(gradeResponse(multiQ, { choiceIds: ["a", "a", "c", "c", "d"] })).toEqual(full);
      expect(gradeResponse(multiQ, { choiceIds: ["a", "c", "d", "zz"] })).toEqual(partial(0.667));
    });
  });

  describe("order: share of item pairs in the right relative order", () => {
    // Right order: c, a, d, b — 6 pairs.
    it.each([
      [["a", "c", "d", "b"], 0.833], // one neighbouring swap: 5 of 6 pairs
      [["c", "a", "b", "d"], 0.833],
      [["b", "c", "a", "d"], 0.5], // the last item put first: 3 of 6
      [["c", "b", "a", "d"], 0.667], // b moved up two places: 4 of 6
      [["b", "d", "a", "c"], 0], // reversed
    ])("%j earns %d", (order, points) => {
      expect(gradeResponse(orderQ, { order })).toEqual(partial(points));
    });

    it("gives no pair credit for a missing item", () => {
      // c<a, c<d, a<d right; the three pairs with b are missing.
      expect(gradeResponse(orderQ, { order: ["c", "a", "d"] })).toEqual(partial(0.5));
    });

    it("never rounds a near miss up to a full point", () => {
      // 70 items, 2415 pairs: one swap is 2414/2415 = 0.99959…, which would round to 1.000.
      const q = orderOf(70);
      const order = q.answer.order.slice();
      [order[0], order[1]] = [order[1]!, order[0]!];
      expect(gradeResponse(q, { order })).toEqual(partial(0.999));
    });
  });

  describe("match: share of correct pairs", () => {
    it.each([
      [["r2", "r1", "r3"], 0.333], // l1 right, l2 and l3 swapped wrong
      [["r1", "r2", "r3"], 0],
      [["r3", "r1", "r2"], 0],
    ])("rights %j for l1..l3 earn %d", (rights, points) => {
      const pairs = rights.map((right, i) => ({ left: `l${i + 1}`, right }));
      expect(gradeResponse(matchQ, { pairs })).toEqual(partial(points));
    });

    it("counts only one guess per left item, so listing every combination gains nothing", () => {
      const everything = ["l1", "l2", "l3"].flatMap((left) =>
        ["r1", "r2", "r3"].map((right) => ({ left, right })),
      );
      expect(gradeResponse(matchQ, { pairs: everything })).toEqual(partial(0.333));
    });
  });

  it("a response of another type's shape earns nothing", () => {
    expect(gradeResponse(singleQ, { choiceIds: ["b"] })).toEqual(none);
    expect(gradeResponse(multiQ, { choiceId: "a" })).toEqual(none);
    expect(gradeResponse(orderQ, { pairs: [] })).toEqual(none);
    expect(gradeResponse(matchQ, { order: ["l1", "l2", "l3"] })).toEqual(none);
  });

  it("is correct only with all the points", () => {
    for (const q of allQuestions) {
      const grade = gradeResponse(q, correctResponse(q));
      expect(grade.correct).toBe(grade.points === 1);
    }
    expect(gradeResponse(multiQ, { choiceIds: ["a", "c"] }).correct).toBe(false);
  });
});

describe("concordantPairs", () => {
  it("counts pairs kept in order out of all pairs", () => {
    expect(concordantPairs(["a", "b", "c"], ["a", "b", "c"])).toEqual([3, 3]);
    expect(concordantPairs(["a", "b", "c"], ["c", "b", "a"])).toEqual([0, 3]);
    expect(concordantPairs(["a", "b", "c"], ["b", "a", "c"])).toEqual([2, 3]);
    expect(concordantPairs(["a"], ["a"])).toEqual([0, 0]);
  });
});
