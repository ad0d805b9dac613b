import { z } from "zod";
import { ChoiceSchema, QuestionSchema, QuestionTopicSchema, type Question } from "./schema";

// What the browser may see before a student submits: never the answer or the explanation.
export const PublicQuestionSchema = z.object({
  id: z.string(),
  type: z.enum(["single", "multi", "true_false", "order", "match", "cloze"]),
  topic: QuestionTopicSchema,
  prompt: z.string(),
  choices: z.array(ChoiceSchema).optional(),
  items: z.array(ChoiceSchema).optional(),
  pairs: z.object({ left: z.array(ChoiceSchema), right: z.array(ChoiceSchema) }).optional(),
});
export type PublicQuestion = z.infer<typeof PublicQuestionSchema>;

export type SecretAnswer = { id: string; answer: Question["answer"]; explanation: string; source: Question["source"]; sources: Question["sources"] };

export function toPublicQuestion(q: Question): PublicQuestion {
  const base = { id: q.id, type: q.type, topic: q.topic, prompt: q.prompt };
  if (q.type === "order") return { ...base, items: q.items };
  if (q.type === "match") return { ...base, pairs: q.pairs };
  return { ...base, choices: q.choices };
}

export function toSecretAnswer(q: Question): SecretAnswer {
  return { id: q.id, answer: q.answer, explanation: q.explanation, source: q.source, sources: q.sources };
}

export { QuestionSchema };
