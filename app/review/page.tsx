import type { Metadata } from "next";
import Link from "next/link";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { requireUser } from "@/lib/auth/session";
import { formatWhen } from "@/lib/quiz/labels";
import { listDueReviews } from "@/lib/quiz/review-items";

export const metadata: Metadata = { title: "Review my mistakes" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const { due, nextDueAt } = await listDueReviews(user.id);
  const perModule = new Map<string, number>();
  for (const d of due) perModule.set(d.module.title, (perModule.get(d.module.title) ?? 0) + 1);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Review my mistakes</h1>
        <p className="text-slate-700 dark:text-slate-300">
          A question you miss comes back a day later. Answer it right and it comes back after 3
          days, then after 7; one more right answer and it is learnt. A wrong answer starts it again
          from one day.
        </p>
      </header>
      {due.length === 0 ? (
        <div className="space-y-2">
          <p>Nothing is due for review right now.</p>
          {nextDueAt ? <p>The next question comes back on {formatWhen(nextDueAt)}.</p> : null}
          <Link
            href="/progress"
            className="font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300"
          >
            See my progress
          </Link>
        </div>
      ) : (
        <>
          <section aria-labelledby="due-heading" className="space-y-1">
            <h2 id="due-heading" className="text-xl font-semibold">
              {due.length} {due.length === 1 ? "question is" : "questions are"} due
            </h2>
            <ul className="list-inside list-disc">
              {[...perModule].map(([title, count]) => (
                <li key={title}>
                  {title}: {count}
                </li>
              ))}
            </ul>
          </section>
          <QuizPlayer
            mode={{ kind: "review" }}
            questions={due.map((d) => d.question)}
            answered={[]}
            contextOf={Object.fromEntries(due.map((d) => [d.question.id, d.module.title]))}
          />
        </>
      )}
    </div>
  );
}
