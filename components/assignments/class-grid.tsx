import { statusText } from "@/lib/assignments/status";
import type { ProgressCell } from "@/lib/class-progress/cell";
import type { ClassGrid } from "@/lib/class-progress/grid";
import { formatScore } from "@/lib/quiz/score";
import { LocalTime } from "./local-time";

// Plain links rather than next/link: a class of 40 would otherwise prefetch 40 drill-downs.
const link = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";

function Cell({ cell }: { cell: ProgressCell }) {
  return (
    <div className="space-y-0.5">
      <div className={cell.status.late ? "font-semibold text-red-800 dark:text-red-300" : "font-medium"}>
        {statusText(cell.status)}
      </div>
      <div>Read {cell.readingPercent}%</div>
      <div>Best {cell.bestScore === null ? "none" : formatScore(cell.bestScore)}</div>
      {cell.extended && cell.dueAt ? (
        <div className="text-xs">
          Extended to <LocalTime iso={cell.dueAt.toISOString()} />
        </div>
      ) : null}
    </div>
  );
}

/** Students by assignments; every fact is in words, colour only repeats the late flag. */
export function ClassProgressGrid({ grid }: { grid: ClassGrid }) {
  const base = `/teach/classes/${grid.classId}`;
  return (
    <div role="region" aria-labelledby="grid-caption" tabIndex={0} className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption id="grid-caption" className="mb-2 text-left font-medium">
          Progress of {grid.students.length} students on {grid.assignments.length} assignments: status,
          share read and best quiz score
        </caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom dark:border-slate-600">
            <th scope="col" className="p-2">
              Student
            </th>
            {grid.assignments.map((a) => (
              <th key={a.id} scope="col" className="min-w-36 p-2">
                <a href={`${base}/assignments/${a.id}/analysis`} className={link}>
                  {a.module.title}
                </a>
                <div className="text-xs font-normal">
                  {a.dueAt ? (
                    <>
                      Due <LocalTime iso={a.dueAt.toISOString()} />
                    </>
                  ) : (
                    "No due date"
                  )}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((s) => (
            <tr key={s.id} className="border-b border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="p-2 font-normal">
                <a href={`${base}/students/${s.id}`} className={link}>
                  {s.name}
                </a>
              </th>
              {s.cells.map((cell, i) => (
                <td key={grid.assignments[i]!.id} className="p-2">
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
