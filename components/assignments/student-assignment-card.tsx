import Link from "next/link";
import { ProgressBar } from "@/components/progress/progress-bar";
import { moduleBasePath, quizPath } from "@/lib/modules/paths";
import { statusText } from "@/lib/assignments/status";
import type { StudentAssignment } from "@/lib/class-progress/student-home";
import { formatScore } from "@/lib/quiz/score";
import { linkClass } from "./form-status";
import { LocalTime } from "./local-time";

/** One assignment on a student's home: what, for which class, when, and how far they are. */
export function StudentAssignmentCard({ assignment: a }: { assignment: StudentAssignment }) {
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-assignment-id={a.id}>
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">
          <Link href={moduleBasePath(a.module)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
            {a.module.title}
          </Link>
        </h2>
        <p className="text-sm">Class: {a.className}</p>
        <p className="text-sm">
          {a.dueAt ? (
            <>
              {a.extended ? "Due (extended) " : "Due "}
              <LocalTime iso={a.dueAt.toISOString()} />
            </>
          ) : (
            "No due date"
          )}
        </p>
        <p>
          Status:{" "}
          <strong className={a.status.late ? "text-red-800 dark:text-red-300" : undefined}>{statusText(a.status)}</strong>
          {" · "}Best score: {a.bestScore === null ? "none yet" : formatScore(a.bestScore)}
        </p>
      </div>
      <ProgressBar id={`reading-${a.id}`} label={`Reading: ${a.partsRead} of ${a.partsTotal} parts`} value={a.partsRead} max={a.partsTotal} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={moduleBasePath(a.module)} className={linkClass}>
          Read the module<span className="sr-only">: {a.module.title}</span>
        </Link>
        <Link href={quizPath(a.module.slug)} className={linkClass}>
          Take the quiz<span className="sr-only">: {a.module.title}</span>
        </Link>
      </p>
    </li>
  );
}
