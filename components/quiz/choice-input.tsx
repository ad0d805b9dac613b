"use client";

import type { PublicQuestionView } from "@/lib/quiz/views";

type ChoiceQuestionView = Extract<PublicQuestionView, { choices: unknown }>;

type Props = {
  question: ChoiceQuestionView;
  picked: string[];
  onChange: (choiceIds: string[]) => void;
};

/**
 * Radio buttons (single, true/false, cloze) or checkboxes (multi): native inputs, so arrow keys,
 * Space and touch work as everywhere else, and the fieldset's legend names the group.
 */
export function ChoiceInput({ question, picked, onChange }: Props) {
  const multiple = question.type === "multi";
  function toggle(id: string, checked: boolean) {
    if (!multiple) return onChange([id]);
    onChange(checked ? [...picked, id] : picked.filter((p) => p !== id));
  }
  return (
    <ul className="space-y-2">
      {question.choices.map((choice) => (
        <li key={choice.id}>
          <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 px-3 py-2.5 hover:border-blue-700 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:disabled]:cursor-default dark:border-slate-600 dark:has-[:checked]:bg-slate-800">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={`question-${question.id}`}
              value={choice.id}
              checked={picked.includes(choice.id)}
              onChange={(event) => toggle(choice.id, event.target.checked)}
              className="mt-1 size-4 shrink-0 accent-blue-700"
            />
            <span>{choice.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
