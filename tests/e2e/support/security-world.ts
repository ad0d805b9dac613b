import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { request, test, type APIRequestContext } from "@playwright/test";
import bcrypt from "bcryptjs";
import { storedDate, storedQuestions, withE2eDatabase, type E2eDatabase } from "./e2e-database";
import { responseFor } from "./quiz";
import { E2E_DATABASE_URL } from "./e2e-database-url";

// The people and records the security specs (access matrix, fuzzing, headers) test against,
// written straight into the browser tests' database: two teachers with a class each, a student
// in each class, a module the first teacher built, published and assigned to their class, and
// an attempt of the first student at its quiz. Each persona gets an API request context signed
// in through next-auth's own credentials endpoint.

export const PERSONAS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher"] as const;
export type Persona = (typeof PERSONAS)[number];

const PASSWORD = "security-world-password";

export type World = {
  baseURL: string;
  ids: Record<Exclude<Persona, "anonymous">, string>;
  emails: Record<Exclude<Persona, "anonymous">, string>;
  /** The first teacher's class (the student is enrolled) and the other teacher's. */
  classId: string;
  otherClassId: string;
  /** The first teacher's published module, assigned to their class. */
  teacherModule: { id: string; slug: string; articleKey: string; questionId: string };
  assignmentId: string;
  /** The student's open attempt at the teacher's module. */
  attemptId: string;
  /** The public sample module. */
  publicModule: { slug: string; articleKey: string; questionId: string };
  /** A well-formed (wrong) answer to the public module's first question. */
  publicAnswer: unknown;
};

/**
 * Runs Parley's command line against the browser tests' database (as an operator would). An
 * import is one long write transaction: when another spec's import holds the database, wait and
 * try again.
 */
export function runParleyCli(args: string[]): string {
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/parley.ts", ...args], {
        env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? "");
      if (attempt >= 6 || !/database is locked|SQLITE_BUSY/.test(stderr)) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000 * attempt);
    }
  }
}

