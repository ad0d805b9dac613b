import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import { newUser, quizQuestions, SAMPLE, wrongResponse } from "../support/db-quiz";
import { onPostgres } from "../support/test-database";

// A quiz answer and the review item it moves are written together or not at all: if the review
// write fails (a full disk, a lost connection), the answer is not stored either, so the student's
// retry records it once, with its review item, instead of finding it "already answered".

/** Makes every new review item fail to be written, as a write on a full disk would. */
async function failReviewWrites() {
  if (onPostgres) {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_review() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'review write refused for the test'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_review BEFORE INSERT ON "ReviewItem"
      FOR EACH ROW EXECUTE FUNCTION refuse_review()`);
  } else {
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_review BEFORE INSERT ON "ReviewItem"
      BEGIN SELECT RAISE(ABORT, 'review write refused for the test'); END`);
  }
}

async function allowReviewWrites() {
  await db.$executeRawUnsafe(onPostgres ? `DROP TRIGGER refuse_review ON "ReviewItem"` : "DROP TRIGGER refuse_review");
  if (onPostgres) await db.$executeRawUnsafe("DROP FUNCTION refuse_review()");
}

describe("an answer and its review item", () => {
  it("are stored together or not at all, and the retry records the answer once", async () => {
    const mod = await importArticleFolder(SAMPLE, { slug: "answer-review", publish: true });
    const [question] = await quizQuestions(mod.versionId);
    const student = await newUser("answer-review");
    const { attemptId } = (await startOrResumeAttempt(student.id, "answer-review"))!;
    const missed = { questionId: question!.id, response: wrongResponse(question!) };

    await failReviewWrites();
    try {
      await expect(recordAnswer(student.id, attemptId, missed)).rejects.toThrow(/review write refused/);
      expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
      expect(await db.reviewItem.count({ where: { userId: student.id } })).toBe(0);
    } finally {
      await allowReviewWrites();
    }

    const retried = await recordAnswer(student.id, attemptId, missed);
    expect(retried.repeated).toBe(false);
    expect(retried.result.correct).toBe(false);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    const item = await db.reviewItem.findUniqueOrThrow({
      where: { userId_questionId: { userId: student.id, questionId: question!.id } },
    });
    expect(item.box).toBe(1);
    // Sent again (a double submit): the first answer stands, the review item is not moved twice.
    const again = await recordAnswer(student.id, attemptId, missed);
    expect(again.repeated).toBe(true);
    expect(await db.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);
  });
});
