import { z } from "zod";
import { isValidTimeZone, parseLocalDateTime } from "./due-date";

// The assignment forms' inputs, shared by the forms and their server actions (no server imports).
// A due date arrives as a datetime-local text plus the browser's time zone, and leaves as a UTC
// Date (or null for "no due date").

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);
const optionalText = (max: number) => z.string().trim().max(max).optional().default("");

const BAD_DATE = "Enter a date and time, for example 2026-03-10 09:00.";
const BAD_ZONE = "Your browser's time zone was not recognised; reload the page and try again.";

// Each field is checked on its own, so a bad date is reported alongside a missing module.
const dueFields = {
  dueAt: optionalText(40).refine((v) => v === "" || parseLocalDateTime(v) !== null, BAD_DATE),
  timeZone: optionalText(64).refine((v) => v === "" || isValidTimeZone(v), BAD_ZONE),
};

/** The checked due date as a UTC instant, or null when left empty. */
const toDueDate = ({ dueAt, timeZone }: { dueAt: string; timeZone: string }) =>
  dueAt === "" ? null : parseLocalDateTime(dueAt, timeZone);

export const assignModuleSchema = z
  .object({ moduleId: id("Choose a module to assign."), ...dueFields })
  .transform((input) => ({ moduleId: input.moduleId, dueAt: toDueDate(input) }));

/** A new due date for the whole class; an empty date or the clear button clears it. */
export const changeDueDateSchema = z
  .object({
    assignmentId: id("Choose an assignment."),
    ...dueFields,
    /** Sent by the "Clear due date" button: the typed date, if any, is ignored. */
    clear: z.literal("1").optional(),
  })
  .transform((input) => ({
    assignmentId: input.assignmentId,
    dueAt: input.clear ? null : toDueDate(input),
  }));

export const unassignSchema = z.object({ assignmentId: id("Choose an assignment.") });

export const extendDueDateSchema = z
  .object({
    assignmentId: id("Choose an assignment."),
    studentId: id("Choose a student."),
    ...dueFields,
    dueAt: dueFields.dueAt.refine((v) => v !== "", "Enter the new due date."),
  })
  .transform((input) => ({
    assignmentId: input.assignmentId,
    studentId: input.studentId,
    dueAt: toDueDate(input)!,
  }));

export const removeExtensionSchema = z.object({
  assignmentId: id("Choose an assignment."),
  studentId: id("Choose a student."),
});

/** What a form shows after its action ran: field errors, a form-wide error, or a notice. */
export type FormState = {
  fieldErrors?: Partial<Record<"moduleId" | "dueAt" | "studentId" | "assignmentId", string>>;
  formError?: string;
  notice?: string;
};

export function fieldErrorsFrom(error: z.ZodError): NonNullable<FormState["fieldErrors"]> {
  const errors: NonNullable<FormState["fieldErrors"]> = {};
  for (const issue of error.issues) {
    // The time zone is part of the due date as far as the teacher can tell.
    const key = issue.path[0] === "timeZone" ? "dueAt" : issue.path[0];
    const field = key as keyof typeof errors | undefined;
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
