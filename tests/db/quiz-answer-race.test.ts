import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { finishAttempt, recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import type { QuizQuestion } from "@/lib/quiz/question";
import { correctResponse } from "@/lib/quiz/responses";
import { attemptScore } from "@/lib/quiz/score";
import { expectRefused, newUser, quizQuestions, SAMPLE, wrongResponse } from "@/tests/support/db-quiz";

// An answer racing "finish": the answer either lands while the attempt is open and counts in its
// score, or is refused and stored nowhere. To make the race happen on cue, the finish is run
// between the answer's checks (its context read) and its insert.

const race = vi.hoisted(() => ({ afterContextRead: null as null | (() => Promise<unknown>) }));

vi.mock("@/lib/quiz/answer-context", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/quiz/answer-context")>();
  return {
    ...original,
    loadAnswerContext: async (...args: Parameters<typeof original.loadAnswerContext>) => {
      const context = await original.loadAnswerContext(...args);
      const between = race.afterContextRead;
      race.afterContextRead = null;
      if (between) await between();
      return context;
    },
  };
});

const SLUG = "answer-race";
let questions: QuizQuestion[] = [];

beforeAll(async () => {
  const { versionId } = await importArticleFolder(SAMPLE, { slug: SLUG, publish: true });
  questions = await quizQuestions(versionId);
});

/** The attempt's stored score and the score its stored answers earn. */
async function storedAndRecomputed(attemptId: string) {
  const [attempt, answers] = await Promise.all([
    db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } }),
    db.quizAnswer.findMany({ where: { attemptId } }),
  ]);
  return { attempt, answers, recomputed: attemptScore(questions.map((q) => q.id), answers) };
}

describe("an answer racing finish", () => {
  it("is refused as finished (HTTP 409) when the attempt closes before it is stored", async () => {
    const user = await newUser("late");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const [a, b, late] = questions;
    await recordAnswer(user.id, attemptId, { questionId: a!.id, response: correctResponse(a!) });
    await recordAnswer(user.id, attemptId, { questionId: b!.id, response: wrongResponse(b!) });

    race.afterContextRead = () => finishAttempt(user.id, attemptId);
    await expectRefused(
      recordAnswer(user.id, attemptId, { questionId: late!.id, response: wrongResponse(late!) }),
      "finished",
    );

    const { attempt, answers, recomputed } = await storedAndRecomputed(attemptId);
    expect(answers.map((x) => x.questionId).sort()).toEqual([a!.id, b!.id].sort());
    expect(attempt.finishedAt).not.toBeNull();
    expect(attempt.score).toBeCloseTo(recomputed, 9);
    expect(attempt.score).toBeCloseTo(1 / questions.length, 9);
    // A refused answer does not touch the review queue either (a miss would have queued it).
    expect(
      await db.reviewItem.count({ where: { userId: user.id, questionId: late!.id } }),
    ).toBe(0);
  });

  it("stores a score that matches the stored answers when answers and finish arrive together", async () => {
    const user = await newUser("together");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const settled = await Promise.allSettled([
      ...questions.slice(0, 6).map((q) =>
        recordAnswer(user.id, attemptId, { questionId: q.id, response: correctResponse(q) }),
      ),
      finishAttempt(user.id, attemptId),
      ...questions.slice(6, 12).map((q) =>
        recordAnswer(user.id, attemptId, { questionId: q.id, response: correctResponse(q) }),
      ),
    ]);
    const { attempt, answers, recomputed } = await storedAndRecomputed(attemptId);
    const acknowledged = settled.filter((s) => s.status === "fulfilled").length - 1;
    expect(answers).toHaveLength(acknowledged);
    expect(attempt.score).toBeCloseTo(recomputed, 9);
    expect(attempt.score).toBeCloseTo(answers.length / questions.length, 9);
  });
});
