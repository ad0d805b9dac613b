"use client";

import { useActionState } from "react";
import { FileProblems } from "@/components/authoring/file-problems";
import { FormError, FormField, primaryButtonClass } from "@/components/form-field";
import { createModuleAction } from "@/lib/authoring/actions";
import { pasteFieldName, UPLOAD_LIMITS, type CreateModuleState } from "@/lib/authoring/upload-schema";

const INITIAL: CreateModuleState = { fieldErrors: {}, fileProblems: [] };
const textareaClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

export function NewModuleForm() {
  const [state, action, pending] = useActionState(createModuleAction, INITIAL);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-6">
      <FormError message={state.formError} />
      <FileProblems problems={state.fileProblems} id="file-problems" />
      <FormField id="title" label="Module title" required maxLength={120} error={errors.title} defaultValue={state.values?.title} />

      <div className="space-y-1">
        <label htmlFor="files" className="block font-medium">
          Article files
        </label>
        <p id="files-hint" className="text-sm text-slate-600 dark:text-slate-400">
          .txt or .md, one article a file, up to {UPLOAD_LIMITS.maxFiles} files of 1 MB each, {UPLOAD_LIMITS.maxTotalBytes / 1_000_000} MB in all. A header block
          (title:, outlet:, url:, date: then ---) is read when present.
        </p>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept=".txt,.md"
          aria-describedby={state.fileProblems.length > 0 ? "files-hint file-problems" : "files-hint"}
          className="block w-full text-sm"
        />
      </div>

      {Array.from({ length: UPLOAD_LIMITS.pasteSlots }, (_, slot) => {
        const titleName = pasteFieldName(slot, "title");
        const textName = pasteFieldName(slot, "text");
        return (
          <fieldset key={slot} className="space-y-3 rounded border border-slate-300 p-4 dark:border-slate-700">
            <legend className="px-1 font-medium">Pasted article {slot + 1} (optional)</legend>
            <FormField id={titleName} label={`Title of pasted article ${slot + 1}`} maxLength={300} error={errors[titleName]} defaultValue={state.values?.[titleName]} />
            <div className="space-y-1">
              <label htmlFor={textName} className="block font-medium">
                Text of pasted article {slot + 1}
              </label>
              <textarea
                id={textName}
                name={textName}
                rows={6}
                defaultValue={state.values?.[textName]}
                aria-invalid={errors[textName] ? true : undefined}
                aria-describedby={errors[textName] ? `${textName}-error` : undefined}
                className={textareaClass}
              />
              {errors[textName] ? (
                <p id={`${textName}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
                  {errors[textName]}
                </p>
              ) : null}
            </div>
          </fieldset>
        );
      })}

      <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto`}>
        {pending ? "Building the draft…" : "Build the draft"}
      </button>
    </form>
  );
}
