import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { QuestionTopicSchema } from "@/lib/generator/schema";
import { ASKED_QUESTIONS_WHERE, readableModuleWhere } from "@/lib/modules/access";
import { ATTEMPT_FINISHED, NO_SUCH_ATTEMPT, NO_SUCH_QUESTION, QuizError } from "./errors";
import { loadAnswerContext, type StoredAnswer } from "./answer-context";
import { closeAttemptWithScore, deleteEmptyOpenAttempt, insertAnswerIfOpen } from "./attempt-sql";
import { gradeResponse } from "./grade";
import { findQuizModule } from "./queries";
import { parseResponse, type QuizResponse } from "./responses";
import { reviewChangeAfterAnswer } from "./review";
import type { SubmitAnswerInput } from "./schemas";
import { topicResults } from "./score";
import { shuffleForAttempt } from "./shuffle";
import { answerFeedbackView, type AnswerOutcome, type AttemptSummary } from "./views";

// Writes of a quiz attempt. Each write is one SQL statement, or two in one short batch
// transaction where they must stand or fall together (an answer with its review change), which
// keeps the hot path fast: on SQLite a transaction holds every other request's query back while
// it is open (lib/db/sqlite-gate.ts). The database's unique indexes and the conditions inside
// each statement do the work instead: one open attempt per user and module
// (QuizAttempt.openKey), one answer per question (attemptId, questionId), answers only while
// the attempt is open (lib/quiz/attempt-sql.ts).

/** The value of QuizAttempt.openKey while the user's attempt at the module is open. */
const openKeyOf = (userId: string, moduleId: string) => `${userId}:${moduleId}`;

export type StartedAttempt = { attemptId: string; created: boolean };

/**
 * The user's open attempt at the module, or a new one with a fresh seed at its current version.
 * An open attempt on an older version is resumed when it holds answers (its view says it is
 * outdated) and deleted when it holds none, so the student starts on the current version.
 * Concurrent starts (two tabs, a double click) end with one attempt: the unique openKey lets one
 * insert win and the others resume it. Null when the user may not take this module's quiz.
 */
export async function startOrResumeAttempt(
  userId: string,
  slug: string,
): Promise<StartedAttempt | null> {
  const mod = await findQuizModule(slug, userId);
  if (!mod) return null;
  const openKey = openKeyOf(userId, mod.id);
  // Each pass either returns or saw a concurrent request change the open slot; three passes
  // cover a start racing a delete racing another start.
  for (let pass = 0; pass < 3; pass++) {
    const open = await db.quizAttempt.findUnique({
      where: { openKey },
      select: { id: true, versionId: true, _count: { select: { answers: true } } },
    });
    if (open) {
      const current = open.versionId === mod.currentVersionId;
      if (current || open._count.answers > 0) return { attemptId: open.id, created: false };
      // Empty and outdated: nothing to keep. If an answer lands first, the next pass resumes it.
      await deleteEmptyOpenAttempt(open.id);
      continue;
    }
    try {
      const created = await db.quizAttempt.create({
        data: {
          userId,
          moduleId: mod.id,
          versionId: mod.currentVersionId,
          seed: randomBytes(4).readInt32LE(),
          openKey,
        },
        select: { id: true },
      });
      return { attemptId: created.id, created: true };
    } catch (error) {
      // Another request opened the attempt a moment ago: resume it on the next pass.
      if (!isUniqueConstraintError(error)) throw error;
    }
  }
  throw new Error(`Could not settle the open attempt ${openKey}`);
}

/** Tells "not yours or unknown" (404) from "finished" (409) once the scoped lookup found nothing. */
async function noOpenAttempt(userId: string, attemptId: string) {
  const mine = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: readableModuleWhere(userId) },
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

  const outcome = (answer: StoredAnswer, answered: number, repeated: boolean): AnswerOutcome => {
    const stored = parseResponse(shown, answer.response);
    const response: QuizResponse = stored.ok ? stored.response : parsed.response;
    return {
      result: { correct: answer.correct, points: answer.points },
      response,
      feedback: answerFeedbackView(shown, response, context.basePath),
      progress: { answered, total: progress.total },
      repeated,
    };
  };

  // Answered before (a retry): the first answer stands and nothing is written.
  if (context.stored) return outcome(context.stored, progress.answered, true);
  const grade = gradeResponse(shown, parsed.response);
  const review = reviewChangeAfterAnswer(context.review, grade.correct, now);
  if (await insertAnswerIfOpen(userId, attemptId, question.id, parsed.response, grade, now, review)) {
    // Counted before this answer; an answer to another question stored meanwhile is not seen.
    return outcome({ response: parsed.response, ...grade }, progress.answered + 1, false);
  }
  // Not inserted: a request racing this one (a double click) stored its answer a moment ago, or
  // the attempt was finished meanwhile and this answer must not count.
  const raced = await db.quizAnswer.findUnique({
    where: { attemptId_questionId: { attemptId, questionId: question.id } },
    select: { response: true, points: true, correct: true },
  });
  if (!raced) throw new QuizError("finished", ATTEMPT_FINISHED);
  return outcome(raced, progress.answered + 1, true);
}

/**
 * Finishes the attempt and stores its score: the mean points over every question of its quiz,
 * unanswered ones as 0, worked out by the database in the UPDATE that closes the attempt, so an
 * answer racing the finish is either counted or refused. Finishing twice is harmless: the first
 * finish stands.
 */
export async function finishAttempt(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: readableModuleWhere(userId) },
    select: { versionId: true },
  });
  if (!attempt) throw new QuizError("not-found", NO_SUCH_ATTEMPT);
  // Closes it unless a concurrent request (or an earlier finish) did: either way it is closed now.
  await closeAttemptWithScore(userId, attemptId, now);
  const [done, questions, answers] = await Promise.all([
    db.quizAttempt.findFirstOrThrow({
      where: { id: attemptId, userId },
      select: { finishedAt: true, score: true },
    }),
    db.question.findMany({
      where: { versionId: attempt.versionId, ...ASKED_QUESTIONS_WHERE },
      select: { id: true, topic: true },
    }),
    db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true, points: true } }),
  ]);
  const answeredIds = new Set(answers.map((a) => a.questionId));
  return {
    attemptId,
    score: done.score ?? 0,
    finishedAt: (done.finishedAt ?? now).toISOString(),
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
