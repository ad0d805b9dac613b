"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { Role } from "@/lib/generated/prisma/enums";
import { isGeneratorInputError } from "@/lib/generator";
import type { EditFormState, RegenerateState } from "@/lib/authoring/action-state";
import { checkArticleUploads, type UploadedFile } from "@/lib/authoring/check-uploads";
import { createDraftModule } from "@/lib/authoring/create-draft";
import { editQuestion, editSection, publishModule, setQuestionRemoved, unpublishModule, type EditResult } from "@/lib/authoring/edits";
import { regenerateModule } from "@/lib/authoring/regenerate";
import {
  moduleTitleSchema,
  pastedArticleSchema,
  pasteFieldName,
  UPLOAD_LIMITS,
  type CreateModuleState,
  type PastedArticle,
} from "@/lib/authoring/upload-schema";

// Server actions of the authoring pages. Each one checks the session and the role itself, and
// every change is scoped by the teacher's id in lib/authoring/edits.ts.

const idSchema = z.string().min(1).max(64);
const GENERIC_ERROR = "Something went wrong and nothing was saved. Try again in a moment.";
const NOT_A_TEACHER = "Sign in with a teacher account to do this.";

async function currentTeacherId(): Promise<string | null> {
  const user = await getSessionUser();
  return user?.role === Role.TEACHER ? user.id : null;
}

const textField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const fieldsOf = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
const filesOf = (form: FormData, name: string) => form.getAll(name).filter((v): v is File => typeof v !== "string") as UploadedFile[];

const reviewPath = (moduleId: string) => `/teach/modules/${moduleId}`;

export async function createModuleAction(_previous: CreateModuleState, form: FormData): Promise<CreateModuleState> {
  const teacherId = await currentTeacherId();
  if (!teacherId) return { formError: NOT_A_TEACHER, fieldErrors: {}, fileProblems: [] };

  const fieldErrors: Record<string, string> = {};
  const title = moduleTitleSchema.safeParse(textField(form, "title"));
  if (!title.success) fieldErrors.title = title.error.issues[0]!.message;
  const pasted: PastedArticle[] = [];
  for (let slot = 0; slot < UPLOAD_LIMITS.pasteSlots; slot++) {
    const parsed = pastedArticleSchema.safeParse({
      title: textField(form, pasteFieldName(slot, "title")),
      text: textField(form, pasteFieldName(slot, "text")),
    });
    if (parsed.success) pasted.push(parsed.data);
    else for (const issue of parsed.error.issues) fieldErrors[pasteFieldName(slot, issue.path[0] as "title" | "text")] ??= issue.message;
  }
  const { inputs, problems } = await checkArticleUploads(filesOf(form, "files"), pasted);
  if (!title.success || problems.length > 0 || Object.keys(fieldErrors).length > 0) {
    const formError = problems.length > 0 ? "Nothing was saved: fix the files listed below and upload them again." : undefined;
    return { formError, fieldErrors, fileProblems: problems, values: fieldsOf(form) };
  }

  let moduleId: string;
  try {
    moduleId = (await createDraftModule(teacherId, title.data, inputs)).moduleId;
  } catch (error) {
    if (isGeneratorInputError(error)) {
      return {
        formError: `Nothing was saved: ${error.message}`,
        fieldErrors: {},
        values: fieldsOf(form),
        fileProblems: error.details.map((d) => ({ file: d.file ?? "Articles", message: d.message.replace(/\s*The file was skipped\.$/, "") })),
      };
    }
    console.error("Module import failed", error);
    return { formError: GENERIC_ERROR, fieldErrors: {}, fileProblems: [] };
  }
  revalidatePath("/teach/modules");
  redirect(reviewPath(moduleId));
}

function editState(result: EditResult, form: FormData): EditFormState {
  if (result.ok) return { fieldErrors: {}, saved: true };
  if (result.notFound) return { fieldErrors: {}, formError: "This module or question no longer exists." };
  return { fieldErrors: result.fieldErrors ?? {}, formError: "Not saved: fix the fields marked below.", values: fieldsOf(form) };
}

