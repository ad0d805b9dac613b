import type { QuestionType } from "@/lib/generated/prisma/enums";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  SINGLE: "one answer",
  MULTI: "several answers",
  TRUE_FALSE: "true or false",
  ORDER: "put in order",
  MATCH: "match the pairs",
  CLOZE: "fill in the blank",
};
