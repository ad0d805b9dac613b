import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { fromStoredQuestion } from "@/lib/quiz/question";
import { correctResponse } from "@/lib/quiz/responses";

// Classes full of students with reading and quiz records, written with a few bulk inserts: for
// the database tests (tests/db/assignments.test.ts) and the dashboard benchmark.

export type SeedModule = {
  id: string;
  versionId: string;
  questions: { id: string; response: unknown }[];
  articleKeys: string[];
};

let serial = 0;
const uid = (label: string) => `${label}-${process.pid}-${++serial}-${Math.random().toString(36).slice(2, 8)}`;

export async function createUser(name: string, role: Role = Role.STUDENT) {
  return db.user.create({
    data: { name, email: `${uid("u")}@db.parley.test`, passwordHash: "not-a-real-hash", role },
    select: { id: true, name: true },
  });
}

/** A module's current version with its questions' right answers and its article keys. */
export async function seedModuleOf(moduleId: string): Promise<SeedModule> {
  const mod = await db.module.findUniqueOrThrow({
    where: { id: moduleId },
    select: {
      currentVersion: {
        select: {
          id: true,
          articles: { select: { key: true } },
          questions: {
            where: { removed: false },
            select: { id: true, type: true, topic: true, body: true, answer: true },
          },
        },
      },
    },
  });
  const version = mod.currentVersion!;
  return {
    id: moduleId,
    versionId: version.id,
    articleKeys: version.articles.map((a) => a.key),
    questions: version.questions.map((q) => ({ id: q.id, response: correctResponse(fromStoredQuestion(q)) })),
  };
}

/**
 * A class of `studentCount` students with every module assigned; each student has read part of
 * each module and finished one attempt with an answer to every question (about two in three
 * right).
 */
export async function seedClass(options: { teacherId: string; name: string; studentCount: number; modules: SeedModule[] }) {
  const cls = await db.class.create({
    data: { teacherId: options.teacherId, name: options.name, joinCode: uid("J").toUpperCase() },
    select: { id: true },
  });
  const students = Array.from({ length: options.studentCount }, (_, i) => ({
    id: uid("s"),
    name: `Student ${String(i + 1).padStart(2, "0")} of ${options.name}`,
    email: `${uid("s")}@db.parley.test`,
    passwordHash: "not-a-real-hash",
  }));
  await db.user.createMany({ data: students });
  await db.enrollment.createMany({ data: students.map((s) => ({ classId: cls.id, studentId: s.id })) });
  await db.assignment.createMany({
    data: options.modules.map((m, i) => ({
      classId: cls.id,
      moduleId: m.id,
      dueAt: new Date(Date.UTC(2026, 0, 10 + i)),
    })),
  });
  const reading = [];
  const attempts = [];
  const answers = [];
  for (const [si, s] of students.entries()) {
    for (const m of options.modules) {
      const locations = ["section:overview", "section:people", ...m.articleKeys.slice(0, 1 + (si % 3)).map((k) => `article:${k}`)];
      for (const location of locations) reading.push({ userId: s.id, moduleId: m.id, location });
      const attemptId = uid("a");
      const right = m.questions.map((_, qi) => (si + qi) % 3 !== 0);
      attempts.push({
        id: attemptId,
        userId: s.id,
        moduleId: m.id,
        versionId: m.versionId,
        seed: si,
        startedAt: new Date(Date.UTC(2026, 0, 5, 9)),
        finishedAt: new Date(Date.UTC(2026, 0, 5, 10)),
        score: right.filter(Boolean).length / Math.max(1, right.length),
      });
      for (const [qi, q] of m.questions.entries()) {
        answers.push({
          attemptId,
          questionId: q.id,
          response: q.response as object,
          points: right[qi] ? 1 : 0,
          correct: right[qi]!,
        });
      }
    }
  }
  await db.readingProgress.createMany({ data: reading });
  await db.quizAttempt.createMany({ data: attempts });
  await db.quizAnswer.createMany({ data: answers });
  return { classId: cls.id, studentIds: students.map((s) => s.id) };
}
