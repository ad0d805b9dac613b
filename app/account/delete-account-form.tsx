"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/form-field";
import { deleteAccountAction } from "@/lib/privacy/actions";
import { DELETE_CONFIRMATION, type DeleteAccountState } from "@/lib/privacy/schemas";

const IDLE: DeleteAccountState = { status: "idle" };

/** Asks for the password and a typed confirmation; the server action checks both again. */
export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, IDLE);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <FormError message={state.formError} />
      <FormField
        id="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <FormField
        id="confirmation"
        label="Type the words to confirm"
        hint={`Type: ${DELETE_CONFIRMATION}`}
        autoComplete="off"
        required
        error={state.fieldErrors?.confirmation}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
