import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { PUBLIC_MODULE_WHERE, readableModuleWhere } from "@/lib/modules/access";
import { moduleBasePath } from "@/lib/modules/paths";
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
 * A module whose quiz this visitor may take, with a current version: for a signed-in user every
 * module they may read (readableModuleWhere), for anyone else the public ones.
 */
export const findQuizModule = cache(async (slug: string, userId: string | null) => {
  const mod = await db.module.findFirst({
    where: {
      slug,
      currentVersionId: { not: null },
      ...(userId ? readableModuleWhere(userId) : PUBLIC_MODULE_WHERE),
    },
    select: { id: true, slug: true, title: true, ownerId: true, currentVersionId: true },
  });
  return mod?.currentVersionId ? { ...mod, currentVersionId: mod.currentVersionId } : null;
});

/**
 * One of the user's attempts as its page shows it: the questions in the attempt's order, public
 * views only, and feedback for the answered ones. Scoped by owner in the query itself.
 */
export async function getAttemptView(
  userId: string,
  attemptId: string,
): Promise<AttemptView | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId, module: readableModuleWhere(userId) },
    select: {
      id: true,
      seed: true,
      versionId: true,
      finishedAt: true,
      score: true,
      module: { select: { slug: true, title: true, ownerId: true, currentVersionId: true } },
      answers: { select: { questionId: true, response: true } },
    },
  });
  if (!attempt) return null;
  const basePath = moduleBasePath(attempt.module);
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
        feedback: answerFeedbackView(q, response, basePath),
      },
    ];
  });
  return {
    attemptId: attempt.id,
    slug: attempt.module.slug,
    basePath,
    outdated:
      attempt.finishedAt === null &&
      attempt.answers.length > 0 &&
      attempt.module.currentVersionId !== null &&
      attempt.module.currentVersionId !== attempt.versionId,
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
