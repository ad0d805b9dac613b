import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ModuleSchema, type ParleyModule } from "@/lib/generator/schema";
import { ARTICLE_META_SELECT, ASKED_QUESTIONS_WHERE, PUBLIC_MODULE_WHERE } from "@/lib/modules/access";
import { fleschKincaidGrade } from "@/lib/modules/readability";
import { readingMinutes } from "@/lib/modules/reading";
import { SECTION_KINDS } from "@/lib/modules/import-module";

type SectionKind = (typeof SECTION_KINDS)[number];
export type ExplainerSections = Pick<ParleyModule, SectionKind>;

const sectionSchemas = ModuleSchema.pick(
  Object.fromEntries(SECTION_KINDS.map((kind) => [kind, true])) as Record<SectionKind, true>,
);

/** Everything the module page shows, for a public module: sections, sources and their stats. */
export const getModuleExplainer = cache(async (slug: string) => {
  const mod = await db.module.findFirst({
    where: { slug, ...PUBLIC_MODULE_WHERE },
    select: {
      id: true,
      slug: true,
      title: true,
      currentVersion: {
        select: {
          sections: { select: { kind: true, data: true, editedData: true } },
          articles: {
            orderBy: { position: "asc" },
            select: { ...ARTICLE_META_SELECT, text: true, _count: { select: { sentences: true } } },
          },
          _count: { select: { questions: { where: ASKED_QUESTIONS_WHERE } } },
        },
      },
    },
  });
  const version = mod?.currentVersion;
  if (!mod || !version) return null;

  // A teacher's edit of a section wins over the generated text.
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
    title: mod.title,
    articles,
    questionCount: version._count.questions,
    sections,
  };
});

export type ModuleExplainer = NonNullable<Awaited<ReturnType<typeof getModuleExplainer>>>;
export type ExplainerArticle = ModuleExplainer["articles"][number];
