import "server-only";
import { db } from "@/lib/db/client";
import { assignableModuleWhere } from "./access";

// Reads for the assignments page. Every query names the teacher, so a class id alone opens nothing.

/** The class's assignments with their modules and per-student extensions, soonest due first. */
export async function listClassAssignments(teacherId: string, classId: string) {
  const rows = await db.assignment.findMany({
    where: { classId, class: { teacherId } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      dueAt: true,
      createdAt: true,
      module: { select: { id: true, slug: true, title: true, ownerId: true } },
      extensions: {
        select: { studentId: true, dueAt: true, student: { select: { name: true } } },
        orderBy: { student: { name: "asc" } },
      },
    },
  });
  return rows.sort(byDueDate);
}

export type ClassAssignment = Awaited<ReturnType<typeof listClassAssignments>>[number];

/** Soonest due first, undated last, then in the order they were assigned. */
export function byDueDate(
  a: { dueAt: Date | null; createdAt: Date },
  b: { dueAt: Date | null; createdAt: Date },
): number {
  const due = (x: { dueAt: Date | null }) => x.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a) - due(b) || a.createdAt.getTime() - b.createdAt.getTime();
}

/** Modules the teacher may assign, by title. */
export function listAssignableModules(teacherId: string) {
  return db.module.findMany({
    where: assignableModuleWhere(teacherId),
    orderBy: { title: "asc" },
    select: { id: true, title: true, ownerId: true },
  });
}

/** The class's students by name (the teacher's own class only). */
export async function listClassStudents(teacherId: string, classId: string) {
  const rows = await db.enrollment.findMany({
    where: { classId, class: { teacherId } },
    select: { student: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.student).sort((a, b) => a.name.localeCompare(b.name));
}

/** One assignment of the teacher's class, for the confirmation before unassigning it. */
export function findClassAssignment(teacherId: string, classId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId } },
    select: { id: true, dueAt: true, module: { select: { title: true } } },
  });
}
