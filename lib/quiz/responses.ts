import { z } from "zod";
import type { ChoiceQuestion, QuestionOfType, QuestionType, QuizQuestion } from "./question";

// What a student submits, and the check that it really answers *this* question. A submission is
// forged as easily as it is typed, so every id must belong to the question, nothing may repeat,
// and there may be no more entries than the question has. Messages are shown to the student.

/** Generous for the generator's ids ("a", "l1", "true") while keeping junk payloads small. */
const MAX_ID_LENGTH = 64;
/** A hard cap before any question-specific check: no question has this many options. */
const MAX_ENTRIES = 50;

const FORM_ERROR = "The answer is not in the form this question expects.";
const objectError = (iss: { code: string }) =>
  iss.code === "unrecognized_keys"
    ? "The answer has fields this question does not take."
    : FORM_ERROR;
/** The message for a missing field or one of the wrong type. */
const typeError = (missing: string, wrong: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? missing : wrong;
const id = (what: string, missing = `The answer does not say which ${what} is picked.`) =>
  z
    .string({ error: typeError(missing, `Each ${what} must be given by its id.`) })
    .min(1, `A ${what} id is empty.`)
    .max(MAX_ID_LENGTH, `A ${what} id is too long.`);
const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, {
      error: typeError(
        `The answer has no list of ${what}s.`,
        `The ${what}s must be given as a list.`,
      ),
    })
    .min(1, `Give at least one ${what}.`)
    .max(MAX_ENTRIES, `The answer has more ${what}s than any question has.`);
const distinct = (values: string[]) => new Set(values).size === values.length;

export const ChoiceResponseSchema = z.strictObject(
  { choiceId: id("choice") },
  { error: objectError },
);

export const MultiResponseSchema = z
  .strictObject({ choiceIds: list(id("choice"), "choice") }, { error: objectError })
  .refine((r) => distinct(r.choiceIds), "The same choice is picked twice.");

export const OrderResponseSchema = z
  .strictObject({ order: list(id("item"), "item") }, { error: objectError })
  .refine((r) => distinct(r.order), "The same item is listed twice.");

const PairSchema = z.strictObject(
  {
    left: id("item", "A pair is missing its left item."),
    right: id("option", "A pair is missing its option."),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? "A pair has fields it does not take."
        : "Each pair must have a left and a right id.",
  },
);

export const MatchResponseSchema = z
  .strictObject({ pairs: list(PairSchema, "pair") }, { error: objectError })
  .refine((r) => distinct(r.pairs.map((p) => p.left)), "An item on the left is matched twice.")
  .refine((r) => distinct(r.pairs.map((p) => p.right)), "The same option is used for two items.");

export const RESPONSE_SCHEMAS = {
  single: ChoiceResponseSchema,
  true_false: ChoiceResponseSchema,
  cloze: ChoiceResponseSchema,
  multi: MultiResponseSchema,
  order: OrderResponseSchema,
  match: MatchResponseSchema,
} as const satisfies Record<QuestionType, z.ZodType>;

export type ChoiceResponse = z.infer<typeof ChoiceResponseSchema>;
export type MultiResponse = z.infer<typeof MultiResponseSchema>;
export type OrderResponse = z.infer<typeof OrderResponseSchema>;
export type MatchResponse = z.infer<typeof MatchResponseSchema>;
export type ResponseFor<T extends QuestionType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;
export type QuizResponse = ChoiceResponse | MultiResponse | OrderResponse | MatchResponse;

export type ParseResult = { ok: true; response: QuizResponse } | { ok: false; error: string };

/**
 * Checks a submitted payload against the question it claims to answer. Returns the typed
 * response, or the first problem in plain words. The shape is checked first (so the later
 * checks can trust the types), then size, then membership, then completeness.
 */
export function parseResponse(question: QuizQuestion, raw: unknown): ParseResult {
  const shape = RESPONSE_SCHEMAS[question.type].safeParse(raw);
  if (!shape.success) return { ok: false, error: shape.error.issues[0]?.message ?? FORM_ERROR };
  const response = shape.data;
  const error = fitProblem(question, response);
  return error ? { ok: false, error } : { ok: true, response };
}

/** The payload is well formed; does it fit this question's options? */
function fitProblem(question: QuizQuestion, response: QuizResponse): string | null {
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
      return "choiceId" in response ? choiceProblem(question, [response.choiceId]) : FORM_ERROR;
    case "multi":
      return "choiceIds" in response ? choiceProblem(question, response.choiceIds) : FORM_ERROR;
    case "order":
      return "order" in response ? orderProblem(question, response) : FORM_ERROR;
    case "match":
      return "pairs" in response ? matchProblem(question, response) : FORM_ERROR;
  }
}

function choiceProblem(question: ChoiceQuestion, picked: string[]): string | null {
  if (picked.length > question.choices.length)
    return "The answer picks more choices than the question has.";
  const known = new Set(question.choices.map((c) => c.id));
  return picked.every((p) => known.has(p))
    ? null
    : "The answer names a choice that is not in this question.";
}

function orderProblem(question: QuestionOfType<"order">, response: OrderResponse): string | null {
  const { items } = question;
  if (response.order.length > items.length)
    return "The order lists more items than the question has.";
  const known = new Set(items.map((i) => i.id));
  if (!response.order.every((i) => known.has(i)))
    return "The order names an item that is not in this question.";
  const missing = items.length - response.order.length;
  return missing > 0
    ? `Put every item in order: ${missing} ${missing === 1 ? "is" : "are"} missing.`
    : null;
}

function matchProblem(question: QuestionOfType<"match">, response: MatchResponse): string | null {
  const { left, right } = question.pairs;
  if (response.pairs.length > left.length)
    return "The answer has more pairs than the question has items to match.";
  const lefts = new Set(left.map((l) => l.id));
  const rights = new Set(right.map((r) => r.id));
  if (!response.pairs.every((p) => lefts.has(p.left)))
    return "A pair names an item that is not in this question.";
  if (!response.pairs.every((p) => rights.has(p.right)))
    return "A pair names an option that is not in this question.";
  const missing = left.length - response.pairs.length;
  return missing > 0
    ? `Match every item: ${missing} ${missing === 1 ? "is" : "are"} not matched yet.`
    : null;
}

/** The response that earns full marks: what feedback shows and what a smoke test submits. */
export function correctResponse(question: QuizQuestion): QuizResponse {
  switch (question.type) {
    case "single":
    case "true_false":
    case "cloze":
      // A cloze answer also carries the blank's text for display; a student submits only the id.
      return { choiceId: question.answer.choiceId };
    case "multi":
      return { choiceIds: [...question.answer.choiceIds] };
    case "order":
      return { order: [...question.answer.order] };
    case "match":
      return { pairs: question.answer.pairs.map((p) => ({ left: p.left, right: p.right })) };
  }
}
