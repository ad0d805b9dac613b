"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/authoring/edit-status";
import { FileProblems } from "@/components/authoring/file-problems";
import { FormError } from "@/components/form-field";
import { EMPTY_REGENERATE_STATE } from "@/lib/authoring/action-state";
import { regenerateModuleAction } from "@/lib/authoring/actions";

/** Runs the generator again on the stored articles, optionally with new files. */
export function RegenerateForm({ moduleId }: { moduleId: string }) {
  const [state, action, pending] = useActionState(regenerateModuleAction.bind(null, moduleId), EMPTY_REGENERATE_STATE);
  return (
    <form action={action} className="space-y-3">
      <FormError message={state.formError} />
      <FileProblems problems={state.fileProblems} id="regenerate-problems" />
      {state.done ? <p role="status" className="font-medium text-green-800 dark:text-green-300">{state.done}</p> : null}
      <div className="space-y-1">
        <label htmlFor="regenerate-files" className="block font-medium">
          Add article files (optional)
        </label>
        <input id="regenerate-files" name="files" type="file" multiple accept=".txt,.md" className="block w-full text-sm" />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Regenerating…" : "Regenerate"}
      </button>
    </form>
  );
}
