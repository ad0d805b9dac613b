"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import type { FormState } from "@/lib/assignments/schemas";
import { FormStatus, secondaryButtonClass, smallPrimaryButtonClass } from "./form-status";
import { TimeZoneField } from "./time-zone-field";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  assignmentId: string;
  title: string;
  hasDueDate: boolean;
};

/** Change the class's due date for one assignment, or clear it. */
export function DueDateForm({ action, assignmentId, title, hasDueDate }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2" noValidate aria-label={`Due date of ${title}`}>
      <FormStatus state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormField
        id={`due-${assignmentId}`}
        name="dueAt"
        type="datetime-local"
        label="New due date"
        hint="Your own time zone."
        error={state.fieldErrors?.dueAt}
      />
      <TimeZoneField />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
          Change due date
        </button>
        {hasDueDate ? (
          <button type="submit" name="clear" value="1" disabled={pending} className={secondaryButtonClass}>
            Clear due date
          </button>
        ) : null}
      </div>
    </form>
  );
}
