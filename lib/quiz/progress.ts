import "server-only";
import { db } from "@/lib/db/client";
import { ASKED_QUESTIONS_WHERE, readableModuleWhere } from "@/lib/modules/access";
import { QuestionTopicSchema, type QuestionTopic } from "@/lib/generator/schema";
import { computeMastery, type MasteryAttempt, type ModuleMastery } from "./mastery";

// A student's quiz record per module: mastery per module and topic (rules in docs/mastery.md),
// attempt history, and the review questions waiting for them.

export type AttemptRecord = {
  id: string;
  /** 1 for the first attempt at the module. */
  number: number;
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
  answered: number;
  total: number;
};

export type ModuleQuizProgress = {
  moduleId: string;
  slug: string;
  title: string;
  mastery: ModuleMastery;
  /** Oldest first. */
  attempts: AttemptRecord[];
  reviewsDue: number;
  nextReviewAt: Date | null;
};

type QuestionInfo = { id: string; versionId: string; topic: QuestionTopic; removed: boolean };

/** Every module the user has started a quiz in, most recently started first. */
export async function getQuizProgress(
  userId: string,
  now = new Date(),
): Promise<ModuleQuizProgress[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, module: readableModuleWhere(userId) },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      moduleId: true,
      versionId: true,
      startedAt: true,
      finishedAt: true,
      score: true,
      answers: { select: { questionId: true, points: true } },
      module: { select: { slug: true, title: true, currentVersionId: true } },
    },
  });
  if (attempts.length === 0) return [];
  const versionIds = new Set(
    attempts.flatMap((a) => [a.versionId, a.module.currentVersionId ?? a.versionId]),
  );
  const [questionRows, reviews] = await Promise.all([
    db.question.findMany({
      where: { versionId: { in: [...versionIds] } },
      select: { id: true, versionId: true, topic: true, removed: true },
    }),
    db.reviewItem.findMany({
      where: {
        userId,
        question: { ...ASKED_QUESTIONS_WHERE, version: { module: readableModuleWhere(userId) } },
      },
      select: { dueAt: true, question: { select: { version: { select: { moduleId: true } } } } },
    }),
  ]);
  const questions = questionRows.flatMap((q): QuestionInfo[] => {
    const topic = QuestionTopicSchema.safeParse(q.topic);
    return topic.success ? [{ ...q, topic: topic.data }] : [];
  });

  const byModule = new Map<string, typeof attempts>();
  for (const a of attempts) byModule.set(a.moduleId, [...(byModule.get(a.moduleId) ?? []), a]);
  const progress = [...byModule.entries()].map(([moduleId, mine]): ModuleQuizProgress => {
    const mod = mine[0]!.module;
    const records = mine.map((a, i): { record: AttemptRecord; mastery: MasteryAttempt } => {
      const points = new Map(a.answers.map((x) => [x.questionId, x.points]));
      // The attempt's quiz: its version's questions, less those removed since unless answered.
      const quiz = questions.filter(
        (q) => q.versionId === a.versionId && (!q.removed || points.has(q.id)),
      );
      const answered = quiz.filter((q) => points.has(q.id)).length;
      return {
        record: {
          id: a.id,
          number: i + 1,
          startedAt: a.startedAt,
          finishedAt: a.finishedAt,
          score: a.score,
          answered,
          total: quiz.length,
        },
        mastery: {
          finishedAt: a.finishedAt,
          results: quiz.map((q) => ({ topic: q.topic, points: points.get(q.id) ?? null })),
        },
      };
    });
    const currentVersion = mod.currentVersionId ?? mine.at(-1)!.versionId;
    const topics = [
      ...new Set(
        questions.filter((q) => q.versionId === currentVersion && !q.removed).map((q) => q.topic),
      ),
    ];
    const dueTimes = reviews
      .filter((r) => r.question.version.moduleId === moduleId)
      .map((r) => r.dueAt.getTime());
    const upcoming = dueTimes.filter((t) => t > now.getTime());
    return {
      moduleId,
      slug: mod.slug,
      title: mod.title,
      mastery: computeMastery(
        records.map((r) => r.mastery),
        topics,
      ),
      attempts: records.map((r) => r.record),
      reviewsDue: dueTimes.length - upcoming.length,
      nextReviewAt: upcoming.length > 0 ? new Date(Math.min(...upcoming)) : null,
    };
  });
  return progress.sort((a, b) => lastStart(b) - lastStart(a));
}

const lastStart = (p: ModuleQuizProgress) => p.attempts.at(-1)?.startedAt.getTime() ?? 0;
