import "server-only";
import { db } from "@/lib/db/client";
import { newRecordId, typedParameter } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewChange } from "./review";

/**
 * The one statement that stores a review change (lib/quiz/review.ts) for a user and question,
 * made only when `onlyIf` holds: a quiz answer passes "this answer row exists", so that the
 * change is written in its transaction and only with it (insertAnswerIfOpen); a review answer
 * writes it as it is. Plain SQL for both databases (see lib/quiz/attempt-sql.ts).
 */
export function reviewChangeWrite(
  userId: string,
  questionId: string,
  change: ReviewChange,
  now: Date,
  onlyIf: Prisma.Sql = Prisma.sql`1 = 1`,
) {
  const item = Prisma.sql`"userId" = ${userId} AND "questionId" = ${questionId}`;
  switch (change.kind) {
    case "reset":
      return db.$executeRaw`
        INSERT INTO "ReviewItem" ("id", "userId", "questionId", "box", "dueAt", "updatedAt")
        SELECT ${newRecordId()}, ${userId}, ${questionId}, ${typedParameter(change.box, "integer")},
          ${typedParameter(change.dueAt, "timestamp(3)")}, ${typedParameter(now, "timestamp(3)")}
        WHERE ${onlyIf}
        ON CONFLICT ("userId", "questionId")
        DO UPDATE SET "box" = excluded."box", "dueAt" = excluded."dueAt", "updatedAt" = excluded."updatedAt"`;
    case "advance":
      return db.$executeRaw`
        UPDATE "ReviewItem" SET "box" = ${change.box}, "dueAt" = ${change.dueAt}, "updatedAt" = ${now}
        WHERE ${item} AND ${onlyIf}`;
    case "retire":
      return db.$executeRaw`DELETE FROM "ReviewItem" WHERE ${item} AND ${onlyIf}`;
  }
}
