import { FormError } from "@/components/form-field";
import type { FormState } from "@/lib/assignments/schemas";

/** What the last submit of a form did: an error, or a notice read out politely. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <>
      <FormError message={state.formError} />
      <p role="status" className={state.notice ? "text-sm font-medium text-green-800 dark:text-green-300" : "sr-only"}>
        {state.notice ?? ""}
      </p>
    </>
  );
}

export const secondaryButtonClass =
  "rounded border border-slate-400 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800";
export const smallPrimaryButtonClass =
  "rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800 disabled:opacity-60";
export const linkClass = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";
