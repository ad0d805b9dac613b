import type { QuizResponse } from "@/lib/quiz/responses";
import type { PublicQuestionView } from "@/lib/quiz/views";

// The answer a student is putting together, before it is sent. One shape for every question type
// keeps the form simple; `responseFromDraft` turns it into what the server takes.

export type Draft = {
  /** single, true_false, cloze: the picked choice; multi: every ticked choice. */
  choiceIds: string[];
  /** order: the items as currently arranged. */
  order: string[];
  /** match: left item id → chosen option id. */
  matches: Record<string, string>;
};

export function initialDraft(question: PublicQuestionView, answered: QuizResponse | null): Draft {
  const draft: Draft = {
    choiceIds: [],
    order: question.type === "order" ? question.items.map((i) => i.id) : [],
    matches: {},
  };
  if (!answered) return draft;
  if ("choiceId" in answered) return { ...draft, choiceIds: [answered.choiceId] };
  if ("choiceIds" in answered) return { ...draft, choiceIds: answered.choiceIds };
  if ("order" in answered) return { ...draft, order: answered.order };
  return { ...draft, matches: Object.fromEntries(answered.pairs.map((p) => [p.left, p.right])) };
}

/** The response to send, or a sentence saying what is still missing. */
export function responseFromDraft(
  question: PublicQuestionView,
  draft: Draft,
): { response: QuizResponse } | { problem: string } {
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
      return draft.choiceIds[0]
        ? { response: { choiceId: draft.choiceIds[0] } }
        : { problem: "Pick an answer first." };
    case "multi":
      return draft.choiceIds.length > 0
        ? { response: { choiceIds: draft.choiceIds } }
        : { problem: "Tick at least one answer first." };
    case "order":
      return { response: { order: draft.order } };
    case "match": {
      const pairs = question.pairs.left.flatMap((l) =>
        draft.matches[l.id] ? [{ left: l.id, right: draft.matches[l.id]! }] : [],
      );
      if (pairs.length < question.pairs.left.length)
        return { problem: "Choose a match for every item first." };
      if (new Set(pairs.map((p) => p.right)).size < pairs.length)
        return { problem: "Use each option only once." };
      return { response: { pairs } };
    }
  }
}
