"use client";

import { useActionState } from "react";
import { EditStatus, FieldError, inputClass, secondaryButtonClass } from "@/components/authoring/edit-status";
import { EMPTY_EDIT_STATE } from "@/lib/authoring/action-state";
import { editSectionAction } from "@/lib/authoring/actions";

type Props = {
  moduleId: string;
  kind: string;
  title: string;
  /** One text field per item; `name` is the form field (sectionFieldName). */
  items: { name: string; label: string; value: string; edited: boolean }[];
};

/** The editable texts of one explainer section, saved beside the generated ones. */
export function SectionEditor({ moduleId, kind, title, items }: Props) {
  const [state, action, pending] = useActionState(editSectionAction.bind(null, moduleId, kind), EMPTY_EDIT_STATE);
  if (items.length === 0) return null;
  return (
    <details className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">Edit {title.toLowerCase()}</summary>
      <form action={action} className="mt-3 space-y-3">
        {items.map((item) => {
          const error = state.fieldErrors[item.name];
          return (
            <div key={item.name} className="space-y-1">
              <label htmlFor={item.name} className="block font-medium">
                {item.label}
                {item.edited ? <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">(edited)</span> : null}
              </label>
              <textarea
                id={item.name}
                name={item.name}
                rows={2}
                defaultValue={state.values?.[item.name] ?? item.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${item.name}-error` : undefined}
                className={inputClass}
              />
              <FieldError id={`${item.name}-error`} message={error} />
            </div>
          );
        })}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            Save {title.toLowerCase()}
          </button>
          <EditStatus state={state} pending={pending} />
        </div>
      </form>
    </details>
  );
}
