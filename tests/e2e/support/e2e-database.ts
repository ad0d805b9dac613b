import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { onPostgres } from "../../support/test-database";
import { E2E_DATABASE_URL } from "./e2e-database-url";

// Direct access to the browser tests' own database (e2e-database-url.ts), to read what the server
// stored and, for the review queue, to move a due date into the past. The SQL is written once for
// both databases: quoted identifiers, `false`/`true` for booleans, `?` for parameters.

/** The part of better-sqlite3's Database the tests use; on PostgreSQL it is emulated. */
type Statement = {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
};
export type E2eDatabase = { prepare(sql: string): Statement };

/**
 * PostgreSQL from synchronous code: each statement runs in a child process (postgres-sync-query.mjs)
 * that answers with the rows as better-sqlite3 would give them. Slow (a process per statement)
 * but the tests run only a few.
 */
function postgresDatabase(url: string): E2eDatabase {
  const helper = path.join(process.cwd(), "tests", "e2e", "support", "postgres-sync-query.mjs");
  const query = (sql: string, params: unknown[]) => {
    let n = 0;
    const numbered = sql.replace(/\?/g, () => `$${++n}`);
    const output = execFileSync(process.execPath, [helper], {
      input: JSON.stringify({ url, statements: [{ sql: numbered, params }] }),
      encoding: "utf8",
    });
    return (JSON.parse(output) as { rows: unknown[]; changes: number }[])[0]!;
  };
  return {
    prepare: (sql) => ({
      get: (...params) => query(sql, params).rows[0],
      all: (...params) => query(sql, params).rows,
      run: (...params) => ({ changes: query(sql, params).changes }),
    }),
  };
}

export function withE2eDatabase<T>(work: (db: E2eDatabase) => T, { write = false } = {}): T {
  if (onPostgres) return work(postgresDatabase(E2E_DATABASE_URL));
  const file = path.resolve(process.cwd(), E2E_DATABASE_URL.slice("file:".length));
  const db = new Database(file, { readonly: !write, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** How a test writes a DateTime: ISO text with an explicit offset, as Prisma stores it in SQLite (PostgreSQL reads it as that UTC time). */
export function storedDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export type StoredQuestion = {
  id: string;
  type: string;
  prompt: string;
  body: string;
  answer: string;
  explanation: string;
  sourceQuote: string;
  /** JSON: the further citations shown with the feedback. */
  citations: string;
};

/** The questions of a module's current quiz, answers included, as stored. */
export function storedQuestions(slug: string): StoredQuestion[] {
  return withE2eDatabase(
    (db) =>
      db
        .prepare(
          `SELECT q."id", q."type", q."prompt", q."body", q."answer", q."explanation", q."sourceQuote", q."citations"
         FROM "Question" q JOIN "Module" m ON m."currentVersionId" = q."versionId"
         WHERE m."slug" = ? AND q."removed" = false ORDER BY q."position"`,
        )
        .all(slug) as StoredQuestion[],
  );
}

export function countAnswers(attemptId: string): number {
  return withE2eDatabase(
    (db) =>
      (
        db.prepare('SELECT COUNT(*) AS "n" FROM "QuizAnswer" WHERE "attemptId" = ?').get(attemptId) as {
          n: number;
        }
      ).n,
  );
}
