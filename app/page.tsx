import Link from "next/link";
import { listPublicModules } from "@/lib/modules/queries";

// Static for everyone; rebuilt at most every five minutes to pick up newly imported modules.
export const revalidate = 300;

export default async function HomePage() {
  const modules = await listPublicModules();
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <h1 id="intro-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Understand the news, sentence by sentence
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Parley turns a set of news reports into an explainer (who is who, a timeline, a map,
          the key issues, where the sources disagree, a glossary) and quizzes. Every statement and
          every answer links to the exact sentence of the article it comes from, so you can
          check it yourself.
        </p>
      </section>

      <section aria-labelledby="modules-heading" className="space-y-4">
        <h2 id="modules-heading" className="text-2xl font-semibold">
          Modules
        </h2>
        {modules.length === 0 ? (
          <p>No modules have been published yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {modules.map((m) => (
              <li
                key={m.slug}
                className="rounded-lg border border-slate-200 p-4 hover:border-blue-600 dark:border-slate-700"
              >
                <Link href={`/modules/${m.slug}`} className="text-lg font-semibold text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                  {m.title}
                </Link>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {m.articleCount} articles · {m.questionCount} quiz questions
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
