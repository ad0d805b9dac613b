import "server-only";
import { db } from "@/lib/db/client";
import { byDueDate } from "@/lib/assignments/queries";
import { bestAttempt, loadAttemptResults } from "./attempt-results";
import type { StudentQuestionResults } from "./exports";

/**
 * Every student's per-question results on their best attempt at each assignment of the
 * teacher's own class (students without a finished attempt have no rows). Null for any other
 * class. A fixed number of queries whatever the class size.
 */
export async function loadQuestionExport(teacherId: string, classId: string): Promise<StudentQuestionResults[] | null> {
  const cls = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      enrollments: { select: { student: { select: { id: true, name: true } } } },
      assignments: { select: { dueAt: true, createdAt: true, module: { select: { id: true, title: true } } } },
    },
  });
  if (!cls) return null;
  const students = cls.enrollments.map((e) => e.student).sort((a, b) => a.name.localeCompare(b.name));
  const assignments = [...cls.assignments].sort(byDueDate);
  const attempts = await db.quizAttempt.findMany({
    where: {
      userId: { in: students.map((s) => s.id) },
      moduleId: { in: assignments.map((a) => a.module.id) },
      finishedAt: { not: null },
    },
    select: { id: true, userId: true, moduleId: true, versionId: true, finishedAt: true, score: true },
    orderBy: { finishedAt: "asc" },
  });
  const grouped = new Map<string, typeof attempts>();
  for (const x of attempts) {
    const key = `${x.userId}:${x.moduleId}`;
    grouped.set(key, [...(grouped.get(key) ?? []), x]);
  }
  const best = new Map<string, (typeof attempts)[number]>();
  for (const [key, mine] of grouped) {
    const pick = bestAttempt(mine);
    if (pick) best.set(key, pick);
  }
  const results = await loadAttemptResults([...best.values()]);
  return students.flatMap((s) =>
    assignments.flatMap((a): StudentQuestionResults[] => {
      const pick = best.get(`${s.id}:${a.module.id}`);
      return pick ? [{ studentName: s.name, assignmentTitle: a.module.title, results: results.get(pick.id) ?? [] }] : [];
    }),
  );
}
