import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import {
  ARTICLE_META_SELECT,
  ASKED_QUESTIONS_WHERE,
  PUBLIC_MODULE_WHERE as publicModule,
} from "@/lib/modules/access";

export const listPublicModules = cache(async () => {
  const modules = await db.module.findMany({
    where: { ...publicModule, currentVersionId: { not: null } },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      // The same count as the explainer and the quiz: questions a teacher removed are not asked.
      currentVersion: {
        select: { _count: { select: { articles: true, questions: { where: ASKED_QUESTIONS_WHERE } } } },
      },
    },
  });
  return modules.map((m) => ({
    slug: m.slug,
    title: m.title,
    articleCount: m.currentVersion?._count.articles ?? 0,
    questionCount: m.currentVersion?._count.questions ?? 0,
  }));
});

export const getPublicArticle = cache(async (slug: string, articleKey: string) => {
  const article = await db.article.findFirst({
    where: { key: articleKey, version: { currentOf: { ...publicModule, slug } } },
    select: {
      ...ARTICLE_META_SELECT,
      text: true,
      sentences: { orderBy: { position: "asc" }, select: { key: true, start: true, end: true, kind: true } },
      version: { select: { module: { select: { slug: true, title: true } } } },
    },
  });
  if (!article) return null;
  const { version, ...rest } = article;
  return { ...rest, module: version.module };
});

/** Every article of every public module, for prerendering the article pages. */
export async function listPublicArticleParams() {
  const articles = await db.article.findMany({
    where: { version: { currentOf: publicModule } },
    select: { key: true, version: { select: { module: { select: { slug: true } } } } },
  });
  return articles.map((a) => ({ slug: a.version.module.slug, articleId: a.key }));
}
