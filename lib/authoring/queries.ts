import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { WarningSchema, RemovedLineSchema } from "@/lib/generator/schema";
import { z } from "zod";
import type { LostEdit } from "@/lib/authoring/generate";

/** A module the teacher owns, by id: the owner is in the where, so a guessed id finds nothing. */
export const ownedModuleWhere = (moduleId: string, teacherId: string) => ({ id: moduleId, ownerId: teacherId });

/** The version a teacher reviews and edits: the newest one (students read the published one). */
export const LATEST_VERSION = { orderBy: { number: "desc" as const }, take: 1 };

export const listTeacherModules = cache(async (teacherId: string) => {
  const modules = await db.module.findMany({
    where: { ownerId: teacherId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      versions: {
        ...LATEST_VERSION,
        select: { title: true, _count: { select: { articles: true, questions: { where: { removed: false } } } } },
      },
    },
  });
  return modules.map((m) => ({
    id: m.id,
    slug: m.slug,
    status: m.status,
    updatedAt: m.updatedAt,
    title: m.versions[0]?.title ?? m.slug,
    articleCount: m.versions[0]?._count.articles ?? 0,
    questionCount: m.versions[0]?._count.questions ?? 0,
  }));
});

const reportSchema = z.object({
  warnings: z.array(WarningSchema).catch([]),
  removed: z.array(z.object({ file: z.string(), lines: z.array(RemovedLineSchema) })).catch([]),
  lostEdits: z.array(z.object({ what: z.string(), content: z.string() })).catch([]),
});
export type GeneratorReport = z.infer<typeof reportSchema> & { lostEdits: LostEdit[] };

/** Everything the review page shows, for the owner only (null for anyone else). */
export const getModuleReview = cache(async (moduleId: string, teacherId: string) => {
  const mod = await db.module.findFirst({
    where: ownedModuleWhere(moduleId, teacherId),
    select: {
      id: true,
      slug: true,
      status: true,
      ownerId: true,
      currentVersionId: true,
      versions: {
        ...LATEST_VERSION,
        select: {
          id: true,
          number: true,
          title: true,
          report: true,
          articles: { orderBy: { position: "asc" }, select: { key: true, title: true, file: true, outlet: true } },
          sections: { orderBy: { position: "asc" }, select: { kind: true, data: true, editedData: true } },
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, key: true, type: true, topic: true, prompt: true, body: true, answer: true, removed: true, editedAt: true },
          },
        },
      },
    },
  });
  const version = mod?.versions[0];
  if (!mod || !version) return null;
  const parsedReport = reportSchema.safeParse(version.report ?? {});
  const report: GeneratorReport = parsedReport.success ? parsedReport.data : { warnings: [], removed: [], lostEdits: [] };
  return {
    id: mod.id,
    slug: mod.slug,
    ownerId: mod.ownerId,
    status: mod.status,
    /** True when students see an older version than the one under review. */
    unpublishedChanges: mod.status === "PUBLISHED" && mod.currentVersionId !== version.id,
    version: { id: version.id, number: version.number, title: version.title },
    report,
    articles: version.articles,
    sections: version.sections,
    questions: version.questions,
  };
});

export type ModuleReview = NonNullable<Awaited<ReturnType<typeof getModuleReview>>>;
export type ReviewQuestion = ModuleReview["questions"][number];
