import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { countAnswers, storedDate, storedQuestions, withE2eDatabase } from "./support/e2e-database";
import { userIdOf } from "./support/class-records";
import {
  QUIZ_PATH,
  SAMPLE_SLUG,
  answerByKeyboard,
  currentQuestion,
  fillByKeyboard,
  leakedSecrets,
  responseFor,
  tabTo,
} from "./support/quiz";
import { SAMPLE_MODULE_PATH, signUpNewUser } from "./support/session";

const DAY = 24 * 60 * 60 * 1000;
const api = (path: string) => `/api${path}`;
const attemptIdOn = async (page: Page) =>
  (await page.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
const sameOrigin = (page: Page) => ({ origin: new URL(page.url()).origin });

async function nextByKeyboard(page: Page, label = "Next question") {
  await tabTo(page, page.getByRole("button", { name: label }));
  await page.keyboard.press("Enter");
}

test("the whole sample quiz by keyboard alone, every question type, then progress", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUpNewUser(page, "Keyboard Student");
  await page.goto(SAMPLE_MODULE_PATH);
  await page.getByRole("link", { name: /Take the quiz/ }).click();
  await expect(page).toHaveURL(new RegExp(`${QUIZ_PATH}$`));
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  await expectNoAxeViolations(page);

  const total = storedQuestions(SAMPLE_SLUG).length;
  const types = new Set<string>();
  for (let n = 1; n <= total; n++) {
    await expect(page.locator("legend")).toContainText(`Question ${n} of ${total}`);
    const { type } = await answerByKeyboard(page, true);
    types.add(type);
    const feedback = page.getByRole("region", { name: /Correct/ });
    await expect(
      feedback.getByRole("link", { name: /Read it in the article/ }).first(),
    ).toHaveAttribute("href", new RegExp(`^${SAMPLE_MODULE_PATH}/articles/[^#]+#.+`));
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(n));
    if (n === 1) await expectNoAxeViolations(page);
    if (n < total) {
      await nextByKeyboard(page);
      await expect(page.locator("legend")).toBeFocused();
    }
  }
  expect([...types].sort()).toEqual(["cloze", "match", "multi", "order", "single", "true_false"]);

  await nextByKeyboard(page, "See my results");
  await expect(page.getByRole("heading", { name: "Your results" })).toBeFocused();
  await expect(page.getByText(/You scored\s*100%/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Try again: a new attempt, in its own order, from the first question.
  const finished = await attemptIdOn(page);
  await nextByKeyboard(page, "Try again");
  await expect(page.locator("legend")).toBeFocused();
  await expect(page.locator("legend")).toContainText(`Question 1 of ${total}`);
  expect(await attemptIdOn(page)).not.toBe(finished);

  await page.goto("/progress");
  const card = page.getByRole("listitem").filter({ hasText: "Pakistan and the Afghan Taliban" });
  await expect(card.getByText(/Mastery:\s*Proficient/)).toBeVisible();
  await expect(card.getByText(/Best score\s*100%/)).toBeVisible();
  await expect(card.getByRole("img", { name: /Scores of your finished attempts/ })).toBeVisible();
  const history = card.getByRole("table", { name: "Your attempts" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history).toContainText("in progress");
  await expectNoAxeViolations(page);
});

test("a reload resumes the same attempt at the first unanswered question", async ({ page }) => {
  await signUpNewUser(page, "Resuming Student");
  await page.goto(QUIZ_PATH);
  const attemptId = await attemptIdOn(page);
  await answerByKeyboard(page, true);
  await nextByKeyboard(page);
  await answerByKeyboard(page, false);
  await nextByKeyboard(page);
  const third = await currentQuestion(page);

  await page.reload();
  expect(await attemptIdOn(page)).toBe(attemptId);
  await expect(page.getByText(/Answered 2 of \d+/)).toBeVisible();
  expect((await currentQuestion(page)).id).toBe(third.id);
  await expect(page.locator("legend")).toContainText("Question 3 of");

  // Earlier answers keep their feedback.
  await page.getByRole("button", { name: "Question 2, wrong" }).click();
  await expect(page.getByRole("heading", { name: /Not right|Partly right/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
});

test("a double submit is recorded once", async ({ page }) => {
  await signUpNewUser(page, "Double Clicker");
  await page.goto(QUIZ_PATH);
  const attemptId = await attemptIdOn(page);
  const first = await currentQuestion(page);

  // Two identical requests at once, as a retry racing the original would send them.
  const send = () =>
    page.request.post(api(`/attempts/${attemptId}/answers`), {
      data: { questionId: first.id, response: responseFor(first.stored, true) },
      headers: sameOrigin(page),
    });
  const replies = await Promise.all([send(), send()]);
  expect(replies.map((r) => r.status())).toEqual([200, 200]);
  const bodies = await Promise.all(replies.map((r) => r.json()));
  expect(bodies.map((b) => b.repeated).sort()).toEqual([false, true]);
  expect(bodies.map((b) => b.progress.answered)).toEqual([1, 1]);
  expect(countAnswers(attemptId)).toBe(1);

  // And a double click on the button.
  await page.reload();
  const { form } = await fillByKeyboard(page, true);
  await form.getByRole("button", { name: "Check answer" }).dblclick();
  await expect(page.getByRole("heading", { name: /Correct/ })).toBeVisible();
  await expect(page.getByText("Answered 2 of")).toBeVisible();
  expect(countAnswers(attemptId)).toBe(2);
});

test("no answer, explanation or source reaches the browser before the question is answered", async ({
  page,
  browser,
}) => {
  const questions = storedQuestions(SAMPLE_SLUG);
  const seen: { url: string; body: string }[] = [];
  // The quiz page and every API response. Other pages (the explainer, prefetched through the
  // quiz page's links) show the public articles, whose sentences are the sources themselves.
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    const path = new URL(response.url()).pathname;
    if (
      !["document", "fetch", "xhr"].includes(type) ||
      !(path === QUIZ_PATH || path.startsWith("/api/"))
    )
      return;
    seen.push({ url: response.url(), body: await response.text().catch(() => "") });
  });
  await signUpNewUser(page, "Curious Student");
  await page.goto(QUIZ_PATH);
  await expect(page.locator("legend")).toBeVisible();
  const attemptId = await attemptIdOn(page);

  const html = await (await page.request.get(QUIZ_PATH)).text();
  expect(html).toContain("Question 1 of");
  const rsc = await (await page.request.get(QUIZ_PATH, { headers: { RSC: "1" } })).text();
  const resumed = await (
    await page.request.post(api(`/modules/${SAMPLE_SLUG}/attempts`), {
      data: {},
      headers: sameOrigin(page),
    })
  ).text();
  const read = await (await page.request.get(api(`/attempts/${attemptId}`))).text();
  for (const { url, body } of [
    ...seen,
    { url: "html", body: html },
    { url: "rsc", body: rsc },
    { url: "start", body: resumed },
    { url: "get", body: read },
  ]) {
    expect(leakedSecrets(body, questions), url).toEqual([]);
  }
  expect(seen.some((r) => new URL(r.url).pathname === QUIZ_PATH)).toBe(true);
  expect(JSON.parse(resumed).attemptId).toBe(attemptId);

  // Once answered, that question's feedback arrives (the check above can see it), and only it.
  const { id } = await currentQuestion(page);
  const reply = page.waitForResponse((r) => r.url().endsWith(`/attempts/${attemptId}/answers`));
  await answerByKeyboard(page, false);
  const feedback = await (await reply).text();
  const answered = questions.filter((q) => q.id === id);
  const others = questions.filter((q) => q.id !== id);
  expect(leakedSecrets(feedback, answered, { answered: true }).length).toBeGreaterThan(0);
  expect(leakedSecrets(feedback, others, { answered: true, sharedWith: answered })).toEqual([]);
  const rscAfter = await (await page.request.get(QUIZ_PATH, { headers: { RSC: "1" } })).text();
  expect(leakedSecrets(rscAfter, answered, { answered: true }).length).toBeGreaterThan(0);
  expect(leakedSecrets(rscAfter, others, { answered: true, sharedWith: answered })).toEqual([]);

  // A visitor who is not signed in gets the same public questions.
  const anonymous = await browser.newContext();
  const anonymousHtml = await (
    await anonymous.request.get(new URL(QUIZ_PATH, page.url()).href)
  ).text();
  expect(anonymousHtml).toContain("nothing is saved");
  expect(leakedSecrets(anonymousHtml, questions)).toEqual([]);
  await anonymous.close();
});

test("one student cannot read or write another's attempt; forged answers are refused", async ({
  page,
  browser,
}) => {
  await signUpNewUser(page, "Attempt Owner");
  await page.goto(QUIZ_PATH);
  const attemptId = await attemptIdOn(page);
  const question = await currentQuestion(page);
  const right = { questionId: question.id, response: responseFor(question.stored, true) };

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpNewUser(other, "Attempt Intruder");
  const headers = sameOrigin(other);
  expect((await other.request.get(api(`/attempts/${attemptId}`))).status()).toBe(404);
  const write = await other.request.post(api(`/attempts/${attemptId}/answers`), {
    data: right,
    headers,
  });
  expect(write.status()).toBe(404);
  expect(await write.json()).toEqual({ error: expect.stringMatching(/no such quiz attempt/) });
  expect(
    (
      await other.request.post(api(`/attempts/${attemptId}/finish`), { data: {}, headers })
    ).status(),
  ).toBe(404);
  await otherContext.close();

  const post = (data: unknown, extra: Record<string, string> = {}) =>
    page.request.post(api(`/attempts/${attemptId}/answers`), {
      data: data as object,
      headers: { ...sameOrigin(page), ...extra },
    });
  expect((await post(right, { origin: "https://evil.example" })).status()).toBe(403);
  expect((await post({ ...right, questionId: "cxxxxxxxxxxxxxxxxxxxxxxxx" })).status()).toBe(404);
  expect((await post({ questionId: question.id })).status()).toBe(400);
  expect((await post({ ...right, response: { choiceId: 42 } })).status()).toBe(400);
  expect((await post({ ...right, response: { choiceId: "not-a-choice" } })).status()).toBe(400);
  expect((await post({ ...right, padding: "x".repeat(20_000) })).status()).toBe(413);
  const signedOut = await browser.newContext();
  const anonymousWrite = await signedOut.request.post(
    new URL(api(`/attempts/${attemptId}/answers`), page.url()).href,
    {
      data: right,
      headers: sameOrigin(page),
    },
  );
  expect(anonymousWrite.status()).toBe(401);
  await signedOut.close();
  expect(countAnswers(attemptId)).toBe(0);

  // The owner's attempt is untouched and still theirs to play.
  await page.reload();
  await expect(page.getByText("Answered 0 of")).toBeVisible();
  await answerByKeyboard(page, true);
  expect(countAnswers(attemptId)).toBe(1);
  expect(
    (
      await page.request.post(api(`/attempts/${attemptId}/finish`), {
        data: {},
        headers: sameOrigin(page),
      })
    ).status(),
  ).toBe(200);
  expect((await post(right)).status()).toBe(409);
});

test("a missed question comes back in the review queue when it is due", async ({ page }) => {
  const { email } = await signUpNewUser(page, "Reviewing Student");
  await page.goto(QUIZ_PATH);
  const { id } = await currentQuestion(page);
  await answerByKeyboard(page, false);

  await page.goto("/review");
  await expect(page.getByText("Nothing is due for review right now.")).toBeVisible();
  await expect(page.getByText(/The next question comes back on/)).toBeVisible();

  // A day later, as far as the queue can tell.
  const userId = userIdOf(email);
  withE2eDatabase(
    (db) =>
      db
        .prepare('UPDATE "ReviewItem" SET "dueAt" = ? WHERE "userId" = ?')
        .run(storedDate(new Date(Date.now() - 60_000)), userId),
    {
      write: true,
    },
  );
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "1 question is due" })).toBeVisible();
  await expect(page.locator(`form[data-question-id="${id}"]`)).toBeVisible();
  await expectNoAxeViolations(page);
  await answerByKeyboard(page, true);
  await nextByKeyboard(page, "Finish the review");
  await expect(page.getByRole("heading", { name: "Review done" })).toBeFocused();

  const item = withE2eDatabase(
    (db) =>
      db.prepare('SELECT "box", "dueAt" FROM "ReviewItem" WHERE "userId" = ?').get(userId) as {
        box: number;
        dueAt: string;
      },
  );
  expect(item.box).toBe(2);
  expect(Math.abs(new Date(item.dueAt).getTime() - (Date.now() + 3 * DAY))).toBeLessThan(60_000);
  await page.goto("/progress");
  await expect(page.getByText(/No review due now; the next one is on/)).toBeVisible();
});

