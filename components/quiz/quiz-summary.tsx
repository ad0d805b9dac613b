"use client";

import Link from "next/link";
import type { Ref } from "react";
import { DataTable } from "@/components/data-table";
import { TOPIC_LABELS } from "@/lib/quiz/labels";
import { formatScore } from "@/lib/quiz/score";
import type { TopicResult } from "@/lib/quiz/score";
import type { AnsweredView, PublicQuestionView, QuizProgress } from "@/lib/quiz/views";

export type QuizResult = { score: number; progress: QuizProgress; topics: TopicResult[] };

type Props = {
  result: QuizResult;
  questions: PublicQuestionView[];
  answered: Map<string, AnsweredView>;
  headingRef: Ref<HTMLHeadingElement>;
  heading: string;
  /** What comes after: trying again, reviewing, signing in. */
  children: React.ReactNode;
};

/** The end of a quiz: the score, results per topic, and the questions missed with their answers. */
export function QuizSummary({ result, questions, answered, headingRef, heading, children }: Props) {
  const mistakes = questions.flatMap((q) => {
    const a = answered.get(q.id);
    return a && !a.feedback.correct ? [{ question: q, feedback: a.feedback }] : [];
  });
  return (
    <section aria-labelledby="quiz-summary-heading" className="space-y-6">
      <h2
        id="quiz-summary-heading"
        ref={headingRef}
        tabIndex={-1}
        className="rounded text-2xl font-bold"
      >
        {heading}
      </h2>
      <p className="text-lg">
        You scored <strong className="text-2xl">{formatScore(result.score)}</strong>, with{" "}
        {result.progress.answered} of {result.progress.total} questions answered.
      </p>
      {result.topics.length > 0 ? (
        <DataTable
          caption="Results by topic"
          className="w-full max-w-md text-left"
          columns={[{ label: "Topic" }, { label: "Questions", numeric: true }, { label: "Score", numeric: true }]}
          rows={result.topics.map((t) => ({
            key: t.topic,
            cells: [TOPIC_LABELS[t.topic], t.questions, formatScore(t.score)],
          }))}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-4">{children}</div>
      {mistakes.length > 0 ? (
        <div className="space-y-3">
          <h3 className="text-xl font-semibold">Your mistakes</h3>
          <ul className="space-y-3">
            {mistakes.map(({ question, feedback }) => (
              <li
                key={question.id}
                className="rounded border border-slate-300 p-3 dark:border-slate-600"
              >
                <p className="font-medium">{question.prompt}</p>
                <p className="text-sm">{feedback.explanation}</p>
                {feedback.source.href ? (
                  <Link
                    href={feedback.source.href}
                    className="text-sm text-blue-800 underline underline-offset-4 dark:text-blue-300"
                  >
                    Read the source sentence
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
