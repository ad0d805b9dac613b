"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/classes/action-state";
import { FormStatus, secondaryButtonClass } from "@/components/classes/form-status";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  className?: string;
};

/** A one-button form for a class action (archive, restore, new join code) with its outcome. */
export function ActionButton({ action, fields, label, pendingLabel, className = secondaryButtonClass }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={className}>
        {pending ? pendingLabel : label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
