import "server-only";
import { db } from "@/lib/db/client";

/** What a signed-in user has done in each module they have touched, newest first. */
export async function getProgressOverview(userId: string) {
  const [reading, attempts] = await Promise.all([
    db.readingProgress.groupBy({
      by: ["moduleId"],
      where: { userId },
      _count: { _all: true },
      _max: { readAt: true },
    }),
    db.quizAttempt.groupBy({
      by: ["moduleId"],
      where: { userId },
      _count: { _all: true },
      _max: { score: true },
    }),
  ]);
  const moduleIds = [...new Set([...reading, ...attempts].map((r) => r.moduleId))];
  const modules = await db.module.findMany({
    where: { id: { in: moduleIds } },
    select: { id: true, slug: true, title: true },
  });
  return modules.map((m) => {
    const read = reading.find((r) => r.moduleId === m.id);
    const tried = attempts.find((a) => a.moduleId === m.id);
    return {
      slug: m.slug,
      title: m.title,
      sectionsRead: read?._count._all ?? 0,
      lastReadAt: read?._max.readAt ?? null,
      attempts: tried?._count._all ?? 0,
      bestScore: tried?._max.score ?? null,
    };
  });
}
