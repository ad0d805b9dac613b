import { DataTable } from "@/components/data-table";
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
        <DataTable
          caption="Mastery by topic"
          hideCaption
          columns={[{ label: "Topic" }, { label: "Level" }, { label: "Best", numeric: true }, { label: "Last", numeric: true }]}
          rows={mastery.topics.map((t) => ({
            key: t.topic,
            cells: [TOPIC_LABELS[t.topic], MASTERY_LABELS[t.level], score(t.bestScore), score(t.latestScore)],
          }))}
        />
      ) : null}
    </div>
  );
}
