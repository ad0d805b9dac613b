import { randomUUID } from "node:crypto";
import { storedDate, withE2eDatabase } from "./e2e-database";

// Classes for the assignment tests, written straight into the browser tests' database: these
// tests are about assignments and results, not about creating classes or joining them.

export function userIdOf(email: string): string {
  return withE2eDatabase(
    (db) => (db.prepare('SELECT "id" FROM "User" WHERE "email" = ?').get(email) as { id: string }).id,
  );
}

/** A class of the teacher with the given students enrolled; returns its id. */
export function createClassWith(teacherEmail: string, name: string, studentEmails: string[]): string {
  const classId = `e2e-class-${randomUUID()}`;
  const now = storedDate(new Date());
  const teacherId = userIdOf(teacherEmail);
  const studentIds = studentEmails.map(userIdOf);
  withE2eDatabase(
    (db) => {
      db.prepare(
        'INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "createdAt") VALUES (?, ?, ?, ?, ?)',
      ).run(classId, teacherId, name, randomUUID().slice(0, 8).toUpperCase(), now);
      const enroll = db.prepare(
        'INSERT INTO "Enrollment" ("id", "classId", "studentId", "joinedAt") VALUES (?, ?, ?, ?)',
      );
      for (const studentId of studentIds) enroll.run(`e2e-enrollment-${randomUUID()}`, classId, studentId, now);
    },
    { write: true },
  );
  return classId;
}
