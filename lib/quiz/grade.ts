import type { QuestionOfType, QuizQuestion } from "./question";
import type { MatchResponse, MultiResponse, OrderResponse, QuizResponse } from "./responses";

// Points are 0..1. Single, true/false and cloze are all or nothing; multi, order and match give
// partial credit (rules in docs/mastery.md). Call `parseResponse` first: the graders still never
// give more than the response deserves if handed something unchecked (a response of the wrong
// shape earns 0, unknown or repeated ids earn nothing), but only a parsed response is a fair one.

export type Grade = { points: number; correct: boolean };

const ZERO: Grade = { points: 0, correct: false };

export function gradeResponse(question: QuizQuestion, response: QuizResponse): Grade {
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
      return "choiceId" in response
        ? fromShare(response.choiceId === question.answer.choiceId ? 1 : 0, 1)
        : ZERO;
    case "multi":
      return "choiceIds" in response ? gradeMulti(question, response) : ZERO;
    case "order":
      return "order" in response ? gradeOrder(question, response) : ZERO;
    case "match":
      return "pairs" in response ? gradeMatch(question, response) : ZERO;
  }
}

/** (right picks − wrong picks) / number of right choices, floored at 0: ticking every box earns nothing extra. */
function gradeMulti(question: QuestionOfType<"multi">, response: MultiResponse): Grade {
  const answer = new Set(question.answer.choiceIds);
  const picked = new Set(response.choiceIds);
  let right = 0;
  for (const id of picked) if (answer.has(id)) right++;
  const wrong = picked.size - right;
  return fromShare(Math.max(0, right - wrong), answer.size);
}

/**
 * Kendall-style: the share of item pairs the student put in the right relative order. One
 * neighbouring swap costs a single pair, a reversed list earns 0. An item missing from the
 * response puts none of its pairs in the right order.
 */
function gradeOrder(question: QuestionOfType<"order">, response: OrderResponse): Grade {
  const [concordant, pairs] = concordantPairs(question.answer.order, response.order);
  // A lone item has no pairs: listing it is the whole answer.
  if (pairs === 0)
    return fromShare(question.answer.order.every((id) => response.order.includes(id)) ? 1 : 0, 1);
  return fromShare(concordant, pairs);
}

/** Pairs of `truth` (earliest first) that `given` keeps in the same relative order, and all pairs. */
export function concordantPairs(
  truth: readonly string[],
  given: readonly string[],
): [number, number] {
  const position = new Map<string, number>();
  given.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      pairs++;
      const a = position.get(truth[i]!);
      const b = position.get(truth[j]!);
      if (a !== undefined && b !== undefined && a < b) concordant++;
    }
  }
  return [concordant, pairs];
}

/** The share of left items matched to their right option. */
function gradeMatch(question: QuestionOfType<"match">, response: MatchResponse): Grade {
  // One guess per left item (the first), so a forged list of every combination gains nothing.
  const chosen = new Map<string, string>();
  for (const p of response.pairs) if (!chosen.has(p.left)) chosen.set(p.left, p.right);
  const right = question.answer.pairs.filter((p) => chosen.get(p.left) === p.right).length;
  return fromShare(right, question.answer.pairs.length);
}

/**
 * `earned / possible` as points rounded to 3 decimals. Correctness is decided on the exact
 * fraction, and a near miss never rounds up to a full point (999 of 1000 pairs is 0.999).
 */
function fromShare(earned: number, possible: number): Grade {
  if (possible <= 0) return ZERO;
  const correct = earned >= possible;
  if (correct) return { points: 1, correct: true };
  return { points: Math.min(0.999, Math.round((earned / possible) * 1000) / 1000), correct: false };
}
