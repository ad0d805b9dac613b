"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { assignableModuleWhere, findOwnedClass } from "./access";
import {
  assignModuleSchema,
  changeDueDateSchema,
  extendDueDateSchema,
  fieldErrorsFrom,
  removeExtensionSchema,
  unassignSchema,
  type FormState,
} from "./schemas";

// The assignment forms' server actions. Each one checks the teacher and their ownership of the
// class itself (Next checks that the request is same-origin); the class id is bound by the page,
// everything else comes from the form and is validated before anything is written.

const pathOf = (classId: string) => `/teach/classes/${classId}/assignments`;

/** The signed-in teacher and their class; anyone else gets not-found. */
async function ownClass(classId: string) {
  const teacher = await requireTeacher(pathOf(classId));
  const owned = await findOwnedClass(teacher.id, classId);
  if (!owned) notFound();
  return { teacher, classId: owned.id };
}

function refresh(classId: string) {
  revalidatePath(`/teach/classes/${classId}`, "layout");
  revalidatePath("/dashboard");
}

const pastNotice = (dueAt: Date | null) =>
  dueAt && dueAt.getTime() < Date.now()
    ? " The due date is in the past, so students who have not finished show as late."
    : "";

export async function assignModule(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { teacher } = await ownClass(classId);
  const parsed = assignModuleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error) };
  const { moduleId, dueAt } = parsed.data;
  const mod = await db.module.findFirst({
    where: { id: moduleId, ...assignableModuleWhere(teacher.id) },
    select: { id: true, title: true },
  });
  if (!mod) return { fieldErrors: { moduleId: "That module cannot be assigned." } };
  try {
    await db.assignment.create({ data: { classId, moduleId: mod.id, dueAt } });
  } catch (error) {
    if (isUniqueConstraintError(error))
      return { fieldErrors: { moduleId: "This module is already assigned to the class." } };
    throw error;
  }
  refresh(classId);
  return { notice: `Assigned “${mod.title}”.${pastNotice(dueAt)}` };
}

export async function changeDueDate(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { teacher } = await ownClass(classId);
  const parsed = changeDueDateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error) };
  const { assignmentId, dueAt } = parsed.data;
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, classId, class: { teacherId: teacher.id } },
    data: { dueAt },
  });
  if (count === 0) notFound();
  refresh(classId);
  return { notice: (dueAt ? "Due date changed." : "Due date cleared.") + pastNotice(dueAt) };
}

export async function extendDueDate(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { teacher } = await ownClass(classId);
  const parsed = extendDueDateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { fieldErrors: fieldErrorsFrom(parsed.error) };
  const { assignmentId, studentId, dueAt } = parsed.data;
  const [assignment, enrollment] = await Promise.all([
    db.assignment.findFirst({
      where: { id: assignmentId, classId, class: { teacherId: teacher.id } },
      select: { id: true },
    }),
    db.enrollment.findFirst({
      where: { classId, studentId },
      select: { student: { select: { name: true } } },
    }),
  ]);
  if (!assignment) notFound();
  if (!enrollment) return { fieldErrors: { studentId: "Choose a student of this class." } };
  await db.assignmentExtension.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, dueAt },
    update: { dueAt },
  });
  refresh(classId);
  return { notice: `Extended the due date for ${enrollment.student.name}.${pastNotice(dueAt)}` };
}

export async function removeExtension(classId: string, form: FormData): Promise<void> {
  const { teacher } = await ownClass(classId);
  const parsed = removeExtensionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) notFound();
  await db.assignmentExtension.deleteMany({
    where: {
      assignmentId: parsed.data.assignmentId,
      studentId: parsed.data.studentId,
      assignment: { classId, class: { teacherId: teacher.id } },
    },
  });
  refresh(classId);
}

/** After the confirmation page: removes the assignment and its extensions (not students' work). */
export async function unassignModule(classId: string, form: FormData): Promise<void> {
  const { teacher } = await ownClass(classId);
  const parsed = unassignSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) notFound();
  const { count } = await db.assignment.deleteMany({
    where: { id: parsed.data.assignmentId, classId, class: { teacherId: teacher.id } },
  });
  if (count === 0) notFound();
  refresh(classId);
  redirect(`${pathOf(classId)}?unassigned=1`);
}
