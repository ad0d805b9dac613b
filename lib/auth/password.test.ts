import { describe, expect, it } from "vitest";
import { BCRYPT_COST, GENERATED_PASSWORD_COST, hashPassword, verifyPassword, verifyPasswordOrDummy } from "@/lib/auth/password";

describe("password hashing", () => {
  it("stores a salted bcrypt hash of cost 10 or more, never the password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    expect(hash).toMatch(/^\$2[aby]\$(\d\d)\$/);
    expect(Number(hash.slice(4, 6))).toBe(BCRYPT_COST);
    expect(BCRYPT_COST).toBeGreaterThanOrEqual(10);
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batter", hash)).toBe(false);
  });

  it("rejects an unknown account even for the dummy password", async () => {
    expect(await verifyPasswordOrDummy("parley-unknown-account", null)).toBe(false);
    const hash = await hashPassword("s3cret-pass");
    expect(await verifyPasswordOrDummy("s3cret-pass", hash)).toBe(true);
  });

  it("hashes generated passwords at OWASP's minimum cost, and they verify like any other", async () => {
    const hash = await hashPassword("kmtbw-hqrxz", GENERATED_PASSWORD_COST);
    expect(Number(hash.slice(4, 6))).toBe(10);
    expect(await verifyPassword("kmtbw-hqrxz", hash)).toBe(true);
    expect(await verifyPasswordOrDummy("kmtbw-hqrxz", hash)).toBe(true);
  });
});
