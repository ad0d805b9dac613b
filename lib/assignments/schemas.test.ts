import { describe, expect, it } from "vitest";
import { assignModuleSchema, extendDueDateSchema, fieldErrorsFrom } from "./schemas";

describe("assignment form schemas", () => {
  it("reads the due date in the teacher's zone, and allows none", () => {
    expect(
      assignModuleSchema.parse({ moduleId: "m1", dueAt: "2026-03-10T09:00", timeZone: "Europe/Istanbul" }),
    ).toEqual({ moduleId: "m1", dueAt: new Date("2026-03-10T06:00:00Z") });
    expect(assignModuleSchema.parse({ moduleId: "m1", dueAt: "" })).toEqual({ moduleId: "m1", dueAt: null });
    expect(assignModuleSchema.parse({ moduleId: "m1" })).toEqual({ moduleId: "m1", dueAt: null });
  });

  it("gives field errors for a bad date, a bad zone and a missing module", () => {
    const bad = assignModuleSchema.safeParse({ moduleId: "", dueAt: "2026-02-30T09:00" });
    expect(bad.success).toBe(false);
    expect(fieldErrorsFrom(bad.error!)).toEqual({
      moduleId: "Choose a module to assign.",
      dueAt: expect.stringMatching(/Enter a date and time/),
    });
    const zone = assignModuleSchema.safeParse({ moduleId: "m", dueAt: "2026-03-10T09:00", timeZone: "Nowhere/Else" });
    expect(fieldErrorsFrom(zone.error!).dueAt).toMatch(/time zone/);
  });

  it("needs a date for an extension", () => {
    const missing = extendDueDateSchema.safeParse({ assignmentId: "a", studentId: "s", dueAt: "" });
    expect(fieldErrorsFrom(missing.error!)).toEqual({ dueAt: "Enter the new due date." });
    const noStudent = extendDueDateSchema.safeParse({ assignmentId: "a", dueAt: "2026-03-10T09:00" });
    expect(fieldErrorsFrom(noStudent.error!).studentId).toBe("Choose a student.");
  });
});
