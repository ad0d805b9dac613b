import path from "node:path";
import { db } from "@/lib/db/client";
import { QuizError, type QuizErrorKind } from "@/lib/quiz/errors";
import { fromStoredQuestion, type QuizQuestion } from "@/lib/quiz/question";
import type { QuizResponse } from "@/lib/quiz/responses";
import { expect } from "vitest";

// Helpers shared by the quiz's database tests.

export const SAMPLE = path.join(process.cwd(), "content", "sample");

export async function newUser(name: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const email = `${name}-${Math.random().toString(36).slice(2, 8)}@db.parley.test`;
  return db.user.create({
    data: { name, email, passwordHash: "not-a-real-hash", role },
    select: { id: true },
  });
}

/** The quiz of a module version, in stored order. */
export async function quizQuestions(versionId: string): Promise<QuizQuestion[]> {
  const rows = await db.question.findMany({ where: { versionId }, orderBy: { position: "asc" } });
  return rows.map(fromStoredQuestion);
}

/** A response that earns nothing: the first wrong option, or the answer reversed. */
export function wrongResponse(q: QuizQuestion): QuizResponse {
  switch (q.type) {
    case "multi":
      return { choiceIds: [q.choices.find((c) => !q.answer.choiceIds.includes(c.id))!.id] };
    case "order":
      return { order: [...q.answer.order].reverse() };
    case "match": {
      const rights = q.answer.pairs.map((p) => p.right);
      return {
        pairs: q.answer.pairs.map((p, i) => ({ left: p.left, right: rights[(i + 1) % rights.length]! })),
      };
    }
    default:
      return { choiceId: q.choices.find((c) => c.id !== q.answer.choiceId)!.id };
  }
}

export async function expectRefused(work: Promise<unknown>, kind: QuizErrorKind, message?: RegExp) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QuizError);
  expect((error as QuizError).kind).toBe(kind);
  if (message) expect((error as QuizError).message).toMatch(message);
}
