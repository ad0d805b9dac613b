import { z } from "zod";

// Shared by the forms and the server actions. No server imports here.

export const CLASS_NAME_MAX_LENGTH = 80;
export const STUDENT_NAME_MAX_LENGTH = 80;
export const MAX_STUDENTS_PER_BATCH = 50;

const className = z
  .string()
  .trim()
  .min(1, "Enter a name for the class.")
  .max(CLASS_NAME_MAX_LENGTH, `Class names must be ${CLASS_NAME_MAX_LENGTH} characters or fewer.`);

const classId = z.string().min(1).max(64);

export const createClassSchema = z.object({ name: className });
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const renameClassSchema = z.object({ classId, name: className });
export type RenameClassInput = z.infer<typeof renameClassSchema>;

export const classIdSchema = z.object({ classId });

/** One name a line; blank lines are skipped. Every name is checked before anything is created. */
const studentNames = z
  .string()
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/\s+/g, " "))
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string())
      .min(1, "Enter at least one name, one a line.")
      .max(MAX_STUDENTS_PER_BATCH, `Add at most ${MAX_STUDENTS_PER_BATCH} students at a time.`)
      .superRefine((names, ctx) => {
        const tooLong = names.find((n) => n.length > STUDENT_NAME_MAX_LENGTH);
        if (tooLong) {
          ctx.addIssue({
            code: "custom",
            message: `Names must be ${STUDENT_NAME_MAX_LENGTH} characters or fewer: “${tooLong.slice(0, 24)}…” is longer. No accounts were created.`,
          });
        }
        const noLetters = names.find((n) => !/[\p{L}\p{N}]/u.test(n));
        if (noLetters) {
          ctx.addIssue({
            code: "custom",
            message: `“${noLetters}” is not a name: use letters. No accounts were created.`,
          });
        }
      }),
  );

export const addStudentsSchema = z.object({ classId, names: studentNames });
export type AddStudentsInput = z.infer<typeof addStudentsSchema>;

export const studentInClassSchema = z.object({ classId, studentId: z.string().min(1).max(64) });
export type StudentInClassInput = z.infer<typeof studentInClassSchema>;

export const joinClassSchema = z.object({
  code: z.string().max(40, "That code is too long.").trim().min(1, "Enter the code your teacher gave you."),
});
export type JoinClassInput = z.infer<typeof joinClassSchema>;
