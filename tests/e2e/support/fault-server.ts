import { spawnSync, type ChildProcess } from "node:child_process";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { startServer } from "../../../scripts/bench/server";

// A second Parley server for the fault tests: the suite's production build (.next), served on a
// port of its own with a database file of its own, so that killing it or locking its database
// never disturbs the other browser tests.

export const FAULT_SLUG = "pakistan-afghan-taliban-talks-2025";
export const FAULT_PASSWORD = "fault-password";
const SECRET = "fault-tests-secret-0123456789abcdefghijklmnop";

export type FaultServer = { base: string; process: ChildProcess; databaseFile: string };

/** A fresh database (migrated, sample module) with `students` accounts; returns their emails. */
export function prepareFaultDatabase(databaseFile: string, students: number): string[] {
  // As `npm run setup -- --fresh` does (tsx as a loader: no import.meta in Playwright's CommonJS).
  const setup = spawnSync(process.execPath, ["--import", "tsx", "scripts/setup.ts", "--fresh"], {
    env: { ...process.env, DATABASE_URL: `file:./${databaseFile}`, NODE_ENV: "production", NEXTAUTH_SECRET: SECRET },
    encoding: "utf8",
    // A set-up that hangs fails the test instead of holding it to its timeout.
    timeout: 120_000,
  });
  if (setup.status !== 0) throw new Error(`setup failed:\n${setup.stdout}\n${setup.stderr}`);
  const db = new Database(databaseFile);
  // A cheap bcrypt cost keeps the sign-ins quick; the app checks whatever cost the hash names.
  const hash = bcrypt.hashSync(FAULT_PASSWORD, 4);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insert = db.prepare(
    "INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'STUDENT', ?, ?)",
  );
  const emails = Array.from({ length: students }, (_, i) => `fault-${i}@faults.parley.test`);
  db.transaction(() => emails.forEach((email, i) => insert.run(`faultstudent${i}`, email, `Fault Student ${i}`, hash, now, now)))();
  db.close();
  return emails;
}

export async function startFaultServer(port: number, databaseFile: string): Promise<FaultServer> {
  const child = await startServer(port, {
    DATABASE_URL: `file:./${databaseFile}`,
    NEXTAUTH_SECRET: SECRET,
    SIGN_IN_LIMIT_PER_ADDRESS: "100000",
    NODE_ENV: "production",
  });
  return { base: `http://localhost:${port}`, process: child, databaseFile };
}

/** Stops a server this test started (by its own process handle, never by name). */
export function stopFaultServer(server: FaultServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.process.once("exit", () => resolve());
    server.process.kill(signal);
  });
}

/**
 * The session cookie (name=value) of a student signed in through next-auth's credentials
 * endpoint; `headers` go with both requests (e.g. the X-Forwarded-For a load balancer sets).
 */
export async function signInCookie(base: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: FAULT_PASSWORD, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${signIn.status})`);
  return session.split(";")[0]!;
}

/** The right answers of the sample quiz, by question id, from the database. */
export function storedAnswers(databaseFile: string): Map<string, unknown> {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db.prepare("SELECT id, answer FROM Question").all() as { id: string; answer: string }[];
  db.close();
  return new Map(rows.map((q) => [q.id, JSON.parse(q.answer)]));
}

/** A student's session cookie on a fault server, as a browser context takes it. */
export async function browserCookie(base: string, email: string): Promise<{ name: string; value: string; url: string }> {
  const [name, value] = (await signInCookie(base, email)).split("=") as [string, string];
  return { name, value, url: base };
}

/**
 * The student starts the quiz (an attempt open, nothing answered), and gets the request headers
 * of their session and a way to answer one of the attempt's questions. Each answer is a bounded
 * wait: a server that holds the request without replying fails the test instead of hanging it.
 */
export async function openAttemptFor(base: string, email: string) {
  const cookie = await browserCookie(base, email);
  const headers = { Cookie: `${cookie.name}=${cookie.value}`, Origin: base, "Content-Type": "application/json" };
  const started = await fetch(`${base}/api/modules/${FAULT_SLUG}/attempts`, { method: "POST", headers, body: "{}" });
  const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: { id: string; type: string; choices?: { id: string }[] }[] };
  const single = questions.find((q) => q.choices)!;
  const choiceId = single.choices![0]!.id;
  const answer = () =>
    fetch(`${base}/api/attempts/${attemptId}/answers`, {
      method: "POST",
      headers,
      body: JSON.stringify({ questionId: single.id, response: single.type === "multi" ? { choiceIds: [choiceId] } : { choiceId } }),
      signal: AbortSignal.timeout(30_000),
    });
  return { attemptId, headers, answer };
}
