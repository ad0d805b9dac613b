/**
 * Fixed-window rate limiting. The store is the only stateful part: a database table in the app
 * (so that several app servers share the counts), a Map in tests.
 */

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitStore = {
  /** Counts one hit on `key` and returns the hits in the current window and when it ends. */
  hit(key: string, now: Date, windowMs: number): Promise<{ count: number; resetAt: Date }>;
};

export type RateLimitResult =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number };

export type RateLimitCheck = { key: string; rule: RateLimitRule };

/** Counts one try against every check; refused when any check is over its limit. */
export async function consumeRateLimit(
  store: RateLimitStore,
  checks: RateLimitCheck[],
  now: Date = new Date(),
): Promise<RateLimitResult> {
  let retryAfterMs = 0;
  for (const { key, rule } of checks) {
    const { count, resetAt } = await store.hit(key, now, rule.windowMs);
    if (count > rule.limit) retryAfterMs = Math.max(retryAfterMs, resetAt.getTime() - now.getTime());
  }
  if (retryAfterMs === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

export function createMemoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; windowStart: number }>();
  return {
    async hit(key, now, windowMs) {
      const current = windows.get(key);
      const fresh = !current || now.getTime() - current.windowStart >= windowMs;
      const next = fresh
        ? { count: 1, windowStart: now.getTime() }
        : { count: current.count + 1, windowStart: current.windowStart };
      windows.set(key, next);
      return { count: next.count, resetAt: new Date(next.windowStart + windowMs) };
    },
  };
}
