import Link from "next/link";
import { ProgressBar } from "@/components/progress/progress-bar";
import { QuizAttemptHistory } from "@/components/progress/quiz-attempt-history";
import { QuizMasteryTable } from "@/components/progress/quiz-mastery-table";
import { QuizScoreChart } from "@/components/progress/quiz-score-chart";
import { formatWhen } from "@/lib/quiz/labels";
import type { ModuleQuizProgress } from "@/lib/quiz/progress";
import { formatScore } from "@/lib/quiz/score";
import { quizPath } from "@/lib/modules/paths";

const linkClass = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";

/** The quiz half of a module on "My progress": scores, mastery, history and reviews due. */
export function QuizModuleProgress({
  slug,
  quiz,
}: {
  slug: string;
  quiz: ModuleQuizProgress | null;
}) {
  const quizHref = quizPath(slug);
  if (!quiz) {
    return (
      <p className="text-sm">
        No quiz taken yet.{" "}
        <Link href={quizHref} prefetch={false} className={linkClass}>
          Take the quiz
        </Link>
      </p>
    );
  }
  const { bestScore, latestScore } = quiz.mastery.module;
  const finished = quiz.attempts.flatMap((a) =>
    a.finishedAt && a.score !== null ? [{ number: a.number, score: a.score }] : [],
  );
  const open = quiz.attempts.findLast((a) => a.finishedAt === null);
  return (
    <div className="space-y-4">
      <p>
        Best score <strong>{bestScore === null ? "–" : formatScore(bestScore)}</strong> · last score{" "}
        <strong>{latestScore === null ? "–" : formatScore(latestScore)}</strong> · {finished.length}{" "}
        finished {finished.length === 1 ? "attempt" : "attempts"}
      </p>
      {open ? (
        <div className="space-y-1">
          <ProgressBar
            id={`quiz-open-${slug}`}
            label={`Quiz in progress: ${open.answered} of ${open.total} answered`}
            value={open.answered}
            max={open.total}
          />
          <Link href={quizHref} prefetch={false} className={`${linkClass} text-sm`}>
            Continue the quiz
          </Link>
        </div>
      ) : (
        <Link href={quizHref} prefetch={false} className={`${linkClass} text-sm`}>
          Take the quiz again
        </Link>
      )}
      <p>
        {quiz.reviewsDue > 0 ? (
          <>
            {quiz.reviewsDue} {quiz.reviewsDue === 1 ? "question is" : "questions are"} due for
            review.{" "}
            <Link href="/review" className={linkClass}>
              Review my mistakes
            </Link>
          </>
        ) : quiz.nextReviewAt ? (
          <>No review due now; the next one is on {formatWhen(quiz.nextReviewAt)}.</>
        ) : (
          <>No questions waiting for review.</>
        )}
      </p>
      <QuizMasteryTable mastery={quiz.mastery} />
      <QuizScoreChart id={`chart-${slug}`} attempts={finished} />
      <QuizAttemptHistory attempts={quiz.attempts} />
    </div>
  );
}
