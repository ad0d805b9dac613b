/**
 * npm run bench:quiz: 50 signed-in students answer the sample quiz at the same time, over HTTP,
 * against the production build on SQLite or PostgreSQL; then the database is checked against what
 * the server acknowledged. Targets: at least 300 answers/s, p99 at most 150 ms, no answer lost or doubled.
 *
 * Two phases, because 50 students who answer back to back, with no time to read, measure
 * capacity, not latency: with 50 requests always in flight, latency is 50 ÷ throughput by
 * Little's law (167 ms at 300/s), whatever the server does.
 *   1. capacity: each student answers the next question as soon as the last one is graded;
 *   2. target load: the 50 students together answer 300 questions a second, each on a schedule
 *      (one every 167 ms), and latency counts from the scheduled moment, so a slow server cannot
 *      hide its queue by slowing the students down.
 * Students answer right 70% of the time (right answers come from the database, so a miss also
 * exercises the review queue); one answer in ten is sent twice in a row (a retry) and, in the
 * capacity phase, one in ten twice at once (a double click).
 *
 * Needs a production build: `npm run setup && npm run build` (or `npm start` once). It works on
 * its own database, recreated on every run (migrated, sample imported): data/bench-quiz.db, or
 * with BENCH_DATABASE=postgresql the database parley_bench_quiz on PARLEY_BENCH_POSTGRES_URL's
 * server (scripts/bench/database.ts).
 * Options: BENCH_PORT (3310), BENCH_USERS (50), BENCH_RATE (300), BENCH_SECONDS (12).
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import bcrypt from "bcryptjs";
import { benchDatabaseLabel, jsonValue, openBenchSql, setUpDatabase } from "./bench/database";
import { recordFigures } from "./bench/figures";
import {
  createSession,
  percentile,
  randomResponse,
  rightResponse,
  type PublicQuestion,
  type Session,
} from "./bench/quiz-client";
import { peakMemoryMb, startServer, stopServer } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
/** "SQLite" or "PostgreSQL": named in every figure printed. */
const DATABASE = benchDatabaseLabel();
const USERS = Number(process.env.BENCH_USERS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
/** Two attempts at the 22-question sample quiz. */
const CAPACITY_ANSWERS = 44;
const RIGHT_SHARE = 0.7;
const SLUG = "pakistan-afghan-taliban-talks-2025";
const PASSWORD = "bench-password";
const BASE = `http://localhost:${PORT}`;

/** A fresh database with the sample quiz and the students; returns its URL, their emails and the answers. */
async function prepareDatabase() {
  const url = await setUpDatabase("quiz");
  const sql = await openBenchSql(url);
  // Straight into the database: signing up is not what is measured. A cheap bcrypt cost keeps
  // the sign-ins quick; the app checks whatever cost the hash names.
  const hash = bcrypt.hashSync(PASSWORD, 4);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const emails = Array.from({ length: USERS }, (_, i) => `bench-${i}@bench.parley.test`);
  await sql.query("BEGIN");
  for (const [i, email] of emails.entries()) {
    await sql.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'STUDENT', ?, ?)`,
      [`benchstudent${String(i).padStart(12, "0")}`, email, `Student ${i}`, hash, now, now],
    );
  }
  await sql.query("COMMIT");
  const questions = await sql.query<{ id: string; answer: unknown }>(`SELECT "id", "answer" FROM "Question"`);
  await sql.close();
  return { url, emails, answers: new Map(questions.map((q) => [q.id, jsonValue(q.answer)])) };
}

type Ack = { key: string; points: number; repeated: boolean };
type Phase = {
  name: string;
  latencies: number[];
  errors: Map<string, number>;
  retried: number;
  seconds: number;
};

class Student {
  private attemptId = "";
  private queue: PublicQuestion[] = [];
  private last: { questionId: string; response: unknown } | null = null;
  constructor(
    readonly session: Session,
    private readonly answers: Map<string, unknown>,
    private readonly acks: Ack[],
  ) {}

  /** The next question, finishing the attempt and starting another when the quiz is done. */
  private async nextQuestion() {
    if (this.queue.length === 0) {
      if (this.attemptId) await this.session.post(`/api/attempts/${this.attemptId}/finish`, {});
      const start = await this.session.post(`/api/modules/${SLUG}/attempts`, {});
      if (start.status !== 200 && start.status !== 201)
        throw new Error(`starting an attempt: HTTP ${start.status} ${start.body}`);
      ({ attemptId: this.attemptId, questions: this.queue } = JSON.parse(start.body) as {
        attemptId: string;
        questions: PublicQuestion[];
      });
    }
    const q = this.queue.shift()!;
    const response =
      Math.random() < RIGHT_SHARE
        ? rightResponse(this.answers.get(q.id) as never)
        : randomResponse(q);
    return { questionId: q.id, response };
  }

  /** Sends one answer (or, `repeat`, the last one again) and records its latency from `since`. */
  async answer(phase: Phase, { repeat = false, twice = false, since = performance.now() } = {}) {
    const submission = repeat && this.last ? this.last : await this.nextQuestion();
    this.last = submission;
    const attemptId = this.attemptId;
    const send = async () => {
      const reply = await this.session.post(`/api/attempts/${attemptId}/answers`, submission);
      phase.latencies.push(performance.now() - since);
      if (reply.retried) phase.retried++;
      if (reply.status !== 200) {
        const what = `HTTP ${reply.status}${reply.status === 0 ? ` ${reply.body}` : ""}`;
        phase.errors.set(what, (phase.errors.get(what) ?? 0) + 1);
        return;
      }
      const body = JSON.parse(reply.body) as { result: { points: number }; repeated: boolean };
      this.acks.push({
        key: `${attemptId}/${submission.questionId}`,
        points: body.result.points,
        repeated: body.repeated,
      });
    };
    await (twice ? Promise.all([send(), send()]) : send());
  }
}

const newPhase = (name: string): Phase => ({
  name,
  latencies: [],
  errors: new Map(),
  retried: 0,
  seconds: 0,
});

/** Phase 1: every student answers back to back, CAPACITY_ANSWERS questions each. */
async function capacity(students: Student[]) {
  const phase = newPhase(`capacity (${students.length} students answering back to back) on ${DATABASE}`);
  const started = performance.now();
  await Promise.all(
    students.map(async (student) => {
      for (let i = 0; i < CAPACITY_ANSWERS; i++) {
        const roll = Math.random();
        await student.answer(phase, { twice: roll < 0.1 });
        if (roll > 0.9) await student.answer(phase, { repeat: true });
      }
    }),
  );
  phase.seconds = (performance.now() - started) / 1000;
  return phase;
}

/** Phase 2: the students together send RATE answers a second, each on its own schedule. */
async function targetLoad(students: Student[]) {
  const phase = newPhase(`target load (${RATE} answers/s from ${students.length} students) on ${DATABASE}`);
  const interval = (students.length / RATE) * 1000;
  const started = performance.now() + 100;
  await Promise.all(
    students.map(async (student, i) => {
      for (let k = 0; ; k++) {
        const due = started + (i / students.length) * interval + k * interval;
        if (due > started + SECONDS * 1000) break;
        await sleep(Math.max(0, due - performance.now()));
        await student.answer(phase, { repeat: Math.random() < 0.1, since: due });
      }
    }),
  );
  phase.seconds = (performance.now() - started) / 1000;
  return phase;
}

function reportPhase(phase: Phase) {
  const errors = [...phase.errors.values()].reduce((n, c) => n + c, 0);
  const rate = Math.round(phase.latencies.length / phase.seconds);
  const p99 = percentile(phase.latencies, 99);
  console.log(`\n${phase.name}`);
  console.log(
    `  ${phase.latencies.length} answers in ${phase.seconds.toFixed(1)} s: ${rate} answers/s`,
  );
  console.log(
    `  latency p50 ${percentile(phase.latencies, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${Math.max(...phase.latencies).toFixed(0)} ms`,
  );
  console.log(
    `  errors: ${errors}${errors ? ` (${[...phase.errors].map(([what, n]) => `${what}: ${n}`).join(", ")})` : ""}; resent after a dropped connection: ${phase.retried}`,
  );
  return { rate, p50: percentile(phase.latencies, 50), p99, errors };
}

/** The database must hold exactly the acknowledged answers, each with the points acknowledged. */
async function checkIntegrity(url: string, acks: Ack[]) {
  const sql = await openBenchSql(url);
  const rows = await sql.query<{ key: string; points: number }>(
    `SELECT "attemptId" || '/' || "questionId" AS "key", "points" FROM "QuizAnswer"`,
  );
  await sql.close();
  const stored = new Map<string, number[]>();
  for (const row of rows) stored.set(row.key, [...(stored.get(row.key) ?? []), row.points]);
  const acknowledged = new Map<string, number[]>();
  for (const ack of acks)
    acknowledged.set(ack.key, [...(acknowledged.get(ack.key) ?? []), ack.points]);
  const lost = [...acknowledged.keys()].filter((k) => !stored.has(k)).length;
  const doubled = [...stored.values()].filter((points) => points.length > 1).length;
  const unacknowledged = [...stored.keys()].filter((k) => !acknowledged.has(k)).length;
  const mismatched = [...acknowledged].filter(([k, points]) =>
    points.some((p) => p !== stored.get(k)?.[0]),
  ).length;
  console.log(
    `\n${DATABASE} database: ${rows.length} answers stored; ${acknowledged.size} distinct answers acknowledged (${acks.filter((a) => a.repeated).length} acknowledgements were repeats)`,
  );
  console.log(
    `lost: ${lost}, doubled: ${doubled}, stored but never acknowledged: ${unacknowledged}, acknowledged with other points: ${mismatched}`,
  );
  return { exact: lost + doubled + unacknowledged + mismatched === 0, lost, doubled };
}

async function main() {
  const { url, emails, answers } = await prepareDatabase();
  const server = await startServer(PORT, {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    SIGN_IN_LIMIT_PER_ADDRESS: "100000",
  });
  try {
    const sessions: Session[] = [];
    for (let i = 0; i < emails.length; i += 10) {
      sessions.push(
        ...(await Promise.all(
          emails.slice(i, i + 10).map((email) => createSession(BASE, email, PASSWORD)),
        )),
      );
    }
    const acks: Ack[] = [];
    const students = sessions.map((session) => new Student(session, answers, acks));
    console.log(
      `${students.length} students signed in to the ${SLUG} quiz (${Math.round(RIGHT_SHARE * 100)}% right answers), database: ${DATABASE}`,
    );
    // Warm-up, as bench:pages does: the first requests compile and fill caches. Each student
    // answers a different number of questions, so that they do not all finish an attempt and
    // start the next at the same moment, as a real class would not.
    const warmUp = newPhase("warm-up");
    await Promise.all(
      students.map(async (student, i) => {
        for (let k = 0; k < 4 + (i % 22); k++) await student.answer(warmUp);
      }),
    );
    const full = reportPhase(await capacity(students));
    const paced = reportPhase(await targetLoad(students));
    const { exact, lost, doubled } = await checkIntegrity(url, acks);
    const met =
      full.rate >= RATE &&
      paced.rate >= RATE * 0.98 &&
      paced.p99 <= 150 &&
      full.errors + paced.errors === 0;
    console.log(
      `\ntarget on ${DATABASE} (capacity >= ${RATE} answers/s; at ${RATE} answers/s p99 <= 150 ms; no errors): ${met ? "met" : "NOT met"}`,
    );
    console.log(
      `integrity on ${DATABASE} (the database holds exactly the acknowledged answers): ${exact ? "met" : "NOT met"}`,
    );
    const memory = peakMemoryMb(server);
    if (memory !== null) console.log(`server peak memory (RSS), ${DATABASE}: ${memory} MB`);
    const note = `lost ${lost}, doubled ${doubled}`;
    recordFigures([
      { benchmark: "answer submission, capacity", database: DATABASE, perSecond: full.rate, p50Ms: full.p50, p99Ms: full.p99, errors: full.errors, memoryMb: memory, note },
      { benchmark: `answer submission, ${RATE}/s scheduled`, database: DATABASE, perSecond: paced.rate, p50Ms: paced.p50, p99Ms: paced.p99, errors: paced.errors, memoryMb: memory, note },
    ]);
    if (!exact) process.exitCode = 1;
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
