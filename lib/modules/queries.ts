import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ModuleStatus } from "@/lib/generated/prisma/enums";

// Modules shipped with Parley (no owner) and published are public: anyone may read them.
const publicModule = { status: ModuleStatus.PUBLISHED, ownerId: null } as const;

export const listPublicModules = cache(async () => {
  const modules = await db.module.findMany({
    where: { ...publicModule, currentVersionId: { not: null } },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      currentVersion: { select: { _count: { select: { articles: true, questions: true } } } },
    },
  });
  return modules.map((m) => ({
    slug: m.slug,
    title: m.title,
    articleCount: m.currentVersion?._count.articles ?? 0,
    questionCount: m.currentVersion?._count.questions ?? 0,
  }));
});

export const getPublicModule = cache(async (slug: string) => {
  const found = await db.module.findFirst({
    where: { ...publicModule, slug },
    select: {
      id: true,
      slug: true,
      title: true,
      currentVersion: {
        select: {
          id: true,
          articles: {
            orderBy: { position: "asc" },
            select: { key: true, title: true, outlet: true, date: true, url: true, wordCount: true },
          },
        },
      },
    },
  });
  if (!found?.currentVersion) return null;
  return { id: found.id, slug: found.slug, title: found.title, articles: found.currentVersion.articles };
});

export const getPublicArticle = cache(async (slug: string, articleKey: string) => {
  const article = await db.article.findFirst({
    where: { key: articleKey, version: { currentOf: { ...publicModule, slug } } },
    select: {
      key: true,
      title: true,
      outlet: true,
      date: true,
      url: true,
      text: true,
      wordCount: true,
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
