import "server-only";
import { db } from "@/lib/db/client";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";
import { readingLocationsOf } from "@/lib/modules/reading-locations";
import { getQuizProgress, type ModuleQuizProgress } from "@/lib/quiz/progress";

/** What a signed-in user has done in each module they have read or taken a quiz in, most recent first. */
export async function getProgressOverview(userId: string, now = new Date()) {
  const [reading, quizzes] = await Promise.all([
    db.readingProgress.findMany({
      where: { userId },
      orderBy: { readAt: "desc" },
      select: { location: true, readAt: true, module: { select: { slug: true } } },
    }),
    getQuizProgress(userId, now),
  ]);

  const quizBySlug = new Map(quizzes.map((q) => [q.slug, q]));
  const slugs = [...new Set([...reading.map((r) => r.module.slug), ...quizzes.map((q) => q.slug)])];
  const overview = await Promise.all(
    slugs.map(async (slug) => {
      // Modules the user may still read: public ones, their own, their classes' assignments.
      const explainer = await getReadableModuleExplainer(slug, userId);
      if (!explainer) return null;
      const basePath = moduleBasePath(explainer);
      const locations = readingLocationsOf(basePath, explainer.sections, explainer.articles);
      const mine = reading.filter((r) => r.module.slug === slug);
      const readIds = new Set(mine.map((r) => r.location));
      const quiz: ModuleQuizProgress | null = quizBySlug.get(slug) ?? null;
      const lastQuizAt = quiz?.attempts.at(-1)?.startedAt ?? null;
      return {
        slug,
        basePath,
        title: explainer.title,
        partsRead: locations.filter((l) => readIds.has(l.id)).length,
        partsTotal: locations.length,
        continueAt: locations.find((l) => l.id === mine[0]?.location) ?? null,
        questionCount: explainer.questionCount,
        quiz,
        lastActivityAt: Math.max(mine[0]?.readAt.getTime() ?? 0, lastQuizAt?.getTime() ?? 0),
      };
    }),
  );
  return overview.filter((m) => m !== null).sort((a, b) => b.lastActivityAt - a.lastActivityAt);
}

export type ModuleProgress = Awaited<ReturnType<typeof getProgressOverview>>[number];
