"use client";

import type { AnsweredView, PublicQuestionView } from "@/lib/quiz/views";

type Props = {
  questions: PublicQuestionView[];
  answered: Map<string, AnsweredView>;
  current: number;
  onSelect: (index: number) => void;
};

/** Every question as a numbered button: go back to an answer's feedback, or skip ahead. */
export function QuestionNav({ questions, answered, current, onSelect }: Props) {
  return (
    <nav aria-label="Questions" className="border-t border-slate-200 pt-4 dark:border-slate-700">
      <ol className="flex flex-wrap gap-2">
        {questions.map((q, i) => {
          const a = answered.get(q.id);
          const state = !a
            ? "not answered"
            : a.feedback.correct
              ? "right"
              : a.feedback.points > 0
                ? "partly right"
                : "wrong";
          const tone = !a
            ? "border-slate-400"
            : a.feedback.correct
              ? "border-green-700 bg-green-50 dark:bg-green-950"
              : "border-red-700 bg-red-50 dark:bg-red-950";
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onSelect(i)}
                aria-current={i === current ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${state}`}
                className={`size-9 rounded border-2 text-sm font-semibold tabular-nums ${tone} ${i === current ? "ring-2 ring-blue-700 ring-offset-1" : ""}`}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