export async function editQuestionAction(moduleId: string, questionId: string, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const teacherId = await currentTeacherId();
  if (!teacherId) return { fieldErrors: {}, formError: NOT_A_TEACHER };
  const ids = z.tuple([idSchema, idSchema]).safeParse([moduleId, questionId]);
  if (!ids.success) return { fieldErrors: {}, formError: "This question no longer exists." };
  const result = await editQuestion(teacherId, moduleId, questionId, fieldsOf(form));
  if (result.ok) revalidatePath(reviewPath(moduleId));
  return editState(result, form);
}

export async function editSectionAction(moduleId: string, kind: string, _previous: EditFormState, form: FormData): Promise<EditFormState> {
  const teacherId = await currentTeacherId();
  if (!teacherId) return { fieldErrors: {}, formError: NOT_A_TEACHER };
  if (!idSchema.safeParse(moduleId).success) return { fieldErrors: {}, formError: "This module no longer exists." };
  const result = await editSection(teacherId, moduleId, kind, fieldsOf(form));
  if (result.ok) revalidatePath(reviewPath(moduleId));
  return editState(result, form);
}

const toggleSchema = z.object({ moduleId: idSchema, questionId: idSchema, removed: z.enum(["true", "false"]) });

/** Remove or restore a question (a plain form: works without JavaScript). */
export async function toggleQuestionAction(form: FormData): Promise<void> {
  const teacherId = await currentTeacherId();
  const input = toggleSchema.safeParse(fieldsOf(form));
  if (!teacherId || !input.success) return;
  await setQuestionRemoved(teacherId, input.data.moduleId, input.data.questionId, input.data.removed === "true");
  revalidatePath(reviewPath(input.data.moduleId));
}

const moduleFormSchema = z.object({ moduleId: idSchema });

export async function publishModuleAction(form: FormData): Promise<void> {
  const teacherId = await currentTeacherId();
  const input = moduleFormSchema.safeParse(fieldsOf(form));
  if (!teacherId || !input.success) return;
  await publishModule(teacherId, input.data.moduleId);
  revalidatePath(reviewPath(input.data.moduleId));
  revalidatePath("/teach/modules");
}

export async function unpublishModuleAction(form: FormData): Promise<void> {
  const teacherId = await currentTeacherId();
  const input = moduleFormSchema.safeParse(fieldsOf(form));
  if (!teacherId || !input.success) return;
  await unpublishModule(teacherId, input.data.moduleId);
  revalidatePath(reviewPath(input.data.moduleId));
  revalidatePath("/teach/modules");
}

export async function regenerateModuleAction(moduleId: string, _previous: RegenerateState, form: FormData): Promise<RegenerateState> {
  const teacherId = await currentTeacherId();
  if (!teacherId) return { formError: NOT_A_TEACHER, fileProblems: [] };
  if (!idSchema.safeParse(moduleId).success) return { formError: "This module no longer exists.", fileProblems: [] };
  const { inputs, problems } = await checkArticleUploads(filesOf(form, "files"), []);
  // No new files is fine here: regeneration runs on the stored articles.
  const fileProblems = problems.filter((p) => p.file !== "Articles");
  if (fileProblems.length > 0) return { formError: "Nothing was regenerated: fix the files listed below.", fileProblems };
  try {
    const result = await regenerateModule(moduleId, teacherId, inputs);
    if (!result.ok) {
      if ("notFound" in result) return { formError: "This module no longer exists.", fileProblems: [] };
      return { formError: "Nothing was regenerated: fix the files listed below.", fileProblems: result.problems };
    }
    revalidatePath(reviewPath(moduleId));
    const lost = result.lostEdits > 0 ? ` ${result.lostEdits} edits could not be carried over: see the list below.` : " Every edit was carried over.";
    return { fileProblems: [], done: `Version ${result.versionNumber} generated.${lost}` };
  } catch (error) {
    if (isGeneratorInputError(error)) return { formError: `Nothing was regenerated: ${error.message}`, fileProblems: [] };
    console.error("Module regeneration failed", error);
    return { formError: GENERIC_ERROR, fileProblems: [] };
  }
}
