import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { assertTeacher, ownedClassWhere, type Actor } from "@/lib/classes/actor";
import { ClassError, NO_SUCH_CLASS } from "@/lib/classes/errors";
import { generateJoinCode } from "@/lib/classes/join-code";
import type { CreateClassInput, RenameClassInput } from "@/lib/classes/schemas";

const JOIN_CODE_TRIES = 5;

/**
 * Runs a write with a fresh join code, again with another code when the database says the code
 * is taken (the unique index is the real check: two teachers may draw the same code at once).
 */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>, newCode = generateJoinCode): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(newCode());
    } catch (error) {
      if (!isUniqueConstraintError(error) || attempt >= JOIN_CODE_TRIES) throw error;
    }
  }
}

export async function createClass(actor: Actor, input: CreateClassInput, newCode = generateJoinCode) {
  assertTeacher(actor);
  return withFreshJoinCode(
    (joinCode) =>
      db.class.create({ data: { teacherId: actor.id, name: input.name, joinCode }, select: { id: true, joinCode: true } }),
    newCode,
  );
}

/** Fails with not-found unless exactly the teacher's own class was changed. */
function expectOneChanged({ count }: { count: number }) {
  if (count !== 1) throw new ClassError("not-found", NO_SUCH_CLASS);
}

export async function renameClass(actor: Actor, input: RenameClassInput) {
  assertTeacher(actor);
  expectOneChanged(
    await db.class.updateMany({ where: ownedClassWhere(actor.id, input.classId), data: { name: input.name } }),
  );
}

/** An archived class is hidden from its students and its join code stops working. */
export async function setClassArchived(actor: Actor, classId: string, archived: boolean) {
  assertTeacher(actor);
  expectOneChanged(
    await db.class.updateMany({
      where: ownedClassWhere(actor.id, classId),
      data: { archivedAt: archived ? new Date() : null },
    }),
  );
}

/** A new code for the class; the old one stops working at once. Returns the new code. */
export async function regenerateJoinCode(actor: Actor, classId: string, newCode = generateJoinCode) {
  assertTeacher(actor);
  return withFreshJoinCode(async (joinCode) => {
    expectOneChanged(await db.class.updateMany({ where: ownedClassWhere(actor.id, classId), data: { joinCode } }));
    return joinCode;
  }, newCode);
}
