import { describe, expect, it } from "vitest";
import { fieldErrorsOf, signInLookup, signInSchema, signUpSchema } from "@/lib/auth/schemas";

const valid = { name: "Amina Khan", email: "Amina@School.org ", password: "correct horse", role: "STUDENT" };

describe("signUpSchema", () => {
  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("amina@school.org");
    expect(parsed.role).toBe("STUDENT");
  });

  it("accepts the teacher role", () => {
    expect(signUpSchema.parse({ ...valid, role: "TEACHER" }).role).toBe("TEACHER");
  });

  it.each([
    ["a malformed email", { ...valid, email: "amina@" }, "email", "Enter a valid email address"],
    ["a short password", { ...valid, password: "1234567" }, "password", "at least 8 characters"],
    ["an empty name", { ...valid, name: "   " }, "name", "Enter your name"],
    ["an unknown role", { ...valid, role: "ADMIN" }, "role", "Choose student or teacher"],
  ])("refuses %s with a message on that field", (_case, input, field, message) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!) as Record<string, string>;
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("refuses a password longer than bcrypt can use, counted in bytes", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "a".repeat(72) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: "a".repeat(73) }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, password: "é".repeat(37) }).success).toBe(false);
  });

  it("accepts a password of exactly 8 characters", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "12345678" }).success).toBe(true);
  });
});

describe("signInSchema", () => {
  it("accepts an email and any non-empty password", () => {
    expect(signInSchema.parse({ identifier: "x@y.org", password: "a" })).toEqual({ identifier: "x@y.org", password: "a" });
  });

  it("accepts a username, lower-cased and trimmed, and looks it up by username", () => {
    const { identifier } = signInSchema.parse({ identifier: " Amina.Khan2 ", password: "a" });
    expect(identifier).toBe("amina.khan2");
    expect(signInLookup(identifier)).toEqual({ username: "amina.khan2" });
    expect(signInLookup("Amina@School.org".toLowerCase())).toEqual({ email: "amina@school.org" });
  });

  it("refuses a missing password, a malformed email and a username with other characters", () => {
    const result = signInSchema.safeParse({ identifier: "nope@", password: "" });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual(["identifier", "password"]);
    expect(signInSchema.safeParse({ identifier: "amina khan", password: "a" }).success).toBe(false);
    expect(signInSchema.safeParse({ identifier: "", password: "a" }).success).toBe(false);
  });
});
