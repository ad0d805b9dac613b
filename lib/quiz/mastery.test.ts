import { describe, expect, it } from "vitest";
import type { QuestionTopic } from "@/lib/generator/schema";
import { computeMastery, masteryRank, type MasteryAttempt, type QuestionResult } from "./mastery";

const HOUR = 60 * 60 * 1000;
const t0 = new Date("2025-03-01T09:00:00Z");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

/** A finished (or, with finishedAt null, unfinished) attempt; `points` maps each question to its topic. */
function attempt(
  finishedAt: Date | null,
  results: [QuestionTopic, number | null][],
): MasteryAttempt {
  return {
    finishedAt,
    results: results.map(([topic, points]): QuestionResult => ({ topic, points })),
  };
}
/** A 4-question quiz (2 people, 2 places) finished at `hours` with these points. */
const quiz = (
  hours: number | null,
  p1: number | null,
  p2: number | null,
  pl1: number | null,
  pl2: number | null,
) =>
  attempt(hours === null ? null : at(hours), [
    ["people", p1],
    ["people", p2],
    ["places", pl1],
    ["places", pl2],
  ]);
const TOPICS: QuestionTopic[] = ["places", "people"];

const levels = (attempts: MasteryAttempt[]) => {
  const m = computeMastery(attempts, TOPICS);
  return { module: m.module.level, ...Object.fromEntries(m.topics.map((t) => [t.topic, t.level])) };
};

describe("computeMastery levels", () => {
  it("not started: no attempts", () => {
    const m = computeMastery([], TOPICS);
    expect(levels([])).toEqual({
      module: "not_started",
      people: "not_started",
      places: "not_started",
    });
    expect(m.module).toEqual({
      level: "not_started",
      bestScore: null,
      latestScore: null,
      scoredAttempts: 0,
      masteryAvailableAt: null,
    });
  });

  it("attempted: a finished attempt under 70%", () => {
    expect(levels([quiz(0, 1, 0, 0.5, 0)])).toEqual({
      module: "attempted",
      people: "attempted",
      places: "attempted",
    });
  });

  it("familiar: 70% or more (the boundary included)", () => {
    expect(levels([quiz(0, 1, 0.4, 1, 0.4)])).toEqual({
      module: "familiar",
      people: "familiar",
      places: "familiar",
    });
    // 0.7 three times sums to 2.0999999999999996: still 70%.
    const floaty = attempt(at(0), [
      ["people", 0.7],
      ["people", 0.7],
      ["people", 0.7],
    ]);
    expect(computeMastery([floaty], ["people"]).topics[0]!.level).toBe("familiar");
    expect(levels([quiz(0, 1, 0.398, 1, 0.398)]).module).toBe("attempted"); // 69.9%
  });

  it("proficient: 100% once, with the time from which mastery is possible", () => {
    const m = computeMastery([quiz(0, 1, 1, 1, 1)], TOPICS);
    expect(m.module).toMatchObject({
      level: "proficient",
      bestScore: 1,
      masteryAvailableAt: at(24),
    });
  });

  it("topics are graded on their own questions", () => {
    // People perfect, places 50%: the module is 75% (familiar).
    expect(levels([quiz(0, 1, 1, 1, 0)])).toEqual({
      module: "familiar",
      people: "proficient",
      places: "attempted",
    });
  });

  it("mastered: 100% twice, at least 24 hours apart", () => {
    expect(levels([quiz(0, 1, 1, 1, 1), quiz(24, 1, 1, 1, 1)]).module).toBe("mastered");
    expect(levels([quiz(0, 1, 1, 1, 1), quiz(24 - 1 / 3600, 1, 1, 1, 1)]).module).toBe(
      "proficient",
    ); // a second short
    expect(levels([quiz(0, 1, 1, 1, 1), quiz(1, 1, 1, 1, 1), quiz(2, 1, 1, 1, 1)]).module).toBe(
      "proficient",
    );
  });

  it("mastered counts the first and last perfect scores, whatever happened in between or the input order", () => {
    const attempts = [quiz(30, 1, 1, 1, 1), quiz(10, 0, 0, 0, 0), quiz(0, 1, 1, 1, 1)];
    expect(levels(attempts)).toEqual({
      module: "mastered",
      people: "mastered",
      places: "mastered",
    });
  });

  it("mastery in a topic can come from different attempts than the module's", () => {
    const attempts = [quiz(0, 1, 1, 0, 0), quiz(48, 1, 1, 0.5, 0)];
    expect(levels(attempts)).toEqual({
      module: "attempted",
      people: "mastered",
      places: "attempted",
    });
  });
});

describe("computeMastery: a bad retry", () => {
  it("does not lower the level; bestScore and latestScore tell them apart", () => {
    const m = computeMastery([quiz(0, 1, 1, 1, 1), quiz(5, 0, 0, 0, 0)], TOPICS);
    expect(m.module).toMatchObject({
      level: "proficient",
      bestScore: 1,
      latestScore: 0,
      scoredAttempts: 2,
    });
    expect(levels([quiz(0, 1, 1, 1, 1), quiz(24, 1, 1, 1, 1), quiz(50, 0, 0, 0, 0)]).module).toBe(
      "mastered",
    );
  });
});

describe("computeMastery: unfinished attempts", () => {
  it("make the module attempted, even before the first answer, but never give a score", () => {
    const m = computeMastery([quiz(null, null, null, null, null)], TOPICS);
    expect(m.module).toMatchObject({ level: "attempted", bestScore: null, scoredAttempts: 0 });
  });

  it("make a topic attempted once one of its questions is answered", () => {
    expect(levels([quiz(null, 1, null, null, null)])).toEqual({
      module: "attempted",
      people: "attempted",
      places: "not_started",
    });
  });

  it("do not count toward familiar or proficient, however well they are going", () => {
    expect(levels([quiz(null, 1, 1, 1, 1)])).toEqual({
      module: "attempted",
      people: "attempted",
      places: "attempted",
    });
    expect(levels([quiz(0, 1, 1, 1, 1), quiz(null, 1, 1, 1, 1), attempt(null, [])]).module).toBe(
      "proficient",
    );
  });
});

describe("computeMastery: unanswered questions and topics", () => {
  it("an unanswered question in a finished attempt counts 0", () => {
    const m = computeMastery([quiz(0, 1, null, 1, 1)], TOPICS);
    expect(m.module).toMatchObject({ level: "familiar", bestScore: 0.75 });
    expect(m.topics.find((t) => t.topic === "people")).toMatchObject({
      level: "attempted",
      bestScore: 0.5,
    });
  });

  it("lists only the module's topics, in a fixed order; a topic without questions is left out", () => {
    const m = computeMastery([quiz(0, 1, 1, 1, 1)], ["timeline", "people", "places", "people"]);
    expect(m.topics.map((t) => t.topic)).toEqual(["people", "places", "timeline"]);
    // The quiz had no timeline question: no score for it, and nothing was attempted.
    expect(m.topics[2]).toMatchObject({ level: "not_started", bestScore: null, scoredAttempts: 0 });
  });

  it("a finished attempt without questions is attempted, with no score", () => {
    expect(computeMastery([attempt(at(0), [])], []).module).toMatchObject({
      level: "attempted",
      bestScore: null,
    });
  });
});

describe("masteryRank", () => {
  it("orders the levels", () => {
    expect(masteryRank("mastered")).toBeGreaterThan(masteryRank("proficient"));
    expect(masteryRank("familiar")).toBeGreaterThan(masteryRank("attempted"));
    expect(masteryRank("not_started")).toBe(0);
  });
});
