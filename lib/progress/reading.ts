import "server-only";
import { db } from "@/lib/db/client";
import { readableModuleWhere } from "@/lib/modules/access";
import type { ReadingLocation } from "@/lib/progress/schemas";

/** A module the user may read (readableModuleWhere): public, their own, or assigned to their class. */
function readableModule(userId: string, slug: string) {
  return db.module.findFirst({
    where: { slug, ...readableModuleWhere(userId) },
    select: { id: true, currentVersion: { select: { articles: { select: { key: true } } } } },
  });
}

export async function getReadingState(userId: string, slug: string) {
  const mod = await readableModule(userId, slug);
  if (!mod) return null;
  const rows = await db.readingProgress.findMany({
    where: { userId, moduleId: mod.id },
    orderBy: { readAt: "desc" },
    select: { location: true },
  });
  return { read: rows.map((r) => r.location), last: rows[0]?.location ?? null };
}

export class UnknownLocationError extends Error {}

/** Records that the user reached a section or finished an article (again: it becomes the latest). */
export async function recordReading(userId: string, slug: string, location: ReadingLocation) {
  const mod = await readableModule(userId, slug);
  if (!mod) return null;
  if (location.startsWith("article:")) {
    const key = location.slice("article:".length);
    if (!mod.currentVersion?.articles.some((a) => a.key === key)) throw new UnknownLocationError(location);
  }
  const now = new Date();
  await db.readingProgress.upsert({
    where: { userId_moduleId_location: { userId, moduleId: mod.id, location } },
    create: { userId, moduleId: mod.id, location, readAt: now },
    update: { readAt: now },
  });
  return getReadingState(userId, slug);
}
