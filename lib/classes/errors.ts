/**
 * Expected refusals of class actions, in words a teacher or student can read. Anything that is
 * not a ClassError is a bug: logged, and answered with a generic message.
 */
export type ClassErrorKind = "not-found" | "not-allowed" | "invalid" | "rate-limited";

export class ClassError extends Error {
  constructor(
    readonly kind: ClassErrorKind,
    message: string,
    /** The form field the message belongs to, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "ClassError";
  }
}

/** The same words whether the class does not exist or belongs to someone else. */
export const NO_SUCH_CLASS = "There is no such class among yours.";
export const NO_SUCH_STUDENT = "There is no such student in this class.";
export const NO_CLASS_WITH_CODE = "No class has that code. Check it with your teacher.";
export const TEACHERS_ONLY = "Only teachers can manage classes.";
