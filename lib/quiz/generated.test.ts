import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateModuleFromFolder } from "@/lib/generator";
import type { Question } from "@/lib/generator/schema";
import { feedbackFor } from "./feedback";
import { gradeResponse } from "./grade";
import { answerProblem } from "./question";
import { correctResponse, parseResponse } from "./responses";
import { shuffleForAttempt } from "./shuffle";

// A smoke test on the real generator's output: the quiz logic must accept every question it makes.

let questions: Question[] = [];
beforeAll(() => {
  questions = generateModuleFromFolder(
    path.resolve(import.meta.dirname, "../../content/sample"),
  ).questions;
});

describe("questions from the sample module", () => {
  it("cover several types", () => {
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  });

  it("each has an answer that fits its options, parses as a response and grades as correct", () => {
    for (const q of questions) {
      expect(answerProblem(q), q.id).toBeNull();
      const response = correctResponse(q);
      expect(parseResponse(q, response), q.id).toEqual({ ok: true, response });
      expect(gradeResponse(q, response), q.id).toEqual({ points: 1, correct: true });
      expect(feedbackFor(q, response).correct, q.id).toBe(true);
    }
  });

  it("answers other than cloze parse as submitted, as they are", () => {
    for (const q of questions.filter((q) => q.type !== "cloze"))
      expect(parseResponse(q, q.answer).ok, q.id).toBe(true);
  });

  it("still grade as correct after a per-attempt shuffle", () => {
    for (const seed of [1, 2, 3]) {
      for (const q of shuffleForAttempt(questions, seed)) {
        expect(gradeResponse(q, correctResponse(q)).correct, q.id).toBe(true);
        if (q.type === "order") expect(q.items.map((i) => i.id)).not.toEqual(q.answer.order);
      }
    }
  });
});
