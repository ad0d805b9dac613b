import type { FileProblem } from "@/lib/authoring/upload-schema";

// The states the review page's forms get back from their actions (no server imports: the client
// forms import these types).

export type EditFormState = {
  fieldErrors: Record<string, string>;
  formError?: string;
  saved?: boolean;
  /** What was typed, to fill the form again after a refused save (React resets the form). */
  values?: Record<string, string>;
};
export const EMPTY_EDIT_STATE: EditFormState = { fieldErrors: {} };

export type RegenerateState = { formError?: string; fileProblems: FileProblem[]; done?: string };
export const EMPTY_REGENERATE_STATE: RegenerateState = { fileProblems: [] };
