"use client";

import { useActionState } from "react";
import { EditStatus, FieldError, inputClass, secondaryButtonClass } from "@/components/authoring/edit-status";
import { EMPTY_EDIT_STATE } from "@/lib/authoring/action-state";
import { editQuestionAction } from "@/lib/authoring/actions";
import type { Choice } from "@/lib/generator/schema";

type Props = {
  moduleId: string;
  questionId: string;
  number: number;
  prompt: string;
  groups: { group: string; label: string; options: Choice[] }[];
};

/** A question's wording and option texts; ids (and so the right answer) stay as they are. */
export function QuestionEditor({ moduleId, questionId, number, prompt, groups }: Props) {
  const [state, action, pending] = useActionState(editQuestionAction.bind(null, moduleId, questionId), EMPTY_EDIT_STATE);
  const id = (name: string) => `q${number}-${name}`;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={id("prompt")} className="block font-medium">
          Question {number} wording
        </label>
        <textarea
          id={id("prompt")}
          name="prompt"
          rows={3}
          defaultValue={state.values?.prompt ?? prompt}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={errors.prompt ? id("prompt-error") : undefined}
          className={inputClass}
        />
        <FieldError id={id("prompt-error")} message={errors.prompt} />
      </div>
      {groups.map(({ group, label, options }) => (
        <fieldset key={group} className="space-y-2">
          <legend className="font-medium">{label}</legend>
          {options.map((option, i) => {
            const name = `${group}-${option.id}`;
            return (
              <div key={option.id} className="space-y-1">
                <label htmlFor={id(name)} className="block text-sm">
                  {label} {i + 1} of question {number}
                </label>
                <input
                  id={id(name)}
                  name={name}
                  defaultValue={state.values?.[name] ?? option.text}
                  aria-invalid={errors[name] ? true : undefined}
                  aria-describedby={errors[name] ? id(`${name}-error`) : undefined}
                  className={inputClass}
                />
                <FieldError id={id(`${name}-error`)} message={errors[name]} />
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          Save question {number}
        </button>
        <EditStatus state={state} pending={pending} />
      </div>
    </form>
  );
}
