import "server-only";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { databaseRateLimitStore } from "@/lib/auth/rate-limit-store";
import { clientAddressFrom } from "@/lib/auth/request-ip";

/**
 * Practice checks reveal each question's answer by design (nothing is saved, anyone may try), so
 * a script could collect a module's answers from them. Two a second per address is far beyond
 * what a person answers, even a class sharing one school address, and slows such a script down.
 */
export const PRACTICE_CHECKS_PER_ADDRESS: RateLimitRule = { limit: 120, windowMs: 60_000 };

/**
 * Counts one practice check from the request's address; a 429 response to send back once the
 * address is over its limit, else null.
 */
export async function practiceCheckRefusal(request: Request, now = new Date()): Promise<Response | null> {
  const address = clientAddressFrom(request.headers);
  const limit = await consumeRateLimit(
    databaseRateLimitStore,
    [{ key: `quiz-check:address:${address}`, rule: PRACTICE_CHECKS_PER_ADDRESS }],
    now,
  );
  if (limit.allowed) return null;
  const wait = limit.retryAfterSeconds;
  return Response.json(
    {
      error: `Too many answers were checked from your address. Wait ${wait} ${wait === 1 ? "second" : "seconds"} and try again, or sign in to keep your progress.`,
    },
    {
      status: 429,
      headers: { "Cache-Control": "private, no-store", "Retry-After": String(wait) },
    },
  );
}
