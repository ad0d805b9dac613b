"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { DataTable } from "@/components/data-table";
import { FormStatus, dangerButtonClass, secondaryButtonClass } from "@/components/classes/form-status";
import { LoginCards } from "@/components/classes/login-cards";
import { removeStudentAction, resetStudentPasswordAction } from "@/lib/classes/actions";
import { IDLE, type FormState } from "@/lib/classes/action-state";

export type RosterRow = {
  id: string;
  name: string;
  login: string;
  joinedIso: string;
  joinedLabel: string;
  createdByThisTeacher: boolean;
};

type Props = { classId: string; className: string; signInUrl: string; students: RosterRow[] };

/** The class list with its two actions per student: a new password, and removal (confirmed). */
export function StudentRoster({ classId, className, signInUrl, students }: Props) {
  const [result, setResult] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();

  function run(action: typeof removeStudentAction, studentId: string) {
    const form = new FormData();
    form.set("classId", classId);
    form.set("studentId", studentId);
    startTransition(async () => setResult(await action(IDLE, form)));
  }

  if (students.length === 0) {
    return (
      <p className="print:hidden">
        No students yet. Share the join code, or add students below.
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <FormStatus state={result} />
      </div>
      {result.cards?.length ? (
        <LoginCards cards={result.cards} className={className} signInUrl={signInUrl} title="New password" />
      ) : null}
      <div className="overflow-x-auto print:hidden">
        <DataTable
          caption={`Students in ${className}`}
          hideCaption
          columns={[{ label: "Name" }, { label: "Username" }, { label: "Joined" }, { label: "Actions" }]}
          rows={students.map((s) => ({
            key: s.id,
            cells: [
              s.name,
              <span key="login" className="font-mono text-sm">{s.login}</span>,
              <time key="joined" dateTime={s.joinedIso}>{s.joinedLabel}</time>,
              <StudentActions
                key="actions"
                student={s}
                pending={pending}
                onReset={() => run(resetStudentPasswordAction, s.id)}
                onRemove={() => run(removeStudentAction, s.id)}
              />,
            ],
          }))}
        />
      </div>
    </div>
  );
}

type ActionsProps = { student: RosterRow; pending: boolean; onReset: () => void; onRemove: () => void };

function StudentActions({ student, pending, onReset, onRemove }: ActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div role="group" aria-label={`Remove ${student.name}?`} className="space-y-2 py-1">
        <p className="text-sm">
          Remove {student.name} from this class? Their account and their work are kept.
        </p>
        <div className="flex gap-2">
          <button ref={confirmButton} type="button" disabled={pending} onClick={onRemove} className={dangerButtonClass}>
            Yes, remove {student.name}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
            Cancel
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-2 py-1">
      {student.createdByThisTeacher ? (
        <button
          type="button"
          disabled={pending}
          onClick={onReset}
          aria-label={`Reset password for ${student.name}`}
          className={secondaryButtonClass}
        >
          Reset password
        </button>
      ) : (
        <span className="text-sm text-slate-700 dark:text-slate-300">
          Own account: only they can change its password.
        </span>
      )}
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Remove from class: ${student.name}`}
        className={secondaryButtonClass}
      >
        Remove from class
      </button>
    </div>
  );
}
