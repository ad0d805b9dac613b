import { describe, expect, it } from "vitest";
import { findDates, resolveRelative } from "./dates";
import { generateModule } from "./index";
import { sampleModule } from "./test-helpers";

describe("findDates", () => {
  it("finds full, partial, year, range and relative dates as written", () => {
    const found = findDates("On October 19, 2025 and on November 6 since 2021, during 2020–2021, late Friday and tomorrow.");
    expect(found.map((d) => [d.text, d.precision, d.iso])).toEqual([
      ["October 19, 2025", "day", "2025-10-19"],
      ["November 6", "partial", "--11-06"],
      ["2021", "year", "2021"],
      ["2020–2021", "range", "2020"],
      ["late Friday", "relative", null],
      ["tomorrow", "relative", null],
    ]);
  });

  it("does not read lengths or counts as years", () => {
    expect(findDates("their 2,600-kilometer (1,600-mile) frontier and 2000 troops")).toEqual([]);
  });

  it("pins relative dates only with an article date, looking ahead when the clause does", () => {
    expect(resolveRelative("tomorrow", "2023-05-27")).toBe("2023-05-28");
    expect(resolveRelative("Saturday", "2023-05-27")).toBe("2023-05-27");
    expect(findDates("agreed on Friday to extend it", "2023-05-27")[0]!.iso).toBe("2023-05-26");
    expect(findDates("was due to expire on Monday evening", "2023-05-27")[0]!.iso).toBe("2023-05-29");
    expect(findDates("last week", "2023-05-27")[0]!.iso).toBeNull();
  });
});

describe("timeline", () => {
  it("orders pinned dates first, keeps relative dates as written and unpinned", () => {
    const t = sampleModule().timeline;
    expect(t.slice(0, 3).map((e) => e.when)).toEqual(["2013", "2020–2021", "2021"]);
    const md = t.filter((e) => e.precision === "partial").map((e) => e.when);
    expect(md).toEqual(["October 11", "October 19", "November 6"]);
    const friday = t.find((e) => e.when === "late Friday")!;
    expect(friday.date).toBeNull();
    expect(friday.event).toContain("expired");
  });

  it("reports one event once even when two articles word it differently", () => {
    const y2021 = sampleModule().timeline.filter((e) => e.when === "2021");
    expect(y2021.some((e) => e.alsoReportedBy.length > 0)).toBe(true);
  });

  it("leaves out boilerplate dates and wire dateline dates", () => {
    const all = sampleModule().timeline.map((e) => e.when);
    expect(all).not.toContain("2009");
    expect(all).not.toContain("December, 2020");
    const wire = generateModule([{ file: "w.txt", text: "date: 2023-05-29\n---\nHeadline\nKHARTOUM, May 29 (Reuters) - A ceasefire collapsed on Monday, residents said." }]);
    expect(wire.timeline.map((e) => [e.when, e.date])).toEqual([["on Monday", "2023-05-29"]]);
  });
});
