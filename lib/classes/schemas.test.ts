import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/auth/schemas";
import { addStudentsSchema, createClassSchema, joinClassSchema } from "@/lib/classes/schemas";

describe("createClassSchema", () => {
  it("accepts 1 to 80 characters, trimmed", () => {
    expect(createClassSchema.parse({ name: "  Year 9 History " }).name).toBe("Year 9 History");
    expect(createClassSchema.safeParse({ name: "x".repeat(80) }).success).toBe(true);
  });

  it.each([
    ["an empty name", "   ", "Enter a name for the class."],
    ["81 characters", "x".repeat(81), "80 characters or fewer"],
  ])("refuses %s with a message on the name", (_case, name, message) => {
    const result = createClassSchema.safeParse({ name });
    expect(fieldErrorsOf(result.error!).name).toContain(message);
  });
});

describe("addStudentsSchema", () => {
  it("reads one name a line, skipping blank lines and extra spaces", () => {
    const parsed = addStudentsSchema.parse({ classId: "c1", names: "Amina  Khan\r\n\n  Omar Ali \n" });
    expect(parsed.names).toEqual(["Amina Khan", "Omar Ali"]);
  });

  it.each([
    ["no names", " \n ", "Enter at least one name"],
    ["51 names", Array.from({ length: 51 }, (_, i) => `Pupil ${i}`).join("\n"), "at most 50"],
    ["a name too long", `Amina\n${"x".repeat(81)}\nOmar`, "80 characters or fewer"],
    ["a line without letters", "Amina\n---", "is not a name"],
  ])("refuses %s as a whole", (_case, names, message) => {
    const result = addStudentsSchema.safeParse({ classId: "c1", names });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!).names).toContain(message);
  });

  it("accepts exactly 50 names", () => {
    const names = Array.from({ length: 50 }, (_, i) => `Pupil ${i}`).join("\n");
    expect(addStudentsSchema.parse({ classId: "c1", names }).names).toHaveLength(50);
  });
});

describe("joinClassSchema", () => {
  it("needs a code", () => {
    expect(fieldErrorsOf(joinClassSchema.safeParse({ code: "  " }).error!).code).toContain("Enter the code");
  });
});
