import "server-only";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { databaseRateLimitStore } from "@/lib/auth/rate-limit-store";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/classes/actor";
import { ClassError, NO_CLASS_WITH_CODE } from "@/lib/classes/errors";
import { isWellFormedJoinCode, normaliseJoinCode } from "@/lib/classes/join-code";
import type { JoinClassInput } from "@/lib/classes/schemas";

/**
 * Ten tries in ten minutes per student: plenty for typos, and it makes guessing a code by brute
 * force hopeless (17 billion codes). Every try counts, right or wrong, so the limit says nothing
 * about which codes exist.
 */
export const JOIN_TRIES_PER_STUDENT: RateLimitRule = { limit: 10, windowMs: 10 * 60_000 };

export const TEACHERS_DO_NOT_JOIN = "Classes are joined by students. Teachers create classes on their Teaching page.";

export type JoinResult = { className: string; alreadyMember: boolean };

export async function joinClassWithCode(actor: Actor, input: JoinClassInput, now = new Date()): Promise<JoinResult> {
  if (actor.role !== Role.STUDENT) throw new ClassError("not-allowed", TEACHERS_DO_NOT_JOIN);

  const limit = await consumeRateLimit(
    databaseRateLimitStore,
    [{ key: `join-class:user:${actor.id}`, rule: JOIN_TRIES_PER_STUDENT }],
    now,
  );
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    throw new ClassError("rate-limited", `Too many tries. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"} and try again.`, "code");
  }

  const code = normaliseJoinCode(input.code);
  // Archived classes keep their code in the database, but it no longer opens the door.
  const found = isWellFormedJoinCode(code)
    ? await db.class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true } })
    : null;
  if (!found) throw new ClassError("not-found", NO_CLASS_WITH_CODE, "code");

  try {
    await db.enrollment.create({ data: { classId: found.id, studentId: actor.id } });
    return { className: found.name, alreadyMember: false };
  } catch (error) {
    if (isUniqueConstraintError(error)) return { className: found.name, alreadyMember: true };
    throw error;
  }
}
