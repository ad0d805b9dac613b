import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; name: string; email: string | null; role: Role };

/**
 * The signed-in user as the database knows them now: a session token lives for 30 days, but a
 * deleted account or a changed role must take effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user.id) return null;
  return db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true },
  });
});

/** For protected pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For teacher pages: the signed-in teacher. Anyone else signed in gets the not-found page, so a
 * student learns nothing about what teacher pages exist.
 */
export async function requireTeacher(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== Role.TEACHER) notFound();
  return user;
}
