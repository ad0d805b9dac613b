import { FormError } from "@/components/form-field";
import type { FormState } from "@/lib/classes/action-state";

/** The outcome of a class form: a refusal as an alert, a success as a polite status message. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <>
      <FormError message={state.formError} />
      <p role="status" className="text-sm font-medium text-green-800 empty:hidden dark:text-green-300">
        {state.status === "success" ? state.message : null}
      </p>
    </>
  );
}

export const secondaryButtonClass =
  "rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800";
export const dangerButtonClass =
  "rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60";
export const smallPrimaryButtonClass =
  "rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60";
export const linkClass = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";
