import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { finishAttempt, recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import { readBody } from "@/lib/quiz/http";
import { getQuizProgress } from "@/lib/quiz/progress";
import { getAttemptView } from "@/lib/quiz/queries";
import { fromStoredQuestion, type QuizQuestion } from "@/lib/quiz/question";
import { correctResponse } from "@/lib/quiz/responses";
import { answerReview, listDueReviews } from "@/lib/quiz/review-items";
import { MAX_ANSWER_BYTES, submitAnswerSchema } from "@/lib/quiz/schemas";
import { expectRefused, newUser, SAMPLE, wrongResponse } from "@/tests/support/db-quiz";

const SLUG = "quiz-sample";
const OTHER_SLUG = "quiz-other";
const DAY = 24 * 60 * 60 * 1000;

let questions: QuizQuestion[] = [];
let otherModuleQuestionId = "";

async function snapshot() {
  const [answers, reviews, attempts] = await Promise.all([
    db.quizAnswer.findMany({ orderBy: { id: "asc" } }),
    db.reviewItem.findMany({ orderBy: { id: "asc" } }),
    db.quizAttempt.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { answers, reviews, attempts };
}

beforeAll(async () => {
  const { versionId } = await importArticleFolder(SAMPLE, { slug: SLUG, publish: true });
  const other = await importArticleFolder(SAMPLE, { slug: OTHER_SLUG, publish: true });
  const rows = await db.question.findMany({ where: { versionId }, orderBy: { position: "asc" } });
  questions = rows.map(fromStoredQuestion);
  otherModuleQuestionId = (
    await db.question.findFirstOrThrow({ where: { versionId: other.versionId } })
  ).id;
});

const byType = (type: QuizQuestion["type"]) => questions.find((q) => q.type === type)!;

describe("starting and resuming an attempt", () => {
  it("resumes the open attempt, in the same order, with public questions only", async () => {
    const user = await newUser("resume");
    const first = await startOrResumeAttempt(user.id, SLUG);
    const again = await startOrResumeAttempt(user.id, SLUG);
    expect(first?.created).toBe(true);
    expect(again).toEqual({ attemptId: first!.attemptId, created: false });

    const view = await getAttemptView(user.id, first!.attemptId);
    expect(view!.questions).toHaveLength(questions.length);
    expect(view!.answered).toEqual([]);
    const serialized = JSON.stringify(view);
    for (const q of view!.questions) {
      expect(Object.keys(q).sort()).toEqual(
        expect.arrayContaining(["id", "prompt", "topic", "type"]),
      );
      expect(Object.keys(q)).not.toContain("answer");
    }
    for (const row of await db.question.findMany({
      where: { id: { in: questions.map((q) => q.id) } },
    })) {
      expect(serialized).not.toContain(row.explanation);
    }
    expect((await getAttemptView(user.id, first!.attemptId))!.questions).toEqual(view!.questions);
    expect(await startOrResumeAttempt(user.id, "no-such-module")).toBeNull();
  });

  it("shows answered questions with their feedback after a reload", async () => {
    const user = await newUser("reload");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const q = byType("order");
    await recordAnswer(user.id, attemptId, { questionId: q.id, response: correctResponse(q) });
    const view = await getAttemptView(user.id, attemptId);
    expect(view!.progress).toEqual({ answered: 1, total: questions.length });
    expect(view!.answered).toHaveLength(1);
    expect(view!.answered[0]).toMatchObject({
      questionId: q.id,
      feedback: { correct: true, kind: "order" },
    });
    expect(view!.answered[0]!.feedback.source.href).toMatch(
      new RegExp(`^/modules/${SLUG}/articles/.+#.+`),
    );
  });
});

describe("recording answers", () => {
  it("records a double submit once and returns the first answer both times", async () => {
    const user = await newUser("double");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const q = byType("multi");
    const first = await recordAnswer(user.id, attemptId, {
      questionId: q.id,
      response: correctResponse(q),
    });
    const second = await recordAnswer(user.id, attemptId, {
      questionId: q.id,
      response: wrongResponse(q),
    });
    expect(first).toMatchObject({
      result: { correct: true, points: 1 },
      repeated: false,
      progress: { answered: 1 },
    });
    expect(second).toMatchObject({
      result: { correct: true, points: 1 },
      repeated: true,
      progress: { answered: 1 },
    });
    expect(second.response).toEqual(first.response);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });

  it("records concurrent identical submissions once", async () => {
    const user = await newUser("concurrent");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const q = byType("single");
    const submission = { questionId: q.id, response: wrongResponse(q) };
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => recordAnswer(user.id, attemptId, submission)),
    );
    expect(outcomes.filter((o) => !o.repeated)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => JSON.stringify(o.result)))).toEqual(
      new Set([JSON.stringify({ correct: false, points: 0 })]),
    );
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    expect(await db.reviewItem.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses forged submissions and changes nothing", async () => {
    const owner = await newUser("owner");
    const intruder = await newUser("intruder");
    const { attemptId } = (await startOrResumeAttempt(owner.id, SLUG))!;
    const finished = (await startOrResumeAttempt(intruder.id, SLUG))!.attemptId;
    await finishAttempt(intruder.id, finished);
    const single = byType("single");
    const match = byType("match");
    const right = { questionId: single.id, response: correctResponse(single) };
    const before = await snapshot();

    await expectRefused(
      recordAnswer(owner.id, attemptId, { ...right, questionId: "cunknownquestion0000000000" }),
      "not-found",
    );
    await expectRefused(
      recordAnswer(owner.id, attemptId, { ...right, questionId: otherModuleQuestionId }),
      "not-found",
    );
    await expectRefused(recordAnswer(intruder.id, attemptId, right), "not-found");
    await expectRefused(recordAnswer(owner.id, "cnosuchattempt000000000000", right), "not-found");
    await expectRefused(recordAnswer(intruder.id, finished, right), "finished");
    await expectRefused(
      recordAnswer(owner.id, attemptId, { ...right, response: { choiceId: 7 } }),
      "invalid",
    );
    await expectRefused(
      recordAnswer(owner.id, attemptId, { ...right, response: { choiceIds: ["a"] } }),
      "invalid",
    );
    await expectRefused(
      recordAnswer(owner.id, attemptId, { ...right, response: { choiceId: "zz" } }),
      "invalid",
      /not in this question/,
    );
    const pairs =
      match.type === "match" ? match.pairs.left.map((l) => ({ left: l.id, right: "r99" })) : [];
    await expectRefused(
      recordAnswer(owner.id, attemptId, { questionId: match.id, response: { pairs } }),
      "invalid",
    );
    const tooMany = Array.from({ length: 60 }, (_, i) => `c${i}`);
    await expectRefused(
      recordAnswer(owner.id, attemptId, {
        questionId: byType("multi").id,
        response: { choiceIds: tooMany },
      }),
      "invalid",
    );
    expect(await getAttemptView(intruder.id, attemptId)).toBeNull();
    await expectRefused(finishAttempt(intruder.id, attemptId), "not-found");

    expect(await snapshot()).toEqual(before);
  });

  it("closes an open attempt's questions once its module is no longer public", async () => {
    const { versionId } = await importArticleFolder(SAMPLE, { slug: "quiz-retracted", publish: true });
    const question = fromStoredQuestion(
      await db.question.findFirstOrThrow({ where: { versionId }, orderBy: { position: "asc" } }),
    );
    const student = await newUser("retracted");
    const { attemptId } = (await startOrResumeAttempt(student.id, "quiz-retracted"))!;
    await db.module.update({ where: { slug: "quiz-retracted" }, data: { status: "DRAFT" } });
    const before = await snapshot();

    expect(await getAttemptView(student.id, attemptId)).toBeNull();
    await expectRefused(
      recordAnswer(student.id, attemptId, { questionId: question.id, response: correctResponse(question) }),
      "not-found",
    );
    await expectRefused(finishAttempt(student.id, attemptId), "not-found");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an oversized body before reading it", async () => {
    const big = JSON.stringify({
      questionId: questions[0]!.id,
      response: { choiceId: "a".repeat(MAX_ANSWER_BYTES) },
    });
    const request = (headers: Record<string, string>) =>
      new Request("http://localhost/api/attempts/x/answers", {
        method: "POST",
        body: big,
        headers,
      });
    const declared = await readBody(
      request({ "content-length": String(big.length) }),
      submitAnswerSchema,
      MAX_ANSWER_BYTES,
      "hint",
    );
    expect(declared.ok || declared.response.status).toBe(413);
    const undeclared = await readBody(request({}), submitAnswerSchema, MAX_ANSWER_BYTES, "hint");
    expect(undeclared.ok || undeclared.response.status).toBe(400);
  });
});

