import type { Choice } from "@/lib/generator/schema";
import { gradeResponse } from "./grade";
import type { ChoiceQuestion, QuestionOfType, QuizQuestion } from "./question";
import type { QuizResponse } from "./responses";

// What the UI shows once a question is answered: the student's answer marked right or wrong, and
// the correct answer spelled out in texts. Options keep the order of the question passed in, so
// pass the question as the student saw it (after `shuffleForAttempt`). The explanation and
// citations live on the stored question and are added by the caller.

/** A choice after answering: picked and right, picked but wrong, the right one not picked, or neither. */
export type ChoiceMark = "right" | "wrong" | "missed" | "neutral";
export type ChoiceFeedback = {
  id: string;
  text: string;
  picked: boolean;
  isAnswer: boolean;
  mark: ChoiceMark;
};

export type OrderedItemFeedback = {
  id: string;
  text: string;
  position: number;
  correctPosition: number;
  inPlace: boolean;
};
export type PairFeedback = {
  left: Choice;
  chosen: Choice | null;
  correct: Choice;
  isRight: boolean;
};

type Common = { questionId: string; answered: boolean; points: number; correct: boolean };

export type Feedback = Common &
  (
    | {
        kind: "choices";
        type: ChoiceQuestion["type"];
        choices: ChoiceFeedback[];
        correctAnswer: string[];
      }
    | { kind: "order"; yourOrder: OrderedItemFeedback[]; correctOrder: Choice[] }
    | { kind: "match"; pairs: PairFeedback[] }
  );

/** `response` is the parsed response, or null when the question was left unanswered. */
export function feedbackFor(question: QuizQuestion, response: QuizResponse | null): Feedback {
  const grade = response ? gradeResponse(question, response) : { points: 0, correct: false };
  const common: Common = { questionId: question.id, answered: response !== null, ...grade };
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
    case "multi":
      return { ...common, ...choicesFeedback(question, pickedIds(response)) };
    case "order":
      return {
        ...common,
        ...orderFeedback(question, response && "order" in response ? response.order : []),
      };
    case "match":
      return {
        ...common,
        kind: "match",
        pairs: pairsFeedback(question, response && "pairs" in response ? response.pairs : []),
      };
  }
}

function pickedIds(response: QuizResponse | null): Set<string> {
  if (response && "choiceId" in response) return new Set([response.choiceId]);
  if (response && "choiceIds" in response) return new Set(response.choiceIds);
  return new Set();
}

function choicesFeedback(question: ChoiceQuestion, picked: Set<string>) {
  const answer = new Set(
    question.type === "multi" ? question.answer.choiceIds : [question.answer.choiceId],
  );
  const choices = question.choices.map((c): ChoiceFeedback => {
    const isPicked = picked.has(c.id);
    const isAnswer = answer.has(c.id);
    const mark: ChoiceMark = isPicked
      ? isAnswer
        ? "right"
        : "wrong"
      : isAnswer
        ? "missed"
        : "neutral";
    return { id: c.id, text: c.text, picked: isPicked, isAnswer, mark };
  });
  return {
    kind: "choices" as const,
    type: question.type,
    choices,
    correctAnswer: choices.filter((c) => c.isAnswer).map((c) => c.text),
  };
}

function orderFeedback(question: QuestionOfType<"order">, given: string[]) {
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const correctOrder = question.answer.order
    .map((id) => byId.get(id))
    .filter((i): i is Choice => i !== undefined);
  const correctIndex = new Map(correctOrder.map((item, i) => [item.id, i]));
  const yourOrder = given.flatMap((id, i): OrderedItemFeedback[] => {
    const item = byId.get(id);
    const at = correctIndex.get(id);
    if (!item || at === undefined) return [];
    return [{ id, text: item.text, position: i + 1, correctPosition: at + 1, inPlace: at === i }];
  });
  return {
    kind: "order" as const,
    yourOrder,
    correctOrder: correctOrder.map((i) => ({ id: i.id, text: i.text })),
  };
}

function pairsFeedback(
  question: QuestionOfType<"match">,
  given: { left: string; right: string }[],
): PairFeedback[] {
  const rightById = new Map(question.pairs.right.map((r) => [r.id, r]));
  const answerFor = new Map(question.answer.pairs.map((p) => [p.left, p.right]));
  const chosenFor = new Map<string, string>();
  for (const p of given) if (!chosenFor.has(p.left)) chosenFor.set(p.left, p.right);
  return question.pairs.left.flatMap((left): PairFeedback[] => {
    const correct = rightById.get(answerFor.get(left.id) ?? "");
    if (!correct) return [];
    const chosen = rightById.get(chosenFor.get(left.id) ?? "") ?? null;
    const pick = (c: Choice) => ({ id: c.id, text: c.text });
    return [
      {
        left: pick(left),
        chosen: chosen && pick(chosen),
        correct: pick(correct),
        isRight: chosen?.id === correct.id,
      },
    ];
  });
}
