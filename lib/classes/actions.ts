"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/classes/action-state";
import { createClass, regenerateJoinCode, renameClass, setClassArchived } from "@/lib/classes/manage";
import { runClassAction } from "@/lib/classes/run-action";
import {
  addStudentsSchema,
  classIdSchema,
  createClassSchema,
  renameClassSchema,
  studentInClassSchema,
} from "@/lib/classes/schemas";
import { addStudentsToClass, removeStudentFromClass, resetStudentPassword } from "@/lib/classes/students";

function refreshClassPages(classId?: string) {
  revalidatePath("/teach");
  if (classId) revalidatePath(`/teach/classes/${classId}`, "layout");
}

export async function createClassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(createClassSchema, formData, async (user, input) => {
    await createClass(user, input);
    refreshClassPages();
    return { status: "success", message: `Class “${input.name}” created.` };
  });
}

export async function renameClassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(renameClassSchema, formData, async (user, input) => {
    await renameClass(user, input);
    refreshClassPages(input.classId);
    return { status: "success", message: `Renamed to “${input.name}”.` };
  });
}

export async function archiveClassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(classIdSchema, formData, async (user, { classId }) => {
    await setClassArchived(user, classId, true);
    refreshClassPages(classId);
    return { status: "success", message: "Class archived. Its join code no longer works." };
  });
}

export async function unarchiveClassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(classIdSchema, formData, async (user, { classId }) => {
    await setClassArchived(user, classId, false);
    refreshClassPages(classId);
    return { status: "success", message: "Class restored. Its join code works again." };
  });
}

export async function regenerateJoinCodeAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(classIdSchema, formData, async (user, { classId }) => {
    const code = await regenerateJoinCode(user, classId);
    refreshClassPages(classId);
    return { status: "success", message: `New join code: ${code}. The old code no longer works.` };
  });
}

export async function addStudentsAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(addStudentsSchema, formData, async (user, input) => {
    const cards = await addStudentsToClass(user, input);
    refreshClassPages(input.classId);
    const count = `${cards.length} ${cards.length === 1 ? "account" : "accounts"}`;
    return { status: "success", message: `${count} created and added to the class.`, cards };
  });
}

export async function resetStudentPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(studentInClassSchema, formData, async (user, input) => {
    const card = await resetStudentPassword(user, input);
    return { status: "success", message: `New password for ${card.name}. The old one no longer works.`, cards: [card] };
  });
}

export async function removeStudentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runClassAction(studentInClassSchema, formData, async (user, input) => {
    await removeStudentFromClass(user, input);
    refreshClassPages(input.classId);
    return { status: "success", message: "Removed from the class. Their account and work are kept." };
  });
}
