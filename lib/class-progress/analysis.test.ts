import { describe, expect, it } from "vitest";
import { analyseQuestions, mostMissedFirst, type AnalysisAnswer } from "./analysis";

const questions = [
  { id: "q1", prompt: "Who mediated?" },
  { id: "q2", prompt: "Where were the talks?" },
  { id: "q3", prompt: "Nobody answered this" },
];
let clock = 0;
const answer = (studentId: string, questionId: string, correct: boolean, text: string): AnalysisAnswer => ({
  studentId,
  questionId,
  correct,
  text,
  answeredAt: new Date(Date.UTC(2026, 0, 1) + clock++ * 1000),
});

describe("analyseQuestions", () => {
  it("counts each student once, with their first answer", () => {
    const [q1] = analyseQuestions(questions, [
      answer("ana", "q1", false, "Qatar"),
      answer("ana", "q1", true, "Turkey and Qatar"), // a retake after feedback: not counted
      answer("ben", "q1", true, "Turkey and Qatar"),
    ]);
    expect(q1).toMatchObject({ answered: 2, right: 1, shareRight: 0.5, mostMissed: false });
    expect(q1!.mostCommonWrong).toEqual({ text: "Qatar", count: 1 });
  });

  it("finds the most common wrong answer and flags questions under half right", () => {
    const result = analyseQuestions(questions, [
      answer("ana", "q2", false, "Doha"),
      answer("ben", "q2", false, "Kabul"),
      answer("cem", "q2", false, "Doha"),
      answer("dia", "q2", true, "Istanbul"),
    ]);
    expect(result[1]).toMatchObject({
      number: 2,
      answered: 4,
      right: 1,
      shareRight: 0.25,
      mostCommonWrong: { text: "Doha", count: 2 },
      mostMissed: true,
    });
    expect(result[2]).toMatchObject({ answered: 0, shareRight: null, mostCommonWrong: null, mostMissed: false });
  });

  it("lists the most-missed questions hardest first", () => {
    const result = analyseQuestions(questions, [
      answer("ana", "q1", false, "x"),
      answer("ben", "q1", true, "y"),
      answer("cem", "q1", false, "x"),
      answer("ana", "q2", false, "z"),
    ]);
    expect(mostMissedFirst(result).map((q) => q.questionId)).toEqual(["q2", "q1"]);
  });
});
