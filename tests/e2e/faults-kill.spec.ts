import { expect, test } from "@playwright/test";
import { SPEC_PORTS } from "./support/e2e-database-url";
import Database from "better-sqlite3";
import {
  expectAcknowledgedStored,
  expectAnswersTakenAgain,
  killDuringLoad,
  LOAD_STUDENTS,
  signInStudents,
  type Ack,
} from "./support/fault-load";
import { prepareFaultDatabase, startFaultServer, stopFaultServer, storedAnswers, type FaultServer } from "./support/fault-server";

// SIGKILL during a load of answers: every answer the server acknowledged (HTTP 200) must be in
// the database after a restart, and none twice. The load and the verdict are shared with the
// PostgreSQL spec (support/fault-load.ts, faults-kill-postgres.spec.ts).
//
// Why it holds on SQLite: the database is in WAL mode (scripts/setup.ts) and Prisma's SQLite
// adapter leaves synchronous at its default for WAL, NORMAL. A commit is appended to the WAL
// file by write() before the answer's response is sent; with synchronous=NORMAL the WAL is not
// fsynced at each commit, which can lose the last commits on a power loss or an OS crash, but not
// on a process kill: the written pages are in the operating system's cache and the next
// connection replays the WAL. This test kills the process, not the machine.

const PORT = SPEC_PORTS.faultsKill;
const DATABASE_FILE = "data/e2e-faults-kill.db";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: FaultServer | null = null;
test.afterAll(async () => {
  if (server) await stopFaultServer(server, "SIGKILL");
});

test("answers acknowledged before a SIGKILL are all stored after the restart, none twice", async () => {
  const emails = prepareFaultDatabase(DATABASE_FILE, LOAD_STUDENTS);
  const answers = storedAnswers(DATABASE_FILE);
  server = await startFaultServer(PORT, DATABASE_FILE);
  const sessions = await signInStudents(server.base, emails);

  const acks = await killDuringLoad(sessions, answers, () => stopFaultServer(server!, "SIGKILL"));

  // Restarted on the same database file (the WAL is replayed when it is opened).
  server = await test.step("restart the server on the same database file", () => startFaultServer(PORT, DATABASE_FILE));
  const db = new Database(DATABASE_FILE, { readonly: true });
  const rows = db.prepare("SELECT attemptId || '/' || questionId AS key, points FROM QuizAnswer").all() as Ack[];
  const integrity = db.pragma("integrity_check", { simple: true });
  db.close();
  expectAcknowledgedStored(acks, rows);
  expect(integrity).toBe("ok");

  await expectAnswersTakenAgain(sessions[0]!, answers);
});
