import { describe, expect, it } from "vitest";
import { assignmentStatus, effectiveDueDate, statusText } from "./status";

const at = (iso: string) => new Date(iso);
const due = at("2026-03-10T12:00:00Z");
const before = at("2026-03-09T12:00:00Z");
const after = at("2026-03-11T12:00:00Z");

describe("assignmentStatus", () => {
  it("is not started with nothing read and no attempt", () => {
    expect(assignmentStatus({ partsRead: 0, attempts: [], dueAt: due, now: before })).toEqual({
      state: "not_started",
      late: false,
    });
  });

  it("is in progress with some reading or an open attempt", () => {
    expect(assignmentStatus({ partsRead: 2, attempts: [], dueAt: null, now: before }).state).toBe(
      "in_progress",
    );
    expect(
      assignmentStatus({ partsRead: 0, attempts: [{ finishedAt: null }], dueAt: null, now: before })
        .state,
    ).toBe("in_progress");
  });

  it("is done with any finished attempt, on time when the first one is before the due date", () => {
    const attempts = [{ finishedAt: before }, { finishedAt: null }, { finishedAt: after }];
    expect(assignmentStatus({ partsRead: 0, attempts, dueAt: due, now: after })).toEqual({
      state: "done",
      late: false,
    });
  });

  it("is late when done after the due date", () => {
    expect(
      assignmentStatus({ partsRead: 5, attempts: [{ finishedAt: after }], dueAt: due, now: after }),
    ).toEqual({ state: "done", late: true });
  });

  it("is late when not done and the due date has passed", () => {
    expect(assignmentStatus({ partsRead: 0, attempts: [], dueAt: due, now: after })).toEqual({
      state: "not_started",
      late: true,
    });
    expect(assignmentStatus({ partsRead: 1, attempts: [], dueAt: due, now: after })).toEqual({
      state: "in_progress",
      late: true,
    });
  });

  it("is never late without a due date", () => {
    expect(assignmentStatus({ partsRead: 0, attempts: [], dueAt: null, now: after }).late).toBe(false);
  });

  it("is not late at the due date itself", () => {
    expect(
      assignmentStatus({ partsRead: 0, attempts: [{ finishedAt: due }], dueAt: due, now: due }).late,
    ).toBe(false);
  });
});

describe("effectiveDueDate", () => {
  it("applies the student's extension", () => {
    expect(effectiveDueDate(due, after)).toEqual(after);
    expect(effectiveDueDate(due, null)).toEqual(due);
    expect(effectiveDueDate(null, after)).toEqual(after);
    expect(effectiveDueDate(null, null)).toBeNull();
  });

  it("turns a late submission on time once the extension covers it", () => {
    const dueAt = effectiveDueDate(due, at("2026-03-12T00:00:00Z"));
    expect(
      assignmentStatus({ partsRead: 0, attempts: [{ finishedAt: after }], dueAt, now: after }),
    ).toEqual({ state: "done", late: false });
  });
});

describe("statusText", () => {
  it("says the late flag in words", () => {
    expect(statusText({ state: "done", late: true })).toBe("Done, late");
    expect(statusText({ state: "not_started", late: false })).toBe("Not started");
  });
});
