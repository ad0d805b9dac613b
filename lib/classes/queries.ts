import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { ownedClassWhere } from "@/lib/classes/actor";

export type TeacherClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  studentCount: number;
};

/** A teacher's classes, newest first, split into active and archived. */
export async function listTeacherClasses(teacherId: string) {
  const rows = await db.class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrollments: true } } },
  });
  const classes: TeacherClassSummary[] = rows.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments }));
  return {
    active: classes.filter((c) => c.archivedAt === null),
    archived: classes.filter((c) => c.archivedAt !== null),
  };
}

/**
 * One class, only when this teacher owns it (null otherwise: the page answers not-found, the
 * same as for an id that does not exist). Cached per request: the layout and the page both ask.
 */
export const getTeacherClass = cache(async (teacherId: string, classId: string) =>
  db.class.findFirst({
    where: ownedClassWhere(teacherId, classId),
    select: { id: true, name: true, joinCode: true, archivedAt: true },
  }),
);

/** Shown instead of the email of a student who made their own account. */
export const OWN_ACCOUNT = "own account";

export type RosterStudent = {
  id: string;
  name: string;
  /**
   * The username of an account a teacher created, else "own account": a student who signed up
   * with their email keeps it to themselves (a teacher needs names, progress and answers to
   * teach, not addresses), and signs in with it without the teacher's help.
   */
  login: string;
  joinedAt: Date;
  /** Only accounts this teacher created can have their password reset by them. */
  createdByThisTeacher: boolean;
};

/** The students enrolled in a class the teacher owns, by name. */
export async function listClassRoster(teacherId: string, classId: string): Promise<RosterStudent[]> {
  const rows = await db.enrollment.findMany({
    where: { class: ownedClassWhere(teacherId, classId), student: { role: Role.STUDENT } },
    select: {
      joinedAt: true,
      student: { select: { id: true, name: true, username: true, createdByTeacherId: true } },
    },
  });
  return rows
    .map(({ joinedAt, student }) => ({
      id: student.id,
      name: student.name,
      login: student.username ?? OWN_ACCOUNT,
      joinedAt,
      createdByThisTeacher: student.createdByTeacherId === teacherId,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.login.localeCompare(b.login));
}
