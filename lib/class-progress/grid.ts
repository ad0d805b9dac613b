import "server-only";
import { db } from "@/lib/db/client";
import { byDueDate } from "@/lib/assignments/queries";
import { progressCell, type ProgressCell } from "./cell";
import { loadModuleProgress, progressKey } from "./module-progress";

// The class dashboard: students by assignments. A fixed set of grouped queries (the class with
// its students and assignments, then the records of all of them at once), so a class of 40
// costs the same number of queries as a class of 5 (tests/db/assignments.test.ts counts them).

export type GridStudent = { id: string; name: string; cells: ProgressCell[] };
export type GridAssignment = {
  id: string;
  dueAt: Date | null;
  module: { id: string; slug: string; title: string; ownerId: string | null };
};
export type ClassGrid = {
  classId: string;
  className: string;
  assignments: GridAssignment[];
  students: GridStudent[];
};

/** The grid of the teacher's own class, or null for any other class id. */
export async function loadClassGrid(teacherId: string, classId: string, now = new Date()): Promise<ClassGrid | null> {
  const cls = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      enrollments: { select: { student: { select: { id: true, name: true } } } },
      assignments: {
        select: {
          id: true,
          dueAt: true,
          createdAt: true,
          module: { select: { id: true, slug: true, title: true, ownerId: true } },
          extensions: { select: { studentId: true, dueAt: true } },
        },
      },
    },
  });
  if (!cls) return null;
  const students = cls.enrollments
    .map((e) => e.student)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const assignments = [...cls.assignments].sort(byDueDate);
  const progress = await loadModuleProgress(
    students.map((s) => s.id),
    assignments.map((a) => a.module.id),
  );
  const extensions = new Map(
    assignments.flatMap((a) => a.extensions.map((x) => [`${a.id}:${x.studentId}`, x.dueAt] as const)),
  );
  return {
    classId: cls.id,
    className: cls.name,
    assignments: assignments.map(({ id, dueAt, module }) => ({ id, dueAt, module })),
    students: students.map((student) => ({
      ...student,
      cells: assignments.map((a) => {
        const key = progressKey(student.id, a.module.id);
        return progressCell({
          partsRead: progress.read.get(key)?.size ?? 0,
          partsTotal: progress.locations.get(a.module.id)?.size ?? 0,
          attempts: progress.attempts.get(key) ?? [],
          classDueAt: a.dueAt,
          extensionDueAt: extensions.get(`${a.id}:${student.id}`) ?? null,
          now,
        });
      }),
    })),
  };
}
