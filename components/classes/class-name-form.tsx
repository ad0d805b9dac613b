"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus, smallPrimaryButtonClass } from "@/components/classes/form-status";
import { IDLE, type FormState } from "@/lib/classes/action-state";
import { CLASS_NAME_MAX_LENGTH } from "@/lib/classes/schemas";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Set when renaming an existing class. */
  classId?: string;
  defaultName?: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
};

/** Creating a class and renaming one ask for the same thing: a name, 1 to 80 characters. */
export function ClassNameForm({ action, classId, defaultName = "", label, submitLabel, pendingLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-3">
      {classId ? <input type="hidden" name="classId" value={classId} /> : null}
      <FormStatus state={state} />
      <FormField
        id="name"
        label={label}
        required
        maxLength={CLASS_NAME_MAX_LENGTH}
        defaultValue={state.values?.name ?? defaultName}
        error={state.fieldErrors?.name}
      />
      <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
