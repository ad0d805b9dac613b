import Link from "next/link";
import { ArticleText } from "@/components/article-text";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import type { ExplainerArticle, ExplainerSections } from "@/lib/modules/explainer";
import { readingMinutes, safeExternalUrl } from "@/lib/modules/reading";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

type Props = {
  article: {
    key: string;
    title: string;
    outlet: string | null;
    date: string | null;
    url: string | null;
    wordCount: number;
    text: string;
    sentences: React.ComponentProps<typeof ArticleText>["sentences"];
  };
  module: { slug: string; title: string; sections: ExplainerSections; articles: Pick<ExplainerArticle, "key" | "title">[] };
  /** Where the module is read (lib/modules/paths.ts moduleBasePath). */
  basePath: string;
};

/** One article of a module, with every sentence addressable, and the reader's progress. */
export function ArticleReader({ article, module, basePath }: Props) {
  const location = `article:${article.key}`;
  const originalUrl = safeExternalUrl(article.url);
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={basePath} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          {module.title}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{article.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {[article.outlet, article.date, `${readingMinutes(article.wordCount)} min read`].filter(Boolean).join(" · ")}
        </p>
        {originalUrl ? (
          <p className="text-sm">
            <a href={originalUrl} rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
              Read the original
            </a>
          </p>
        ) : null}
      </header>
      <ReadingTracker
        slug={module.slug}
        basePath={basePath}
        locations={readingLocationsOf(basePath, module.sections, module.articles)}
        current={location}
      />
      <ArticleText text={article.text} sentences={article.sentences} />
      {/* Reaching this line counts the article as read. */}
      <div data-reading-location={location} aria-hidden="true" />
    </article>
  );
}
