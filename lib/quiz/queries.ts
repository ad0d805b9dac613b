import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { PUBLIC_MODULE_WHERE } from "@/lib/modules/access";
import { parseResponse } from "./responses";
import { shuffleForAttempt } from "./shuffle";
import { loadQuizQuestions } from "./stored-questions";
import {
  answerFeedbackView,
  publicQuestionView,
  type AnsweredView,
  type AttemptView,
  type PublicQuestionView,
} from "./views";

/**
 * A module whose quiz anyone may take: published and shipped with Parley (class modules come
 * with classes), with a current version.
 */
export const findQuizModule = cache(async (slug: string) => {
  const mod = await db.module.findFirst({
    where: { slug, ...PUBLIC_MODULE_WHERE, currentVersionId: { not: null } },
    select: { id: true, slug: true, title: true, currentVersionId: true },
  });
  return mod?.currentVersionId ? { ...mod, currentVersionId: mod.currentVersionId } : null;
});

// A module's slug is its permanent address (nothing renames one), so it is remembered by id:
// the answer route needs it for every feedback link and should not spend a query on it.
const slugCache = new Map<string, Promise<string>>();

export function moduleSlugOf(moduleId: string): Promise<string> {
  let slug = slugCache.get(moduleId);
  if (!slug) {
    if (slugCache.size >= 10_000) slugCache.clear();
    slug = db.module
      .findUniqueOrThrow({ where: { id: moduleId }, select: { slug: true } })
      .then((m) => m.slug);
    slug.catch(() => slugCache.delete(moduleId));
    slugCache.set(moduleId, slug);
  }
  return slug;
}

/**
 * One of the user's attempts as its page shows it: the questions in the attempt's order, public
 * views only, and feedback for the answered ones. Scoped by owner in the query itself.
 */
export async function getAttemptView(
  userId: string,
  attemptId: string,
): Promise<AttemptView | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: PUBLIC_MODULE_WHERE },
    select: {
      id: true,
      seed: true,
      versionId: true,
      finishedAt: true,
      score: true,
      module: { select: { slug: true, title: true } },
      answers: { select: { questionId: true, response: true } },
    },
  });
  if (!attempt) return null;
  const questions = shuffleForAttempt(await loadQuizQuestions(attempt.versionId), attempt.seed);
  const stored = new Map(attempt.answers.map((a) => [a.questionId, a.response]));
  const answered = questions.flatMap((q): AnsweredView[] => {
    if (!stored.has(q.id)) return [];
    const parsed = parseResponse(q, stored.get(q.id));
    // A teacher's later edit can make an old response unreadable: show the answer, nothing picked.
    const response = parsed.ok ? parsed.response : null;
    return [
      {
        questionId: q.id,
        response,
        feedback: answerFeedbackView(q, response, attempt.module.slug),
      },
    ];
  });
  return {
    attemptId: attempt.id,
    slug: attempt.module.slug,
    moduleTitle: attempt.module.title,
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    score: attempt.score,
    questions: questions.map(publicQuestionView),
    answered,
    progress: { answered: answered.length, total: questions.length },
  };
}

/** The quiz for a visitor who is not signed in: public views only, in the order of `seed`. */
export async function getPracticeQuestions(
  versionId: string,
  seed: number,
): Promise<PublicQuestionView[]> {
  return shuffleForAttempt(await loadQuizQuestions(versionId), seed).map(publicQuestionView);
}
