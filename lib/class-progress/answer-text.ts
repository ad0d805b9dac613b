import type { QuizQuestion } from "@/lib/quiz/question";
import { parseResponse } from "@/lib/quiz/responses";

// A stored response in words, for teachers: the choice texts a student picked, the order they
// gave, the pairs they made. Ids mean nothing in a spreadsheet.

export const UNREADABLE_ANSWER = "(answer no longer matches the question)";

export function answerText(question: QuizQuestion, stored: unknown): string {
  const parsed = parseResponse(question, stored);
  if (!parsed.ok) return UNREADABLE_ANSWER;
  const response = parsed.response;
  const textOf = (options: { id: string; text: string }[], id: string) =>
    options.find((o) => o.id === id)?.text ?? id;
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
      return "choiceId" in response ? textOf(question.choices, response.choiceId) : UNREADABLE_ANSWER;
    case "multi":
      return "choiceIds" in response
        ? response.choiceIds.map((id) => textOf(question.choices, id)).join("; ")
        : UNREADABLE_ANSWER;
    case "order":
      return "order" in response
        ? response.order.map((id) => textOf(question.items, id)).join(" → ")
        : UNREADABLE_ANSWER;
    case "match":
      return "pairs" in response
        ? response.pairs
            .map((p) => `${textOf(question.pairs.left, p.left)} → ${textOf(question.pairs.right, p.right)}`)
            .join("; ")
        : UNREADABLE_ANSWER;
  }
}
