import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { QuestionTopicSchema } from "@/lib/generator/schema";
import { ATTEMPT_FINISHED, NO_SUCH_ATTEMPT, NO_SUCH_QUESTION, QuizError } from "./errors";
import { loadAnswerContext, type StoredAnswer } from "./answer-context";
import { gradeResponse, type Grade } from "./grade";
import { findQuizModule, moduleSlugOf } from "./queries";
import { parseResponse, type QuizResponse } from "./responses";
import { updateReviewAfterAnswer } from "./review-items";
import type { SubmitAnswerInput } from "./schemas";
import { attemptScore, topicResults } from "./score";
import { shuffleForAttempt } from "./shuffle";
import { answerFeedbackView, type AnswerOutcome, type AttemptSummary } from "./views";
import { ASKED_QUESTIONS_WHERE, PUBLIC_MODULE_WHERE } from "@/lib/modules/access";

// Writes of a quiz attempt. Each write is one SQL statement and none runs in a transaction:
// Parley's SQLite adapter shares one connection, so a transaction that rolls back would take
// other requests' writes made meanwhile with it. Idempotency comes from the unique
// (attemptId, questionId) instead.

/** The user's open attempt at the module's current version, or a new one with a fresh seed. */
export async function startOrResumeAttempt(userId: string, slug: string) {
  const mod = await findQuizModule(slug);
  if (!mod) return null;
  const open = await db.quizAttempt.findFirst({
    where: { userId, moduleId: mod.id, versionId: mod.currentVersionId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (open) return { attemptId: open.id, created: false };
  const created = await db.quizAttempt.create({
    data: {
      userId,
      moduleId: mod.id,
      versionId: mod.currentVersionId,
      seed: randomBytes(4).readInt32LE(),
    },
    select: { id: true },
  });
  return { attemptId: created.id, created: true };
}

/** Tells "not yours or unknown" (404) from "finished" (409) once the scoped lookup found nothing. */
async function noOpenAttempt(userId: string, attemptId: string) {
  const mine = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: PUBLIC_MODULE_WHERE },
    select: { id: true },
  });
  return mine
    ? new QuizError("finished", ATTEMPT_FINISHED)
    : new QuizError("not-found", NO_SUCH_ATTEMPT);
}

/**
 * Grades and stores one answer. Submitting a question again (a double click, a retry after a
 * network error) stores nothing new: the first answer stands and is returned, flagged `repeated`.
 * A forged submission is refused before anything is written.
 */
export async function recordAnswer(
  userId: string,
  attemptId: string,
  input: SubmitAnswerInput,
  now = new Date(),
): Promise<AnswerOutcome> {
  const context = await loadAnswerContext(userId, attemptId, input.questionId);
  if (!context) throw await noOpenAttempt(userId, attemptId);
  const { attempt, question, progress } = context;
  if (!question) throw new QuizError("not-found", NO_SUCH_QUESTION);
  // The question as this attempt shows it, so the feedback lists options in the same order.
  const shown = shuffleForAttempt([question], attempt.seed)[0]!;
  const parsed = parseResponse(shown, input.response);
  if (!parsed.ok) throw new QuizError("invalid", parsed.error);

  const slug = await moduleSlugOf(attempt.moduleId);
  const outcome = (answer: StoredAnswer, answered: number, repeated: boolean): AnswerOutcome => {
    const stored = parseResponse(shown, answer.response);
    const response: QuizResponse = stored.ok ? stored.response : parsed.response;
    return {
      result: { correct: answer.correct, points: answer.points },
      response,
      feedback: answerFeedbackView(shown, response, slug),
      progress: { answered, total: progress.total },
      repeated,
    };
  };

  // Answered before (a retry): the first answer stands and nothing is written.
  if (context.stored) return outcome(context.stored, progress.answered, true);
  const grade = gradeResponse(shown, parsed.response);
  // Null unless a request racing this one (a double click) stored its answer a moment ago.
  const raced = await storeFirstAnswer(attemptId, question.id, parsed.response, grade, now);
  if (!raced)
    await updateReviewAfterAnswer(userId, question.id, grade.correct, now, context.review);
  // Counted before this answer; an answer to another question stored meanwhile is not seen.
  return outcome(
    raced ?? { response: parsed.response, ...grade },
    progress.answered + 1,
    raced !== null,
  );
}

