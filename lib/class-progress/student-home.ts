import "server-only";
import { db } from "@/lib/db/client";
import { byDueDate } from "@/lib/assignments/queries";
import { ModuleStatus } from "@/lib/generated/prisma/enums";
import { progressCell, type ProgressCell } from "./cell";
import { loadModuleProgress, progressKey } from "./module-progress";

/**
 * What is assigned to a student in all their classes the teacher has not archived, soonest due
 * first (undated last), with their own due date and progress. Only their own enrollments and
 * their own records are read.
 */
export async function loadStudentAssignments(studentId: string, now = new Date()) {
  const assignments = await db.assignment.findMany({
    where: {
      class: { archivedAt: null, enrollments: { some: { studentId } } },
      // A teacher's module taken back to draft or archived is not shown to students.
      module: { status: ModuleStatus.PUBLISHED, currentVersionId: { not: null } },
    },
    select: {
      id: true,
      dueAt: true,
      createdAt: true,
      class: { select: { id: true, name: true } },
      module: { select: { id: true, slug: true, title: true, ownerId: true } },
      extensions: { where: { studentId }, select: { dueAt: true } },
    },
  });
  const progress = await loadModuleProgress(
    [studentId],
    [...new Set(assignments.map((a) => a.module.id))],
  );
  const rows = assignments.map((a) => {
    const key = progressKey(studentId, a.module.id);
    const cell: ProgressCell = progressCell({
      partsRead: progress.read.get(key)?.size ?? 0,
      partsTotal: progress.locations.get(a.module.id)?.size ?? 0,
      attempts: progress.attempts.get(key) ?? [],
      classDueAt: a.dueAt,
      extensionDueAt: a.extensions[0]?.dueAt ?? null,
      now,
    });
    return { id: a.id, createdAt: a.createdAt, className: a.class.name, module: a.module, ...cell };
  });
  return rows.sort(byDueDate);
}

export type StudentAssignment = Awaited<ReturnType<typeof loadStudentAssignments>>[number];
