import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceSchema } from "@/lib/generator/schema";
import { fromStoredQuestion } from "./question";
import type { QuestionWithTexts } from "./views";
import { ASKED_QUESTIONS_WHERE } from "@/lib/modules/access";

// Reads Question rows (answers included) for the server's own use: grading and feedback. What
// leaves the server goes through lib/quiz/views.ts.

const questionColumns = {
  id: true,
  type: true,
  topic: true,
  prompt: true,
  body: true,
  answer: true,
  explanation: true,
  sourceQuote: true,
  citations: true,
} satisfies Prisma.QuestionSelect;

const sourceRelations = {
  sourceArticle: { select: { key: true, title: true, outlet: true } },
  sourceSentence: { select: { key: true } },
} satisfies Prisma.QuestionSelect;

/** The columns of a question row the server needs; JSON columns are checked when rebuilt. */
type QuestionFields = Record<
  "id" | "type" | "topic" | "prompt" | "explanation" | "sourceQuote",
  string
> &
  Record<"body" | "answer" | "citations", unknown>;
export type SourceKeys = Omit<QuestionWithTexts["source"], "quote">;

const citationsSchema = z.array(SourceSchema);

/** A stored question rebuilt and checked (see fromStoredQuestion), with the texts shown with it. */
export function withTexts(row: QuestionFields, source: SourceKeys): QuestionWithTexts {
  const citations = citationsSchema.safeParse(row.citations);
  return {
    ...fromStoredQuestion(row),
    prompt: row.prompt,
    explanation: row.explanation,
    source: { quote: row.sourceQuote, ...source },
    citations: citations.success ? citations.data : [],
  };
}

function keysOf(row: Prisma.QuestionGetPayload<{ select: typeof sourceRelations }>): SourceKeys {
  const article = row.sourceArticle;
  return {
    articleKey: article?.key ?? null,
    sentenceKey: row.sourceSentence?.key ?? null,
    articleTitle: article ? (article.outlet ?? article.title) : null,
  };
}

/** The quiz of a module version: its questions a teacher has not removed, in stored order. */
export async function loadQuizQuestions(versionId: string): Promise<QuestionWithTexts[]> {
  const rows = await db.question.findMany({
    where: { versionId, ...ASKED_QUESTIONS_WHERE },
    orderBy: { position: "asc" },
    select: { ...questionColumns, sourceArticleId: true, sourceSentenceId: true },
  });
  return Promise.all(
    rows.map(async (row) =>
      withTexts(row, await sourceKeysOf(row.id, row.sourceArticleId, row.sourceSentenceId)),
    ),
  );
}

// Articles and sentences are written once, by an import, and never change, so their keys can be
// remembered by id for the life of the process: grading an answer then needs no query for them. Bounded, in case a server lives through very many imports.
const sourceKeysCache = new Map<string, Promise<SourceKeys>>();
const SOURCE_KEYS_CACHE_LIMIT = 10_000;

/** The article and sentence keys of a question's source, for its link into the article. */
export function sourceKeysOf(
  questionId: string,
  articleId: string | null,
  sentenceId: string | null,
): Promise<SourceKeys> {
  const cacheKey = `${articleId}/${sentenceId}`;
  const cached = sourceKeysCache.get(cacheKey);
  if (cached) return cached;
  if (sourceKeysCache.size >= SOURCE_KEYS_CACHE_LIMIT) sourceKeysCache.clear();
  const loaded = db.question
    .findUniqueOrThrow({ where: { id: questionId }, select: sourceRelations })
    .then(keysOf);
  loaded.catch(() => sourceKeysCache.delete(cacheKey));
  sourceKeysCache.set(cacheKey, loaded);
  return loaded;
}

/** One question of a version's quiz, or null when the id names no such question. */
export async function loadQuizQuestion(
  versionId: string,
  questionId: string,
): Promise<QuestionWithTexts | null> {
  const row = await db.question.findFirst({
    where: { id: questionId, versionId, ...ASKED_QUESTIONS_WHERE },
    select: { ...questionColumns, sourceArticleId: true, sourceSentenceId: true },
  });
  if (!row) return null;
  return withTexts(row, await sourceKeysOf(row.id, row.sourceArticleId, row.sourceSentenceId));
}

/** Questions by id across modules (for the review queue), with their module's address. */
export async function loadQuestionsByIds(ids: string[]) {
  const rows = await db.question.findMany({
    where: { id: { in: ids }, ...ASKED_QUESTIONS_WHERE },
    select: {
      ...questionColumns,
      ...sourceRelations,
      version: { select: { module: { select: { slug: true, title: true, ownerId: true } } } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { question: withTexts(row, keysOf(row)), module: row.version.module },
    ]),
  );
}
