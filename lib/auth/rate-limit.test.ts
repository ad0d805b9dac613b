import { describe, expect, it } from "vitest";
import { consumeRateLimit, createMemoryRateLimitStore } from "@/lib/auth/rate-limit";

const rule = { limit: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

describe("consumeRateLimit", () => {
  it("allows tries up to the limit and refuses the next one with the wait", async () => {
    const store = createMemoryRateLimitStore();
    const check = [{ key: "account:a", rule }];
    for (let i = 0; i < 3; i++) expect(await consumeRateLimit(store, check, at(i))).toEqual({ allowed: true });
    expect(await consumeRateLimit(store, check, at(10))).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("opens again when the window has passed", async () => {
    const store = createMemoryRateLimitStore();
    const check = [{ key: "account:a", rule }];
    for (let i = 0; i < 4; i++) await consumeRateLimit(store, check, at(0));
    expect((await consumeRateLimit(store, check, at(59))).allowed).toBe(false);
    expect(await consumeRateLimit(store, check, new Date(at(0).getTime() + 60_000))).toEqual({ allowed: true });
  });

  it("counts each key separately", async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 3; i++) await consumeRateLimit(store, [{ key: "account:a", rule }], at(0));
    expect((await consumeRateLimit(store, [{ key: "account:b", rule }], at(1))).allowed).toBe(true);
    expect((await consumeRateLimit(store, [{ key: "account:a", rule }], at(1))).allowed).toBe(false);
  });

  it("refuses when any one of several checks is over its limit", async () => {
    const store = createMemoryRateLimitStore();
    const address = { key: "address:1.2.3.4", rule: { limit: 5, windowMs: 60_000 } };
    // Five different accounts from one address use up the address's allowance...
    for (let i = 0; i < 5; i++) {
      expect((await consumeRateLimit(store, [{ key: `account:${i}`, rule }, address], at(i))).allowed).toBe(true);
    }
    // ...so a sixth account, fresh on its own, is refused from that address.
    expect((await consumeRateLimit(store, [{ key: "account:new", rule }, address], at(6))).allowed).toBe(false);
  });
});
