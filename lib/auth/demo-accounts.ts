import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

/** Known passwords, so they are only ever created outside production. */
export const DEMO_ACCOUNTS = [
  { name: "Demo Teacher", email: "teacher@parley.test", password: "parley-teacher", role: Role.TEACHER },
  { name: "Demo Student", email: "student@parley.test", password: "parley-student", role: Role.STUDENT },
] as const;

/** Creates the demo accounts that are missing; existing ones (and their work) are left alone. */
export async function ensureDemoAccounts() {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: {
        name: account.name,
        email: account.email,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
  }
  return DEMO_ACCOUNTS;
}

/** In production the demo accounts' published passwords must not open anything: remove them. */
export async function removeDemoAccounts() {
  const { count } = await db.user.deleteMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
  return count;
}
