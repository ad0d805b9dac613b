import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/article-reader";
import { getPublicArticle, listPublicArticleParams } from "@/lib/modules/queries";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";

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
  return <ArticleReader article={article} module={{ ...explainer, title: article.module.title }} basePath={moduleBasePath({ slug, ownerId: null })} />;
}