describe("finishing, review and progress", () => {
  it("scores a finished attempt, queues its misses and reports mastery", async () => {
    const user = await newUser("finisher");
    const t0 = new Date("2025-11-10T09:00:00Z");
    const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
    const [missed, ...rest] = questions;
    await recordAnswer(
      user.id,
      attemptId,
      { questionId: missed!.id, response: wrongResponse(missed!) },
      t0,
    );
    for (const q of rest.slice(0, 9))
      await recordAnswer(
        user.id,
        attemptId,
        { questionId: q.id, response: correctResponse(q) },
        t0,
      );

    const summary = await finishAttempt(user.id, attemptId, t0);
    expect(summary.score).toBeCloseTo(9 / questions.length, 6);
    expect(summary.progress).toEqual({ answered: 10, total: questions.length });
    expect(summary.topics.reduce((n, t) => n + t.questions, 0)).toBe(questions.length);
    expect(await finishAttempt(user.id, attemptId)).toEqual(summary);
    await expectRefused(
      recordAnswer(user.id, attemptId, {
        questionId: rest[10]!.id,
        response: correctResponse(rest[10]!),
      }),
      "finished",
    );

    const item = await db.reviewItem.findUniqueOrThrow({
      where: { userId_questionId: { userId: user.id, questionId: missed!.id } },
    });
    expect(item).toMatchObject({ box: 1, dueAt: new Date(t0.getTime() + DAY) });
    expect((await listDueReviews(user.id, t0)).due).toEqual([]);
    const tomorrow = new Date(t0.getTime() + DAY);
    const due = await listDueReviews(user.id, tomorrow);
    expect(due.due.map((d) => d.question.id)).toEqual([missed!.id]);
    expect(JSON.stringify(due)).not.toContain("answer");

    const reviewed = await answerReview(
      user.id,
      { questionId: missed!.id, response: correctResponse(missed!) },
      tomorrow,
    );
    expect(reviewed.review).toEqual({
      box: 2,
      dueAt: new Date(tomorrow.getTime() + 3 * DAY).toISOString(),
    });
    await expectRefused(
      answerReview(user.id, { questionId: rest[0]!.id, response: correctResponse(rest[0]!) }),
      "not-found",
    );

    const [progress] = await getQuizProgress(user.id, tomorrow);
    expect(progress).toMatchObject({
      slug: SLUG,
      reviewsDue: 0,
      mastery: { module: { level: "attempted" } },
    });
    expect(progress!.attempts).toMatchObject([
      { number: 1, score: summary.score, answered: 10, total: questions.length },
    ]);
    expect(progress!.nextReviewAt).toEqual(new Date(tomorrow.getTime() + 3 * DAY));
  });

  it("makes a module proficient, then mastered a day later", async () => {
    const user = await newUser("master");
    const perfect = async (at: Date) => {
      const { attemptId } = (await startOrResumeAttempt(user.id, SLUG))!;
      for (const q of questions)
        await recordAnswer(
          user.id,
          attemptId,
          { questionId: q.id, response: correctResponse(q) },
          at,
        );
      return finishAttempt(user.id, attemptId, at);
    };
    const t0 = new Date("2025-11-10T09:00:00Z");
    expect((await perfect(t0)).score).toBe(1);
    let [progress] = await getQuizProgress(user.id, t0);
    expect(progress!.mastery.module.level).toBe("proficient");
    expect(progress!.mastery.topics.every((t) => t.level === "proficient")).toBe(true);
    await perfect(new Date(t0.getTime() + DAY));
    [progress] = await getQuizProgress(user.id);
    expect(progress!.mastery.module.level).toBe("mastered");
    expect(progress!.attempts.map((a) => a.number)).toEqual([1, 2]);
    expect(await db.reviewItem.count({ where: { userId: user.id } })).toBe(0);
  });
});
