import "server-only";
import { GENERATED_PASSWORD_COST, hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { Role } from "@/lib/generated/prisma/enums";
import type { LoginCard } from "@/lib/classes/action-state";
import { assertTeacher, ownedClassWhere, type Actor } from "@/lib/classes/actor";
import { ClassError, NO_SUCH_CLASS, NO_SUCH_STUDENT } from "@/lib/classes/errors";
import { generateStudentPassword } from "@/lib/classes/generated-password";
import type { AddStudentsInput, StudentInClassInput } from "@/lib/classes/schemas";
import { pickUsernames, usernameBaseFromName } from "@/lib/classes/username";

const USERNAME_TRIES = 3;

export const SELF_REGISTERED =
  "This student made their own account, so only they know its password. Parley does not let teachers change it.";

async function usernamesTakenLike(names: string[]): Promise<string[]> {
  const bases = [...new Set(names.map(usernameBaseFromName))];
  const rows = await db.user.findMany({
    where: { OR: bases.map((base) => ({ username: { startsWith: base } })) },
    select: { username: true },
  });
  return rows.flatMap((r) => (r.username ? [r.username] : []));
}

/**
 * Creates a student account (username, generated password, no email) for each name and enrolls
 * it in the class, all in one batch transaction: either every account exists afterwards or none
 * does. Returns the login cards, the only time the passwords are ever seen.
 */
export async function addStudentsToClass(actor: Actor, input: AddStudentsInput): Promise<LoginCard[]> {
  assertTeacher(actor);
  const owned = await db.class.findFirst({ where: ownedClassWhere(actor.id, input.classId), select: { id: true } });
  if (!owned) throw new ClassError("not-found", NO_SUCH_CLASS);

  const passwords = input.names.map(() => generateStudentPassword());
  // bcrypt is the slow part (about 60 ms each at this cost): done once, outside the retries.
  const hashes: string[] = [];
  for (const password of passwords) hashes.push(await hashPassword(password, GENERATED_PASSWORD_COST));

  for (let attempt = 1; ; attempt++) {
    const usernames = pickUsernames(input.names, await usernamesTakenLike(input.names));
    try {
      await db.$transaction(
        input.names.map((name, i) =>
          db.user.create({
            data: {
              name,
              username: usernames[i],
              passwordHash: hashes[i]!,
              role: Role.STUDENT,
              createdByTeacherId: actor.id,
              enrollments: { create: { classId: owned.id } },
            },
            select: { id: true },
          }),
        ),
      );
      return input.names.map((name, i) => ({ name, username: usernames[i]!, password: passwords[i]! }));
    } catch (error) {
      // Someone else took one of these usernames in the meantime: pick again.
      if (!isUniqueConstraintError(error) || attempt >= USERNAME_TRIES) throw error;
    }
  }
}

/**
 * A new generated password for a student this teacher created and who is in this teacher's
 * class. Accounts students made themselves are refused, with the reason.
 */
export async function resetStudentPassword(actor: Actor, input: StudentInClassInput): Promise<LoginCard> {
  assertTeacher(actor);
  const password = generateStudentPassword();
  const passwordHash = await hashPassword(password, GENERATED_PASSWORD_COST);
  const inTeachersClass = { id: input.studentId, role: Role.STUDENT, enrollments: { some: { class: ownedClassWhere(actor.id, input.classId) } } };
  const { count } = await db.user.updateMany({
    where: { ...inTeachersClass, createdByTeacherId: actor.id },
    data: { passwordHash },
  });
  if (count !== 1) {
    const selfRegistered = await db.user.count({ where: inTeachersClass });
    throw selfRegistered ? new ClassError("not-allowed", SELF_REGISTERED) : new ClassError("not-found", NO_SUCH_STUDENT);
  }
  const student = await db.user.findUniqueOrThrow({ where: { id: input.studentId }, select: { name: true, username: true } });
  return { name: student.name, username: student.username ?? "", password };
}

/** Takes the student out of the class; their account and their work stay. */
export async function removeStudentFromClass(actor: Actor, input: StudentInClassInput) {
  assertTeacher(actor);
  const { count } = await db.enrollment.deleteMany({
    where: { studentId: input.studentId, class: ownedClassWhere(actor.id, input.classId) },
  });
  if (count !== 1) throw new ClassError("not-found", NO_SUCH_STUDENT);
}
