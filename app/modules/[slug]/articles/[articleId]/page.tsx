import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicArticle, listPublicArticleParams } from "@/lib/modules/queries";
import { ArticleText } from "@/components/article-text";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { readingLocationsOf } from "@/lib/modules/reading-locations";
import { readingMinutes, safeExternalUrl } from "@/lib/modules/reading";

export const revalidate = 300;

export async function generateStaticParams() {
  return listPublicArticleParams();
}

type Props = { params: Promise<{ slug: string; articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, articleId } = await params;
  const article = await getPublicArticle(slug, articleId);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  const [article, explainer] = await Promise.all([getPublicArticle(slug, articleId), getModuleExplainer(slug)]);
  if (!article || !explainer) notFound();
  const location = `article:${article.key}`;
  const originalUrl = safeExternalUrl(article.url);
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/modules/${article.module.slug}`} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
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
        basePath={`/modules/${slug}`}
        locations={readingLocationsOf(`/modules/${slug}`, explainer.sections, explainer.articles)}
        current={location}
      />
      <ArticleText text={article.text} sentences={article.sentences} />
      {/* Reaching this line counts the article as read. */}
      <div data-reading-location={location} aria-hidden="true" />
    </article>
  );
}
