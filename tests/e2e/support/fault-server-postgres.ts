import { spawnSync, type ChildProcess } from "node:child_process";
import bcrypt from "bcryptjs";
import { startServer } from "../../../scripts/bench/server";
import { withPostgres } from "../../support/postgres-client";
import { testPostgresDatabaseUrl, testPostgresServerUrl } from "../../support/test-database";
import { FAULT_PASSWORD } from "./fault-server";

// fault-server.ts's counterpart for the PostgreSQL pass: a database of the fault test's own on
// the test server (so that taking it away disturbs no other test), and a second Parley server
// whose DATABASE_URL may point through a proxy (fault-proxy.ts) instead of at the server itself.

const SECRET = "fault-tests-postgres-secret-0123456789abcdefghij";

// Its database is read straight, never through the proxy.
export { withPostgres };

export type PostgresFaultServer = { base: string; process: ChildProcess };

/**
 * A fresh database `name` (migrated, sample module) with `students` student accounts and
 * `teachers` teacher accounts (none unless asked); returns its URL and their emails.
 */
export async function preparePostgresFaultDatabase(
  name: string,
  students: number,
  { teachers = 0 }: { teachers?: number } = {},
): Promise<{ url: string; emails: string[]; teacherEmails: string[] }> {
  const url = testPostgresDatabaseUrl(name);
  // As `npm run setup -- --fresh` does (tsx as a loader: no import.meta in Playwright's CommonJS).
  const setup = spawnSync(process.execPath, ["--import", "tsx", "scripts/setup.ts", "--fresh"], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", NEXTAUTH_SECRET: SECRET },
    encoding: "utf8",
    // A set-up that hangs fails the test instead of holding it to its timeout.
    timeout: 120_000,
  });
  if (setup.status !== 0) throw new Error(`setup failed:\n${setup.stdout}\n${setup.stderr}`);
  // A cheap bcrypt cost keeps the sign-ins quick; the app checks whatever cost the hash names.
  const hash = bcrypt.hashSync(FAULT_PASSWORD, 4);
  const emails = Array.from({ length: students }, (_, i) => `fault-${i}@faults.parley.test`);
  const teacherEmails = Array.from({ length: teachers }, (_, i) => `fault-teacher-${i}@faults.parley.test`);
  const accounts = [
    ...emails.map((email, i) => ({ id: `faultstudent${i}`, email, name: `Fault Student ${i}`, role: "STUDENT" })),
    ...teacherEmails.map((email, i) => ({ id: `faultteacher${i}`, email, name: `Fault Teacher ${i}`, role: "TEACHER" })),
  ];
  await withPostgres(url, async (client) => {
    for (const { id, email, name: accountName, role } of accounts) {
      await client.query(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, now(), now())`,
        [id, email, accountName, hash, role],
      );
    }
  });
  return { url, emails, teacherEmails };
}

/** Drops a database a fault test made (its server stopped first). */
export async function dropPostgresFaultDatabase(name: string): Promise<void> {
  if (!name.startsWith("parley_")) throw new Error(`test databases are named parley_...: ${name}`);
  await withPostgres(testPostgresServerUrl(), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The same URL with another host and port: the way through the proxy. */
export function viaPort(url: string, port: number): string {
  const through = new URL(url);
  through.hostname = "127.0.0.1";
  through.port = String(port);
  return through.toString();
}

/**
 * A Parley server on `port` for the database at `databaseUrl`. Every server started here has the
 * same NEXTAUTH_SECRET, so several of them on one database accept each other's sessions; `env`
 * overrides the defaults (e.g. a small SIGN_IN_LIMIT_PER_ADDRESS).
 */
export async function startPostgresFaultServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<PostgresFaultServer> {
  const child = await startServer(port, {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: SECRET,
    SIGN_IN_LIMIT_PER_ADDRESS: "100000",
    NODE_ENV: "production",
    ...env,
  });
  return { base: `http://localhost:${port}`, process: child };
}

/** The right answers of the sample quiz, by question id (fault-server.ts's storedAnswers for PostgreSQL). */
export async function storedPostgresAnswers(url: string): Promise<Map<string, unknown>> {
  // "answer" is JSONB: node-postgres parses it.
  const { rows } = await withPostgres(url, (client) => client.query<{ id: string; answer: unknown }>('SELECT "id", "answer" FROM "Question"'));
  return new Map(rows.map((q) => [q.id, q.answer]));
}

/** Stops a server this test started (by its own process handle, never by name). */
export function stopPostgresFaultServer(server: PostgresFaultServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.process.once("exit", () => resolve());
    server.process.kill(signal);
  });
}
