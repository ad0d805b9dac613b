import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceKeysOf, withTexts } from "./stored-questions";
import type { QuestionWithTexts, QuizProgress } from "./views";
import { PUBLIC_MODULE_WHERE } from "@/lib/modules/access";
import { moduleBasePath } from "@/lib/modules/paths";

// Answering a question is Parley's busiest request (npm run bench:quiz: 50 students at once),
// so everything it reads comes in one statement: the user's open attempt (owner and state in the
// WHERE clause), the question if it belongs to the attempt's quiz, an answer already stored for
// it, the user's review item for it, and the progress counts. As Prisma queries these were four
// round trips and about 1.3 ms of the request; this is one and about 0.2 ms. The SQL is plain
// (quoted identifiers, no SQLite-only functions) and its row is checked with zod.

const json = z.preprocess(
  (value) => (typeof value === "string" ? JSON.parse(value) : value),
  z.unknown(),
);
const count = z.coerce.number().int();

const rowSchema = z.object({
  seed: z.coerce.number().int(),
  moduleId: z.string(),
  moduleSlug: z.string(),
  moduleOwnerId: z.string().nullable(),
  versionId: z.string(),
  answered: count,
  total: count,
  questionId: z.string().nullable(),
  type: z.string().nullable(),
  topic: z.string().nullable(),
  prompt: z.string().nullable(),
  body: json,
  answer: json,
  explanation: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  citations: json,
  sourceArticleId: z.string().nullable(),
  sourceSentenceId: z.string().nullable(),
  storedResponse: json,
  storedPoints: z.number().nullable(),
  storedCorrect: z.coerce.boolean().nullable(),
  reviewBox: z.coerce.number().int().nullable(),
  reviewDueAt: z.coerce.date().nullable(),
});

export type StoredAnswer = { response: unknown; points: number; correct: boolean };

export type AnswerContext = {
  attempt: { seed: number; moduleId: string; versionId: string };
  /** Where the module is read (moduleBasePath), for the feedback's source links. */
  basePath: string;
  /** Before this answer. */
  progress: QuizProgress;
  /** Null when the id names no question of this attempt's quiz. */
  question: QuestionWithTexts | null;
  /** The answer already stored for this question in this attempt, if any. */
  stored: StoredAnswer | null;
  review: { box: number; dueAt: Date } | null;
};

/**
 * The module aliased `m` may be read by the user: this mirrors readableModuleWhere in
 * lib/modules/access.ts (public modules, the user's own, published modules assigned to a class
 * the user is enrolled in that is not archived). Keep the two in step.
 */
export function readableModuleSql(userId: string): Prisma.Sql {
  const published = PUBLIC_MODULE_WHERE.status;
  return Prisma.sql`(
    (m."status" = ${published} AND m."ownerId" IS NULL)
    OR m."ownerId" = ${userId}
    OR (m."status" = ${published} AND EXISTS (
      SELECT 1 FROM "Assignment" g
      JOIN "Class" k ON k."id" = g."classId" AND k."archivedAt" IS NULL
      JOIN "Enrollment" e ON e."classId" = k."id" AND e."studentId" = ${userId}
      WHERE g."moduleId" = m."id"))
  )`;
}

/** What answering needs, or null when the user has no open attempt with this id. */
export async function loadAnswerContext(
  userId: string,
  attemptId: string,
  questionId: string,
): Promise<AnswerContext | null> {
  // One round trip instead of four typed queries (the answer route's hot path). The join on
  // "Module" applies readableModuleSql, the SQL twin of readableModuleWhere.
  const rows = await db.$queryRaw<unknown[]>`
    SELECT a."seed", a."moduleId", a."versionId", m."slug" AS "moduleSlug", m."ownerId" AS "moduleOwnerId",
      (SELECT COUNT(*) FROM "QuizAnswer" c WHERE c."attemptId" = a."id") AS "answered",
      (SELECT COUNT(*) FROM "Question" t WHERE t."versionId" = a."versionId" AND t."removed" = false) AS "total",
      q."id" AS "questionId", q."type", q."topic", q."prompt", q."body", q."answer", q."explanation",
      q."sourceQuote", q."citations", q."sourceArticleId", q."sourceSentenceId",
      s."response" AS "storedResponse", s."points" AS "storedPoints", s."correct" AS "storedCorrect",
      r."box" AS "reviewBox", r."dueAt" AS "reviewDueAt"
    FROM "QuizAttempt" a
    JOIN "Module" m ON m."id" = a."moduleId" AND ${readableModuleSql(userId)}
    LEFT JOIN "Question" q ON q."id" = ${questionId} AND q."versionId" = a."versionId" AND q."removed" = false
    LEFT JOIN "QuizAnswer" s ON s."attemptId" = a."id" AND s."questionId" = q."id"
    LEFT JOIN "ReviewItem" r ON r."userId" = a."userId" AND r."questionId" = q."id"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId} AND a."finishedAt" IS NULL`;
  if (rows.length === 0) return null;
  const row = rowSchema.parse(rows[0]);
  const { questionId: id, type, topic, prompt, explanation, sourceQuote } = row;
  const question =
    id && type && topic && prompt !== null && explanation !== null && sourceQuote !== null
      ? withTexts(
          {
            id,
            type,
            topic,
            prompt,
            explanation,
            sourceQuote,
            body: row.body,
            answer: row.answer,
            citations: row.citations,
          },
          await sourceKeysOf(id, row.sourceArticleId, row.sourceSentenceId),
        )
      : null;
  return {
    attempt: { seed: row.seed, moduleId: row.moduleId, versionId: row.versionId },
    basePath: moduleBasePath({ slug: row.moduleSlug, ownerId: row.moduleOwnerId }),
    progress: { answered: row.answered, total: row.total },
    question,
    stored:
      row.storedPoints !== null && row.storedCorrect !== null
        ? { response: row.storedResponse, points: row.storedPoints, correct: row.storedCorrect }
        : null,
    review:
      row.reviewBox !== null && row.reviewDueAt !== null
        ? { box: row.reviewBox, dueAt: row.reviewDueAt }
        : null,
  };
}
