import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ModuleSchema, type ParleyModule } from "@/lib/generator/schema";
import { ARTICLE_META_SELECT, ASKED_QUESTIONS_WHERE, PUBLIC_MODULE_WHERE, readableModuleWhere } from "@/lib/modules/access";
import { fleschKincaidGrade } from "@/lib/modules/readability";
import { readingMinutes } from "@/lib/modules/reading";
import { SECTION_KINDS } from "@/lib/modules/import-module";

type SectionKind = (typeof SECTION_KINDS)[number];
export type ExplainerSections = Pick<ParleyModule, SectionKind>;

const sectionSchemas = ModuleSchema.pick(
  Object.fromEntries(SECTION_KINDS.map((kind) => [kind, true])) as Record<SectionKind, true>,
);

const VERSION_SELECT = {
  sections: { select: { kind: true, data: true, editedData: true } },
  articles: {
    orderBy: { position: "asc" },
    select: { ...ARTICLE_META_SELECT, text: true, _count: { select: { sentences: true } } },
  },
  _count: { select: { questions: { where: ASKED_QUESTIONS_WHERE } } },
} as const;

/**
 * Who is reading: everyone (public modules, prerendered) or one signed-in user (the modules
 * readableModuleWhere lets them read). An owner reads the version under review (their newest,
 * drafts included: the preview); everyone else reads the published one.
 */
export type ExplainerReader = { kind: "public" } | { kind: "user"; userId: string };

async function loadExplainer(slug: string, reader: ExplainerReader) {
  const where = reader.kind === "public" ? { slug, ...PUBLIC_MODULE_WHERE } : { slug, ...readableModuleWhere(reader.userId) };
  const mod = await db.module.findFirst({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      ownerId: true,
      currentVersion: { select: VERSION_SELECT },
      // The owner's newest version; none for public readers or readers who do not own it.
      versions: {
        where: { module: { ownerId: reader.kind === "user" ? reader.userId : { not: null } } },
        orderBy: { number: "desc" },
        take: reader.kind === "user" ? 1 : 0,
        select: { title: true, ...VERSION_SELECT },
      },
    },
  });
  if (!mod) return null;
  const review = mod.versions[0];
  const version = review ?? mod.currentVersion;
  if (!version) return null;

  // A teacher's edit of a section wins over the generated text: it is what students see.
  const raw = Object.fromEntries(version.sections.map((s) => [s.kind, s.editedData ?? s.data]));
  const sections: ExplainerSections = sectionSchemas.parse(raw);

  const articles = version.articles.map(({ text, _count, ...article }) => ({
    ...article,
    readingMinutes: readingMinutes(article.wordCount),
    gradeLevel: fleschKincaidGrade(text, _count.sentences),
  }));
  return {
    id: mod.id,
    slug: mod.slug,
    ownerId: mod.ownerId,
    title: review?.title ?? mod.title,
    articles,
    questionCount: version._count.questions,
    sections,
  };
}

/** Everything the module page shows, for a public module: sections, sources and their stats. */
export const getModuleExplainer = cache((slug: string) => loadExplainer(slug, { kind: "public" }));

/** The same for a module one signed-in user may read (a teacher's own, or one assigned to them). */
export const getReadableModuleExplainer = cache((slug: string, userId: string) => loadExplainer(slug, { kind: "user", userId }));

export type ModuleExplainer = NonNullable<Awaited<ReturnType<typeof getModuleExplainer>>>;
export type ExplainerArticle = ModuleExplainer["articles"][number];
