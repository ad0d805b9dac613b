import { describe, expect, it } from "vitest";
import { applyQuestionEdit, type StoredQuestionShape } from "./question-edit";

const cloze: StoredQuestionShape = {
  key: "q1",
  type: "CLOZE",
  topic: "places",
  prompt: "Fill in the blank. “Talks were held in ____ on Saturday.”",
  body: { choices: [{ id: "a", text: "Doha" }, { id: "b", text: "Kabul" }, { id: "c", text: "Ankara" }] },
  answer: { choiceId: "a", text: "Doha" },
};

describe("editing a question", () => {
  it("changes texts only, and keeps a cloze answer's text in step with its choice", () => {
    const result = applyQuestionEdit(cloze, { prompt: "Where? “Talks were held in ____.”", "choice-a": "Doha, Qatar", "choice-b": "Kabul", "choice-c": "Ankara" });
    expect(result).toEqual({
      ok: true,
      prompt: "Where? “Talks were held in ____.”",
      body: { choices: [{ id: "a", text: "Doha, Qatar" }, { id: "b", text: "Kabul" }, { id: "c", text: "Ankara" }] },
      answer: { choiceId: "a", text: "Doha, Qatar" },
    });
  });

  it("refuses empty or duplicate options and a cloze without its blank", () => {
    const result = applyQuestionEdit(cloze, { prompt: "No blank here at all", "choice-a": "", "choice-b": "Kabul", "choice-c": "kabul" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        prompt: "Keep the blank (___) in a fill-in-the-blank question.",
        "choice-a": "This cannot be empty.",
        "choice-c": "Two options have the same text: make each one different.",
      },
    });
  });
});
