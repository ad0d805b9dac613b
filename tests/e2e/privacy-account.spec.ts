import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createClass, newSignedInUser, signInWith } from "./support/classes";
import { withE2eDatabase } from "./support/e2e-database";
import { responseFor, SAMPLE_SLUG } from "./support/quiz";
import { storedQuestions } from "./support/e2e-database";
import { userIdOf } from "./support/class-records";

// A person downloads everything Parley keeps about them, then deletes their account.

// Two sign-ups and two password checks at bcrypt cost 12 each: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Starts the sample quiz over the API and answers its first `count` questions; returns the attempt id. */
async function answerQuestions(page: Page, count: number) {
  const origin = new URL(page.url()).origin;
  const start = await page.request.post(`/api/modules/${SAMPLE_SLUG}/attempts`, { headers: { Origin: origin }, data: {} });
  const { attemptId, questions } = (await start.json()) as { attemptId: string; questions: { id: string }[] };
  const stored = storedQuestions(SAMPLE_SLUG);
  for (const q of questions.slice(0, count)) {
    const reply = await page.request.post(`/api/attempts/${attemptId}/answers`, {
      headers: { Origin: origin },
      data: { questionId: q.id, response: responseFor(stored.find((s) => s.id === q.id)!, true) },
    });
    expect(reply.status()).toBe(200);
  }
  return attemptId;
}

async function deleteAccountThroughForm(page: Page, password: string) {
  await page.goto("/account");
  await page.getByLabel("Your password").fill(password);
  await page.getByLabel("Type the words to confirm").fill("delete my account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
}

const publicModuleCount = () =>
  withE2eDatabase((db) => (db.prepare(`SELECT COUNT(*) AS n FROM "Module" WHERE "status" = 'PUBLISHED' AND "ownerId" IS NULL`).get() as { n: number }).n);

test("a student downloads their data, then deletes their account with their answers", async ({ browser }) => {
  const student = await newSignedInUser(browser, "Dana Data", "Student");
  const other = await newSignedInUser(browser, "Oscar Other", "Student");
  const attemptId = await answerQuestions(student.page, 2);
  await answerQuestions(other.page, 1);

  const page = student.page;
  await page.goto("/");
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^parley-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, "utf8");
  const data = JSON.parse(text) as { profile: { email: string; name: string }; quizAttempts: { id: string; answers: unknown[] }[] };
  expect(data.profile).toMatchObject({ email: student.email, name: "Dana Data" });
  expect(data.quizAttempts.find((a) => a.id === attemptId)!.answers).toHaveLength(2);
  expect(text).not.toMatch(/passwordHash|\$2[aby]\$/);
  expect(text).not.toContain(other.email);
  expect(text).not.toContain("Oscar Other");

  // The form asks for the password and the typed words; a wrong one changes nothing.
  await page.getByLabel("Your password").fill("not-my-password");
  await page.getByLabel("Type the words to confirm").fill("delete my account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your password.")).toBeVisible();
  await page.getByLabel("Your password").fill(student.password);
  await page.getByLabel("Type the words to confirm").fill("delete it");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type “delete my account” to confirm.")).toBeVisible();
  expect(withE2eDatabase((db) => db.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE "email" = ?`).get(student.email) as { n: number }).n).toBe(1);

  await deleteAccountThroughForm(page, student.password);
  await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
  // Signed out: the session cookie is gone (the header reads the session when a page loads).
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(withE2eDatabase((db) => db.prepare(`SELECT COUNT(*) AS n FROM "QuizAnswer" WHERE "attemptId" = ?`).get(attemptId) as { n: number }).n).toBe(0);
  expect(withE2eDatabase((db) => db.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE "email" = ?`).get(student.email) as { n: number }).n).toBe(0);
  expect((await page.request.get("/api/account/export")).status()).toBe(401);

  await signInWith(page, student.email, student.password);
  await expect(page.getByText("That email or username and password do not match an account.")).toBeVisible();
  // The other student's work is untouched.
  const otherExport = await other.page.request.get("/api/account/export");
  expect(((await otherExport.json()) as { quizAttempts: unknown[] }).quizAttempts).toHaveLength(1);
  await Promise.all([student.context.close(), other.context.close()]);
});

test("a teacher's deletion takes their classes and modules, and no module of theirs becomes public", async ({ browser }) => {
  const teacher = await newSignedInUser(browser, "Terry Teacher", "Teacher");
  const { classId } = await createClass(teacher.page, "Terry's class");
  const teacherId = userIdOf(teacher.email);
  const slug = `terry-module-${classId.slice(-6)}`;
  // A published module of theirs (the authoring flow is tested elsewhere): with a null owner it would be public.
  withE2eDatabase(
    (db) =>
      db
        .prepare(`INSERT INTO "Module" ("id", "slug", "title", "ownerId", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?)`)
        .run(`mod-${slug}`, slug, "Terry's module", teacherId, new Date().toISOString(), new Date().toISOString()),
    { write: true },
  );
  const publicBefore = publicModuleCount();

  const exported = (await (await teacher.page.request.get("/api/account/export")).json()) as {
    teaching: { classesTaught: { name: string }[]; modulesOwned: { slug: string }[] };
  };
  expect(exported.teaching.classesTaught.map((c) => c.name)).toEqual(["Terry's class"]);
  expect(exported.teaching.modulesOwned.map((m) => m.slug)).toEqual([slug]);

  await deleteAccountThroughForm(teacher.page, teacher.password);
  const left = withE2eDatabase((db) => ({
    classes: (db.prepare(`SELECT COUNT(*) AS n FROM "Class" WHERE "id" = ?`).get(classId) as { n: number }).n,
    modules: (db.prepare(`SELECT COUNT(*) AS n FROM "Module" WHERE "slug" = ?`).get(slug) as { n: number }).n,
  }));
  expect(left).toEqual({ classes: 0, modules: 0 });
  expect(publicModuleCount()).toBe(publicBefore);
  await teacher.context.close();
});
