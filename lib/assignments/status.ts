// Where a student stands on one assignment. Pure, so the grid, the student's home and the
// exports all agree on it.

export type AssignmentState = "not_started" | "in_progress" | "done";
export type AssignmentStatus = { state: AssignmentState; late: boolean };

export type StatusInput = {
  /** Parts of the module (sections, articles) the student has read. */
  partsRead: number;
  /** The student's attempts at the module's quiz, any version. */
  attempts: readonly { finishedAt: Date | null }[];
  /** The due date that applies to this student (see effectiveDueDate), or none. */
  dueAt: Date | null;
  now: Date;
};

/** A student's own extension replaces the class's due date, whichever is later. */
export function effectiveDueDate(classDueAt: Date | null, extensionDueAt: Date | null): Date | null {
  return extensionDueAt ?? classDueAt;
}

/**
 * Done: any finished attempt (retakes for practice do not undo it). In progress: something read
 * or an attempt open. Late: done after the due date (judged by the first finished attempt), or
 * not done once the due date has passed.
 */
export function assignmentStatus({ partsRead, attempts, dueAt, now }: StatusInput): AssignmentStatus {
  const finished = attempts
    .map((a) => a.finishedAt?.getTime())
    .filter((t): t is number => t !== undefined);
  if (finished.length > 0) {
    return { state: "done", late: dueAt !== null && Math.min(...finished) > dueAt.getTime() };
  }
  const pastDue = dueAt !== null && now.getTime() > dueAt.getTime();
  const started = partsRead > 0 || attempts.length > 0;
  return { state: started ? "in_progress" : "not_started", late: pastDue };
}

export const STATE_LABELS: Record<AssignmentState, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

/** The status in words, late flag included: "Done, late". Never colour alone. */
export function statusText(status: AssignmentStatus): string {
  return status.late ? `${STATE_LABELS[status.state]}, late` : STATE_LABELS[status.state];
}
