import { describe, expect, it } from "vitest";
import { isValidTimeZone, parseLocalDateTime } from "./due-date";

describe("parseLocalDateTime", () => {
  it("reads the value as UTC without a zone", () => {
    expect(parseLocalDateTime("2026-03-10T09:30")?.toISOString()).toBe("2026-03-10T09:30:00.000Z");
    expect(parseLocalDateTime("2026-03-10T09:30:15", "UTC")?.toISOString()).toBe(
      "2026-03-10T09:30:15.000Z",
    );
  });

  it("reads the value in the teacher's zone, summer time included", () => {
    // Istanbul is UTC+3 all year.
    expect(parseLocalDateTime("2026-03-10T09:00", "Europe/Istanbul")?.toISOString()).toBe(
      "2026-03-10T06:00:00.000Z",
    );
    // London: GMT in winter, BST (UTC+1) in summer.
    expect(parseLocalDateTime("2026-01-15T17:00", "Europe/London")?.toISOString()).toBe(
      "2026-01-15T17:00:00.000Z",
    );
    expect(parseLocalDateTime("2026-07-15T17:00", "Europe/London")?.toISOString()).toBe(
      "2026-07-15T16:00:00.000Z",
    );
    // New York, UTC-4 in summer; Kathmandu, UTC+5:45.
    expect(parseLocalDateTime("2026-07-01T23:30", "America/New_York")?.toISOString()).toBe(
      "2026-07-02T03:30:00.000Z",
    );
    expect(parseLocalDateTime("2026-07-01T12:00", "Asia/Kathmandu")?.toISOString()).toBe(
      "2026-07-01T06:15:00.000Z",
    );
  });

  it("refuses what is not a real date and time", () => {
    for (const bad of [
      "",
      "tomorrow",
      "2026-02-30T09:00",
      "2026-13-01T09:00",
      "2026-03-10T25:00",
      "2026-03-10",
      "20260-03-10T09:00",
      "1999-12-31T23:59",
    ]) {
      expect(parseLocalDateTime(bad), bad).toBeNull();
    }
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA zones and refuses anything else", () => {
    expect(isValidTimeZone("Europe/Istanbul")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
