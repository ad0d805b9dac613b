import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleReader } from "@/components/article-reader";
import { requireUser } from "@/lib/auth/session";
import { getReadableArticle } from "@/lib/authoring/library";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";

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
  return <ArticleReader article={article} module={{ ...explainer, title: article.module.title }} basePath={basePath} />;
}
