"use client";

import type { PublicQuestionView } from "@/lib/quiz/views";

type MatchQuestionView = Extract<PublicQuestionView, { type: "match" }>;

type Props = {
  question: MatchQuestionView;
  matches: Record<string, string>;
  onChange: (matches: Record<string, string>) => void;
};

/** Matching without dragging: one labelled select per item on the left. */
export function MatchInput({ question, matches, onChange }: Props) {
  return (
    <ul className="space-y-3">
      {question.pairs.left.map((left) => {
        const id = `match-${question.id}-${left.id}`;
        return (
          <li key={left.id} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-4">
            <label htmlFor={id} className="font-medium">
              {left.text}
            </label>
            <select
              id={id}
              value={matches[left.id] ?? ""}
              onChange={(event) => onChange({ ...matches, [left.id]: event.target.value })}
              className="w-full rounded border border-slate-400 bg-white px-2 py-2 text-slate-900 disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
            >
              <option value="">Choose a match…</option>
              {question.pairs.right.map((right) => (
                <option key={right.id} value={right.id}>
                  {right.text}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
