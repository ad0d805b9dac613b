import { describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { databaseRateLimitStore, pruneRateLimits } from "@/lib/auth/rate-limit-store";
import { db } from "@/lib/db/client";

const rule = { limit: 2, windowMs: 60_000 };

describe("databaseRateLimitStore", () => {
  it("counts tries in the database and refuses past the limit until the window ends", async () => {
    const t0 = new Date("2026-01-01T12:00:00Z");
    const check = [{ key: "test:account:a", rule }];
    expect(await consumeRateLimit(databaseRateLimitStore, check, t0)).toEqual({ allowed: true });
    expect(await consumeRateLimit(databaseRateLimitStore, check, t0)).toEqual({ allowed: true });
    expect(await consumeRateLimit(databaseRateLimitStore, check, new Date(t0.getTime() + 15_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "test:account:a" } });
    expect(row.count).toBe(3);

    const later = new Date(t0.getTime() + 60_000);
    expect(await consumeRateLimit(databaseRateLimitStore, check, later)).toEqual({ allowed: true });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "test:account:a" } })).count).toBe(1);
  });

  it("keeps counts exact when many tries arrive at once", async () => {
    const now = new Date("2026-01-01T13:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        consumeRateLimit(databaseRateLimitStore, [{ key: "test:burst", rule: { limit: 5, windowMs: 60_000 } }], now),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "test:burst" } })).count).toBe(20);
  });
});

describe("pruneRateLimits", () => {
  it("removes only counters whose window ended more than an hour ago", async () => {
    const now = new Date("2026-01-02T12:00:00Z");
    await db.rateLimit.createMany({
      data: [
        { key: "test:old", count: 3, windowStart: new Date(now.getTime() - 2 * 60 * 60_000) },
        { key: "test:recent", count: 3, windowStart: new Date(now.getTime() - 5 * 60_000) },
      ],
    });
    await pruneRateLimits(now);
    expect(await db.rateLimit.findUnique({ where: { key: "test:old" } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: "test:recent" } })).not.toBeNull();
  });
});