test("a visitor can try the quiz, is told nothing is saved, and can sign in to keep progress", async ({
  page,
}) => {
  const writes: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") writes.push(new URL(r.url()).pathname);
  });
  await page.goto(QUIZ_PATH);
  await expect(page.getByText("You are not signed in, so nothing is saved.")).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }),
  ).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(QUIZ_PATH)}`);
  await expectNoAxeViolations(page);
  await answerByKeyboard(page, true);
  await expect(page.getByRole("heading", { name: /Correct/ })).toBeFocused();
  expect(writes).toEqual([`/api/modules/${SAMPLE_SLUG}/quiz-check`]);
});

test("a signed-in student cannot look answers up in practice mode, nor start an attempt with a bad body", async ({ page }) => {
  await signUpNewUser(page, "No Peeking");
  await page.goto(`${SAMPLE_MODULE_PATH}/quiz`);
  const [question] = storedQuestions(SAMPLE_SLUG);
  const practice = await page.request.post(api(`/modules/${SAMPLE_SLUG}/quiz-check`), {
    data: { questionId: question!.id, response: { choiceId: "a" } },
    headers: sameOrigin(page),
  });
  expect(practice.status()).toBe(403);
  expect(await practice.text()).not.toContain(question!.explanation);

  const countAttempts = () =>
    withE2eDatabase((db) => (db.prepare('SELECT COUNT(*) AS "n" FROM "QuizAttempt"').get() as { n: number }).n);
  const attemptsBefore = countAttempts();
  const bad = await page.request.post(api(`/modules/${SAMPLE_SLUG}/attempts`), {
    data: "not json",
    headers: { ...sameOrigin(page), "content-type": "application/json" },
  });
  expect(bad.status()).toBe(400);
  expect(countAttempts()).toBe(attemptsBefore);
});

test("Finish now ends a partly answered attempt after a keyboard-friendly confirmation", async ({
  page,
}) => {
  await signUpNewUser(page, "Early Finisher");
  await page.goto(QUIZ_PATH);
  const attemptId = await attemptIdOn(page);
  const total = storedQuestions(SAMPLE_SLUG).length;
  // Nothing to finish early before the first answer.
  await expect(page.getByRole("button", { name: "Finish now" })).toHaveCount(0);
  await answerByKeyboard(page, true);
  await nextByKeyboard(page);
  await answerByKeyboard(page, false);

  const finishNow = page.getByRole("button", { name: "Finish now" });
  await tabTo(page, finishNow);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Finish this attempt now?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`${total - 2} questions are not answered yet`);
  await expect(dialog).toContainText("Unanswered questions score 0");
  await expect(dialog.getByRole("button", { name: "Keep answering" })).toBeFocused();
  await expectNoAxeViolations(page);

  // Escape changes nothing and gives focus back.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(finishNow).toBeFocused();
  expect(
    withE2eDatabase(
      (db) =>
        db.prepare('SELECT "finishedAt" FROM "QuizAttempt" WHERE "id" = ?').get(attemptId) as {
          finishedAt: string | null;
        },
    ).finishedAt,
  ).toBeNull();

  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Keep answering" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Finish and see my results" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Your results" })).toBeFocused();
  await expect(page.getByText(`with 2 of ${total} questions answered`)).toBeVisible();
  const stored = withE2eDatabase(
    (db) =>
      db.prepare('SELECT "score", "finishedAt", "openKey" FROM "QuizAttempt" WHERE "id" = ?').get(attemptId) as {
        score: number;
        finishedAt: string | null;
        openKey: string | null;
      },
  );
  expect(stored.finishedAt).not.toBeNull();
  expect(stored.openKey).toBeNull();
  // The score counts the two answers given and the rest as 0.
  const earned = withE2eDatabase(
    (db) =>
      (db.prepare('SELECT SUM("points") AS "sum" FROM "QuizAnswer" WHERE "attemptId" = ?').get(attemptId) as {
        sum: number;
      }).sum,
  );
  expect(stored.score).toBeCloseTo(earned / total, 9);
  const percent = Math.floor(stored.score * 100 + 1e-9);
  await expect(page.getByText(new RegExp(`You scored\\s*${percent}%`))).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`Quiz finished: you scored ${percent}%.`);
  await expectNoAxeViolations(page);

  // The attempt is closed: answering it again is refused.
  const [question] = storedQuestions(SAMPLE_SLUG);
  const late = await page.request.post(api(`/attempts/${attemptId}/answers`), {
    data: { questionId: question!.id, response: responseFor(question!, true) },
    headers: sameOrigin(page),
  });
  expect(late.status()).toBe(409);
});

test("anonymous practice checks are limited per address", async ({ page }) => {
  await page.goto(QUIZ_PATH);
  const { id, stored } = await currentQuestion(page);
  // A made-up address of its own, so that this test does not use up the suite's allowance.
  const address = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  const check = () =>
    page.request.post(api(`/modules/${SAMPLE_SLUG}/quiz-check`), {
      data: { questionId: id, response: responseFor(stored, true) },
      headers: { ...sameOrigin(page), "x-forwarded-for": address },
    });
  for (let i = 0; i < 120; i++) expect((await check()).status()).toBe(200);
  const refused = await check();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many answers were checked/) });
});
