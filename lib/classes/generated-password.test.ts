import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { generateStudentPassword, PASSWORD_ALPHABET } from "@/lib/classes/generated-password";

describe("generateStudentPassword", () => {
  it("is two groups of five readable characters", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateStudentPassword();
      expect(password).toMatch(new RegExp(`^[${PASSWORD_ALPHABET}]{5}-[${PASSWORD_ALPHABET}]{5}$`));
      expect(password.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });

  it("has no characters that look alike on a printed card", () => {
    for (const lookalike of ["0", "o", "O", "1", "l", "i", "I", "u", "v"]) expect(PASSWORD_ALPHABET).not.toContain(lookalike);
  });

  it("draws every character from the random source", () => {
    let n = 0;
    expect(generateStudentPassword((max) => n++ % max)).toBe("abcde-fghjk");
  });

  it("does not repeat itself", () => {
    const passwords = new Set(Array.from({ length: 1000 }, () => generateStudentPassword()));
    expect(passwords.size).toBe(1000);
  });
});
