"use client";

import { useRef } from "react";

type Props = {
  unanswered: number;
  total: number;
  pending: boolean;
  onConfirm: () => void;
};

const secondaryButton =
  "rounded border-2 border-slate-500 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60 dark:hover:bg-slate-800";
const primaryButton =
  "rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60";

/**
 * Ends a partly answered attempt early, after a confirmation that says what it costs. A native
 * modal <dialog> keeps focus inside it, closes on Escape and is announced with its title and
 * text; "Keep answering" comes first so that it, the harmless choice, has focus when it opens.
 * Cancelling gives focus back to "Finish now"; confirming lets the quiz move focus to the results.
 */
export function FinishNow({ unanswered, total, pending, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const questions = unanswered === 1 ? "1 question is" : `${unanswered} questions are`;

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        ref={opener}
        type="button"
        disabled={pending}
        onClick={() => {
          confirmed.current = false;
          dialog.current?.showModal();
        }}
        className={secondaryButton}
      >
        Finish now
      </button>
      <span className="text-sm text-slate-700 dark:text-slate-300">
        {unanswered} of {total} still unanswered.
      </span>
      <dialog
        ref={dialog}
        aria-labelledby="finish-now-title"
        aria-describedby="finish-now-text"
        onClose={() => {
          if (!confirmed.current) opener.current?.focus();
        }}
        className="m-auto max-w-md space-y-4 rounded-lg border border-slate-300 bg-white p-6 text-slate-900 backdrop:bg-slate-900/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="finish-now-title" className="text-xl font-bold">
          Finish this attempt now?
        </h2>
        <p id="finish-now-text">
          {questions} not answered yet. Unanswered questions score 0, and you cannot answer them
          in this attempt afterwards.
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => dialog.current?.close()} className={secondaryButton}>
            Keep answering
          </button>
          <button
            type="button"
            onClick={() => {
              confirmed.current = true;
              dialog.current?.close();
              onConfirm();
            }}
            className={primaryButton}
          >
            Finish and see my results
          </button>
        </div>
      </dialog>
    </div>
  );
}
