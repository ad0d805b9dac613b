import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ARTICLE_META_SELECT, readableModuleWhere } from "@/lib/modules/access";

/**
 * One article of a module the user may read (readableModuleWhere), from the version they read:
 * the owner's newest (their preview), everyone else's published one. Null otherwise.
 */
export const getReadableArticle = cache(async (slug: string, articleKey: string, userId: string) => {
  const mod = await db.module.findFirst({
    where: { slug, ...readableModuleWhere(userId) },
    select: {
      slug: true,
      title: true,
      ownerId: true,
      currentVersionId: true,
      versions: { where: { module: { ownerId: userId } }, orderBy: { number: "desc" }, take: 1, select: { id: true, title: true } },
    },
  });
  const versionId = mod?.versions[0]?.id ?? mod?.currentVersionId;
  if (!mod || !versionId) return null;
  const article = await db.article.findFirst({
    where: { versionId, key: articleKey },
    select: {
      ...ARTICLE_META_SELECT,
      text: true,
      sentences: { orderBy: { position: "asc" }, select: { key: true, start: true, end: true, kind: true } },
    },
  });
  if (!article) return null;
  return { ...article, module: { slug: mod.slug, ownerId: mod.ownerId, title: mod.versions[0]?.title ?? mod.title } };
});
