import { expect, test } from "@playwright/test";
import { SPEC_PORTS } from "./support/e2e-database-url";
import Database from "better-sqlite3";
import { prepareFaultDatabase, browserCookie, openAttemptFor, startFaultServer, stopFaultServer, FAULT_SLUG, type FaultServer } from "./support/fault-server";

// "The database is unavailable", as it honestly happens to SQLite: another process (a backup
// script, a maintenance job, someone in the sqlite3 shell) holds the database's write lock in an
// open transaction. In WAL mode reads go on, but every write waits the busy timeout (5 s,
// lib/db/client.ts) and fails with SQLITE_BUSY. (A deleted or replaced file is not a fault the
// running server can see: it keeps the open file.) While locked: /api/health says 503, a page
// that must write (a student opening a quiz starts an attempt) shows the friendly error page,
// answers get a JSON 503; once the lock is released the same server process works again.

const PORT = SPEC_PORTS.faultsUnavailable;
const DATABASE_FILE = "data/e2e-faults-unavailable.db";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: FaultServer | null = null;
test.afterAll(async () => {
  if (server) await stopFaultServer(server);
});

test("a locked database: friendly error page, health 503, JSON 503, and recovery without a restart", async ({ browser }) => {
  const [first, second] = prepareFaultDatabase(DATABASE_FILE, 2);
  server = await startFaultServer(PORT, DATABASE_FILE);
  const { base } = server;
  const pid = server.process.pid;
  // The first student has an attempt open already; the second has not started the quiz.
  const { answer } = await openAttemptFor(base, first!);
  const context = await browser.newContext();
  await context.addCookies([await browserCookie(base, second!)]);
  const page = await context.newPage();
  const quizUrl = `${base}/modules/${FAULT_SLUG}/quiz`;

  const lock = new Database(DATABASE_FILE);
  lock.exec("BEGIN IMMEDIATE");
  try {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "error", database: "busy" });

    const refused = await answer();
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as { error: string };
    expect(body.error).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|prisma|locked|\.ts:/i);

    await page.goto(quizUrl);
    await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/SQLITE|prisma|database is locked|at \S+\.(ts|js):\d+/i);
  } finally {
    lock.exec("ROLLBACK");
    lock.close();
  }

  // The lock is gone: the same process answers again, with no restart.
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator("form[data-question-id]")).toBeVisible();
  expect((await answer()).status).toBe(200);
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
  await context.close();
});
