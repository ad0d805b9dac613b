import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_PORT, SPEC_PORTS } from "./support/e2e-database-url";
import type { StoredQuestion } from "./support/e2e-database";
import { FAULT_PASSWORD, FAULT_SLUG, signInCookie } from "./support/fault-server";
import {
  dropPostgresFaultDatabase,
  preparePostgresFaultDatabase,
  startPostgresFaultServer,
  stopPostgresFaultServer,
  withPostgres,
  type PostgresFaultServer,
} from "./support/fault-server-postgres";
import { responseFor } from "./support/quiz";

// "Several app servers can share one PostgreSQL" (docs/deployment.md), as a user behind a load
// balancer would notice it: two `next start` processes of the suite's build on one database of
// this test's own, with the same NEXTAUTH_SECRET, and each request of a user sent to either. The
// balancer names the user's address in X-Forwarded-For, so each browser context here sends one of
// its own (which keeps the small sign-in limit below to the test about it). PostgreSQL pass only
// (playwright.config.ts): on SQLite the processes share one file on one machine.

const PORTS = SPEC_PORTS.severalServers;
const DATABASE = `parley_servers_${E2E_PORT}`;
/** Small, so that the test reaches it quickly; alternating servers must not get twice as many. */
const SIGN_IN_LIMIT = 6;
/** PRACTICE_CHECKS_PER_ADDRESS in lib/quiz/practice-limit.ts (server-only, so not imported). */
const PRACTICE_CHECK_LIMIT = 120;
const MODULE_TITLE = /Pakistan and the Afghan Taliban/;
const QUIZ_PATH = `/modules/${FAULT_SLUG}/quiz`;

test.describe.configure({ mode: "serial", timeout: 90_000 });

let database: Awaited<ReturnType<typeof preparePostgresFaultDatabase>>;
let servers: PostgresFaultServer[] = [];
const serverA = () => servers[0]!;
const serverB = () => servers[1]!;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await preparePostgresFaultDatabase(DATABASE, 4, { teachers: 1 });
  const env = { SIGN_IN_LIMIT_PER_ADDRESS: String(SIGN_IN_LIMIT) };
  const started = await Promise.allSettled(PORTS.map((port) => startPostgresFaultServer(port, database.url, env)));
  servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => stopPostgresFaultServer(server)));
  servers = [];
  await dropPostgresFaultDatabase(DATABASE);
});

/** A browser whose requests come through the load balancer from `address`. */
function browserFrom(browser: Browser, address: string) {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
}

/** A context from `address` holding the session cookie of `email`, signed in on `server`. */
async function signedInBrowser(browser: Browser, server: PostgresFaultServer, email: string, address: string) {
  const cookie = await signInCookie(server.base, email, { "x-forwarded-for": address });
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browserFrom(browser, address);
  await context.addCookies([{ name, value, url: server.base }]);
  return { context, page: await context.newPage() };
}

