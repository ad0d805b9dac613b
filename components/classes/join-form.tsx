"use client";

import { useActionState } from "react";
import Link from "next/link";
import { FormField } from "@/components/form-field";
import { FormStatus, linkClass, smallPrimaryButtonClass } from "@/components/classes/form-status";
import { joinClassAction } from "@/lib/classes/join-action";
import { IDLE } from "@/lib/classes/action-state";

/** The join-code form; on success the action sends the student to their classes. */
export function JoinForm({ defaultCode }: { defaultCode: string }) {
  const [state, formAction, pending] = useActionState(joinClassAction, IDLE);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      {state.status === "success" ? (
        <p>
          <Link href="/dashboard" className={linkClass}>
            Go to my classes
          </Link>
        </p>
      ) : null}
      <FormField
        id="code"
        label="Class code"
        hint="7 letters and numbers, from your teacher. Capitals, spaces and dashes do not matter."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        defaultValue={state.values?.code ?? defaultCode}
        error={state.fieldErrors?.code}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-lg uppercase tracking-widest text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <button type="submit" disabled={pending} className={smallPrimaryButtonClass}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
