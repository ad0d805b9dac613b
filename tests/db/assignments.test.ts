// The counting client must be in place before lib/db/client is first imported.
import { countStatements } from "../support/query-counting-client";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { createUser, seedClass, seedModuleOf, type SeedModule } from "../support/class-fixtures";

// Who is signed in, for the server actions and route handlers under test.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => signedIn,
  requireUser: async () => {
    if (!signedIn) throw new Error("NEXT_REDIRECT signin");
    return signedIn;
  },
  requireTeacher: async () => {
    if (!signedIn) throw new Error("NEXT_REDIRECT signin");
    if (signedIn.role !== "TEACHER") throw new Error("NEXT_NOT_FOUND");
    return signedIn;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const { assignModule, changeDueDate, extendDueDate, removeExtension, unassignModule } = await import(
  "@/lib/assignments/actions"
);
const { loadClassGrid } = await import("@/lib/class-progress/grid");
const { loadQuestionAnalysis } = await import("@/lib/class-progress/question-analysis");
const { loadQuestionExport } = await import("@/lib/class-progress/question-export");
const { loadStudentDetail } = await import("@/lib/class-progress/student-detail");
const { loadStudentAssignments } = await import("@/lib/class-progress/student-home");
const gradebookRoute = await import("@/app/teach/classes/[classId]/export/gradebook.csv/route");
const questionsRoute = await import("@/app/teach/classes/[classId]/export/questions.csv/route");

const SAMPLE = path.join(process.cwd(), "content", "sample");

type Person = SessionUser;
let teacherA: Person, teacherB: Person, studentA: Person, studentB: Person;
let classA = "", classB = "";
let publicModule: SeedModule, ownModuleA: SeedModule, ownModuleB: SeedModule, draftModuleA = "";

async function person(name: string, role: Role): Promise<Person> {
  const u = await createUser(name, role);
  return { id: u.id, name: u.name, email: null, role };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const as = (user: Person | null) => {
  signedIn = user;
};

async function download(route: typeof gradebookRoute, classId: string) {
  return route.GET(new Request("http://localhost/x"), { params: Promise.resolve({ classId }) });
}

beforeAll(async () => {
  [teacherA, teacherB, studentA, studentB] = await Promise.all([
    person("Teacher A", Role.TEACHER),
    person("Teacher B", Role.TEACHER),
    person("Zoë Ağaoğlu", Role.STUDENT),
    person("Student B", Role.STUDENT),
  ]);
  const pub = await importArticleFolder(SAMPLE, { slug: "assign-public", publish: true });
  const ownA = await importArticleFolder(SAMPLE, { slug: "assign-own-a", title: "Teacher A's module", ownerId: teacherA.id, publish: true });
  const ownB = await importArticleFolder(SAMPLE, { slug: "assign-own-b", title: "Teacher B's module", ownerId: teacherB.id, publish: true });
  const draft = await importArticleFolder(SAMPLE, { slug: "assign-draft-a", ownerId: teacherA.id, publish: false });
  [publicModule, ownModuleA, ownModuleB] = await Promise.all([
    seedModuleOf(pub.moduleId),
    seedModuleOf(ownA.moduleId),
    seedModuleOf(ownB.moduleId),
  ]);
  draftModuleA = draft.moduleId;
  classA = (await db.class.create({ data: { teacherId: teacherA.id, name: "Class A", joinCode: "AAAA2345" } })).id;
  classB = (await db.class.create({ data: { teacherId: teacherB.id, name: "Class B", joinCode: "BBBB2345" } })).id;
  await db.enrollment.createMany({
    data: [
      { classId: classA, studentId: studentA.id },
      { classId: classB, studentId: studentB.id },
    ],
  });
});

beforeEach(() => as(null));

describe("assigning modules", () => {
  it("assigns public modules and the teacher's own published ones, with a due date in their zone", async () => {
    as(teacherA);
    const done = await assignModule(classA, {}, form({ moduleId: publicModule.id, dueAt: "2030-03-10T09:00", timeZone: "Europe/Istanbul" }));
    expect(done).toEqual({ notice: expect.stringMatching(/^Assigned/) });
    const stored = await db.assignment.findFirstOrThrow({ where: { classId: classA, moduleId: publicModule.id } });
    expect(stored.dueAt?.toISOString()).toBe("2030-03-10T06:00:00.000Z");

    const past = await assignModule(classA, {}, form({ moduleId: ownModuleA.id, dueAt: "2020-01-01T09:00" }));
    expect(past.notice).toMatch(/in the past/);

    expect(await assignModule(classA, {}, form({ moduleId: publicModule.id }))).toEqual({
      fieldErrors: { moduleId: "This module is already assigned to the class." },
    });
  });

  it("refuses another teacher's module, a draft, and a bad date, changing nothing", async () => {
    as(teacherA);
    const before = await db.assignment.count();
    expect((await assignModule(classA, {}, form({ moduleId: ownModuleB.id }))).fieldErrors?.moduleId).toMatch(/cannot be assigned/);
    expect((await assignModule(classA, {}, form({ moduleId: draftModuleA }))).fieldErrors?.moduleId).toMatch(/cannot be assigned/);
    expect((await assignModule(classA, {}, form({ moduleId: ownModuleB.id, dueAt: "2026-02-31T09:00" }))).fieldErrors?.dueAt).toMatch(/Enter a date/);
    expect(await db.assignment.count()).toBe(before);
  });

  it("changes, clears and extends due dates; an extension is for the class's own students", async () => {
    as(teacherA);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classA, moduleId: publicModule.id } });
    await changeDueDate(classA, {}, form({ assignmentId: assignment.id, dueAt: "2030-04-01T12:00" }));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).dueAt?.toISOString()).toBe("2030-04-01T12:00:00.000Z");
    await changeDueDate(classA, {}, form({ assignmentId: assignment.id, clear: "1" }));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).dueAt).toBeNull();
    await changeDueDate(classA, {}, form({ assignmentId: assignment.id, dueAt: "2020-04-01T12:00" }));

    const outsider = await extendDueDate(classA, {}, form({ assignmentId: assignment.id, studentId: studentB.id, dueAt: "2031-01-01T00:00" }));
    expect(outsider.fieldErrors?.studentId).toMatch(/student of this class/);
    const extended = await extendDueDate(classA, {}, form({ assignmentId: assignment.id, studentId: studentA.id, dueAt: "2031-01-01T00:00" }));
    expect(extended.notice).toMatch(/Zoë Ağaoğlu/);
    const [home] = (await loadStudentAssignments(studentA.id)).filter((a) => a.id === assignment.id);
    expect(home).toMatchObject({ extended: true, dueAt: new Date("2031-01-01T00:00:00Z"), status: { state: "not_started", late: false } });

    await removeExtension(classA, form({ assignmentId: assignment.id, studentId: studentA.id }));
    const [after] = (await loadStudentAssignments(studentA.id)).filter((a) => a.id === assignment.id);
    expect(after).toMatchObject({ extended: false, status: { late: true } });
  });

  it("unassigns after confirmation, keeping students' work", async () => {
    as(teacherA);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classA, moduleId: ownModuleA.id } });
    await expect(unassignModule(classA, form({ assignmentId: assignment.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.assignment.findUnique({ where: { id: assignment.id } })).toBeNull();
    await assignModule(classA, {}, form({ moduleId: ownModuleA.id }));
  });
});

