import { test } from "@playwright/test";
import { E2E_PORT, SPEC_PORTS } from "./support/e2e-database-url";
import {
  expectAcknowledgedStored,
  expectAnswersTakenAgain,
  killDuringLoad,
  LOAD_STUDENTS,
  signInStudents,
  type Ack,
} from "./support/fault-load";
import {
  dropPostgresFaultDatabase,
  preparePostgresFaultDatabase,
  startPostgresFaultServer,
  stopPostgresFaultServer,
  storedPostgresAnswers,
  withPostgres,
  type PostgresFaultServer,
} from "./support/fault-server-postgres";

// faults-kill.spec.ts on PostgreSQL (the PostgreSQL pass only: playwright.config.ts): SIGKILL on
// the Parley server during a load of answers, then every acknowledged answer must be stored and
// none twice. The database server lives on; what is tested is Parley's side: an answer is
// acknowledged only after its transaction committed (the commit's reply came back), and the
// transactions the kill cut short (their connections dropped) are rolled back by the server, so
// at most the one answer per student that was in flight is stored without an acknowledgement.
// The fault server has a database of its own (no proxy: the database itself is never cut).

const SERVER_PORT = SPEC_PORTS.faultsKillPostgres;
const DATABASE = `parley_faults_kill_${E2E_PORT}`;

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: PostgresFaultServer | null = null;
test.afterAll(async () => {
  if (server) await stopPostgresFaultServer(server, "SIGKILL");
  server = null;
  await dropPostgresFaultDatabase(DATABASE);
});

test("answers acknowledged before a SIGKILL are all stored after the restart, none twice (PostgreSQL)", async () => {
  const { url, emails } = await preparePostgresFaultDatabase(DATABASE, LOAD_STUDENTS);
  const answers = await storedPostgresAnswers(url);
  server = await startPostgresFaultServer(SERVER_PORT, url);
  const sessions = await signInStudents(server.base, emails);

  const acks = await killDuringLoad(sessions, answers, () => stopPostgresFaultServer(server!, "SIGKILL"));

  server = await test.step("restart the server on the same database", () => startPostgresFaultServer(SERVER_PORT, url));
  const { rows } = await withPostgres(url, (client) =>
    client.query<Ack>(`SELECT "attemptId" || '/' || "questionId" AS "key", "points" FROM "QuizAnswer"`),
  );
  expectAcknowledgedStored(acks, rows);

  await expectAnswersTakenAgain(sessions[0]!, answers);
});
