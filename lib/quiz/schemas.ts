import { z } from "zod";

// Request bodies of the quiz endpoints, one schema each. No server imports: the quiz components
// share the types. The response itself is only checked for size here; whether it really answers
// the question is `parseResponse`'s job once the question is known (lib/quiz/responses.ts).

/** Prisma's cuid()s, and nothing that could smuggle anything else into a query. */
export const recordIdSchema = z.string().regex(/^[a-z0-9]{16,40}$/, "Unknown id.");

/** The largest answer body accepted: a generous match question is well under 2 KB. */
export const MAX_ANSWER_BYTES = 8_192;

const response = z.custom<unknown>((value) => value !== undefined, "The answer is missing.");

export const submitAnswerSchema = z.strictObject({ questionId: recordIdSchema, response });
export type SubmitAnswerInput = z.infer<typeof submitAnswerSchema>;

/** Anonymous practice: also the seed the page shuffled with, so feedback keeps the order shown. */
export const practiceAnswerSchema = z.strictObject({
  questionId: recordIdSchema,
  response,
  seed: z.int32().optional(),
});
export type PracticeAnswerInput = z.infer<typeof practiceAnswerSchema>;

export const reviewAnswerSchema = submitAnswerSchema;

/** Starting or resuming takes no options: the body is an empty object (a bad body is refused). */
export const startAttemptSchema = z.strictObject({});
