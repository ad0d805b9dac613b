import Link from "next/link";
import { ExplainerSection } from "@/components/explainer/section";
import type { ExplainerArticle } from "@/lib/modules/explainer";
import { safeExternalUrl } from "@/lib/modules/reading";

export function SourcesSection({ slug, articles }: { slug: string; articles: ExplainerArticle[] }) {
  return (
    <ExplainerSection id="sources" title="Sources">
      <ol className="space-y-3">
        {articles.map((article, i) => {
          const original = safeExternalUrl(article.url);
          return (
            <li key={article.key} className="flex gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <span aria-hidden="true" className="font-semibold text-slate-600 dark:text-slate-400">
                [{i + 1}]
              </span>
              <div>
                <Link
                  href={`/modules/${slug}/articles/${article.key}`}
                  data-article-link={article.key}
                  className="font-semibold text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
                >
                  {article.title}
                </Link>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {[
                    article.outlet ?? "Outlet not stated",
                    article.date ?? "date not stated",
                    `${article.readingMinutes} min read`,
                    `reading level: grade ${article.gradeLevel}`,
                  ].join(" · ")}
                </p>
                {original ? (
                  <a href={original} rel="noopener noreferrer nofollow" className="text-sm text-blue-800 underline underline-offset-4 dark:text-blue-300">
                    Original article
                  </a>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </ExplainerSection>
  );
}
