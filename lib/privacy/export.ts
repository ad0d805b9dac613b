import "server-only";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

// Everything Parley holds about one person, as they may take it away (the right of access and
// portability). Only their own records: the classes they are in appear by name and teacher, never
// with the other students; a teacher's classes carry a student count, not the students, whose
// data is theirs to download. Password hashes never leave the database (lib/db/client.ts omits
// them from every query).

export const EXPORT_FORMAT_VERSION = 1;

const moduleRef = { select: { slug: true, title: true } } as const;

async function learnerRecords(userId: string) {
  const [readingProgress, attempts, reviewItems, enrollments, dueExtensions] = await Promise.all([
    db.readingProgress.findMany({
      where: { userId },
      orderBy: { readAt: "asc" },
      select: { location: true, readAt: true, module: moduleRef },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        startedAt: true,
        finishedAt: true,
        score: true,
        module: moduleRef,
        version: { select: { number: true } },
        answers: {
          orderBy: { answeredAt: "asc" },
          select: {
            answeredAt: true,
            response: true,
            points: true,
            correct: true,
            question: { select: { key: true, prompt: true } },
          },
        },
      },
    }),
    db.reviewItem.findMany({
      where: { userId },
      orderBy: { dueAt: "asc" },
      select: { box: true, dueAt: true, question: { select: { prompt: true } } },
    }),
    db.enrollment.findMany({
      where: { studentId: userId },
      orderBy: { joinedAt: "asc" },
      select: { joinedAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } },
    }),
    db.assignmentExtension.findMany({
      where: { studentId: userId },
      select: { dueAt: true, assignment: { select: { module: moduleRef, class: { select: { name: true } } } } },
    }),
  ]);
  return {
    readingProgress: readingProgress.map((r) => ({ module: r.module, location: r.location, readAt: r.readAt })),
    quizAttempts: attempts.map((a) => ({
      id: a.id,
      module: a.module,
      moduleVersion: a.version.number,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      score: a.score,
      answers: a.answers.map((s) => ({
        question: s.question.prompt,
        questionKey: s.question.key,
        response: s.response,
        points: s.points,
        correct: s.correct,
        answeredAt: s.answeredAt,
      })),
    })),
    reviewItems: reviewItems.map((r) => ({ question: r.question.prompt, box: r.box, dueAt: r.dueAt })),
    classMemberships: enrollments.map((e) => ({ class: e.class.name, teacher: e.class.teacher.name, joinedAt: e.joinedAt })),
    dueDateExtensions: dueExtensions.map((x) => ({ class: x.assignment.class.name, module: x.assignment.module, dueAt: x.dueAt })),
  };
}

/** What a teacher made: classes (with a count of students, not the students), assignments, modules. */
async function teacherRecords(userId: string) {
  const [classes, modules, accountsCreated] = await Promise.all([
    db.class.findMany({
      where: { teacherId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        name: true,
        joinCode: true,
        createdAt: true,
        archivedAt: true,
        _count: { select: { enrollments: true } },
        assignments: { orderBy: { createdAt: "asc" }, select: { dueAt: true, createdAt: true, module: moduleRef } },
      },
    }),
    db.module.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      select: { slug: true, title: true, status: true, createdAt: true, updatedAt: true, _count: { select: { versions: true } } },
    }),
    db.user.count({ where: { createdByTeacherId: userId } }),
  ]);
  return {
    classesTaught: classes.map((c) => ({
      name: c.name,
      joinCode: c.joinCode,
      createdAt: c.createdAt,
      archivedAt: c.archivedAt,
      studentCount: c._count.enrollments,
      assignments: c.assignments.map((a) => ({ module: a.module, dueAt: a.dueAt, assignedAt: a.createdAt })),
    })),
    modulesOwned: modules.map((m) => ({
      slug: m.slug,
      title: m.title,
      status: m.status,
      versions: m._count.versions,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    studentAccountsCreated: accountsCreated,
  };
}

/** The user's data as one JSON-ready object, or null when the account no longer exists. */
export async function exportAccountData(userId: string, now = new Date()) {
  const profile = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, username: true, role: true, createdAt: true, updatedAt: true },
  });
  if (!profile) return null;
  const [learner, teaching] = await Promise.all([
    learnerRecords(userId),
    profile.role === Role.TEACHER ? teacherRecords(userId) : Promise.resolve(null),
  ]);
  return { format: "parley-account-export", version: EXPORT_FORMAT_VERSION, exportedAt: now, profile, ...learner, teaching };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