describe("who sees what", () => {
  it("teacher B cannot assign to, change, extend or unassign in teacher A's class", async () => {
    as(teacherB);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classA } });
    const snapshot = async () => ({
      assignments: await db.assignment.findMany({ orderBy: { id: "asc" } }),
      extensions: await db.assignmentExtension.findMany({ orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    await expect(assignModule(classA, {}, form({ moduleId: ownModuleB.id }))).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(changeDueDate(classA, {}, form({ assignmentId: assignment.id, clear: "1" }))).rejects.toThrow("NEXT_NOT_FOUND");
    // Through B's own class id, A's assignment id still finds nothing.
    await expect(changeDueDate(classB, {}, form({ assignmentId: assignment.id, clear: "1" }))).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(
      extendDueDate(classB, {}, form({ assignmentId: assignment.id, studentId: studentB.id, dueAt: "2031-01-01T00:00" })),
    ).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(unassignModule(classB, form({ assignmentId: assignment.id }))).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("teacher B cannot read the grid, a drill-down, the analysis or the exports of A's class", async () => {
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classA } });
    expect(await loadClassGrid(teacherB.id, classA)).toBeNull();
    expect(await loadStudentDetail(teacherB.id, classA, studentA.id)).toBeNull();
    expect(await loadStudentDetail(teacherB.id, classB, studentA.id)).toBeNull();
    expect(await loadQuestionAnalysis(teacherB.id, classA, assignment.id)).toBeNull();
    expect(await loadQuestionAnalysis(teacherB.id, classB, assignment.id)).toBeNull();
    expect(await loadQuestionExport(teacherB.id, classA)).toBeNull();
    // A's own drill-down is only for A's students.
    expect(await loadStudentDetail(teacherA.id, classA, studentB.id)).toBeNull();
    expect(await loadStudentDetail(teacherA.id, classA, studentA.id)).not.toBeNull();

    for (const route of [gradebookRoute, questionsRoute]) {
      as(teacherB);
      expect((await download(route, classA)).status).toBe(404);
      as(studentA);
      expect((await download(route, classA)).status).toBe(404);
      as(null);
      expect((await download(route, classA)).status).toBe(401);
      as(teacherA);
      expect((await download(route, classA)).status).toBe(200);
    }
  });

  it("a student cannot use the teacher actions", async () => {
    as(studentA);
    await expect(assignModule(classA, {}, form({ moduleId: ownModuleB.id }))).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("a student sees the assignments of their own, not archived, classes only", async () => {
    as(teacherB);
    await assignModule(classB, {}, form({ moduleId: ownModuleB.id }));
    const mine = await loadStudentAssignments(studentA.id);
    expect(new Set(mine.map((a) => a.className))).toEqual(new Set(["Class A"]));
    expect(mine.map((a) => a.module.id).sort()).toEqual([publicModule.id, ownModuleA.id].sort());
    expect((await loadStudentAssignments(studentB.id)).map((a) => a.module.id)).toEqual([ownModuleB.id]);

    await db.class.update({ where: { id: classB }, data: { archivedAt: new Date() } });
    expect(await loadStudentAssignments(studentB.id)).toEqual([]);
    await db.class.update({ where: { id: classB }, data: { archivedAt: null } });
  });
});

describe("the class's results", () => {
  it("shows a finished attempt as done with its best score in the grid, analysis and exports", async () => {
    const m = publicModule;
    const attempt = await db.quizAttempt.create({
      data: { userId: studentA.id, moduleId: m.id, versionId: m.versionId, seed: 1, finishedAt: new Date(), score: 0.5 },
    });
    await db.quizAnswer.createMany({
      data: m.questions.map((q, i) => ({
        attemptId: attempt.id,
        questionId: q.id,
        response: q.response as object,
        points: i % 2 === 0 ? 1 : 0,
        correct: i % 2 === 0,
      })),
    });
    // Student B (another class) answers too: the analysis must not count them.
    const other = await db.quizAttempt.create({
      data: { userId: studentB.id, moduleId: m.id, versionId: m.versionId, seed: 1, finishedAt: new Date(), score: 1 },
    });
    await db.quizAnswer.createMany({
      data: m.questions.map((q) => ({ attemptId: other.id, questionId: q.id, response: q.response as object, points: 1, correct: true })),
    });

    const grid = (await loadClassGrid(teacherA.id, classA))!;
    const column = grid.assignments.findIndex((a) => a.module.id === m.id);
    expect(grid.students.map((s) => s.name)).toEqual(["Zoë Ağaoğlu"]);
    expect(grid.students[0]!.cells[column]).toMatchObject({ bestScore: 0.5, status: { state: "done", late: true } });

    const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classA, moduleId: m.id } });
    const analysis = (await loadQuestionAnalysis(teacherA.id, classA, assignment.id))!;
    expect(analysis.questions).toHaveLength(m.questions.length);
    expect(analysis.questions.every((q) => q.answered === 1)).toBe(true);
    expect(analysis.questions[1]).toMatchObject({ right: 0, mostMissed: true });

    as(teacherA);
    const response = await download(gradebookRoute, classA);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="Class-A-gradebook\.csv"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // The byte-order mark, as the bytes of the file (Response.text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv.slice(1).startsWith("Student,")).toBe(true);
    expect(csv).toContain("Zoë Ağaoğlu,");
    expect(csv).toContain(',50,"Done, late"');
    const answers = await (await download(questionsRoute, classA)).text();
    expect(answers.split("\r\n").filter((l) => l.startsWith("Zoë Ağaoğlu,"))).toHaveLength(m.questions.length);
    expect(answers).toContain(",wrong,0\r\n");
    expect(answers).toContain(",right,1\r\n");
  });
});

describe("speed of the class dashboard", () => {
  it("runs the same number of queries for 5 and for 40 students", async () => {
    const modules = [publicModule, ownModuleA];
    const small = await seedClass({ teacherId: teacherA.id, name: "Small", studentCount: 5, modules });
    const large = await seedClass({ teacherId: teacherA.id, name: "Large", studentCount: 40, modules });
    const a = await countStatements(() => loadClassGrid(teacherA.id, small.classId));
    const b = await countStatements(() => loadClassGrid(teacherA.id, large.classId));
    expect(a.result!.students).toHaveLength(5);
    expect(b.result!.students).toHaveLength(40);
    expect(b.result!.students[0]!.cells[0]!.status.state).toBe("done");
    expect(a.statements).toBeGreaterThan(0);
    expect(b.statements).toBe(a.statements);

    const e1 = await countStatements(() => loadQuestionExport(teacherA.id, small.classId));
    const e2 = await countStatements(() => loadQuestionExport(teacherA.id, large.classId));
    expect(e2.statements).toBe(e1.statements);
  });
});
