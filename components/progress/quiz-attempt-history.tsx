import { formatWhen } from "@/lib/quiz/labels";
import type { AttemptRecord } from "@/lib/quiz/progress";
import { formatScore } from "@/lib/quiz/score";

/** Every attempt at a module's quiz, newest first. */
export function QuizAttemptHistory({ attempts }: { attempts: AttemptRecord[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">Your attempts</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-1">
            Attempt
          </th>
          <th scope="col" className="py-1">
            Started
          </th>
          <th scope="col" className="py-1 text-right">
            Answered
          </th>
          <th scope="col" className="py-1 text-right">
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {[...attempts].reverse().map((a) => (
          <tr key={a.id} className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1 font-normal">
              {a.number}
            </th>
            <td className="py-1">{formatWhen(a.startedAt)}</td>
            <td className="py-1 text-right tabular-nums">
              {a.answered} of {a.total}
            </td>
            <td className="py-1 text-right tabular-nums">
              {a.finishedAt && a.score !== null ? formatScore(a.score) : "in progress"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
