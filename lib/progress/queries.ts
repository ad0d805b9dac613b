import "server-only";
import { db } from "@/lib/db/client";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

/** What a signed-in user has done in each module they have touched, most recent first. */
export async function getProgressOverview(userId: string) {
  const [reading, attempts] = await Promise.all([
    db.readingProgress.findMany({
      where: { userId },
      orderBy: { readAt: "desc" },
      select: { location: true, readAt: true, module: { select: { id: true, slug: true } } },
    }),
    db.quizAttempt.groupBy({
      by: ["moduleId"],
      where: { userId },
      _count: { _all: true },
      _max: { score: true },
    }),
  ]);

  const slugs = [...new Set(reading.map((r) => r.module.slug))];
  const overview = await Promise.all(
    slugs.map(async (slug) => {
      const explainer = await getModuleExplainer(slug);
      if (!explainer) return null;
      const locations = readingLocationsOf(slug, explainer.sections, explainer.articles);
      const mine = reading.filter((r) => r.module.slug === slug);
      const readIds = new Set(mine.map((r) => r.location));
      const last = locations.find((l) => l.id === mine[0]?.location) ?? null;
      const tried = attempts.find((a) => a.moduleId === explainer.id);
      return {
        slug,
        title: explainer.title,
        partsRead: locations.filter((l) => readIds.has(l.id)).length,
        partsTotal: locations.length,
        lastReadAt: mine[0]?.readAt ?? null,
        continueAt: last,
        attempts: tried?._count._all ?? 0,
        bestScore: tried?._max.score ?? null,
      };
    }),
  );
  return overview.filter((m) => m !== null);
}
