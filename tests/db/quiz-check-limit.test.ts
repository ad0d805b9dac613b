import { describe, expect, it } from "vitest";
import { PRACTICE_CHECKS_PER_ADDRESS, practiceCheckRefusal } from "@/lib/quiz/practice-limit";

// Anonymous practice checks reveal answers, so each client address may make only so many a
// minute; the counts live in the database's RateLimit table like the sign-in limits.

const from = (address: string) =>
  new Request("http://localhost/api/modules/m/quiz-check", {
    method: "POST",
    headers: { "x-forwarded-for": address },
  });

describe("practice checks per address", () => {
  it("allows 120 a minute, then answers 429 with a message and Retry-After until the window ends", async () => {
    const t0 = new Date("2026-01-01T12:00:00Z");
    const { limit } = PRACTICE_CHECKS_PER_ADDRESS;
    expect(limit).toBe(120);
    for (let i = 0; i < limit; i++) expect(await practiceCheckRefusal(from("203.0.113.7"), t0)).toBeNull();

    const refused = await practiceCheckRefusal(from("203.0.113.7"), new Date(t0.getTime() + 20_000));
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("Retry-After")).toBe("40");
    expect(await refused?.json()).toEqual({
      error: expect.stringMatching(/^Too many answers were checked from your address\. Wait 40 seconds/),
    });

    // Another address is counted on its own; the first opens again once its minute is over.
    expect(await practiceCheckRefusal(from("198.51.100.2"), t0)).toBeNull();
    expect(await practiceCheckRefusal(from("203.0.113.7"), new Date(t0.getTime() + 60_000))).toBeNull();
  });
});
