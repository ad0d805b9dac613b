import "server-only";
import { db } from "@/lib/db/client";
import { ASKED_QUESTIONS_WHERE, readableModuleWhere } from "@/lib/modules/access";
import { moduleBasePath } from "@/lib/modules/paths";
import { QuizError } from "./errors";
import { gradeResponse } from "./grade";
import { parseResponse } from "./responses";
import { nextReview, reviewChangeAfterAnswer, type ReviewSchedule } from "./review";
import { reviewChangeWrite } from "./review-sql";
import type { SubmitAnswerInput } from "./schemas";
import { deriveSeed, shuffleForAttempt } from "./shuffle";
import { loadQuestionsByIds } from "./stored-questions";
import {
  answerFeedbackView,
  publicQuestionView,
  type GradedAnswer,
  type PublicQuestionView,
} from "./views";

// The review queue of missed questions (Leitner boxes; rules in lib/quiz/review.ts). Like the
// attempt writes, each write here is a single statement outside any transaction.

const NOT_IN_QUEUE = "That question is not in your review queue.";

/** Review items the user can still play: the question is in the quiz and the user may read its module. */
const playable = (userId: string) => ({
  question: { ...ASKED_QUESTIONS_WHERE, version: { module: readableModuleWhere(userId) } },
});

/** Each user sees review questions' options in one stable order of their own. */
const reviewSeed = (userId: string) => deriveSeed(0, `review:${userId}`);

/**
 * Moves the user's review item for a question after a review answer: a miss puts it in box 1 due
 * in a day, a right answer when due moves it up a box or retires it (reviewChangeAfterAnswer).
 * Returns the new state, or null when the question is not (or no longer) in the queue. Quiz
 * answers make the same change in the transaction that stores the answer (insertAnswerIfOpen).
 */
export async function updateReviewAfterAnswer(
  userId: string,
  questionId: string,
  correct: boolean,
  now: Date,
): Promise<ReviewSchedule | null> {
  // A miss resets the item whatever its state, so there is nothing to read first.
  const item = correct
    ? await db.reviewItem.findUnique({ where: { userId_questionId: { userId, questionId } }, select: { box: true, dueAt: true } })
    : null;
  const change = reviewChangeAfterAnswer(item, correct, now);
  if (change) await reviewChangeWrite(userId, questionId, change, now);
  return nextReview(item, correct, now);
}

export type DueReview = {
  question: PublicQuestionView;
  module: { slug: string; title: string };
  box: number;
};

/** The user's questions due for review now, oldest first, and when the next one falls due. */
export async function listDueReviews(userId: string, now = new Date()) {
  const [due, upcoming] = await Promise.all([
    db.reviewItem.findMany({
      where: { userId, dueAt: { lte: now }, ...playable(userId) },
      orderBy: { dueAt: "asc" },
      select: { questionId: true, box: true },
    }),
    db.reviewItem.findFirst({
      where: { userId, dueAt: { gt: now }, ...playable(userId) },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true },
    }),
  ]);
  const questions = await loadQuestionsByIds(due.map((d) => d.questionId));
  const seed = reviewSeed(userId);
  const items = due.flatMap((d): DueReview[] => {
    const found = questions.get(d.questionId);
    if (!found) return [];
    const [shown] = shuffleForAttempt([found.question], seed);
    const { slug, title } = found.module;
    return [{ question: publicQuestionView(shown!), module: { slug, title }, box: d.box }];
  });
  return { due: items, nextDueAt: upcoming?.dueAt ?? null };
}

export type ReviewOutcome = GradedAnswer & { review: { box: number; dueAt: string } | null };

/** Grades an answer to a question in the user's review queue and moves it between boxes. */
export async function answerReview(
  userId: string,
  input: SubmitAnswerInput,
  now = new Date(),
): Promise<ReviewOutcome> {
  const item = await db.reviewItem.findFirst({
    where: { userId, questionId: input.questionId, ...playable(userId) },
    select: { questionId: true },
  });
  const found = item && (await loadQuestionsByIds([item.questionId])).get(item.questionId);
  if (!found) throw new QuizError("not-found", NOT_IN_QUEUE);
  const [shown] = shuffleForAttempt([found.question], reviewSeed(userId));
  const parsed = parseResponse(shown!, input.response);
  if (!parsed.ok) throw new QuizError("invalid", parsed.error);
  const result = gradeResponse(shown!, parsed.response);
  const next = await updateReviewAfterAnswer(userId, found.question.id, result.correct, now);
  return {
    result,
    response: parsed.response,
    feedback: answerFeedbackView(shown!, parsed.response, moduleBasePath(found.module)),
    review: next && { box: next.box, dueAt: next.dueAt.toISOString() },
  };
}
