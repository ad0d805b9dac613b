import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionAnalysisTable } from "@/components/assignments/question-analysis-table";
import { linkClass } from "@/components/assignments/form-status";
import { requireTeacher } from "@/lib/auth/session";
import { mostMissedFirst } from "@/lib/class-progress/analysis";
import { loadQuestionAnalysis } from "@/lib/class-progress/question-analysis";

export const metadata: Metadata = { title: "Question analysis" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export default async function QuestionAnalysisPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/assignments/${assignmentId}/analysis`);
  const analysis = await loadQuestionAnalysis(teacher.id, classId, assignmentId);
  if (!analysis) notFound();
  const missed = mostMissedFirst(analysis.questions);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h2 className="text-2xl font-bold">Question analysis: {analysis.moduleTitle}</h2>
        <p>
          {analysis.className}, {analysis.studentCount} students. Each student counts once per
          question, with their first answer.{" "}
          <Link href={`/teach/classes/${classId}`} className={linkClass}>
            Back to class progress
          </Link>
        </p>
      </header>
      <section aria-labelledby="missed-heading" className="space-y-2">
        <h3 id="missed-heading" className="text-xl font-semibold">
          Most missed
        </h3>
        {missed.length === 0 ? (
          <p>No question was answered right by fewer than half of those who answered it.</p>
        ) : (
          <ol className="list-inside list-decimal">
            {missed.map((q) => (
              <li key={q.questionId}>
                Question {q.number}: {q.prompt} ({Math.round((q.shareRight ?? 0) * 100)}% right)
              </li>
            ))}
          </ol>
        )}
      </section>
      <QuestionAnalysisTable questions={analysis.questions} />
    </div>
  );
}
