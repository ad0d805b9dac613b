import { expect, test } from "@playwright/test";
import { E2E_PORT, SPEC_PORTS } from "./support/e2e-database-url";
import { testPostgresServerUrl } from "../support/test-database";
import { browserCookie, FAULT_SLUG, openAttemptFor } from "./support/fault-server";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import {
  dropPostgresFaultDatabase,
  preparePostgresFaultDatabase,
  startPostgresFaultServer,
  stopPostgresFaultServer,
  viaPort,
  withPostgres,
  type PostgresFaultServer,
} from "./support/fault-server-postgres";

// "The database is unavailable" on PostgreSQL (the PostgreSQL pass only: playwright.config.ts).
// The shared PostgreSQL server cannot be stopped (other tests use it), so this fault server
// reaches its own database through a proxy in this process (fault-proxy.ts): cut, every pooled
// connection ends and new ones are refused, as when the server is stopped or the network drops.
// While it is cut: /api/health says 503 "unreachable", an answer gets a JSON 503, the quiz page
// shows the friendly error page. Restored: the same server process works again, its connection
// pool holding no dead connections, and the answer is stored. The second test stalls the proxy
// instead (packets dropped, nothing refused): the same 503s must come in bounded time.

const PROXY_PORT = SPEC_PORTS.postgresProxy;
const SERVER_PORT = SPEC_PORTS.postgresUnavailable;
const DATABASE = `parley_faults_${E2E_PORT}`;
// What a response must never show: the driver, the URL's credentials, the socket's error.
const LEAKS = /postgres|prisma|parley:parley|:5432|ECONN|terminated|closed the connection|at \S+\.(ts|js):\d+/i;

test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: PostgresFaultServer | null = null;
let proxy: FaultProxy | null = null;
test.afterEach(async () => {
  if (server) await stopPostgresFaultServer(server);
  if (proxy) await proxy.close();
  server = proxy = null;
  await dropPostgresFaultDatabase(DATABASE);
});

/**
 * The fault server on its own database behind the proxy, a student signed in with an attempt
 * open, and the means to answer one of its questions and to count its stored answers (straight
 * from the database, never through the proxy). `emails` holds every student made.
 */
async function startBehindProxy(students: number) {
  const { url, emails } = await preparePostgresFaultDatabase(DATABASE, students);
  const target = new URL(testPostgresServerUrl());
  proxy = await startFaultProxy(PROXY_PORT, { host: target.hostname, port: Number(target.port || 5432) });
  server = await startPostgresFaultServer(SERVER_PORT, viaPort(url, PROXY_PORT));
  const { base } = server;
  const { attemptId, answer } = await openAttemptFor(base, emails[0]!);
  const storedAnswers = () =>
    withPostgres(url, async (client) => {
      const { rows } = await client.query<{ n: number }>('SELECT COUNT(*)::int AS "n" FROM "QuizAnswer" WHERE "attemptId" = $1', [attemptId]);
      return rows[0]!.n;
    });
  return { base, emails, cookieOf: (email: string) => browserCookie(base, email), answer, storedAnswers, health: () => fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) }) };
}

test("an unreachable PostgreSQL: friendly error page, health 503, JSON 503, and recovery without a restart", async ({ browser }) => {
  const { base, emails, cookieOf, answer, storedAnswers } = await startBehindProxy(2);
  if (!server || !proxy) throw new Error("the fault server did not start");
  const pid = server.process.pid;
  // The first student has an attempt open already; the second has not started the quiz.
  const context = await browser.newContext();
  await context.addCookies([await cookieOf(emails[1]!)]);
  const page = await context.newPage();
  const quizUrl = `${base}/modules/${FAULT_SLUG}/quiz`;
  // Several requests at once fill the server's pool with connections, which the cut then breaks.
  await Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/api/health`)));
  expect(proxy.openConnections()).toBeGreaterThan(1);

  await proxy.cut();
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(503);
  expect(health.headers.get("retry-after")).toBe("30");
  expect(await health.json()).toEqual({ status: "error", database: "unreachable" });

  const refused = await answer();
  expect(refused.status).toBe(503);
  const refusedText = await refused.text();
  expect((JSON.parse(refusedText) as { error: string }).error).toMatch(/temporarily unavailable: it cannot reach its database/);
  expect(refusedText).not.toMatch(LEAKS);

  await page.goto(quizUrl);
  await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
  expect(await storedAnswers()).toBe(0);

  // The database is back: the same process answers again, with no restart.
  await proxy.restore();
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Parley is temporarily unavailable" })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator("form[data-question-id]")).toBeVisible();
  expect((await answer()).status).toBe(200);
  expect(await storedAnswers()).toBe(1);

  // No dead connection was left in the pool: more requests at once than it holds (node-postgres:
  // 10), so that every connection in it is used, each succeed, twice over.
  for (let round = 0; round < 2; round++) {
    const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await fetch(`${base}/api/health`)).status));
    expect(statuses).toEqual(Array(20).fill(200));
  }
  // The page, the route handlers and the health check share the process's one client, so its one
  // pool (node-postgres: at most 10 connections) is all the process opens (lib/db/client.ts).
  expect(proxy.openConnections()).toBeLessThanOrEqual(10);
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
  await context.close();
});

// A stalled network (packets dropped, nothing refused): the pool's open connections get no reply
// and new ones no handshake. Without a limit a request would hang for as long as the network
// does; node-postgres's query_timeout (15 s, lib/db/create-client.ts) and connect timeout (5 s)
// turn it into the same 503 as an unreachable server, and un-stalled the same process goes on.
const STALLED_REPLY_MS = 20_000;

test("a stalled network to PostgreSQL: health and answers get a 503 within 20 s, then recovery without a restart", async () => {
  const { answer, storedAnswers, health } = await startBehindProxy(1);
  if (!server || !proxy) throw new Error("the fault server did not start");
  const pid = server.process.pid;
  // Connections open in the pool, idle, as the stall takes them: the ones that never get a reply.
  await Promise.all(Array.from({ length: 6 }, () => health()));
  expect(proxy.openConnections()).toBeGreaterThan(1);

  proxy.stall();
  const timed = async (request: () => Promise<Response>) => {
    const started = Date.now();
    const response = await request();
    return { response, text: await response.text(), ms: Date.now() - started };
  };
  // Both at once: each waits out its own timeout, and the test waits only once.
  const [stalledHealth, stalledAnswer] = await Promise.all([timed(health), timed(answer)]);
  expect(stalledHealth.response.status).toBe(503);
  expect(JSON.parse(stalledHealth.text)).toEqual({ status: "error", database: "unreachable" });
  expect(stalledHealth.ms).toBeLessThanOrEqual(STALLED_REPLY_MS);
  expect(stalledAnswer.response.status).toBe(503);
  expect(stalledAnswer.response.headers.get("content-type")).toMatch(/^application\/json/);
  expect((JSON.parse(stalledAnswer.text) as { error: string }).error).toMatch(/temporarily unavailable: it cannot reach its database/);
  expect(stalledAnswer.text).not.toMatch(LEAKS);
  expect(stalledAnswer.ms).toBeLessThanOrEqual(STALLED_REPLY_MS);

  // The network is back: the same process answers at once, and the answer refused while stalled
  // was not stored late (held in the network, then delivered): this one is not a repeat.
  proxy.unstall();
  expect((await health()).status).toBe(200);
  const stored = await answer();
  expect(stored.status).toBe(200);
  expect(((await stored.json()) as { repeated: boolean }).repeated).toBe(false);
  expect(await storedAnswers()).toBe(1);
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
});
