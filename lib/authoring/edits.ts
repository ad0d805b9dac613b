import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ModuleStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { applyQuestionEdit } from "@/lib/authoring/question-edit";
import { applySectionEdit, isEditableSection } from "@/lib/authoring/section-edit";
import { ownedModuleWhere } from "@/lib/authoring/queries";

// A teacher's changes to their own module. Each is one statement whose where names the owner
// and the version under review, so a guessed id changes nothing.

export type EditResult = { ok: true } | { ok: false; notFound?: true; fieldErrors?: Record<string, string> };

const NOT_FOUND = { ok: false, notFound: true } as const;

/** The version under review (the newest) of a module the teacher owns. */
async function reviewedVersion(moduleId: string, teacherId: string) {
  return db.moduleVersion.findFirst({
    where: { module: ownedModuleWhere(moduleId, teacherId) },
    orderBy: { number: "desc" },
    select: { id: true, title: true },
  });
}

export async function editQuestion(teacherId: string, moduleId: string, questionId: string, fields: Record<string, string | undefined>): Promise<EditResult> {
  const version = await reviewedVersion(moduleId, teacherId);
  if (!version) return NOT_FOUND;
  const question = await db.question.findFirst({
    where: { id: questionId, versionId: version.id },
    select: { key: true, type: true, topic: true, prompt: true, body: true, answer: true },
  });
  if (!question) return NOT_FOUND;
  const result = applyQuestionEdit(question, fields);
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
  await db.question.updateMany({
    where: { id: questionId, versionId: version.id },
    data: { prompt: result.prompt, body: result.body as Prisma.InputJsonValue, answer: result.answer as Prisma.InputJsonValue, editedAt: new Date() },
  });
  return { ok: true };
}

export async function setQuestionRemoved(teacherId: string, moduleId: string, questionId: string, removed: boolean): Promise<EditResult> {
  const version = await reviewedVersion(moduleId, teacherId);
  if (!version) return NOT_FOUND;
  const { count } = await db.question.updateMany({ where: { id: questionId, versionId: version.id }, data: { removed } });
  return count === 1 ? { ok: true } : NOT_FOUND;
}

export async function editSection(teacherId: string, moduleId: string, kind: string, fields: Record<string, string | undefined>): Promise<EditResult> {
  if (!isEditableSection(kind)) return NOT_FOUND;
  const version = await reviewedVersion(moduleId, teacherId);
  if (!version) return NOT_FOUND;
  const section = await db.section.findUnique({
    where: { versionId_kind: { versionId: version.id, kind } },
    select: { data: true, editedData: true },
  });
  if (!section) return NOT_FOUND;
  const result = applySectionEdit(kind, section.data, section.editedData, fields);
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
  // Section.data stays as generated: the edit lives beside it, and clearing every change clears it.
  await db.section.update({
    where: { versionId_kind: { versionId: version.id, kind } },
    data: { editedData: result.editedData === null ? Prisma.DbNull : (result.editedData as Prisma.InputJsonValue) },
  });
  return { ok: true };
}

/** Students of classes it is assigned to see the reviewed version from now on. */
export async function publishModule(teacherId: string, moduleId: string): Promise<EditResult> {
  const version = await reviewedVersion(moduleId, teacherId);
  if (!version) return NOT_FOUND;
  const { count } = await db.module.updateMany({
    where: ownedModuleWhere(moduleId, teacherId),
    data: { status: ModuleStatus.PUBLISHED, currentVersionId: version.id, title: version.title },
  });
  return count === 1 ? { ok: true } : NOT_FOUND;
}

/** Back to a draft: students lose access (readableModuleWhere asks for PUBLISHED). */
export async function unpublishModule(teacherId: string, moduleId: string): Promise<EditResult> {
  const { count } = await db.module.updateMany({
    where: { ...ownedModuleWhere(moduleId, teacherId), status: ModuleStatus.PUBLISHED },
    data: { status: ModuleStatus.DRAFT },
  });
  return count === 1 ? { ok: true } : NOT_FOUND;
}
