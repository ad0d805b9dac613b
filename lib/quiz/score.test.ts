import { describe, expect, it } from "vitest";
import { attemptScore, formatScore, meanPoints, scorePercent, topicResults } from "./score";

describe("attemptScore", () => {
  const quiz = ["q1", "q2", "q3", "q4"];

  it("is the mean of the points over every question of the quiz", () => {
    const answers = quiz.map((questionId) => ({ questionId, points: 1 }));
    expect(attemptScore(quiz, answers)).toBe(1);
    expect(attemptScore(quiz, [...answers.slice(0, 3), { questionId: "q4", points: 0.5 }])).toBe(
      0.875,
    );
  });

  it("counts unanswered questions as 0", () => {
    expect(
      attemptScore(quiz, [
        { questionId: "q1", points: 1 },
        { questionId: "q3", points: 0.5 },
      ]),
    ).toBe(0.375);
    expect(attemptScore(quiz, [])).toBe(0);
  });

  it("ignores answers to questions outside the quiz and repeated answers", () => {
    const answers = [
      { questionId: "q1", points: 1 },
      { questionId: "q1", points: 1 },
      { questionId: "elsewhere", points: 1 },
    ];
    expect(attemptScore(quiz, answers)).toBe(0.25);
  });

  it("is 0 for an empty quiz", () => {
    expect(attemptScore([], [{ questionId: "q1", points: 1 }])).toBe(0);
  });
});

describe("meanPoints", () => {
  it("clamps points to 0..1 and counts non-numbers as 0", () => {
    expect(meanPoints([2, -1, Number.NaN, 1])).toBe(0.5);
  });
});

describe("scorePercent and formatScore", () => {
  it("rounds down, so 100% means a perfect score", () => {
    expect(scorePercent(0.996)).toBe(99);
    expect(scorePercent(1)).toBe(100);
    expect(formatScore(0.875)).toBe("87%");
    expect(formatScore(0)).toBe("0%");
  });

  it("shows 70% only for a score that meets the 70% bar, float sums included", () => {
    expect(scorePercent(0.6999)).toBe(69);
    expect(scorePercent((0.7 + 0.7 + 0.7) / 3)).toBe(70); // 0.6999999999999998
    expect(scorePercent(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996
  });

  it("stays within 0..100", () => {
    expect(scorePercent(1.5)).toBe(100);
    expect(scorePercent(-0.2)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
  });
});

describe("topicResults", () => {
  it("gives each topic with questions its mean points, unanswered as 0, in the fixed topic order", () => {
    const questions = [
      { id: "q1", topic: "timeline" as const },
      { id: "q2", topic: "people" as const },
      { id: "q3", topic: "timeline" as const },
    ];
    expect(
      topicResults(
        questions,
        new Map([
          ["q1", 1],
          ["q2", 0.5],
        ]),
      ),
    ).toEqual([
      { topic: "people", questions: 1, score: 0.5 },
      { topic: "timeline", questions: 2, score: 0.5 },
    ]);
  });
});
