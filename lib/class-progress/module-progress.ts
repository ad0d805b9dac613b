import "server-only";
import { db } from "@/lib/db/client";
import { ModuleSchema } from "@/lib/generator/schema";
import type { ExplainerSections } from "@/lib/modules/explainer";
import { SECTION_KINDS } from "@/lib/modules/import-module";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

// Reading and quiz records of many students in many modules, in a fixed number of queries
// whatever the number of students: each query asks for all of them at once (`in`), and the
// grouping happens here. The class grid, the student's home and the drill-down share it.

export type AttemptSummary = {
  id: string;
  versionId: string;
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
};

export type ModuleProgressData = {
  /** Reading locations of each module's current version: what "100% read" means. */
  locations: Map<string, Set<string>>;
  /** Locations read, by `${studentId}:${moduleId}`; only those of the current version count. */
  read: Map<string, Set<string>>;
  /** Attempts by `${studentId}:${moduleId}`, oldest first. */
  attempts: Map<string, AttemptSummary[]>;
};

export const progressKey = (studentId: string, moduleId: string) => `${studentId}:${moduleId}`;

const sectionsSchema = ModuleSchema.pick(
  Object.fromEntries(SECTION_KINDS.map((kind) => [kind, true])) as Record<
    (typeof SECTION_KINDS)[number],
    true
  >,
);

function locationsOf(version: {
  sections: { kind: string; data: unknown; editedData: unknown }[];
  articles: { key: string; title: string }[];
}): Set<string> {
  // A teacher's edit of a section wins, as on the module page.
  const raw = Object.fromEntries(version.sections.map((s) => [s.kind, s.editedData ?? s.data]));
  const parsed = sectionsSchema.safeParse(raw);
  // Broken section JSON cannot be shown either: then only the articles and sources count.
  const sections: ExplainerSections = parsed.success
    ? parsed.data
    : { summary: [], people: [], organizations: [], places: [], timeline: [], issues: [], disagreements: [], glossary: [] };
  return new Set(readingLocationsOf("", sections, version.articles).map((l) => l.id));
}

export async function loadModuleProgress(
  studentIds: readonly string[],
  moduleIds: readonly string[],
): Promise<ModuleProgressData> {
  const empty: ModuleProgressData = { locations: new Map(), read: new Map(), attempts: new Map() };
  if (moduleIds.length === 0) return empty;
  const scope = { userId: { in: [...studentIds] }, moduleId: { in: [...moduleIds] } };
  const [modules, reading, attempts] = await Promise.all([
    db.module.findMany({
      where: { id: { in: [...moduleIds] } },
      select: {
        id: true,
        currentVersion: {
          select: {
            sections: { select: { kind: true, data: true, editedData: true } },
            articles: { orderBy: { position: "asc" }, select: { key: true, title: true } },
          },
        },
      },
    }),
    studentIds.length === 0
      ? []
      : db.readingProgress.findMany({
          where: scope,
          select: { userId: true, moduleId: true, location: true },
        }),
    studentIds.length === 0
      ? []
      : db.quizAttempt.findMany({
          where: scope,
          orderBy: { startedAt: "asc" },
          select: {
            id: true,
            userId: true,
            moduleId: true,
            versionId: true,
            startedAt: true,
            finishedAt: true,
            score: true,
          },
        }),
  ]);

  const locations = new Map(
    modules.map((m) => [m.id, m.currentVersion ? locationsOf(m.currentVersion) : new Set<string>()]),
  );
  const read = new Map<string, Set<string>>();
  for (const r of reading) {
    if (!locations.get(r.moduleId)?.has(r.location)) continue;
    const key = progressKey(r.userId, r.moduleId);
    const set = read.get(key) ?? new Set<string>();
    set.add(r.location);
    read.set(key, set);
  }
  const byStudent = new Map<string, AttemptSummary[]>();
  for (const { userId, moduleId, ...attempt } of attempts) {
    const key = progressKey(userId, moduleId);
    byStudent.set(key, [...(byStudent.get(key) ?? []), attempt]);
  }
  return { locations, read, attempts: byStudent };
}
