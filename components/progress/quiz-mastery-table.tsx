import { MASTERY_LABELS, TOPIC_LABELS, formatWhen } from "@/lib/quiz/labels";
import type { MasteryStatus, ModuleMastery } from "@/lib/quiz/mastery";
import { formatScore } from "@/lib/quiz/score";

const score = (s: number | null) => (s === null ? "–" : formatScore(s));

function nextStep(status: MasteryStatus): string | null {
  if (status.level === "proficient" && status.masteryAvailableAt)
    return `Score 100% again from ${formatWhen(status.masteryAvailableAt)} to master it.`;
  if (status.level === "attempted" || status.level === "familiar")
    return "Score 100% to become proficient.";
  return null;
}

/** The module's mastery level and each topic's, with best and latest scores. */
export function QuizMasteryTable({ mastery }: { mastery: ModuleMastery }) {
  const hint = nextStep(mastery.module);
  return (
    <div className="space-y-2">
      <p>
        Mastery: <strong>{MASTERY_LABELS[mastery.module.level]}</strong>
        {hint ? (
          <span className="text-sm text-slate-700 dark:text-slate-300"> · {hint}</span>
        ) : null}
      </p>
      {mastery.topics.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Mastery by topic</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1">
                Topic
              </th>
              <th scope="col" className="py-1">
                Level
              </th>
              <th scope="col" className="py-1 text-right">
                Best
              </th>
              <th scope="col" className="py-1 text-right">
                Last
              </th>
            </tr>
          </thead>
          <tbody>
            {mastery.topics.map((t) => (
              <tr key={t.topic} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 font-normal">
                  {TOPIC_LABELS[t.topic]}
                </th>
                <td className="py-1">{MASTERY_LABELS[t.level]}</td>
                <td className="py-1 text-right tabular-nums">{score(t.bestScore)}</td>
                <td className="py-1 text-right tabular-nums">{score(t.latestScore)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
