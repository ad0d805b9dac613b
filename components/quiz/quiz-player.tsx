"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { ProgressBar } from "@/components/progress/progress-bar";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { FinishNow } from "@/components/quiz/finish-now";
import { QuestionForm } from "@/components/quiz/question-form";
import { QuestionNav } from "@/components/quiz/question-nav";
import { QuizSummary } from "@/components/quiz/quiz-summary";
import {
  useQuizSession,
  type FocusTarget,
  type QuizSessionStart,
} from "@/components/quiz/use-quiz-session";

type Props = QuizSessionStart & {
  /** Shown above each question, e.g. the module a review question comes from. */
  contextOf?: Record<string, string>;
  /** The sign-in address that comes back here, for visitors who are not signed in. */
  signInHref?: string;
};

const buttonClass =
  "rounded bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60";
const linkClass = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";

/** Plays a quiz one question at a time: answer, feedback with its source, next, results. */
export function QuizPlayer({ contextOf, signInHref, ...start }: Props) {
  const legend = useRef<HTMLLegendElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<FocusTarget | null>(null);
  const quiz = useQuizSession(start, (target) => {
    focusAfterRender.current = target;
  });

  // Focus moves with the quiz, so keyboard and screen-reader users land on what just changed.
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    const element = { question: legend, feedback: feedbackHeading, summary: summaryHeading }[target]
      .current;
    element?.focus();
  });

  const { questions, answered, index, result, mode } = quiz;
  const question = questions[index];
  const done = answered.get(question?.id ?? "") ?? null;
  const isReview = mode.kind === "review";
  // Finishing early is for a saved attempt under way; practice and review simply stop.
  const canFinishEarly = mode.kind === "attempt" && answered.size > 0 && !quiz.allAnswered;

  if (!question) return <p>This quiz has no questions yet.</p>;

  return (
    <div
      className="space-y-6"
      data-attempt-id={mode.kind === "attempt" ? mode.attemptId : undefined}
    >
      <p role="status" className="sr-only">
        {quiz.announcement}
      </p>
      {result ? (
        <QuizSummary
          result={result}
          questions={questions}
          answered={answered}
          headingRef={summaryHeading}
          heading={isReview ? "Review done" : "Your results"}
        >
          {isReview ? (
            <Link href="/progress" className={linkClass}>
              See my progress
            </Link>
          ) : (
            <button
              type="button"
              onClick={quiz.tryAgain}
              disabled={quiz.pending}
              className={buttonClass}
            >
              Try again
            </button>
          )}
          {mode.kind === "attempt" ? (
            <Link href="/review" className={linkClass}>
              Review my mistakes
            </Link>
          ) : null}
          {mode.kind === "practice" && signInHref ? (
            <Link href={signInHref} className={linkClass}>
              Sign in to keep your progress
            </Link>
          ) : null}
        </QuizSummary>
      ) : (
        <>
          {quiz.outdated ? (
            <p className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
              This quiz was updated after you started; finish this attempt, then Try again for the
              new version.
            </p>
          ) : null}
          <ProgressBar
            id="quiz-progress"
            label={`Answered ${answered.size} of ${questions.length}`}
            value={answered.size}
            max={questions.length}
          />
          {contextOf?.[question.id] ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              From: {contextOf[question.id]}
            </p>
          ) : null}
          <QuestionForm
            key={`${question.id}:${done ? "answered" : "open"}`}
            question={question}
            number={index + 1}
            total={questions.length}
            answered={done}
            pending={quiz.pending}
            error={done ? null : quiz.error}
            legendRef={legend}
            onSubmit={(response) => quiz.answer(question.id, response)}
          />
          {done ? (
            <FeedbackPanel
              feedback={done.feedback}
              headingRef={feedbackHeading}
              next={
                quiz.allAnswered
                  ? {
                      label: isReview ? "Finish the review" : "See my results",
                      onClick: quiz.finish,
                    }
                  : { label: "Next question", onClick: quiz.nextQuestion }
              }
            />
          ) : null}
          {done && quiz.error ? (
            <p role="alert" className="font-medium text-red-700 dark:text-red-400">
              {quiz.error}
            </p>
          ) : null}
          <QuestionNav
            questions={questions}
            answered={answered}
            current={index}
            onSelect={quiz.goTo}
          />
          {canFinishEarly ? (
            <FinishNow
              unanswered={questions.length - answered.size}
              total={questions.length}
              pending={quiz.pending}
              onConfirm={quiz.finish}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