function insertUser(db: E2eDatabase, name: string, role: "STUDENT" | "TEACHER", hash: string) {
  const id = `sec-${randomUUID()}`;
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@e2e.parley.test`;
  const now = storedDate(new Date());
  db.prepare(
    'INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, email, name, hash, role, now, now);
  return { id, email };
}

/** A request context signed in as `email` (or anonymous), sending the app's own Origin. */
export async function signedInContext(baseURL: string, email: string | null): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (!email) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: email, password: PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  if (session.user?.email !== email) throw new Error(`Signing in ${email} failed (${response.status()}).`);
  return context;
}

function firstRow<T>(sql: string, ...params: unknown[]): T {
  return withE2eDatabase((db) => db.prepare(sql).get(...params) as T);
}

function moduleParts(slug: string) {
  const mod = firstRow<{ id: string; versionId: string }>(
    'SELECT "id", "currentVersionId" AS "versionId" FROM "Module" WHERE "slug" = ?',
    slug,
  );
  const article = firstRow<{ key: string }>('SELECT "key" FROM "Article" WHERE "versionId" = ? ORDER BY "position" LIMIT 1', mod.versionId);
  const question = firstRow<{ id: string }>(
    'SELECT "id" FROM "Question" WHERE "versionId" = ? AND "removed" = false ORDER BY "position" LIMIT 1',
    mod.versionId,
  );
  return { id: mod.id, slug, articleKey: article.key, questionId: question.id };
}

export const SAMPLE_SLUG = "pakistan-afghan-taliban-talks-2025";

/** Builds the world; `contexts` holds one request context per persona (close them after). */
export async function buildWorld(baseURL: string) {
  const hash = bcrypt.hashSync(PASSWORD, 4);
  const people = withE2eDatabase(
    (db) => ({
      teacher: insertUser(db, "Security Teacher", "TEACHER", hash),
      otherTeacher: insertUser(db, "Other Teacher", "TEACHER", hash),
      student: insertUser(db, "Security Student", "STUDENT", hash),
      otherStudent: insertUser(db, "Other Student", "STUDENT", hash),
    }),
    { write: true },
  );

  const slug = `security-${randomUUID().slice(0, 8)}`;
  runParleyCli(["import", "content/sample", "--slug", slug, "--title", "A teacher's module"]);
  const teacherModule = moduleParts(slug);

  const classId = `sec-class-${randomUUID()}`;
  const otherClassId = `sec-class-${randomUUID()}`;
  const assignmentId = `sec-assignment-${randomUUID()}`;
  const now = storedDate(new Date());
  withE2eDatabase(
    (db) => {
      db.prepare('UPDATE "Module" SET "ownerId" = ? WHERE "id" = ?').run(people.teacher.id, teacherModule.id);
      const cls = db.prepare('INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "createdAt") VALUES (?, ?, ?, ?, ?)');
      cls.run(classId, people.teacher.id, "Security class", randomUUID().slice(0, 8).toUpperCase(), now);
      cls.run(otherClassId, people.otherTeacher.id, "Other class", randomUUID().slice(0, 8).toUpperCase(), now);
      const enroll = db.prepare('INSERT INTO "Enrollment" ("id", "classId", "studentId", "joinedAt") VALUES (?, ?, ?, ?)');
      enroll.run(`sec-enrollment-${randomUUID()}`, classId, people.student.id, now);
      enroll.run(`sec-enrollment-${randomUUID()}`, otherClassId, people.otherStudent.id, now);
      db.prepare('INSERT INTO "Assignment" ("id", "classId", "moduleId", "dueAt", "createdAt") VALUES (?, ?, ?, NULL, ?)').run(
        assignmentId,
        classId,
        teacherModule.id,
        now,
      );
    },
    { write: true },
  );

  const contexts = {
    anonymous: await signedInContext(baseURL, null),
    student: await signedInContext(baseURL, people.student.email),
    otherStudent: await signedInContext(baseURL, people.otherStudent.email),
    teacher: await signedInContext(baseURL, people.teacher.email),
    otherTeacher: await signedInContext(baseURL, people.otherTeacher.email),
  } satisfies Record<Persona, APIRequestContext>;

  const started = await contexts.student.post(`/api/modules/${slug}/attempts`, { data: {} });
  if (started.status() !== 201) throw new Error(`Starting the attempt failed: ${started.status()} ${await started.text()}`);
  const attemptId = ((await started.json()) as { attemptId?: string; id?: string }).attemptId ?? "";

  const world: World = {
    baseURL,
    ids: { teacher: people.teacher.id, otherTeacher: people.otherTeacher.id, student: people.student.id, otherStudent: people.otherStudent.id },
    emails: {
      teacher: people.teacher.email,
      otherTeacher: people.otherTeacher.email,
      student: people.student.email,
      otherStudent: people.otherStudent.email,
    },
    classId,
    otherClassId,
    teacherModule,
    assignmentId,
    attemptId,
    publicModule: moduleParts(SAMPLE_SLUG),
    publicAnswer: null,
  };
  const firstPublic = storedQuestions(SAMPLE_SLUG).find((q) => q.id === world.publicModule.questionId)!;
  world.publicAnswer = responseFor(firstPublic, false);
  return { world, contexts };
}

/**
 * A spec file's world: built before its first test (handed to `receive`), its request contexts
 * closed after its last. The spec declares its own mode (serial) and timeouts.
 */
export function shareOneWorld(receive: (built: Awaited<ReturnType<typeof buildWorld>>) => void) {
  let contexts: Record<Persona, APIRequestContext> | undefined;
  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(120_000);
    const built = await buildWorld(baseURL!);
    contexts = built.contexts;
    receive(built);
  });
  test.afterAll(async () => {
    await Promise.all(Object.values(contexts ?? {}).map((c) => c.dispose()));
  });
}

/**
 * What a user's writes have left in the database: their attempts, answers, review items,
 * reading progress and enrollments. Compared before and after a refused request.
 */
export function userFingerprint(userId: string): string {
  return withE2eDatabase((db) => {
    const rows = (sql: string) => JSON.stringify(db.prepare(sql).all(userId));
    return [
      rows('SELECT "id", "finishedAt", "score" FROM "QuizAttempt" WHERE "userId" = ? ORDER BY "id"'),
      rows('SELECT a."id", a."points" FROM "QuizAnswer" a JOIN "QuizAttempt" t ON t."id" = a."attemptId" WHERE t."userId" = ? ORDER BY a."id"'),
      rows('SELECT "id", "box", "dueAt" FROM "ReviewItem" WHERE "userId" = ? ORDER BY "id"'),
      rows('SELECT "moduleId", "location" FROM "ReadingProgress" WHERE "userId" = ? ORDER BY "moduleId", "location"'),
      rows('SELECT "classId" FROM "Enrollment" WHERE "studentId" = ? ORDER BY "classId"'),
      rows('SELECT "name", "email", "role", "passwordHash" FROM "User" WHERE "id" = ?'),
    ].join("\n");
  });
}

/** Bits of a response body that must never reach a browser. */
export const SECRET_MARKERS = [
  /e2e-secret-0123456789/, // NEXTAUTH_SECRET of the browser tests (playwright.config.ts)
  /file:\.\/data\/e2e\.db/, // DATABASE_URL on SQLite
  /postgresql:\/\/[^\s"]*@/, // a PostgreSQL URL with its password
  /\$2[aby]\$\d\d\$/, // a bcrypt password hash
  /passwordHash/,
  /\n\s+at [\w.<>]+ \(/, // a stack trace line
  /node_modules\//,
  /PrismaClient|prisma:error|SqliteError/,
];

export function leakedSecret(body: string): RegExp | undefined {
  return SECRET_MARKERS.find((marker) => marker.test(body));
}
