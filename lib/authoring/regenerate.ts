import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isolatedDb } from "@/lib/db/isolated-client";
import { generateModule, type ArticleInput } from "@/lib/generator";
import { writeGeneratedModule } from "@/lib/modules/import-module";
import { planCarryOver } from "@/lib/authoring/carry-over";
import { IMPORT_TRANSACTION } from "@/lib/authoring/create-draft";
import { generatorReport, generatorVersionOf } from "@/lib/authoring/generate";
import type { FileProblem } from "@/lib/authoring/upload-schema";
import { LATEST_VERSION, ownedModuleWhere } from "@/lib/authoring/queries";

type StoredArticle = { file: string; title: string; outlet: string | null; url: string | null; date: string | null; text: string };

/** A stored article as generator input again: its metadata as a header block, then its text. */
export function articleInputOf(a: StoredArticle): ArticleInput {
  const header = [["title", a.title], ["outlet", a.outlet], ["url", a.url], ["date", a.date]]
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${String(value).replace(/\s+/g, " ")}`);
  return { file: a.file, text: `${header.join("\n")}\n---\n${a.text}` };
}

export type RegenerateResult =
  | { ok: true; versionNumber: number; lostEdits: number }
  | { ok: false; problems: FileProblem[] }
  | { ok: false; notFound: true };

/**
 * Re-runs the generator on the module's stored articles (plus any new ones) into a new version,
 * carrying the teacher's question and section edits over; edits that no longer fit are kept in
 * the new version's report. One transaction on the isolated connection: all or nothing.
 */
export async function regenerateModule(moduleId: string, teacherId: string, extra: ArticleInput[] = []): Promise<RegenerateResult> {
  const db = isolatedDb();
  const mod = await db.module.findFirst({
    where: ownedModuleWhere(moduleId, teacherId),
    select: {
      slug: true,
      versions: {
        ...LATEST_VERSION,
        select: {
          title: true,
          articles: { orderBy: { position: "asc" }, select: { file: true, title: true, outlet: true, url: true, date: true, text: true } },
          sections: { select: { kind: true, data: true, editedData: true } },
          questions: { select: { key: true, type: true, prompt: true, body: true, answer: true, removed: true, editedAt: true } },
        },
      },
    },
  });
  const version = mod?.versions[0];
  if (!mod || !version) return { ok: false, notFound: true };

  const stored = new Set(version.articles.map((a) => a.file.toLowerCase()));
  const clashes = extra.filter((input) => stored.has(input.file.toLowerCase()));
  if (clashes.length > 0) {
    return { ok: false, problems: clashes.map((c) => ({ file: c.file, message: "The module already has an article with this file name. Rename the file." })) };
  }

  const generated = generateModule([...version.articles.map(articleInputOf), ...extra]);
  generated.title = version.title;
  const plan = planCarryOver(version, generated);

  const written = await db.$transaction(async (tx) => {
    const written = await writeGeneratedModule(tx, generated, {
      slug: mod.slug,
      ownerId: teacherId,
      generatorVersion: generatorVersionOf(generated),
      report: generatorReport(generated, { lostEdits: plan.lost }),
    });
    for (const q of plan.questions) {
      await tx.question.update({
        where: { versionId_key: { versionId: written.versionId, key: q.key } },
        data: {
          removed: q.removed,
          ...(q.edit
            ? { prompt: q.edit.prompt, body: q.edit.body as Prisma.InputJsonValue, answer: q.edit.answer as Prisma.InputJsonValue, editedAt: q.edit.editedAt }
            : {}),
        },
      });
    }
    for (const s of plan.sections) {
      await tx.section.update({
        where: { versionId_kind: { versionId: written.versionId, kind: s.kind } },
        data: { editedData: s.editedData as Prisma.InputJsonValue },
      });
    }
    // The list shows the module as changed now.
    await tx.module.update({ where: { id: moduleId }, data: { updatedAt: new Date() } });
    return written;
  }, IMPORT_TRANSACTION);
  return { ok: true, versionNumber: written.versionNumber, lostEdits: plan.lost.length };
}
