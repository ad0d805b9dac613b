-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN "openKey" TEXT;

-- Each user's most recent open attempt per module gets its key, so that starting the quiz again
-- resumes it. (Before this migration a user could hold an older open attempt on an earlier
-- version as well; it keeps no key and stays as it was.)
UPDATE "QuizAttempt" SET "openKey" = "userId" || ':' || "moduleId"
WHERE "finishedAt" IS NULL AND "id" = (
  SELECT b."id" FROM "QuizAttempt" b
  WHERE b."userId" = "QuizAttempt"."userId" AND b."moduleId" = "QuizAttempt"."moduleId" AND b."finishedAt" IS NULL
  ORDER BY b."startedAt" DESC, b."id" DESC
  LIMIT 1
);

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_openKey_key" ON "QuizAttempt"("openKey");
