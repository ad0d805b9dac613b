import { expect, test } from "@playwright/test";
import { SPEC_PORTS } from "./support/e2e-database-url";
import Database from "better-sqlite3";
import { prepareFaultDatabase, browserCookie, openAttemptFor, startFaultServer, stopFaultServer, FAULT_SLUG, type FaultServer } from "./support/fault-server";
import { setImmutable, whyNoImmutableFiles } from "./support/read-only-files";

// "A read-only disk", for SQLite (the SQLite pass only: playwright.config.ts): while a fault
// server runs, its database file and write-ahead log become immutable (read-only-files.ts), so
// every write to them fails as on a disk gone read-only. (The -shm index stays writable: it is
// SQLite's shared memory, mapped into the process, and holds no data.) Reads go on: articles,
// the module page, a student's own attempt. Writes are refused in plain words (health 503
// "read-only", a JSON 503 for an answer, the friendly page for a quiz that must start an
// attempt), nothing is half-written, and once the files are writable again the same process
// writes again and the database passes SQLite's integrity check.

const PORT = SPEC_PORTS.faultsReadOnly;
const DATABASE_FILE = "data/e2e-faults-read-only.db";
const DATA_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`];
// What a response must never show: SQLite's codes, the driver's words, a stack frame.
const LEAKS = /SQLITE|prisma|I\/O error|readonly|EPERM|at \S+\.(ts|js):\d+/i;

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: FaultServer | null = null;
test.afterEach(async () => {
  setImmutable(DATA_FILES, false);
  if (server) await stopFaultServer(server);
  server = null;
});

function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

test("a read-only disk: reads go on, writes refused in plain words, no corruption, recovery without a restart", async ({ browser }) => {
  const unsupported = whyNoImmutableFiles("data");
  test.skip(unsupported !== null, `a read-only disk cannot be made on this machine: ${unsupported}`);
  setImmutable(DATA_FILES, false); // a run stopped half-way may have left them so
  const [first, second] = prepareFaultDatabase(DATABASE_FILE, 2);
  server = await startFaultServer(PORT, DATABASE_FILE);
  const { base } = server;
  const pid = server.process.pid;
  // The first student has an attempt open already; the second has not started the quiz.
  const { attemptId, headers, answer } = await openAttemptFor(base, first!);
  const storedAnswers = () =>
    withDatabase((db) => (db.prepare('SELECT COUNT(*) AS n FROM "QuizAnswer" WHERE "attemptId" = ?').get(attemptId) as { n: number }).n);
  const article = withDatabase(
    (db) =>
      db
        .prepare('SELECT a."key", a."title" FROM "Article" a JOIN "Module" m ON m."currentVersionId" = a."versionId" WHERE m."slug" = ? ORDER BY a."position" LIMIT 1')
        .get(FAULT_SLUG) as { key: string; title: string },
  );
  const reader = await browser.newContext();
  await reader.addCookies([await browserCookie(base, first!)]);
  const readerPage = await reader.newPage();
  const context = await browser.newContext();
  await context.addCookies([await browserCookie(base, second!)]);
  const page = await context.newPage();
  const quizUrl = `${base}/modules/${FAULT_SLUG}/quiz`;

  // A server that has been running: its database connection is open before the disk turns
  // read-only. (A connection first opened while the file is immutable is opened read-only by
  // SQLite and stays so until a restart: not what is tested here.)
  await readerPage.goto(quizUrl);
  await expect(readerPage.locator("form[data-question-id]")).toBeVisible();

  setImmutable(DATA_FILES, true);
  try {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "error", database: "read-only" });

    const refused = await answer();
    expect(refused.status).toBe(503);
    const refusedText = await refused.text();
    expect((JSON.parse(refusedText) as { error: string }).error).toMatch(/read-only.*Nothing was saved/);
    expect(refusedText).not.toMatch(LEAKS);

    // Reading needs no write: the module page, an article, and (read from the database on each
    // request) the first student's open attempt, resumed in the quiz page and through the API.
    await readerPage.goto(`${base}/modules/${FAULT_SLUG}`);
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await readerPage.goto(`${base}/modules/${FAULT_SLUG}/articles/${article.key}`);
    await expect(readerPage.getByRole("heading", { level: 1 })).toContainText(article.title);
    await readerPage.goto(quizUrl);
    await expect(readerPage.locator("form[data-question-id]")).toBeVisible();
    await expect(readerPage.getByRole("heading", { name: "Parley is temporarily unavailable" })).toHaveCount(0);
    expect((await fetch(`${base}/api/attempts/${attemptId}`, { headers })).status).toBe(200);

    // Opening the quiz starts an attempt, a write: the friendly page, no details.
    await page.goto(quizUrl);
    await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
    expect(storedAnswers()).toBe(0);
  } finally {
    setImmutable(DATA_FILES, false);
  }

  // Writable again: the same process writes again, with no restart.
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator("form[data-question-id]")).toBeVisible();
  expect((await answer()).status).toBe(200);
  expect(storedAnswers()).toBe(1);
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
  await context.close();
  await reader.close();

  // Nothing half-written: SQLite finds its file sound, with the server's connection closed too.
  await stopFaultServer(server);
  server = null;
  expect(withDatabase((db) => db.pragma("integrity_check", { simple: true }))).toBe("ok");
  expect(storedAnswers()).toBe(1);
});
