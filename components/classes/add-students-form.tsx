"use client";

import { useActionState } from "react";
import { FormStatus, smallPrimaryButtonClass } from "@/components/classes/form-status";
import { LoginCards } from "@/components/classes/login-cards";
import { addStudentsAction } from "@/lib/classes/actions";
import { IDLE } from "@/lib/classes/action-state";
import { MAX_STUDENTS_PER_BATCH } from "@/lib/classes/schemas";

type Props = { classId: string; className: string; signInUrl: string };

/** Names in, accounts out: one account a line, then the login cards for all of them. */
export function AddStudentsForm({ classId, className, signInUrl }: Props) {
  const [state, formAction, pending] = useActionState(addStudentsAction, IDLE);
  const error = state.fieldErrors?.names;
  return (
    <div className="space-y-4">
      <form action={formAction} noValidate className="space-y-3 print:hidden">
        <input type="hidden" name="classId" value={classId} />
        <FormStatus state={state} />
        <div className="space-y-1">
          <label htmlFor="names" className="block font-medium">
            Student names, one a line
          </label>
          <p id="names-hint" className="text-sm text-slate-600 dark:text-slate-400">
            Up to {MAX_STUDENTS_PER_BATCH} at a time. Each student gets a username and a password, no
            email needed. A whole class takes a few seconds.
          </p>
          <textarea
            id="names"
            name="names"
            rows={5}
            required
            defaultValue={state.values?.names ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "names-hint names-error" : "names-hint"}
            className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          {error ? (
            <p id="names-error" className="text-sm font-medium text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
          {pending ? "Creating accounts…" : "Add students"}
        </button>
      </form>
      {state.cards?.length ? (
        <LoginCards cards={state.cards} className={className} signInUrl={signInUrl} title="Login cards for the new students" />
      ) : null}
    </div>
  );
}
