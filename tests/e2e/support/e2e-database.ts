import path from "node:path";
import Database from "better-sqlite3";

// Direct access to the browser tests' own database (playwright.config.ts: data/e2e.db), to read
// what the server stored and, for the review queue, to move a due date into the past.

const E2E_DATABASE = path.resolve(process.cwd(), "data", "e2e.db");

export function withE2eDatabase<T>(work: (db: Database.Database) => T, { write = false } = {}): T {
  const db = new Database(E2E_DATABASE, { readonly: !write, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Prisma stores SQLite DateTimes as ISO text with an explicit offset. */
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
          `SELECT q.id, q.type, q.prompt, q.body, q.answer, q.explanation, q.sourceQuote, q.citations
         FROM Question q JOIN Module m ON m.currentVersionId = q.versionId
         WHERE m.slug = ? AND q.removed = 0 ORDER BY q.position`,
        )
        .all(slug) as StoredQuestion[],
  );
}

export function countAnswers(attemptId: string): number {
  return withE2eDatabase(
    (db) =>
      (
        db.prepare("SELECT COUNT(*) AS n FROM QuizAnswer WHERE attemptId = ?").get(attemptId) as {
          n: number;
        }
      ).n,
  );
}
