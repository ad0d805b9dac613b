import type { Choice, ParleyModule, Question } from "@/lib/generator/schema";
import { toPublicQuestion } from "@/lib/generator/public-question";
import type { LostEdit } from "@/lib/authoring/generate";
import { carrySectionEdits, EDITABLE_SECTIONS, isEditableSection, sectionEditsOf } from "@/lib/authoring/section-edit";

// Pure: which of a version's teacher edits apply to a regenerated module, and which cannot
// (their question or item is gone, or changed shape) and must be shown to the teacher.

export type EditedQuestion = {
  key: string;
  type: string;
  prompt: string;
  body: unknown;
  answer: unknown;
  removed: boolean;
  editedAt: Date | null;
};
export type EditedSection = { kind: string; data: unknown; editedData: unknown };

export type QuestionCarry = { key: string; removed: boolean; edit: { prompt: string; body: unknown; answer: unknown; editedAt: Date } | null };

type Body = { choices?: Choice[]; items?: Choice[]; pairs?: { left: Choice[]; right: Choice[] } };

/** Choice ids and the answer: an edit of texts only fits a question with the same ones. */
function shapeOf(type: string, body: unknown, answer: unknown): string {
  const b = body as Body;
  const ids = (list: Choice[] | undefined) => (list ?? []).map((c) => c.id).join(",");
  const { text: _clozeText, ...rest } = answer as Record<string, unknown>; // eslint-disable-line @typescript-eslint/no-unused-vars
  return JSON.stringify([type.toUpperCase(), ids(b.choices), ids(b.items), ids(b.pairs?.left), ids(b.pairs?.right), rest]);
}

function publicBody(q: Question): unknown {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, type, topic, prompt, ...body } = toPublicQuestion(q);
  return body;
}

function describeQuestion(q: EditedQuestion): string {
  const b = q.body as Body;
  const options = [...(b.choices ?? []), ...(b.items ?? []), ...(b.pairs?.left ?? []), ...(b.pairs?.right ?? [])].map((c) => c.text);
  return options.length ? `${q.prompt} (${options.join(" / ")})` : q.prompt;
}

export function planCarryOver(old: { questions: EditedQuestion[]; sections: EditedSection[] }, generated: ParleyModule) {
  const lost: LostEdit[] = [];
  const questions: QuestionCarry[] = [];
  const fresh = new Map(generated.questions.map((q) => [q.id, q]));
  for (const q of old.questions) {
    if (!q.removed && !q.editedAt) continue;
    const next = fresh.get(q.key);
    if (!next) {
      // A removed question that is no longer generated stays out of the quiz by itself.
      if (q.editedAt) lost.push({ what: "Question edit (the question is no longer generated)", content: describeQuestion(q) });
      continue;
    }
    let edit: QuestionCarry["edit"] = null;
    if (q.editedAt) {
      const fits = shapeOf(q.type, q.body, q.answer) === shapeOf(next.type, publicBody(next), next.answer);
      if (fits) edit = { prompt: q.prompt, body: q.body, answer: q.answer, editedAt: q.editedAt };
      else lost.push({ what: "Question edit (the question's choices changed)", content: describeQuestion(q) });
    }
    questions.push({ key: q.key, removed: q.removed, edit });
  }

  const sections: { kind: string; editedData: unknown }[] = [];
  for (const s of old.sections) {
    if (!isEditableSection(s.kind) || !s.editedData) continue;
    const edits = sectionEditsOf(s.kind, s.data, s.editedData);
    const carried = carrySectionEdits(s.kind, generated[s.kind], edits);
    if (carried.editedData) sections.push({ kind: s.kind, editedData: carried.editedData });
    for (const edit of carried.lost) {
      lost.push({ what: `${EDITABLE_SECTIONS[s.kind].title}: ${edit.label} (no longer in the module)`, content: String(edit.value ?? "(no role)") });
    }
  }
  return { questions, sections, lost };
}
