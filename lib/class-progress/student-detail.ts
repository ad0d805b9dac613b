import "server-only";
import { db } from "@/lib/db/client";
import { byDueDate } from "@/lib/assignments/queries";
import { loadAttemptResults, bestAttempt } from "./attempt-results";
import { progressCell } from "./cell";
import { loadModuleProgress, progressKey } from "./module-progress";

/**
 * One student's work on each assignment of the teacher's class: reading, attempts, and the
 * per-question results of their best attempt. Null unless the student is enrolled in that
 * class and the class is the teacher's.
 */
export async function loadStudentDetail(teacherId: string, classId: string, studentId: string, now = new Date()) {
  const enrollment = await db.enrollment.findFirst({
    where: { classId, studentId, class: { teacherId } },
    select: {
      student: { select: { id: true, name: true } },
      class: {
        select: {
          id: true,
          name: true,
          assignments: {
            select: {
              id: true,
              dueAt: true,
              createdAt: true,
              module: { select: { id: true, title: true } },
              extensions: { where: { studentId }, select: { dueAt: true } },
            },
          },
        },
      },
    },
  });
  if (!enrollment) return null;
  const assignments = [...enrollment.class.assignments].sort(byDueDate);
  const progress = await loadModuleProgress([studentId], assignments.map((a) => a.module.id));
  const best = assignments.map((a) => bestAttempt(progress.attempts.get(progressKey(studentId, a.module.id)) ?? []));
  const results = await loadAttemptResults(best.filter((b) => b !== null));
  return {
    student: enrollment.student,
    className: enrollment.class.name,
    assignments: assignments.map((a, i) => {
      const key = progressKey(studentId, a.module.id);
      const attempts = progress.attempts.get(key) ?? [];
      const bestOne = best[i] ?? null;
      return {
        id: a.id,
        moduleTitle: a.module.title,
        ...progressCell({
          partsRead: progress.read.get(key)?.size ?? 0,
          partsTotal: progress.locations.get(a.module.id)?.size ?? 0,
          attempts,
          classDueAt: a.dueAt,
          extensionDueAt: a.extensions[0]?.dueAt ?? null,
          now,
        }),
        attemptList: attempts.map((x, n) => ({ ...x, number: n + 1, isBest: x.id === bestOne?.id })),
        bestResults: bestOne ? (results.get(bestOne.id) ?? []) : [],
      };
    }),
  };
}

export type StudentDetail = NonNullable<Awaited<ReturnType<typeof loadStudentDetail>>>;
