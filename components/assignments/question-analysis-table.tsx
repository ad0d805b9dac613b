import { DataTable } from "@/components/data-table";
import type { QuestionAnalysis } from "@/lib/class-progress/analysis";

/** Per question: how many answered, the share right, the most common wrong answer, the flag. */
export function QuestionAnalysisTable({ questions }: { questions: QuestionAnalysis[] }) {
  return (
    <DataTable
      caption="Results per question"
      columns={[
        { label: "Question" },
        { label: "Answered", numeric: true },
        { label: "Right", numeric: true },
        { label: "Most common wrong answer" },
        { label: "Flag" },
      ]}
      rows={questions.map((q) => ({
        key: q.questionId,
        cells: [
          `${q.number}. ${q.prompt}`,
          String(q.answered),
          q.shareRight === null ? "–" : `${Math.round(q.shareRight * 100)}%`,
          q.mostCommonWrong ? `${q.mostCommonWrong.text} (${q.mostCommonWrong.count})` : "–",
          q.mostMissed ? <strong key="flag">Most missed</strong> : "",
        ],
      }))}
    />
  );
}
