import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/progress/progress-bar";
import { requireUser } from "@/lib/auth/session";
import { listPublicModules } from "@/lib/modules/queries";
import { getProgressOverview } from "@/lib/progress/queries";

export const metadata: Metadata = { title: "My progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [progress, modules] = await Promise.all([getProgressOverview(user.id), listPublicModules()]);
  const started = new Set(progress.map((p) => p.slug));
  const notStarted = modules.filter((m) => !started.has(m.slug));
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">My progress</h1>
        <p className="text-slate-700 dark:text-slate-300">Signed in as {user.name}.</p>
      </header>
      <section aria-labelledby="started-heading" className="space-y-3">
        <h2 id="started-heading" className="text-xl font-semibold">
          Modules you have started
        </h2>
        {progress.length === 0 ? (
          <p>You have not started a module yet. Pick one below.</p>
        ) : (
          <ul className="space-y-3">
            {progress.map((p) => (
              <li key={p.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                <Link href={`/modules/${p.slug}`} className="font-semibold text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                  {p.title}
                </Link>
                <div className="mt-2 space-y-2">
                  <ProgressBar
                    id={`reading-${p.slug}`}
                    label={`Reading: ${p.partsRead} of ${p.partsTotal} parts`}
                    value={p.partsRead}
                    max={p.partsTotal}
                  />
                  {p.continueAt && p.partsRead < p.partsTotal ? (
                    <a href={p.continueAt.href} className="text-sm font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300">
                      Continue where you stopped: {p.continueAt.label}
                    </a>
                  ) : null}
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {p.attempts} quiz {p.attempts === 1 ? "attempt" : "attempts"}
                    {p.bestScore !== null ? ` · best score ${Math.round(p.bestScore * 100)}%` : ""}
                  </p>
                </div>
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
                <Link href={`/modules/${m.slug}`} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
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
