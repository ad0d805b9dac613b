import { db } from "@/lib/db/client";
import type { RateLimitStore } from "@/lib/auth/rate-limit";

/** Counts in the RateLimit table, so every app server sharing the database sees the same counts. */
export const databaseRateLimitStore: RateLimitStore = {
  async hit(key, now, windowMs) {
    // The increment is one atomic statement; a stale window is then restarted by whichever
    // request gets there first (the windowStart condition makes the restart happen once).
    const row = await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
    });
    if (now.getTime() - row.windowStart.getTime() < windowMs) {
      return { count: row.count, resetAt: new Date(row.windowStart.getTime() + windowMs) };
    }
    await db.rateLimit.updateMany({
      where: { key, windowStart: row.windowStart },
      data: { count: 1, windowStart: now },
    });
    return { count: 1, resetAt: new Date(now.getTime() + windowMs) };
  },
};

/** Drops counters whose window ended long ago (every new email or address adds one). */
export function pruneRateLimits(now = new Date(), olderThanMs = 60 * 60_000) {
  return db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - olderThanMs) } } });
}
