import { assignmentStatus, effectiveDueDate, type AssignmentStatus } from "@/lib/assignments/status";

// One student's standing on one assignment, from their records (pure).

export type ProgressCell = {
  status: AssignmentStatus;
  partsRead: number;
  partsTotal: number;
  /** Whole percent of the module read. */
  readingPercent: number;
  /** Best score of a finished attempt, 0..1, or null. */
  bestScore: number | null;
  attempts: number;
  /** The due date for this student (their extension applied). */
  dueAt: Date | null;
  extended: boolean;
};

export type CellInput = {
  partsRead: number;
  partsTotal: number;
  attempts: readonly { finishedAt: Date | null; score: number | null }[];
  classDueAt: Date | null;
  extensionDueAt: Date | null;
  now: Date;
};

export function progressCell(input: CellInput): ProgressCell {
  const dueAt = effectiveDueDate(input.classDueAt, input.extensionDueAt);
  const scores = input.attempts
    .filter((a) => a.finishedAt !== null && a.score !== null)
    .map((a) => a.score as number);
  return {
    status: assignmentStatus({ partsRead: input.partsRead, attempts: input.attempts, dueAt, now: input.now }),
    partsRead: input.partsRead,
    partsTotal: input.partsTotal,
    readingPercent: input.partsTotal > 0 ? Math.round((input.partsRead / input.partsTotal) * 100) : 0,
    bestScore: scores.length > 0 ? Math.max(...scores) : null,
    attempts: input.attempts.length,
    dueAt,
    extended: input.extensionDueAt !== null,
  };
}
