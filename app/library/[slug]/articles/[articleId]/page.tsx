import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { requireUser } from "@/lib/auth/session";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import { getReadableArticle } from "@/lib/authoring/library";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";
import { readingMinutes, safeExternalUrl } from "@/lib/modules/reading";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

export default async function LibraryArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  const user = await requireUser(`/library/${slug}/articles/${articleId}`);
  const [article, explainer] = await Promise.all([
    getReadableArticle(slug, articleId, user.id),
    getReadableModuleExplainer(slug, user.id),
  ]);
  if (!article || !explainer) notFound();
  const basePath = moduleBasePath(article.module);
  if (article.module.ownerId === null) redirect(`${basePath}/articles/${article.key}`);
  const location = `article:${article.key}`;
  const originalUrl = safeExternalUrl(article.url);
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={basePath} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          {article.module.title}
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
        slug={slug}
        basePath={basePath}
        locations={readingLocationsOf(basePath, explainer.sections, explainer.articles)}
        current={location}
      />
      <ArticleText text={article.text} sentences={article.sentences} />
      {/* Reaching this line counts the article as read. */}
      <div data-reading-location={location} aria-hidden="true" />
    </article>
  );
}
