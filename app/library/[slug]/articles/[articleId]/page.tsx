import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { requireUser } from "@/lib/auth/session";
import { getReadableArticle } from "@/lib/authoring/library";
import { moduleBasePath } from "@/lib/modules/paths";
import { readingMinutes, safeExternalUrl } from "@/lib/modules/reading";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

export default async function LibraryArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  const user = await requireUser(`/library/${slug}/articles/${articleId}`);
  const article = await getReadableArticle(slug, articleId, user.id);
  if (!article) notFound();
  if (article.module.ownerId === null) redirect(`${moduleBasePath(article.module)}/articles/${article.key}`);
  const originalUrl = safeExternalUrl(article.url);
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={moduleBasePath(article.module)} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
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
      <ArticleText text={article.text} sentences={article.sentences} />
    </article>
  );
}
