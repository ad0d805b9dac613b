import { ClassError, TEACHERS_ONLY } from "@/lib/classes/errors";
import { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: the signed-in user as lib/auth/session.ts loads them. */
export type Actor = { id: string; role: Role };

/**
 * Every teacher operation starts here as well as on its page: a student's session calling a
 * server action directly must not get further than this.
 */
export function assertTeacher(actor: Actor): void {
  if (actor.role !== Role.TEACHER) throw new ClassError("not-allowed", TEACHERS_ONLY);
}

/** The Prisma `where` for a class the teacher owns: ownership is part of every lookup. */
export function ownedClassWhere(teacherId: string, classId: string) {
  return { id: classId, teacherId } as const;
}
