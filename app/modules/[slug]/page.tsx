import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicModule, listPublicModules } from "@/lib/modules/queries";
import { readingMinutes } from "@/lib/modules/reading";

export const revalidate = 300;

export async function generateStaticParams() {
  return (await listPublicModules()).map((m) => ({ slug: m.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mod = await getPublicModule((await params).slug);
  return { title: mod?.title ?? "Module not found" };
}

export default async function ModulePage({ params }: Props) {
  const mod = await getPublicModule((await params).slug);
  if (!mod) notFound();
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Module</p>
        <h1 className="text-3xl font-bold tracking-tight">{mod.title}</h1>
      </header>
      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-2xl font-semibold">
          Sources
        </h2>
        <ol className="space-y-3">
          {mod.articles.map((a) => (
            <li key={a.key} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <Link
                href={`/modules/${mod.slug}/articles/${a.key}`}
                className="font-semibold text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
              >
                {a.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {[a.outlet, a.date, `${readingMinutes(a.wordCount)} min read`].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
