import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/progress/progress-bar";
import { QuizModuleProgress } from "@/components/progress/quiz-module-progress";
import { requireUser } from "@/lib/auth/session";
import { listPublicModules } from "@/lib/modules/queries";
import { getProgressOverview } from "@/lib/progress/queries";

export const metadata: Metadata = { title: "My progress" };

const linkClass = "font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300";

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [progress, modules] = await Promise.all([
    getProgressOverview(user.id),
    listPublicModules(),
  ]);
  const started = new Set(progress.map((p) => p.slug));
  const notStarted = modules.filter((m) => !started.has(m.slug));
  const reviewsDue = progress.reduce((n, p) => n + (p.quiz?.reviewsDue ?? 0), 0);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">My progress</h1>
        <p className="text-slate-700 dark:text-slate-300">Signed in as {user.name}.</p>
      </header>
      {reviewsDue > 0 ? (
        <p className="rounded border border-blue-700 bg-blue-50 px-3 py-2 dark:bg-slate-900">
          {reviewsDue} {reviewsDue === 1 ? "question is" : "questions are"} due for review.{" "}
          <Link href="/review" className={linkClass}>
            Review my mistakes
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="started-heading" className="space-y-3">
        <h2 id="started-heading" className="text-xl font-semibold">
          Modules you have started
        </h2>
        {progress.length === 0 ? (
          <p>You have not started a module yet. Pick one below.</p>
        ) : (
          <ul className="space-y-4">
            {progress.map((p) => (
              <li
                key={p.slug}
                className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
              >
                <h3 className="text-lg font-semibold">
                  <Link
                    href={p.basePath}
                    className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
                  >
                    {p.title}
                  </Link>
                </h3>
                <div className="space-y-2">
                  <ProgressBar
                    id={`reading-${p.slug}`}
                    label={`Reading: ${p.partsRead} of ${p.partsTotal} parts`}
                    value={p.partsRead}
                    max={p.partsTotal}
                  />
                  {p.continueAt && p.partsRead < p.partsTotal ? (
                    <a href={p.continueAt.href} className={`${linkClass} text-sm`}>
                      Continue where you stopped: {p.continueAt.label}
                    </a>
                  ) : null}
                </div>
                <QuizModuleProgress slug={p.slug} quiz={p.quiz} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {notStarted.length > 0 ? (
        <section aria-labelledby="available-heading" className="space-y-3">
          <h2 id="available-heading" className="text-xl font-semibold">
            Not started yet
          </h2>
          <ul className="list-inside list-disc">
            {notStarted.map((m) => (
              <li key={m.slug}>
                <Link
                  href={`/modules/${m.slug}`}
                  className="text-blue-800 underline underline-offset-4 dark:text-blue-300"
                >
                  {m.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
