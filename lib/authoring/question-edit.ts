import { z } from "zod";
import { QuestionSchema, type Choice } from "@/lib/generator/schema";

// Pure: turns a teacher's edit of a stored question into the new prompt, body and answer, or
// errors keyed by form field. Only texts change; choice ids stay, so the answer still points at
// the same choices.

export type StoredQuestionShape = {
  key: string;
  type: "SINGLE" | "MULTI" | "TRUE_FALSE" | "ORDER" | "MATCH" | "CLOZE";
  topic: string;
  prompt: string;
  body: unknown;
  answer: unknown;
};

type Body = { choices?: Choice[]; items?: Choice[]; pairs?: { left: Choice[]; right: Choice[] } };

export const promptSchema = z
  .string()
  .trim()
  .min(5, "The question needs at least 5 characters.")
  .max(500, "Keep the question under 500 characters.");
const optionTextSchema = z.string().trim().min(1, "This cannot be empty.").max(200, "Keep this under 200 characters.");

/** The form fields of a question's editable texts, by group: their names are `<group>-<id>`. */
export function editableGroups(question: StoredQuestionShape): { group: string; label: string; options: Choice[] }[] {
  const body = question.body as Body;
  if (question.type === "TRUE_FALSE") return [];
  if (body.pairs) {
    return [
      { group: "left", label: "Left column", options: body.pairs.left },
      { group: "right", label: "Right column", options: body.pairs.right },
    ];
  }
  if (body.items) return [{ group: "item", label: "Items", options: body.items }];
  return [{ group: "choice", label: "Choices", options: body.choices ?? [] }];
}

export const BLANK_MARK = /_{3,}/;

export type QuestionEditResult =
  | { ok: true; prompt: string; body: Body; answer: unknown }
  | { ok: false; fieldErrors: Record<string, string> };

export function applyQuestionEdit(question: StoredQuestionShape, fields: Record<string, string | undefined>): QuestionEditResult {
  const fieldErrors: Record<string, string> = {};
  const prompt = promptSchema.safeParse(fields.prompt ?? "");
  if (!prompt.success) fieldErrors.prompt = prompt.error.issues[0]!.message;
  else if (question.type === "CLOZE" && BLANK_MARK.test(question.prompt) && !BLANK_MARK.test(prompt.data)) {
    fieldErrors.prompt = "Keep the blank (___) in a fill-in-the-blank question.";
  }

  const texts = new Map<string, string>();
  for (const { group, options } of editableGroups(question)) {
    const seen = new Map<string, string>();
    for (const option of options) {
      const name = `${group}-${option.id}`;
      const parsed = optionTextSchema.safeParse(fields[name] ?? "");
      if (!parsed.success) {
        fieldErrors[name] = parsed.error.issues[0]!.message;
        continue;
      }
      const folded = parsed.data.toLowerCase();
      if (seen.has(folded)) fieldErrors[name] = "Two options have the same text: make each one different.";
      seen.set(folded, name);
      texts.set(name, parsed.data);
    }
  }
  if (Object.keys(fieldErrors).length > 0 || !prompt.success) return { ok: false, fieldErrors };

  const rename = (group: string, options: Choice[]) => options.map((o) => ({ id: o.id, text: texts.get(`${group}-${o.id}`) ?? o.text }));
  const old = question.body as Body;
  const body: Body = old.pairs
    ? { pairs: { left: rename("left", old.pairs.left), right: rename("right", old.pairs.right) } }
    : old.items
      ? { items: rename("item", old.items) }
      : { choices: question.type === "TRUE_FALSE" ? old.choices! : rename("choice", old.choices ?? []) };

  let answer = question.answer as Record<string, unknown>;
  if (question.type === "CLOZE") {
    // The cloze answer also carries the right choice's text: keep the two in step.
    const right = body.choices!.find((c) => c.id === answer.choiceId);
    answer = { ...answer, text: right?.text ?? answer.text };
  }

  // The same rules as a generated question (minimum choices, answer shape): an edit never makes
  // a question the quiz cannot ask.
  const check = QuestionSchema.safeParse({
    id: question.key,
    topic: question.topic,
    type: question.type.toLowerCase(),
    prompt: prompt.data,
    explanation: "",
    source: { articleId: "", sentenceId: "", quote: "-" },
    sources: [],
    ...body,
    answer,
  });
  if (!check.success) return { ok: false, fieldErrors: { prompt: "This edit would make the question unusable in the quiz." } };
  return { ok: true, prompt: prompt.data, body, answer };
}
