import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseFaultOf, databaseFaultResponse } from "@/lib/db/errors";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import { newUser, quizQuestions, SAMPLE, wrongResponse } from "../support/db-quiz";
import { onPostgres } from "../support/test-database";

// A full disk, for SQLite: PRAGMA max_page_count caps this connection's database at its current
// size, which is exactly what a full disk looks like to SQLite (SQLITE_FULL on the next page it
// needs), without needing root to mount a small filesystem. It is set on the app's own
// connection (lib/db/client.ts), so the writes under test take Parley's real code paths.

async function setMaxPages(pages: number) {
  await db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
}

async function pageCount(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
  return Number(row!.page_count);
}

/** Fills what room is left in the pages the database already has, until SQLite says it is full. */
async function fillUp() {
  for (let i = 0; i < 10_000; i++) {
    try {
      await db.rateLimit.create({ data: { key: `filler-${i}-${randomBytes(200).toString("hex")}`, count: 0, windowStart: new Date() } });
    } catch (error) {
      expect(databaseFaultOf(error)).toBe("full");
      return;
    }
  }
  throw new Error("the database never filled up");
}

// SQLite only: the disk is made "full" with SQLite's max_page_count, which PostgreSQL lacks
// (a full disk on a PostgreSQL server is its operator's alarm, not something the app can fake).
describe.runIf(!onPostgres)("a full disk", () => {
  it("refuses writes with a clear message, half-writes nothing, stays intact and recovers", async () => {
    const mod = await importArticleFolder(SAMPLE, { slug: "disk-full", publish: true });
    const questions = await quizQuestions(mod.versionId);
    const students = await Promise.all(Array.from({ length: 20 }, (_, i) => newUser(`full-disk-${i}`)));
    const answer = async (userId: string, i: number) => {
      const { attemptId } = (await startOrResumeAttempt(userId, "disk-full"))!;
      return recordAnswer(userId, attemptId, { questionId: questions[i]!.id, response: wrongResponse(questions[i]!) });
    };
    await answer(students[0]!.id, 0);

    await setMaxPages(await pageCount());
    await fillUp();
    const users = await db.user.count();

    // The class keeps answering until a write needs a page the "disk" cannot give (the pages in
    // use have some slack): that write is refused whole, and the route handlers say so in a 507.
    let acknowledged = 1;
    let failure: unknown = null;
    let next = { student: 0, question: 1 };
    for (const [s, student] of students.entries()) {
      for (let q = s === 0 ? 1 : 0; q < questions.length && !failure; q++) {
        next = { student: s, question: q };
        failure = await answer(student.id, q).then(() => null, (error: unknown) => error);
        if (!failure) acknowledged++;
      }
      if (failure) break;
    }
    expect(databaseFaultOf(failure)).toBe("full");
    const response = databaseFaultResponse(failure)!;
    expect(response.status).toBe(507);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/storage is full/);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|prisma|at .*\.ts/i);
    // Nothing half-written: exactly the acknowledged answers, each with its review item (all wrong).
    expect(await db.quizAnswer.count()).toBe(acknowledged);
    expect(await db.reviewItem.count()).toBe(acknowledged);
    // Sign-ups (account rows): refused too once the slack is gone, and no half-made account.
    let signedUp = 0;
    let signUpFailure: unknown = null;
    while (!signUpFailure && signedUp < 500) {
      signUpFailure = await newUser(`late-${signedUp}`).then(() => null, (error: unknown) => error);
      if (!signUpFailure) signedUp++;
    }
    expect(databaseFaultOf(signUpFailure)).toBe("full");
    expect(await db.user.count()).toBe(users + signedUp);

    const [integrity] = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    expect(integrity!.integrity_check).toBe("ok");

    // Room again (the disk freed): the same answer goes through, once.
    await setMaxPages(1_073_741_823);
    const outcome = await answer(students[next.student]!.id, next.question);
    expect(outcome.repeated).toBe(false);
    expect(await db.quizAnswer.count()).toBe(acknowledged + 1);
    expect(await db.reviewItem.count()).toBe(acknowledged + 1);
    expect(await newUser("room-again")).toHaveProperty("id");
  });
});
