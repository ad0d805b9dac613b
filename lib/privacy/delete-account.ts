import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

/**
 * Checks the password against the account's stored hash (asked for by name: the client omits it
 * everywhere else).
 */
export async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const account = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return account ? verifyPassword(password, account.passwordHash) : false;
}

/**
 * Deletes the account and everything that is only theirs, in one batch transaction.
 *
 * The schema's cascades take their attempts with their answers, review items, reading progress,
 * class memberships, extensions and, for a teacher, their classes with those classes'
 * enrollments and assignments. Modules are the exception: Module.ownerId is SET NULL, and a
 * published module without an owner is a public one (lib/modules/access.ts), so a teacher's
 * modules are deleted (with their versions, and the attempts students made on them, which have
 * no module left to be shown against) in the same transaction, before the user row goes: no
 * moment exists where one of them is ownerless. Students the teacher created keep their
 * accounts; they only lose the teacher who could reset their password.
 */
export async function deleteAccount(userId: string): Promise<void> {
  await db.$transaction([
    db.module.deleteMany({ where: { ownerId: userId } }),
    db.user.delete({ where: { id: userId }, select: { id: true } }),
  ]);
}
