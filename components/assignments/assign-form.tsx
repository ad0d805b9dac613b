"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import type { FormState } from "@/lib/assignments/schemas";
import { FormStatus, smallPrimaryButtonClass } from "./form-status";
import { DUE_DATE_HINT, TimeZoneField } from "./time-zone-field";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  modules: { id: string; title: string; mine: boolean }[];
};

export function AssignForm({ action, modules }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  // The status stays when the last module was just assigned, so the notice is still read out.
  if (modules.length === 0)
    return (
      <div className="space-y-2">
        <FormStatus state={state} />
        <p>Every module you can assign is already assigned to this class.</p>
      </div>
    );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <div className="space-y-1">
        <label htmlFor="assign-module" className="block font-medium">
          Module
        </label>
        <select
          id="assign-module"
          name="moduleId"
          required
          defaultValue=""
          aria-invalid={errors.moduleId ? true : undefined}
          aria-describedby={errors.moduleId ? "assign-module-error" : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="" disabled>
            Choose a module
          </option>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.mine ? `${m.title} (yours)` : m.title}
            </option>
          ))}
        </select>
        {errors.moduleId ? (
          <p id="assign-module-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.moduleId}
          </p>
        ) : null}
      </div>
      <FormField id="assign-due" name="dueAt" type="datetime-local" label="Due date (optional)" hint={DUE_DATE_HINT} error={errors.dueAt} />
      <TimeZoneField />
      <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
        {pending ? "Assigning…" : "Assign"}
      </button>
    </form>
  );
}
