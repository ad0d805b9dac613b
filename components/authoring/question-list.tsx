import { secondaryButtonClass } from "@/components/authoring/edit-status";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { toggleQuestionAction } from "@/lib/authoring/actions";
import { editableGroups } from "@/lib/authoring/question-edit";
import type { ReviewQuestion } from "@/lib/authoring/queries";
import { QUESTION_TYPE_LABELS } from "@/lib/authoring/labels";

type Answer = { choiceId?: string; choiceIds?: string[]; order?: string[]; pairs?: { left: string; right: string }[] };
type Body = { choices?: { id: string; text: string }[]; items?: { id: string; text: string }[]; pairs?: { left: { id: string; text: string }[]; right: { id: string; text: string }[] } };

/** The right answer in words, so the teacher can check the question. */
function answerText(q: ReviewQuestion): string {
  const answer = q.answer as Answer;
  const body = q.body as Body;
  const text = (list: { id: string; text: string }[] | undefined, id: string) => list?.find((c) => c.id === id)?.text ?? id;
  if (answer.choiceId) return text(body.choices, answer.choiceId);
  if (answer.choiceIds) return answer.choiceIds.map((id) => text(body.choices, id)).join("; ");
  if (answer.order) return answer.order.map((id) => text(body.items, id)).join(" → ");
  if (answer.pairs) return answer.pairs.map((p) => `${text(body.pairs?.left, p.left)} ↔ ${text(body.pairs?.right, p.right)}`).join("; ");
  return "";
}

export function QuestionList({ moduleId, questions }: { moduleId: string; questions: ReviewQuestion[] }) {
  const asked = questions.filter((q) => !q.removed).length;
  return (
    <section aria-labelledby="questions-heading" className="space-y-4">
      <h2 id="questions-heading" className="text-2xl font-semibold tracking-tight">
        Questions ({asked} of {questions.length} in the quiz)
      </h2>
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.id} data-question-key={q.key} className={`space-y-2 rounded-lg border p-4 ${q.removed ? "border-dashed border-slate-400 opacity-80" : "border-slate-300 dark:border-slate-700"}`}>
            <h3 className="font-semibold">
              Question {i + 1}{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                ({QUESTION_TYPE_LABELS[q.type]}, {q.topic}){q.removed ? " · removed from the quiz" : ""}
                {q.editedAt ? " · edited" : ""}
              </span>
            </h3>
            <p>{q.prompt}</p>
            <p className="text-sm">
              <span className="font-medium">Answer:</span> {answerText(q)}
            </p>
            <form action={toggleQuestionAction}>
              <input type="hidden" name="moduleId" value={moduleId} />
              <input type="hidden" name="questionId" value={q.id} />
              <input type="hidden" name="removed" value={q.removed ? "false" : "true"} />
              <button type="submit" className={secondaryButtonClass}>
                {q.removed ? `Restore question ${i + 1}` : `Remove question ${i + 1}`}
              </button>
            </form>
            <details>
              <summary className="cursor-pointer font-medium">Edit question {i + 1}</summary>
              <div className="mt-3">
                <QuestionEditor moduleId={moduleId} questionId={q.id} number={i + 1} prompt={q.prompt} groups={editableGroups(q)} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
