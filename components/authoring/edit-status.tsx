import type { EditFormState } from "@/lib/authoring/action-state";

/** The outcome of a save, announced to screen readers. */
export function EditStatus({ state, pending }: { state: EditFormState; pending: boolean }) {
  const message = pending ? "Saving…" : state.formError ?? (state.saved ? "Saved." : "");
  return (
    <p role="status" className={state.formError ? "text-sm font-medium text-red-700 dark:text-red-400" : "text-sm text-green-800 dark:text-green-300"}>
      {message}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}

export const inputClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const secondaryButtonClass =
  "rounded border border-slate-400 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";
