import { DataTable } from "@/components/data-table";
import { ProgressBar } from "@/components/progress/progress-bar";
import { statusText } from "@/lib/assignments/status";
import type { StudentDetail } from "@/lib/class-progress/student-detail";
import { formatScore } from "@/lib/quiz/score";
import { LocalTime } from "./local-time";

type Assignment = StudentDetail["assignments"][number];

/** One assignment in a teacher's drill-down: reading, attempts, and the best attempt's answers. */
export function StudentAssignmentDetail({ assignment: a }: { assignment: Assignment }) {
  const headingId = `assignment-${a.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="space-y-1">
        <h3 id={headingId} className="text-xl font-semibold">
          {a.moduleTitle}
        </h3>
        <p>
          Status: <strong>{statusText(a.status)}</strong>
          {a.dueAt ? (
            <>
              {" · "}
              {a.extended ? "Extended to " : "Due "}
              <LocalTime iso={a.dueAt.toISOString()} />
            </>
          ) : null}
        </p>
      </div>
      <ProgressBar id={`reading-${a.id}`} label={`Reading: ${a.partsRead} of ${a.partsTotal} parts`} value={a.partsRead} max={a.partsTotal} />
      {a.attemptList.length === 0 ? (
        <p>No quiz attempts yet.</p>
      ) : (
        <DataTable
          caption={`Quiz attempts at ${a.moduleTitle}`}
          columns={[{ label: "Attempt" }, { label: "Started" }, { label: "Finished" }, { label: "Score", numeric: true }]}
          rows={a.attemptList.map((x) => ({
            key: x.id,
            cells: [
              `Attempt ${x.number}${x.isBest ? " (best)" : ""}`,
              <LocalTime key="s" iso={x.startedAt.toISOString()} />,
              x.finishedAt ? <LocalTime key="f" iso={x.finishedAt.toISOString()} /> : "in progress",
              x.score === null || x.finishedAt === null ? "–" : formatScore(x.score),
            ],
          }))}
        />
      )}
      {a.bestResults.length > 0 ? (
        <DataTable
          caption={`Answers in the best attempt at ${a.moduleTitle}`}
          columns={[{ label: "Question" }, { label: "Answer given" }, { label: "Result" }, { label: "Points", numeric: true }]}
          rows={a.bestResults.map((r, i) => ({
            key: r.questionId,
            cells: [
              `${i + 1}. ${r.prompt}`,
              r.answer ?? "(not answered)",
              r.answer === null ? "Not answered" : r.correct ? "Right" : "Wrong",
              String(Math.round(r.points * 100) / 100),
            ],
          }))}
        />
      ) : null}
    </section>
  );
}
