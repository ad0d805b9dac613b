import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { finishAttempt, recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import { getAttemptView } from "@/lib/quiz/queries";
import type { QuizQuestion } from "@/lib/quiz/question";
import { correctResponse } from "@/lib/quiz/responses";
import { newUser, quizQuestions, SAMPLE } from "@/tests/support/db-quiz";

// One open attempt per user and module (QuizAttempt.openKey), and what happens to an open
// attempt when its module gets a new version.

const SLUG = "open-attempts";
let questions: QuizQuestion[] = [];

beforeAll(async () => {
  const { versionId } = await importArticleFolder(SAMPLE, { slug: SLUG, publish: true });
  questions = await quizQuestions(versionId);
});

describe("one open attempt per user and module", () => {
  it("gives five concurrent starts one attempt", async () => {
    const user = await newUser("racer");
    const started = await Promise.all(
      Array.from({ length: 5 }, () => startOrResumeAttempt(user.id, SLUG)),
    );
    expect(new Set(started.map((s) => s!.attemptId)).size).toBe(1);
    expect(started.filter((s) => s!.created)).toHaveLength(1);
    const attempts = await db.quizAttempt.findMany({ where: { userId: user.id } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.openKey).toBe(`${user.id}:${attempts[0]!.moduleId}`);
  });

  it("frees the slot when the attempt is finished, so the next start is a new attempt", async () => {
    const user = await newUser("retrier");
    const first = (await startOrResumeAttempt(user.id, SLUG))!;
    await finishAttempt(user.id, first.attemptId);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } })).openKey).toBeNull();
    const next = await Promise.all([
      startOrResumeAttempt(user.id, SLUG),
      startOrResumeAttempt(user.id, SLUG),
    ]);
    expect(next[0]!.attemptId).toBe(next[1]!.attemptId);
    expect(next[0]!.attemptId).not.toBe(first.attemptId);
    expect(await db.quizAttempt.count({ where: { userId: user.id } })).toBe(2);
  });
});

describe("an open attempt on an older version of its module", () => {
  /** A module of its own, so that its new version does not disturb the other tests. */
  async function moduleWithOpenAttempt(slug: string, answers: number) {
    const { versionId } = await importArticleFolder(SAMPLE, { slug, publish: true });
    const user = await newUser(slug);
    const { attemptId } = (await startOrResumeAttempt(user.id, slug))!;
    for (const q of (await quizQuestions(versionId)).slice(0, answers))
      await recordAnswer(user.id, attemptId, { questionId: q.id, response: correctResponse(q) });
    const updated = await importArticleFolder(SAMPLE, { slug, publish: true });
    return { user, attemptId, oldVersionId: versionId, newVersionId: updated.versionId };
  }

  it("is dropped when it holds no answers, and the student starts on the current version", async () => {
    const { user, attemptId, newVersionId } = await moduleWithOpenAttempt("updated-empty", 0);
    const started = (await startOrResumeAttempt(user.id, "updated-empty"))!;
    expect(started.created).toBe(true);
    expect(started.attemptId).not.toBe(attemptId);
    const attempts = await db.quizAttempt.findMany({ where: { userId: user.id } });
    expect(attempts.map((a) => [a.id, a.versionId])).toEqual([[started.attemptId, newVersionId]]);
    expect((await getAttemptView(user.id, started.attemptId))!.outdated).toBe(false);
  });

  it("is resumed when it holds answers, says so, and Try again after finishing gets the new version", async () => {
    const { user, attemptId, oldVersionId, newVersionId } = await moduleWithOpenAttempt(
      "updated-answered",
      2,
    );
    const resumed = (await startOrResumeAttempt(user.id, "updated-answered"))!;
    expect(resumed).toEqual({ attemptId, created: false });
    const view = (await getAttemptView(user.id, attemptId))!;
    expect(view.outdated).toBe(true);
    expect(view.progress.answered).toBe(2);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).versionId).toBe(
      oldVersionId,
    );

    await finishAttempt(user.id, attemptId);
    const again = (await startOrResumeAttempt(user.id, "updated-answered"))!;
    expect(again.created).toBe(true);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: again.attemptId } })).versionId).toBe(
      newVersionId,
    );
    expect((await getAttemptView(user.id, again.attemptId))!.outdated).toBe(false);
  });

  it("a current attempt is never outdated", async () => {
    const user = await newUser("current");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    await recordAnswer(user.id, attemptId, {
      questionId: questions[0]!.id,
      response: correctResponse(questions[0]!),
    });
    expect((await getAttemptView(user.id, attemptId))!.outdated).toBe(false);
  });
});
