import { describe, expect, it } from "vitest";
import { answerProblem, fromStoredQuestion, type QuizQuestion } from "./question";
import { allQuestions, matchQ, multiQ, orderQ, singleQ } from "./test-fixtures";

/** The row the importer writes: type in the database enum, public options in `body`. */
function storedRow(q: QuizQuestion) {
  const body =
    q.type === "order"
      ? { items: q.items }
      : q.type === "match"
        ? { pairs: q.pairs }
        : { choices: q.choices };
  return { id: q.id, type: q.type.toUpperCase(), topic: q.topic, body, answer: q.answer };
}

describe("fromStoredQuestion", () => {
  it.each(allQuestions.map((q) => [q.type, q] as const))(
    "rebuilds a %s question from its row",
    (_, q) => {
      expect(fromStoredQuestion(storedRow(q))).toEqual(q);
    },
  );

  it("refuses an unknown type, topic or a body of the wrong shape", () => {
    expect(() => fromStoredQuestion({ ...storedRow(singleQ), type: "ESSAY" })).toThrow(
      /q-single is stored in a broken form/,
    );
    expect(() => fromStoredQuestion({ ...storedRow(singleQ), topic: "sports" })).toThrow(
      /broken form/,
    );
    expect(() =>
      fromStoredQuestion({ ...storedRow(orderQ), body: { choices: singleQ.choices } }),
    ).toThrow(/broken form/);
    expect(() => fromStoredQuestion({ ...storedRow(singleQ), body: null })).toThrow(/broken form/);
  });

  it("refuses an answer that does not fit the options", () => {
    expect(() => fromStoredQuestion({ ...storedRow(singleQ), answer: { choiceId: "z" } })).toThrow(
      /answer is not among the choices/,
    );
  });
});

describe("answerProblem", () => {
  it("accepts every fixture", () => {
    for (const q of allQuestions) expect(answerProblem(q)).toBeNull();
  });

  it("finds answers that do not fit", () => {
    expect(answerProblem({ ...multiQ, answer: { choiceIds: ["a", "a"] } })).toMatch(/distinct/);
    expect(answerProblem({ ...orderQ, answer: { order: ["a", "b", "c"] } })).toMatch(/permutation/);
    expect(
      answerProblem({
        ...matchQ,
        answer: {
          pairs: [
            { left: "l1", right: "r1" },
            { left: "l2", right: "r1" },
            { left: "l3", right: "r2" },
          ],
        },
      }),
    ).toMatch(/pairs/);
  });
});
