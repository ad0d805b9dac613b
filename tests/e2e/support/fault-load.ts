import { expect, test } from "@playwright/test";
import { createSession, rightResponse, type PublicQuestion, type Session } from "../../../scripts/bench/quiz-client";
import { FAULT_PASSWORD, FAULT_SLUG } from "./fault-server";

// The SIGKILL tests' load and their verdict, shared by the SQLite and the PostgreSQL spec
// (faults-kill.spec.ts, faults-kill-postgres.spec.ts): students answering the sample quiz as fast
// as the server lets them, the server killed once hundreds of answers are acknowledged, and then
// every acknowledged answer looked for among the stored ones.

/** An answer the server acknowledged (HTTP 200, not a repeat), or a stored one: attempt/question and points. */
export type Ack = { key: string; points: number };

/** Students to sign in; the verdict allows one answer in flight (stored, its reply lost) per student. */
export const LOAD_STUDENTS = 20;
const MINIMUM_ACKS = 300;

/** A promise that fails with `what` after `ms` instead of waiting forever. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** One student answering back to back (the right answer), a new attempt after each quiz, until stopped. */
export async function answerUntilStopped(session: Session, answers: Map<string, unknown>, acks: Ack[], stopped: () => boolean) {
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

/** Signs every student in on the server at `base`, each with a session of its own. */
export function signInStudents(base: string, emails: string[]): Promise<Session[]> {
  return withDeadline(Promise.all(emails.map((email) => createSession(base, email, FAULT_PASSWORD))), 30_000, "signing the students in");
}

/**
 * Runs the load and kills the server (`kill`: SIGKILL, resolved once the process is gone) as
 * soon as some hundreds of answers are acknowledged; returns the acknowledged answers. Every wait
 * here has its own deadline, well inside the test's timeout, so that a stalled load fails with
 * the count it reached instead of hanging.
 */
export async function killDuringLoad(sessions: Session[], answers: Map<string, unknown>, kill: () => Promise<void>): Promise<Ack[]> {
  const acks: Ack[] = [];
  let killed = false;
  let loadEnded = false;
  const load = Promise.all(sessions.map((s) => answerUntilStopped(s, answers, acks, () => killed))).finally(() => {
    loadEnded = true;
  });
  await test.step("kill the server once some hundreds of answers are acknowledged", async () => {
    const deadline = Date.now() + 60_000;
    while (acks.length < MINIMUM_ACKS && !loadEnded && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(acks.length, `answers acknowledged before the kill (load ended early: ${loadEnded})`).toBeGreaterThanOrEqual(MINIMUM_ACKS);
    await withDeadline(kill(), 10_000, "killing the server");
    killed = true;
    // Requests in flight fail at once on the closed port; the client gives up on a silent one in 30 s.
    await withDeadline(load, 45_000, "the load ending after the kill");
  });
  return acks;
}

/**
 * The verdict: every acknowledged answer is stored, with the points it was acknowledged with, no
 * answer is stored twice, and at most one answer per student was stored without its reply (in
 * flight when the server died).
 */
export function expectAcknowledgedStored(acks: Ack[], storedRows: Ack[]) {
  const stored = new Map<string, number[]>();
  for (const row of storedRows) stored.set(row.key, [...(stored.get(row.key) ?? []), row.points]);

  const lost = acks.filter((a) => !stored.has(a.key));
  const wrongPoints = acks.filter((a) => stored.get(a.key)?.[0] !== a.points);
  const doubled = [...stored.values()].filter((points) => points.length > 1);
  expect(lost).toEqual([]);
  expect(wrongPoints).toEqual([]);
  expect(doubled).toEqual([]);
  expect(storedRows.length - acks.length).toBeLessThanOrEqual(LOAD_STUDENTS);
}

/** The restarted server takes answers again, with a session issued before the kill. */
export async function expectAnswersTakenAgain(session: Session, answers: Map<string, unknown>) {
  const after: Ack[] = [];
  await withDeadline(
    answerUntilStopped(session, answers, after, () => after.length >= 3),
    30_000,
    "answering on the restarted server",
  );
  expect(after.length).toBeGreaterThanOrEqual(3);
}
