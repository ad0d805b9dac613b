"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import type { FormState } from "@/lib/assignments/schemas";
import { FormStatus, smallPrimaryButtonClass } from "./form-status";
import { TimeZoneField } from "./time-zone-field";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  assignmentId: string;
  title: string;
  students: { id: string; name: string }[];
};

/** A later due date for one student. */
export function ExtensionForm({ action, assignmentId, title, students }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const selectId = `extend-student-${assignmentId}`;
  return (
    <form action={formAction} className="space-y-2" noValidate aria-label={`Extend ${title} for one student`}>
      <FormStatus state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="space-y-1">
        <label htmlFor={selectId} className="block font-medium">
          Student
        </label>
        <select
          id={selectId}
          name="studentId"
          defaultValue=""
          aria-invalid={errors.studentId ? true : undefined}
          aria-describedby={errors.studentId ? `${selectId}-error` : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="" disabled>
            Choose a student
          </option>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {errors.studentId ? (
          <p id={`${selectId}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.studentId}
          </p>
        ) : null}
      </div>
      <FormField
        id={`extend-due-${assignmentId}`}
        name="dueAt"
        type="datetime-local"
        label="Their due date"
        hint="Your own time zone."
        error={errors.dueAt}
      />
      <TimeZoneField />
      <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
        Extend for this student
      </button>
    </form>
  );
}
