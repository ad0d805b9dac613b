import { DataTable } from "@/components/data-table";
import { formatWhen } from "@/lib/quiz/labels";
import type { AttemptRecord } from "@/lib/quiz/progress";
import { formatScore } from "@/lib/quiz/score";

/** Every attempt at a module's quiz, newest first. */
export function QuizAttemptHistory({ attempts }: { attempts: AttemptRecord[] }) {
  return (
    <DataTable
      caption="Your attempts"
      columns={[{ label: "Attempt" }, { label: "Started" }, { label: "Answered", numeric: true }, { label: "Score", numeric: true }]}
      rows={[...attempts].reverse().map((a) => ({
        key: a.id,
        cells: [
          a.number,
          formatWhen(a.startedAt),
          `${a.answered} of ${a.total}`,
          a.finishedAt && a.score !== null ? formatScore(a.score) : "in progress",
        ],
      }))}
    />
  );
}
