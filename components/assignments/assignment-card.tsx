import Link from "next/link";
import type { ClassAssignment } from "@/lib/assignments/queries";
import type { FormState } from "@/lib/assignments/schemas";
import { DueDateForm } from "./due-date-form";
import { ExtensionForm } from "./extension-form";
import { linkClass, secondaryButtonClass } from "./form-status";
import { LocalTime } from "./local-time";

type Props = {
  classId: string;
  assignment: ClassAssignment;
  students: { id: string; name: string }[];
  pastDue: boolean;
  changeDueDate: (state: FormState, form: FormData) => Promise<FormState>;
  extendDueDate: (state: FormState, form: FormData) => Promise<FormState>;
  removeExtension: (form: FormData) => Promise<void>;
};

/** One assigned module: its due date, the students with extensions, and what can be changed. */
export function AssignmentCard({ classId, assignment: a, students, pastDue, ...actions }: Props) {
  const base = `/teach/classes/${classId}/assignments/${a.id}`;
  return (
    <li className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="space-y-1">
        <h4 className="text-lg font-semibold">{a.module.title}</h4>
        <p>
          {a.dueAt ? (
            <>
              Due <LocalTime iso={a.dueAt.toISOString()} />
              {pastDue ? <strong className="ml-2 text-amber-800 dark:text-amber-300">(in the past)</strong> : null}
            </>
          ) : (
            "No due date"
          )}
        </p>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`${base}/analysis`} className={linkClass}>
            Question analysis<span className="sr-only">: {a.module.title}</span>
          </Link>
          <Link href={`${base}/unassign`} className={linkClass}>
            Unassign<span className="sr-only"> {a.module.title}</span>
          </Link>
        </p>
      </div>
      {a.extensions.length > 0 ? (
        <div className="space-y-1">
          <h5 className="font-medium">Extensions</h5>
          <ul className="space-y-1 text-sm">
            {a.extensions.map((x) => (
              <li key={x.studentId} className="flex flex-wrap items-center gap-2">
                <span>
                  {x.student.name}: due <LocalTime iso={x.dueAt.toISOString()} />
                </span>
                <form action={actions.removeExtension}>
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <input type="hidden" name="studentId" value={x.studentId} />
                  <button type="submit" className={`${secondaryButtonClass} text-xs`}>
                    Remove extension<span className="sr-only"> for {x.student.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="rounded border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Change the due date</summary>
        <div className="pt-3">
          <DueDateForm action={actions.changeDueDate} assignmentId={a.id} title={a.module.title} hasDueDate={a.dueAt !== null} />
        </div>
      </details>
      <details className="rounded border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Extend for one student</summary>
        <div className="pt-3">
          {students.length === 0 ? (
            <p>No students have joined this class yet.</p>
          ) : (
            <ExtensionForm action={actions.extendDueDate} assignmentId={a.id} title={a.module.title} students={students} />
          )}
        </div>
      </details>
    </li>
  );
}