/** Fills in and sends the sign-in form of `server`, and waits for its answer. */
async function submitSignIn(page: Page, server: PostgresFaultServer, email: string, password: string) {
  await page.goto(`${server.base}/signin`);
  await page.getByLabel("Email or username").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

const alert = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** The sample quiz's questions in the test's database, by id (JSON columns as text, as stored on SQLite). */
function quizQuestions(): Promise<Map<string, StoredQuestion>> {
  return withPostgres(database.url, async (client) => {
    const { rows } = await client.query<StoredQuestion>(
      `SELECT q."id", q."type"::text AS "type", q."prompt", q."body"::text AS "body", q."answer"::text AS "answer",
              q."explanation", q."sourceQuote", q."citations"::text AS "citations"
       FROM "Question" q JOIN "Module" m ON m."currentVersionId" = q."versionId"
       WHERE m."slug" = $1 AND q."removed" = false ORDER BY q."position"`,
      [FAULT_SLUG],
    );
    return new Map(rows.map((q) => [q.id, q]));
  });
}

function storedAnswerCount(attemptId: string): Promise<number> {
  return withPostgres(database.url, async (client) => {
    const { rows } = await client.query<{ n: number }>('SELECT COUNT(*)::int AS "n" FROM "QuizAnswer" WHERE "attemptId" = $1', [attemptId]);
    return rows[0]!.n;
  });
}

test("signed in on one server, the same cookie is a signed-in session on the other", async ({ browser }) => {
  const context = await browserFrom(browser, "203.0.113.1");
  const page = await context.newPage();
  await submitSignIn(page, serverA(), database.emails[0]!, FAULT_PASSWORD);
  await expect(page).toHaveURL(`${serverA().base}/dashboard`);

  // The next requests go to the other server, with the cookie server A set.
  await page.goto(`${serverB().base}/progress`);
  await expect(page).toHaveURL(`${serverB().base}/progress`);
  await expect(page.getByRole("heading", { name: "My progress" })).toBeVisible();
  await expect(page.getByText("Signed in as Fault Student 0.")).toBeVisible();
  const session = await page.request.get(`${serverB().base}/api/auth/session`);
  expect((await session.json()) as unknown).toMatchObject({
    user: { id: "faultstudent0", name: "Fault Student 0", email: database.emails[0], role: "STUDENT" },
  });

  // Without that cookie server B sends the visitor to sign in: the page is protected there too.
  const stranger = await (await browserFrom(browser, "203.0.113.2")).newPage();
  await stranger.goto(`${serverB().base}/progress`);
  await expect(stranger).toHaveURL(/\/signin\?callbackUrl=%2Fprogress$/);
  await stranger.context().close();
  await context.close();
});

test("a quiz attempt moves between servers: resumed with its answers, a retried answer counted once, finished on one and shown on the other", async ({
  browser,
}) => {
  const { context, page } = await signedInBrowser(browser, serverA(), database.emails[1]!, "203.0.113.3");
  const questions = await quizQuestions();
  const attemptIdOn = async () => (await page.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
  const questionOnScreen = async () => (await page.locator("form[data-question-id]").getAttribute("data-question-id"))!;

  // Started on A, in the browser; its first question answered on A.
  await page.goto(`${serverA().base}${QUIZ_PATH}`);
  const attemptId = await attemptIdOn();
  const firstId = await questionOnScreen();
  const answer = async (server: PostgresFaultServer, questionId: string) => {
    const reply = await page.request.post(`${server.base}/api/attempts/${attemptId}/answers`, {
      data: { questionId, response: responseFor(questions.get(questionId)!, true) },
      headers: { origin: server.base },
    });
    expect(reply.status()).toBe(200);
    return (await reply.json()) as { repeated: boolean; result: { correct: boolean }; progress: { answered: number } };
  };
  expect(await answer(serverA(), firstId)).toMatchObject({ repeated: false, result: { correct: true }, progress: { answered: 1 } });

  // The next page load lands on B: the same attempt, after its answer, with the answer's feedback.
  await page.goto(`${serverB().base}${QUIZ_PATH}`);
  expect(await attemptIdOn()).toBe(attemptId);
  await expect(page.getByText(/Answered 1 of \d+/)).toBeVisible();
  await expect(page.locator("legend")).toContainText("Question 2 of");
  await expect(page.getByRole("button", { name: "Question 1, right" })).toBeVisible();

  // The second answer goes to A; its reply is lost and the browser retries on B: counted once.
  const secondId = await questionOnScreen();
  expect(await answer(serverA(), secondId)).toMatchObject({ repeated: false, progress: { answered: 2 } });
  expect(await answer(serverB(), secondId)).toMatchObject({ repeated: true, result: { correct: true }, progress: { answered: 2 } });
  expect(await storedAnswerCount(attemptId)).toBe(2);

  // The rest answered and the attempt finished on B...
  const rest = [...questions.keys()].filter((id) => id !== firstId && id !== secondId);
  for (const id of rest) await answer(serverB(), id);
  expect(await storedAnswerCount(attemptId)).toBe(questions.size);
  const finished = await page.request.post(`${serverB().base}/api/attempts/${attemptId}/finish`, {
    headers: { origin: serverB().base },
  });
  expect(finished.status()).toBe(200);
  expect(await finished.json()).toMatchObject({ attemptId, score: 1 });

  // ...is what A's progress page shows.
  await page.goto(`${serverA().base}/progress`);
  await expect(page.getByText(/Best score 100% · last score 100% · 1 finished attempt\b/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the quiz again" })).toBeVisible();
  await context.close();
});

test("failed sign-ins from one address are limited on both servers together, not per server", async ({ browser }) => {
  // Alternating servers, SIGN_IN_LIMIT wrong passwords in all: half of it on each.
  const email = database.emails[2]!;
  const context = await browserFrom(browser, "203.0.113.4");
  const page = await context.newPage();
  for (let i = 0; i < SIGN_IN_LIMIT; i++) {
    await submitSignIn(page, servers[i % 2]!, email, "not-the-password");
    await expect(alert(page, "do not match an account")).toBeVisible();
  }
  // Counted per server, either would still let the right password in; counted together, neither does.
  for (const server of [serverB(), serverA()]) {
    await submitSignIn(page, server, email, FAULT_PASSWORD);
    await expect(alert(page, /Too many sign-in attempts\. Wait \d+ seconds/)).toBeVisible();
    await expect(page).toHaveURL(`${server.base}/signin`);
  }
  // The limit is the address's (X-Forwarded-For, as the balancer sets it): from another address,
  // the same account signs in (its own limit, 10 a minute, is not reached: 9 tries so far).
  const elsewhere = await browserFrom(browser, "203.0.113.5");
  const other = await elsewhere.newPage();
  await submitSignIn(other, serverB(), email, FAULT_PASSWORD);
  await expect(other).toHaveURL(`${serverB().base}/dashboard`);
  await elsewhere.close();
  await context.close();
});

test("anonymous practice checks from one address are limited on both servers together", async () => {
  const [question] = (await quizQuestions()).values();
  const check = (server: PostgresFaultServer) =>
    fetch(`${server.base}/api/modules/${FAULT_SLUG}/quiz-check`, {
      method: "POST",
      headers: { origin: server.base, "content-type": "application/json", "x-forwarded-for": "203.0.113.6" },
      body: JSON.stringify({ questionId: question!.id, response: responseFor(question!, true) }),
    });
  // Half the limit on each server, two at once (one to each) as a busy balancer sends them.
  for (let i = 0; i < PRACTICE_CHECK_LIMIT / 2; i++) {
    const replies = await Promise.all([check(serverA()), check(serverB())]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    await Promise.all(replies.map((r) => r.body?.cancel()));
  }
  for (const server of [serverA(), serverB()]) {
    const refused = await check(server);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many answers were checked/) });
  }
});

test("a teacher's assignment made on one server is on the student's dashboard on the other at once", async ({ browser }) => {
  const classId = "servers-class";
  await withPostgres(database.url, async (client) => {
    await client.query(
      `INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "createdAt") VALUES ($1, 'faultteacher0', 'Year 9 current affairs', 'SRVRS9', now())`,
      [classId],
    );
    await client.query(
      `INSERT INTO "Enrollment" ("id", "classId", "studentId", "joinedAt") VALUES ('servers-enrollment', $1, 'faultstudent3', now())`,
      [classId],
    );
  });
  const student = await signedInBrowser(browser, serverB(), database.emails[3]!, "203.0.113.7");
  const teacher = await signedInBrowser(browser, serverA(), database.teacherEmails[0]!, "203.0.113.8");

  await student.page.goto(`${serverB().base}/dashboard`);
  await expect(student.page.getByRole("heading", { name: "My assignments" })).toBeVisible();
  await expect(student.page.getByText("Nothing is assigned to you yet.")).toBeVisible();

  // The teacher assigns the sample module with a due date, on A.
  const t = teacher.page;
  await t.goto(`${serverA().base}/teach/classes/${classId}/assignments`);
  await t.getByLabel("Module", { exact: true }).selectOption({ label: (await t.getByRole("option", { name: MODULE_TITLE }).textContent())! });
  await t.getByLabel("Due date (optional)").fill("2030-05-01T09:00");
  await t.getByRole("button", { name: "Assign" }).click();
  await expect(t.getByRole("status").filter({ hasText: /Assigned/ })).toBeVisible();

  // The student's next page load, on B, shows it: no cache on either server held the old page.
  await student.page.reload();
  const assignment = student.page.getByRole("listitem").filter({ hasText: MODULE_TITLE });
  await expect(assignment.getByText("Not started")).toBeVisible();
  await expect(assignment.locator("time")).toHaveAttribute("dateTime", /^2030-05-01T/);
  await student.context.close();
  await teacher.context.close();
});
