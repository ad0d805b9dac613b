import { describe, expect, it } from "vitest";
import { concordantPairs } from "./grade";
import type { QuizQuestion } from "./question";
import { deriveSeed, mulberry32, shuffleForAttempt, shuffled } from "./shuffle";
import { allQuestions, multiQ, orderOf, orderQ, trueFalseQ } from "./test-fixtures";

const SEEDS = Array.from({ length: 200 }, (_, i) => deriveSeed(1, `seed-${i}`));
const ids = (options: { id: string }[]) => options.map((o) => o.id).join(",");

/** Every order a question is shown in, as one comparable string. */
function layout(questions: QuizQuestion[]): string {
  return questions
    .map((q) => {
      if (q.type === "order") return `${q.id}[${ids(q.items)}]`;
      if (q.type === "match") return `${q.id}[${ids(q.pairs.left)}|${ids(q.pairs.right)}]`;
      return `${q.id}[${ids(q.choices)}]`;
    })
    .join(" ");
}

describe("mulberry32", () => {
  it("is deterministic and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });

  it("treats a signed seed as its unsigned 32-bit value", () => {
    expect(mulberry32(-1)()).toBe(mulberry32(0xffffffff)());
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe("shuffled", () => {
  it("is a permutation of a copy", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, mulberry32(7));
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...out].sort()).toEqual(input);
  });

  it("reaches every order of three items about equally often", () => {
    const counts = new Map<string, number>();
    for (const seed of SEEDS.concat(SEEDS.map((s) => s ^ 0x5bd1e995))) {
      const key = shuffled(["a", "b", "c"], mulberry32(seed)).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(400 / 6 / 2);
  });
});

describe("shuffleForAttempt", () => {
  it("gives the same layout for the same seed", () => {
    expect(layout(shuffleForAttempt(allQuestions, 12345))).toBe(
      layout(shuffleForAttempt(allQuestions, 12345)),
    );
  });

  it("gives different layouts for different seeds", () => {
    const layouts = new Set(SEEDS.map((seed) => layout(shuffleForAttempt(allQuestions, seed))));
    expect(layouts.size).toBeGreaterThan(190);
    const questionOrders = new Set(
      SEEDS.map((seed) =>
        shuffleForAttempt(allQuestions, seed)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(questionOrders.size).toBeGreaterThan(150);
  });

  it("does not touch its input and keeps every option, id and answer", () => {
    const before = structuredClone(allQuestions);
    const out = shuffleForAttempt(allQuestions, 99);
    expect(allQuestions).toEqual(before);
    expect(out.map((q) => q.id).sort()).toEqual(allQuestions.map((q) => q.id).sort());
    for (const q of out) {
      const original = allQuestions.find((o) => o.id === q.id)!;
      expect(q.answer).toEqual(original.answer);
      const sortedLayout = (x: QuizQuestion) =>
        layout([x]).replace(/\[(.*)\]/, (_, inner: string) => inner.split(/[,|]/).sort().join());
      expect(sortedLayout(q)).toBe(sortedLayout(original));
    }
  });

  it("keeps extra fields of the questions it is given", () => {
    const withPrompt = { ...multiQ, prompt: "Which groups mediated?" };
    expect(shuffleForAttempt([withPrompt], 1)[0]).toMatchObject({
      prompt: "Which groups mediated?",
    });
  });

  it("keeps True before False", () => {
    const flipped = { ...trueFalseQ, choices: [...trueFalseQ.choices].reverse() };
    for (const seed of SEEDS.slice(0, 50)) {
      expect(ids(shuffleForAttempt([trueFalseQ], seed)[0]!.choices)).toBe("true,false");
      expect(ids(shuffleForAttempt([flipped], seed)[0]!.choices)).toBe("true,false");
    }
  });

  it("shuffles choices, order items and match options, but not the match's left column", () => {
    const seen = {
      choices: new Set<string>(),
      items: new Set<string>(),
      left: new Set<string>(),
      right: new Set<string>(),
    };
    for (const seed of SEEDS) {
      for (const q of shuffleForAttempt(allQuestions, seed)) {
        if (q.type === "multi") seen.choices.add(ids(q.choices));
        if (q.type === "order") seen.items.add(ids(q.items));
        if (q.type === "match") {
          seen.left.add(ids(q.pairs.left));
          seen.right.add(ids(q.pairs.right));
        }
      }
    }
    expect(seen.choices.size).toBeGreaterThan(50); // of 120 orders of five choices
    expect(seen.items.size).toBeGreaterThan(5);
    expect(seen.left.size).toBe(1);
    expect(seen.right.size).toBe(6);
  });

  it("never shows an order question solved, nor more than half solved", () => {
    for (const q of [orderQ, orderOf(2), orderOf(3), orderOf(5), orderOf(8)]) {
      for (const seed of SEEDS) {
        const shown = shuffleForAttempt([q], seed)[0]!;
        if (shown.type !== "order") throw new Error("expected an order question");
        const shownIds = shown.items.map((i) => i.id);
        expect(shownIds).not.toEqual(q.answer.order);
        const [concordant, pairs] = concordantPairs(q.answer.order, shownIds);
        expect(concordant / pairs).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("still varies the order of three items (three of the six orders are allowed)", () => {
    const q = orderOf(3);
    const shown = new Set(
      SEEDS.map((seed) => ids((shuffleForAttempt([q], seed)[0] as typeof q).items)),
    );
    expect([...shown].sort()).toEqual(["i2,i3,i1", "i3,i1,i2", "i3,i2,i1"]);
  });

  it("leaves a one-item order question as it is", () => {
    expect(
      (shuffleForAttempt([orderOf(1)], 5)[0] as ReturnType<typeof orderOf>).items.map((i) => i.id),
    ).toEqual(["i1"]);
  });

  it("keeps the other questions' layout when one question is removed", () => {
    const full = shuffleForAttempt(allQuestions, 777);
    const without = shuffleForAttempt(
      allQuestions.filter((q) => q.id !== "q-single"),
      777,
    );
    expect(layout(without)).toBe(layout(full.filter((q) => q.id !== "q-single")));
  });
});