/** A cuid-shaped id, as Prisma's @default(cuid()) makes, for a row written in SQL: time first, 80 random bits. */
function newRecordId(): string {
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0");
  return `c${Date.now().toString(36)}${random}`;
}

/**
 * Inserts the answer unless the question has one in this attempt already; returns null when it
 * was inserted, else the answer that was there first. The unique (attemptId, questionId) decides,
 * in the INSERT itself: written with Prisma's create, a taken slot is a P2002 error to catch, and
 * the typed insert cost about 0.9 ms against 0.2 ms here, the largest part of an answer's time.
 * Stored exactly as Prisma stores these columns (JSON text, 0/1, ISO dates).
 */
async function storeFirstAnswer(
  attemptId: string,
  questionId: string,
  response: QuizResponse,
  grade: Grade,
  now: Date,
): Promise<StoredAnswer | null> {
  const inserted = await db.$executeRaw`
    INSERT INTO "QuizAnswer" ("id", "attemptId", "questionId", "response", "points", "correct", "answeredAt")
    VALUES (${newRecordId()}, ${attemptId}, ${questionId}, ${JSON.stringify(response)}, ${grade.points}, ${grade.correct}, ${now})
    ON CONFLICT ("attemptId", "questionId") DO NOTHING`;
  if (inserted === 1) return null;
  return db.quizAnswer.findUniqueOrThrow({
    where: { attemptId_questionId: { attemptId, questionId } },
    select: { response: true, points: true, correct: true },
  });
}

/**
 * Finishes the attempt and stores its score: the mean points over every question of its quiz,
 * unanswered ones as 0. Finishing twice is harmless: the first finish stands.
 */
export async function finishAttempt(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: PUBLIC_MODULE_WHERE },
    select: { versionId: true, finishedAt: true, score: true },
  });
  if (!attempt) throw new QuizError("not-found", NO_SUCH_ATTEMPT);
  const [questions, answers] = await Promise.all([
    db.question.findMany({
      where: { versionId: attempt.versionId, ...ASKED_QUESTIONS_WHERE },
      select: { id: true, topic: true },
    }),
    db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true, points: true } }),
  ]);
  let finishedAt = attempt.finishedAt;
  let score = attempt.score;
  if (!finishedAt || score === null) {
    const computed = attemptScore(
      questions.map((q) => q.id),
      answers,
    );
    const { count } = await db.quizAttempt.updateMany({
      where: { id: attemptId, userId, finishedAt: null },
      data: { finishedAt: now, score: computed },
    });
    if (count === 1) {
      finishedAt = now;
      score = computed;
    } else {
      // Finished by a concurrent request a moment ago: report what it stored.
      const done = await db.quizAttempt.findFirstOrThrow({
        where: { id: attemptId, userId },
        select: { finishedAt: true, score: true },
      });
      finishedAt = done.finishedAt ?? now;
      score = done.score ?? computed;
    }
  }
  const answeredIds = new Set(answers.map((a) => a.questionId));
  return {
    attemptId,
    score,
    finishedAt: finishedAt.toISOString(),
    progress: {
      answered: questions.filter((q) => answeredIds.has(q.id)).length,
      total: questions.length,
    },
    topics: topicResults(
      questions.flatMap((q) => {
        const topic = QuestionTopicSchema.safeParse(q.topic);
        return topic.success ? [{ id: q.id, topic: topic.data }] : [];
      }),
      new Map(answers.map((a) => [a.questionId, a.points])),
    ),
  };
}
