import type { Prisma } from "@/lib/generated/prisma/client";
import { ModuleStatus, QuestionType } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { toPublicQuestion } from "@/lib/generator/public-question";
import type { ParleyModule, Question } from "@/lib/generator/schema";

/** The explainer sections stored as JSON, in the order the module page shows them. */
export const SECTION_KINDS = [
  "summary",
  "people",
  "organizations",
  "places",
  "timeline",
  "issues",
  "disagreements",
  "glossary",
] as const satisfies readonly (keyof ParleyModule)[];

const QUESTION_TYPES: Record<Question["type"], QuestionType> = {
  single: QuestionType.SINGLE,
  multi: QuestionType.MULTI,
  true_false: QuestionType.TRUE_FALSE,
  order: QuestionType.ORDER,
  match: QuestionType.MATCH,
  cloze: QuestionType.CLOZE,
};

export class ModuleImportError extends Error {}

type ImportOptions = {
  slug: string;
  /** The teacher who owns the module; none for modules shipped with Parley. */
  ownerId?: string | null;
  publish?: boolean;
  generatorVersion: string;
  report?: Prisma.InputJsonValue;
};

/** The public part of a question (its choices, items or pairs), as the generator defines it. */
function publicBodyOf(q: Question): Prisma.InputJsonValue {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, type, topic, prompt, ...body } = toPublicQuestion(q);
  return body;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Stores a generated module as a new version of the module at `slug` (created if new), in one
 * transaction: a failure leaves the database as it was.
 */
export async function importGeneratedModule(generated: ParleyModule, options: ImportOptions) {
  return db.$transaction((tx) => writeGeneratedModule(tx, generated, options), {
    timeout: 120_000,
    maxWait: 10_000,
  });
}

/**
 * The writes of an import, inside a transaction the caller owns: teacher uploads run them on
 * their own connection (lib/db/isolated-client.ts) together with their own writes.
 */
export async function writeGeneratedModule(
  tx: Prisma.TransactionClient,
  generated: ParleyModule,
  options: ImportOptions,
) {
  const existing = await tx.module.findUnique({ where: { slug: options.slug } });
  const ownerId = options.ownerId ?? null;
  if (existing && existing.ownerId !== ownerId) {
    throw new ModuleImportError(`The module address "${options.slug}" is already taken.`);
  }
  const mod =
    existing ??
    (await tx.module.create({ data: { slug: options.slug, title: generated.title, ownerId } }));
  const last = await tx.moduleVersion.findFirst({
    where: { moduleId: mod.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const version = await tx.moduleVersion.create({
    data: {
      moduleId: mod.id,
      number: (last?.number ?? 0) + 1,
      title: generated.title,
      generatorVersion: options.generatorVersion,
      report: options.report,
    },
  });

  const sentenceIds = new Map<string, string>();
  const articleIds = new Map<string, string>();
  for (const [position, article] of generated.articles.entries()) {
    const created = await tx.article.create({
      data: {
        versionId: version.id,
        key: article.id,
        position,
        file: article.file,
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        date: article.date,
        text: article.text,
        removed: article.removed,
        wordCount: countWords(article.text),
        sentences: {
          create: article.sentences.map((s, index) => ({
            key: s.id,
            position: index,
            start: s.start,
            end: s.end,
            text: s.text,
            kind: s.kind,
          })),
        },
      },
      select: { id: true, sentences: { select: { id: true, key: true } } },
    });
    articleIds.set(article.id, created.id);
    for (const s of created.sentences) sentenceIds.set(`${article.id}/${s.key}`, s.id);
  }

  await tx.section.createMany({
    data: SECTION_KINDS.map((kind, position) => ({
      versionId: version.id,
      kind,
      position,
      data: generated[kind] as Prisma.InputJsonValue,
    })),
  });

  await tx.question.createMany({
    data: generated.questions.map((q, position) => ({
      versionId: version.id,
      key: q.id,
      position,
      type: QUESTION_TYPES[q.type],
      topic: q.topic,
      prompt: q.prompt,
      body: publicBodyOf(q),
      answer: q.answer,
      explanation: q.explanation,
      sourceArticleId: articleIds.get(q.source.articleId) ?? null,
      sourceSentenceId: sentenceIds.get(`${q.source.articleId}/${q.source.sentenceId}`) ?? null,
      sourceQuote: q.source.quote,
      citations: q.sources,
    })),
  });

  if (options.publish) {
    // A draft keeps its title on its version: the public title changes when it is published.
    await tx.module.update({
      where: { id: mod.id },
      data: {
        title: generated.title,
        status: ModuleStatus.PUBLISHED,
        currentVersionId: version.id,
      },
    });
  }
  return { moduleId: mod.id, versionId: version.id, versionNumber: version.number };
}
