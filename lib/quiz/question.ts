import { z } from "zod";
import { QuestionSchema, type QuestionTopic } from "@/lib/generator/schema";

// The quiz logic only needs a question's id, type, topic, its public options and its answer.
// The schema is derived from the generator's, so the two cannot drift apart; a full generator
// `Question` (with prompt, explanation, sources) is accepted wherever a `QuizQuestion` is.

const TEXT_ONLY = { prompt: true, explanation: true, source: true, sources: true } as const;
const [single, multi, trueFalse, cloze, order, match] = QuestionSchema.options;

export const QuizQuestionSchema = z.discriminatedUnion("type", [
  single.omit(TEXT_ONLY),
  multi.omit(TEXT_ONLY),
  trueFalse.omit(TEXT_ONLY),
  cloze.omit(TEXT_ONLY),
  order.omit(TEXT_ONLY),
  match.omit(TEXT_ONLY),
]);

export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;
export type QuestionType = QuizQuestion["type"];
export type QuestionOfType<T extends QuestionType> = Extract<QuizQuestion, { type: T }>;
export type ChoiceQuestion = QuestionOfType<"single" | "multi" | "true_false" | "cloze">;
export type { QuestionTopic };

/** The database enum (`QuestionType` in prisma/schema.prisma) to the generator's type names. */
export const QUESTION_TYPE_FROM_STORED = {
  SINGLE: "single",
  MULTI: "multi",
  TRUE_FALSE: "true_false",
  ORDER: "order",
  MATCH: "match",
  CLOZE: "cloze",
} as const satisfies Record<string, QuestionType>;

/** A `Question` row as read from the database; `body` and `answer` are its JSON columns. */
export type StoredQuestion = {
  id: string;
  type: string;
  topic: string;
  body: unknown;
  answer: unknown;
};

/**
 * Rebuilds a quiz question from its database row and checks it: the JSON columns are only as
 * trustworthy as the last edit, and grading a question whose answer names a missing choice
 * would silently give everyone 0. Throws on a broken row (a server-side bug, not user input).
 */
export function fromStoredQuestion(row: StoredQuestion): QuizQuestion {
  const type = QUESTION_TYPE_FROM_STORED[row.type as keyof typeof QUESTION_TYPE_FROM_STORED];
  const body = typeof row.body === "object" && row.body !== null ? row.body : {};
  const parsed = QuizQuestionSchema.safeParse({
    ...body,
    id: row.id,
    type,
    topic: row.topic,
    answer: row.answer,
  });
  if (!parsed.success)
    throw new Error(
      `Question ${row.id} is stored in a broken form: ${z.prettifyError(parsed.error)}`,
    );
  const problem = answerProblem(parsed.data);
  if (problem)
    throw new Error(`Question ${row.id} has an answer that does not fit its options: ${problem}`);
  return parsed.data;
}

/** Why a question's own answer does not fit its options, or null when it does. */
export function answerProblem(q: QuizQuestion): string | null {
  const ids = (options: { id: string }[]) => new Set(options.map((o) => o.id));
  const allIn = (wanted: string[], options: Set<string>) => wanted.every((id) => options.has(id));
  const distinct = (values: string[]) => new Set(values).size === values.length;
  switch (q.type) {
    case "single":
    case "true_false":
    case "cloze":
      return ids(q.choices).has(q.answer.choiceId) ? null : "the answer is not among the choices";
    case "multi":
      return allIn(q.answer.choiceIds, ids(q.choices)) && distinct(q.answer.choiceIds)
        ? null
        : "the answers are not distinct choices";
    case "order":
      return q.answer.order.length === q.items.length &&
        distinct(q.answer.order) &&
        allIn(q.answer.order, ids(q.items))
        ? null
        : "the order is not a permutation of the items";
    case "match": {
      const lefts = q.answer.pairs.map((p) => p.left);
      const rights = q.answer.pairs.map((p) => p.right);
      const complete = lefts.length === q.pairs.left.length && distinct(lefts) && distinct(rights);
      return complete && allIn(lefts, ids(q.pairs.left)) && allIn(rights, ids(q.pairs.right))
        ? null
        : "the pairs do not match each left item once";
    }
  }
}
