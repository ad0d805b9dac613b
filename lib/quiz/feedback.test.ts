import { describe, expect, it } from "vitest";
import { feedbackFor } from "./feedback";
import { clozeQ, matchQ, multiQ, orderQ, singleQ, trueFalseQ } from "./test-fixtures";

describe("feedbackFor", () => {
  it("single: marks the wrong pick and the missed answer, and spells out the answer", () => {
    const f = feedbackFor(singleQ, { choiceId: "a" });
    expect(f).toMatchObject({
      questionId: "q-single",
      kind: "choices",
      type: "single",
      answered: true,
      points: 0,
      correct: false,
      correctAnswer: ["William Ruto"],
    });
    expect(f.kind === "choices" && f.choices.map((c) => c.mark)).toEqual([
      "wrong",
      "missed",
      "neutral",
    ]);
  });

  it("true/false and cloze: a right pick is marked right", () => {
    const tf = feedbackFor(trueFalseQ, { choiceId: "false" });
    expect(tf).toMatchObject({ correct: true, points: 1, correctAnswer: ["False"] });
    expect(tf.kind === "choices" && tf.choices.map((c) => [c.id, c.mark])).toEqual([
      ["true", "neutral"],
      ["false", "right"],
    ]);
    expect(feedbackFor(clozeQ, { choiceId: "c" })).toMatchObject({
      correct: true,
      correctAnswer: ["Port Sudan"],
    });
  });

  it("multi: right, wrong, missed and neutral choices with partial points", () => {
    const f = feedbackFor(multiQ, { choiceIds: ["a", "b", "c"] });
    expect(f).toMatchObject({
      points: 0.333,
      correct: false,
      correctAnswer: ["African Union", "IGAD", "United Nations"],
    });
    expect(
      f.kind === "choices" && f.choices.map((c) => [c.id, c.picked, c.isAnswer, c.mark]),
    ).toEqual([
      ["a", true, true, "right"],
      ["b", true, false, "wrong"],
      ["c", true, true, "right"],
      ["d", false, true, "missed"],
      ["e", false, false, "neutral"],
    ]);
  });

  it("keeps the order of the question it is given (as the student saw it)", () => {
    const shown = { ...singleQ, choices: [...singleQ.choices].reverse() };
    const f = feedbackFor(shown, { choiceId: "b" });
    expect(f.kind === "choices" && f.choices.map((c) => c.id)).toEqual(["c", "b", "a"]);
  });

  it("order: the student's order with each item's right position, and the right order", () => {
    const f = feedbackFor(orderQ, { order: ["a", "c", "d", "b"] });
    expect(f).toMatchObject({ kind: "order", points: 0.833, correct: false });
    if (f.kind !== "order") throw new Error("expected order feedback");
    expect(f.yourOrder.map((i) => [i.id, i.position, i.correctPosition, i.inPlace])).toEqual([
      ["a", 1, 2, false],
      ["c", 2, 1, false],
      ["d", 3, 3, true],
      ["b", 4, 4, true],
    ]);
    expect(f.correctOrder.map((i) => i.text)).toEqual([
      "Fighting breaks out",
      "Talks open in Jeddah",
      "A ceasefire is signed",
      "Truce collapses",
    ]);
  });

  it("match: each left item with the chosen and the right option", () => {
    const f = feedbackFor(matchQ, {
      pairs: [
        { left: "l1", right: "r2" },
        { left: "l2", right: "r1" },
        { left: "l3", right: "r3" },
      ],
    });
    expect(f).toMatchObject({ kind: "match", points: 0.333 });
    if (f.kind !== "match") throw new Error("expected match feedback");
    expect(f.pairs.map((p) => [p.left.text, p.chosen?.text, p.correct.text, p.isRight])).toEqual([
      ["RSF", "Paramilitary group", "Paramilitary group", true],
      ["SAF", "East African trade bloc", "Sudan's army", false],
      ["IGAD", "Sudan's army", "East African trade bloc", false],
    ]);
  });

  it("an unanswered question shows the answer with nothing picked and no points", () => {
    const multi = feedbackFor(multiQ, null);
    expect(multi).toMatchObject({ answered: false, points: 0, correct: false });
    expect(
      multi.kind === "choices" && multi.choices.filter((c) => c.mark === "missed").map((c) => c.id),
    ).toEqual(["a", "c", "d"]);
    const order = feedbackFor(orderQ, null);
    expect(order.kind === "order" && [order.yourOrder.length, order.correctOrder.length]).toEqual([
      0, 4,
    ]);
    const match = feedbackFor(matchQ, null);
    expect(match.kind === "match" && match.pairs.map((p) => p.chosen)).toEqual([null, null, null]);
  });
});
