import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { newRecordId, onPostgres, rowLock, typedParameter } from "@/lib/db/sql";
import type { Grade } from "./grade";
import type { QuizResponse } from "./responses";
import type { ReviewChange } from "./review";
import { reviewChangeWrite } from "./review-sql";

// The attempt writes whose condition must hold in the statement itself, because a request racing
// them (an answer against a finish, two starts) would otherwise slip between a read and a write.
// Each is one statement (an answer with its review change, and a finish on PostgreSQL, are two in
// one short batch transaction; see lib/quiz/attempts.ts). The SQL is plain: quoted identifiers, standard INSERT ... SELECT,
// ON CONFLICT and correlated subqueries, no SQLite-only functions, `false` for booleans. It runs on
// SQLite and PostgreSQL alike, except that PostgreSQL reads the parameters of an INSERT's SELECT
// list as text: those go through typedParameter (lib/db/sql.ts), which casts them on PostgreSQL only.

/**
 * Inserts the answer if the attempt is still open and the question has no answer in it yet, and
 * makes the review-item write it calls for, in one transaction: both or neither, so a write that
 * fails (a full disk) cannot leave an answer stored with its review item unchanged, which a retry
 * would then never mend. True when the answer was inserted.
 *
 * The open check is in the INSERT, so an answer racing "finish" either lands before the attempt
 * closes (and counts in its score) or is not stored at all. The unique (attemptId, questionId)
 * settles a double submit. The review write only happens when this very answer row exists, so a
 * repeated or refused answer moves nothing. Stored as Prisma stores these columns (SQLite: JSON
 * text, 0/1, ISO dates; PostgreSQL: jsonb, boolean, timestamp). Written with Prisma's create, a
 * taken slot is a P2002 error to catch and the insert cost about 0.9 ms against 0.2 ms here.
 */
export async function insertAnswerIfOpen(
  userId: string,
  attemptId: string,
  questionId: string,
  response: QuizResponse,
  grade: Grade,
  now: Date,
  review: ReviewChange | null,
): Promise<boolean> {
  const answerId = newRecordId();
  const insert = db.$executeRaw`
    INSERT INTO "QuizAnswer" ("id", "attemptId", "questionId", "response", "points", "correct", "answeredAt")
    SELECT ${answerId}, ${attemptId}, ${questionId}, ${typedParameter(JSON.stringify(response), "jsonb")},
      ${typedParameter(grade.points, "double precision")}, ${typedParameter(grade.correct, "boolean")},
      ${typedParameter(now, "timestamp(3)")}
    WHERE EXISTS (
      SELECT 1 FROM "QuizAttempt" a
      WHERE a."id" = ${attemptId} AND a."userId" = ${userId} AND a."finishedAt" IS NULL
      ${rowLock("FOR SHARE")})
    ON CONFLICT ("attemptId", "questionId") DO NOTHING`;
  if (!review) return (await insert) === 1;
  const [inserted] = await db.$transaction([
    insert,
    reviewChangeWrite(userId, questionId, review, now, Prisma.sql`EXISTS (SELECT 1 FROM "QuizAnswer" n WHERE n."id" = ${answerId})`),
  ]);
  return inserted === 1;
}

/**
 * Finishes an open attempt and stores its score in one UPDATE: the mean points over the questions
 * of its quiz (those not removed), unanswered ones as 0, from the answers stored at that moment;
 * the same rule as attemptScore in lib/quiz/score.ts. Frees the open slot (openKey) so the next
 * start makes a new attempt. False when the attempt was not open (finished already, or not the
 * user's).
 */
export async function closeAttemptWithScore(
  userId: string,
  attemptId: string,
  now: Date,
): Promise<boolean> {
  const update = db.$executeRaw`
    UPDATE "QuizAttempt" SET "finishedAt" = ${now}, "openKey" = NULL,
      "score" = COALESCE(
        (SELECT SUM(CASE WHEN s."points" > 1 THEN 1 WHEN s."points" > 0 THEN s."points" ELSE 0 END)
          FROM "QuizAnswer" s
          JOIN "Question" q ON q."id" = s."questionId" AND q."removed" = false
          WHERE s."attemptId" = "QuizAttempt"."id" AND q."versionId" = "QuizAttempt"."versionId")
        / NULLIF((SELECT COUNT(*) FROM "Question" t
          WHERE t."versionId" = "QuizAttempt"."versionId" AND t."removed" = false), 0),
        0)
    WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "finishedAt" IS NULL`;
  if (!onPostgres) return (await update) === 1;
  // PostgreSQL: an answer's INSERT holds a share lock on the attempt row while its EXISTS check
  // passes (rowLock above). Lock the row first, so that this UPDATE, a later statement with a
  // later snapshot, waits for such answers and counts them; an answer arriving after the lock
  // finds the attempt finished. Both run on one connection in the batch transaction.
  const [, updated] = await db.$transaction([
    db.$queryRaw`SELECT 1 FROM "QuizAttempt" WHERE "id" = ${attemptId} FOR UPDATE`,
    update,
  ]);
  return updated === 1;
}

/**
 * Deletes an open attempt that holds no answers (one left on an older version of its module), in
 * one statement so that an answer stored meanwhile keeps it. True when it was deleted.
 */
export async function deleteEmptyOpenAttempt(attemptId: string): Promise<boolean> {
  const deleted = await db.$executeRaw`
    DELETE FROM "QuizAttempt"
    WHERE "id" = ${attemptId} AND "finishedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "QuizAnswer" s WHERE s."attemptId" = "QuizAttempt"."id")`;
  return deleted === 1;
}
