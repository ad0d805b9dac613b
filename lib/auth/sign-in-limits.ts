import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { databaseRateLimitStore } from "@/lib/auth/rate-limit-store";
import { env } from "@/lib/env";

const MINUTE = 60_000;

/** Ten tries a minute per account stops password guessing against one person. */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 10, windowMs: MINUTE };
/**
 * Per address the limit is higher by default: a whole class signs in from behind one school
 * address at the start of a lesson.
 */
export const SIGN_IN_PER_ADDRESS: RateLimitRule = { limit: env.signInLimitPerAddress, windowMs: MINUTE };
export const SIGN_UP_PER_ADDRESS: RateLimitRule = { limit: env.signInLimitPerAddress, windowMs: MINUTE };

export function limitSignIn(email: string, address: string) {
  return consumeRateLimit(databaseRateLimitStore, [
    { key: `sign-in:account:${email}`, rule: SIGN_IN_PER_ACCOUNT },
    { key: `sign-in:address:${address}`, rule: SIGN_IN_PER_ADDRESS },
  ]);
}

export function limitSignUp(address: string) {
  return consumeRateLimit(databaseRateLimitStore, [
    { key: `sign-up:address:${address}`, rule: SIGN_UP_PER_ADDRESS },
  ]);
}
