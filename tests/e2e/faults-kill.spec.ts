import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { createSession, rightResponse, type PublicQuestion, type Session } from "../../scripts/bench/quiz-client";
import {
  FAULT_PASSWORD,
  FAULT_SLUG,
  prepareFaultDatabase,
  startFaultServer,
  stopFaultServer,
  storedAnswers,
  type FaultServer,
} from "./support/fault-server";

// SIGKILL during a load of answers: every answer the server acknowledged (HTTP 200) must be in
// the database after a restart, and none twice.
//
// Why it holds on SQLite: the database is in WAL mode (scripts/setup.ts) and Prisma's SQLite
// adapter leaves synchronous at its default for WAL, NORMAL. A commit is appended to the WAL
// file by write() before the answer's response is sent; with synchronous=NORMAL the WAL is not
// fsynced at each commit, which can lose the last commits on a power loss or an OS crash, but not
// on a process kill: the written pages are in the operating system's cache and the next
// connection replays the WAL. This test kills the process, not the machine.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const DATABASE_FILE = "data/e2e-faults-kill.db";
const STUDENTS = 20;

type Ack = { key: string; points: number };

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: FaultServer | null = null;
test.afterAll(async () => {
  if (server) await stopFaultServer(server, "SIGKILL");
});

/** One student answering back to back (the right answer), a new attempt after each quiz, until stopped. */
async function answerUntilStopped(session: Session, answers: Map<string, unknown>, acks: Ack[], stopped: () => boolean) {
  while (!stopped()) {
    const start = await session.post(`/api/modules/${FAULT_SLUG}/attempts`, {});
    if (start.status !== 200 && start.status !== 201) return;
    const { attemptId, questions } = JSON.parse(start.body) as { attemptId: string; questions: PublicQuestion[] };
    for (const q of questions) {
      if (stopped()) return;
      const reply = await session.post(`/api/attempts/${attemptId}/answers`, {
        questionId: q.id,
        response: rightResponse(answers.get(q.id) as never),
      });
      if (reply.status !== 200) return; // the server is gone: nothing more is acknowledged
      const body = JSON.parse(reply.body) as { result: { points: number }; repeated: boolean };
      if (!body.repeated) acks.push({ key: `${attemptId}/${q.id}`, points: body.result.points });
    }
    if ((await session.post(`/api/attempts/${attemptId}/finish`, {})).status !== 200) return;
  }
}

test("answers acknowledged before a SIGKILL are all stored after the restart, none twice", async () => {
  const emails = prepareFaultDatabase(DATABASE_FILE, STUDENTS);
  const answers = storedAnswers(DATABASE_FILE);
  server = await startFaultServer(PORT, DATABASE_FILE);
  const sessions = await Promise.all(emails.map((email) => createSession(server!.base, email, FAULT_PASSWORD)));

  const acks: Ack[] = [];
  let killed = false;
  let loadEnded = false;
  const load = Promise.all(sessions.map((s) => answerUntilStopped(s, answers, acks, () => killed))).finally(() => {
    loadEnded = true;
  });
  await test.step("kill the server once some hundreds of answers are acknowledged", async () => {
    // Every wait here has its own deadline, well inside the test's timeout, so that a stalled
    // load fails with the count it reached instead of hanging.
    const deadline = Date.now() + 60_000;
    while (acks.length < 300 && !loadEnded && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(acks.length, `answers acknowledged before the kill (load ended early: ${loadEnded})`).toBeGreaterThanOrEqual(300);
    await stopFaultServer(server!, "SIGKILL");
    killed = true;
    await load;
  });

  // Restarted on the same database file (the WAL is replayed when it is opened).
  server = await test.step("restart the server on the same database file", () => startFaultServer(PORT, DATABASE_FILE));
  const db = new Database(DATABASE_FILE, { readonly: true });
  const rows = db.prepare("SELECT attemptId || '/' || questionId AS key, points FROM QuizAnswer").all() as Ack[];
  const integrity = db.pragma("integrity_check", { simple: true });
  db.close();
  const stored = new Map<string, number[]>();
  for (const row of rows) stored.set(row.key, [...(stored.get(row.key) ?? []), row.points]);

  const lost = acks.filter((a) => !stored.has(a.key));
  const wrongPoints = acks.filter((a) => stored.get(a.key)?.[0] !== a.points);
  const doubled = [...stored.values()].filter((points) => points.length > 1);
  expect(lost).toEqual([]);
  expect(wrongPoints).toEqual([]);
  expect(doubled).toEqual([]);
  // At most one answer per student was in flight (stored, the reply lost with the process).
  expect(rows.length - acks.length).toBeLessThanOrEqual(STUDENTS);
  expect(integrity).toBe("ok");

  // The restarted server takes answers again, with the sessions issued before the kill.
  const after: Ack[] = [];
  await answerUntilStopped(sessions[0]!, answers, after, () => after.length >= 3);
  expect(after.length).toBeGreaterThanOrEqual(3);
});
