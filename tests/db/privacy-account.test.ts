import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ModuleStatus, Role } from "@/lib/generated/prisma/enums";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { PUBLIC_MODULE_WHERE } from "@/lib/modules/access";
import { deleteAccount, passwordMatches } from "@/lib/privacy/delete-account";
import { exportAccountData } from "@/lib/privacy/export";
import { hashPassword } from "@/lib/auth/password";
import { createUser, seedClass, seedModuleOf, type SeedModule } from "../support/class-fixtures";
import { SAMPLE } from "../support/db-quiz";

// A user's data export holds their records and no one else's; deleting an account removes what
// is theirs alone, and a teacher's modules never become public on the way out.

let publicModule: SeedModule;
let teacherModuleIds: string[];
let teacherId: string;
let classId: string;
let studentIds: string[];
let otherTeacherId: string;
let otherClassStudentIds: string[];

const countRows = async (userId: string) => ({
  attempts: await db.quizAttempt.count({ where: { userId } }),
  answers: await db.quizAnswer.count({ where: { attempt: { userId } } }),
  reading: await db.readingProgress.count({ where: { userId } }),
  enrollments: await db.enrollment.count({ where: { studentId: userId } }),
});

beforeAll(async () => {
  const pub = await importArticleFolder(SAMPLE, { slug: "privacy-public", publish: true });
  publicModule = await seedModuleOf(pub.moduleId);
  const teacher = await createUser("Tess Teacher", Role.TEACHER);
  teacherId = teacher.id;
  const own = await importArticleFolder(SAMPLE, { slug: "privacy-own", title: "Tess's module", ownerId: teacherId, publish: true });
  const draft = await importArticleFolder(SAMPLE, { slug: "privacy-draft", ownerId: teacherId, publish: false });
  teacherModuleIds = [own.moduleId, draft.moduleId];
  const seeded = await seedClass({ teacherId, name: "Tess's class", studentCount: 3, modules: [publicModule, await seedModuleOf(own.moduleId)] });
  classId = seeded.classId;
  studentIds = seeded.studentIds;
  // Another teacher's class, whose students answered the same public quiz: never touched.
  otherTeacherId = (await createUser("Otto Other", Role.TEACHER)).id;
  otherClassStudentIds = (await seedClass({ teacherId: otherTeacherId, name: "Otto's class", studentCount: 2, modules: [publicModule] })).studentIds;
  await db.reviewItem.create({ data: { userId: studentIds[0]!, questionId: publicModule.questions[0]!.id, dueAt: new Date() } });
});

describe("exportAccountData", () => {
  it("holds the student's own answers, progress and classes, no password hash and no classmates", async () => {
    const data = (await exportAccountData(studentIds[0]!))!;
    expect(data.profile.id).toBe(studentIds[0]);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    expect(JSON.stringify(data)).not.toContain("not-a-real-hash");
    expect(data.quizAttempts).toHaveLength(2);
    expect(data.quizAttempts.flatMap((a) => a.answers)).toHaveLength(await db.quizAnswer.count({ where: { attempt: { userId: studentIds[0] } } }));
    expect(data.readingProgress.length).toBeGreaterThan(0);
    expect(data.reviewItems).toHaveLength(1);
    expect(data.classMemberships).toEqual([expect.objectContaining({ class: "Tess's class", teacher: "Tess Teacher" })]);
    expect(data.teaching).toBeNull();
    // Classmates appear nowhere: not by id, not by name.
    const text = JSON.stringify(data);
    for (const other of [...studentIds.slice(1), ...otherClassStudentIds]) expect(text).not.toContain(other);
    expect(text).not.toContain("Student 02 of Tess's class");
  });

  it("gives a teacher their classes, assignments and modules with a student count, not the students", async () => {
    const data = (await exportAccountData(teacherId))!;
    expect(data.teaching!.classesTaught).toEqual([
      expect.objectContaining({ name: "Tess's class", studentCount: 3, assignments: expect.arrayContaining([expect.objectContaining({ module: { slug: "privacy-own", title: "Tess's module" } })]) }),
    ]);
    expect(data.teaching!.modulesOwned.map((m) => m.slug).sort()).toEqual(["privacy-draft", "privacy-own"]);
    const text = JSON.stringify(data);
    for (const student of studentIds) expect(text).not.toContain(student);
    expect(text).not.toContain("Student 01 of Tess's class");
  });

  it("is null for an account that does not exist", async () => {
    expect(await exportAccountData("no-such-user")).toBeNull();
  });
});

describe("deleteAccount", () => {
  it("checks the password against the stored hash", async () => {
    const user = await db.user.create({ data: { name: "Pat", email: "pat-privacy@db.parley.test", passwordHash: await hashPassword("right-password", 4) }, select: { id: true } });
    expect(await passwordMatches(user.id, "right-password")).toBe(true);
    expect(await passwordMatches(user.id, "wrong-password")).toBe(false);
  });

  it("removes a student's account with their attempts, answers, reading, reviews and memberships, and nobody else's", async () => {
    const [gone, kept] = [studentIds[0]!, studentIds[1]!];
    const keptBefore = await countRows(kept);
    expect((await countRows(gone)).answers).toBeGreaterThan(0);
    await deleteAccount(gone);
    expect(await db.user.findUnique({ where: { id: gone } })).toBeNull();
    expect(await countRows(gone)).toEqual({ attempts: 0, answers: 0, reading: 0, enrollments: 0 });
    expect(await db.reviewItem.count({ where: { userId: gone } })).toBe(0);
    expect(await countRows(kept)).toEqual(keptBefore);
    expect(await db.class.count({ where: { id: classId } })).toBe(1);
  });

  it("removes a teacher's classes and modules; no module of theirs becomes public; students keep their accounts", async () => {
    const publicBefore = await db.module.findMany({ where: PUBLIC_MODULE_WHERE, select: { id: true } });
    const otherStudentBefore = await countRows(otherClassStudentIds[0]!);
    await deleteAccount(teacherId);
    expect(await db.user.findUnique({ where: { id: teacherId } })).toBeNull();
    expect(await db.class.count({ where: { teacherId } })).toBe(0);
    expect(await db.class.count({ where: { id: classId } })).toBe(0);
    expect(await db.module.count({ where: { id: { in: teacherModuleIds } } })).toBe(0);
    expect(await db.module.findMany({ where: PUBLIC_MODULE_WHERE, select: { id: true } })).toEqual(publicBefore);
    expect(await db.module.count({ where: { ownerId: null, status: ModuleStatus.PUBLISHED, slug: { in: ["privacy-own", "privacy-draft"] } } })).toBe(0);
    // Their students keep their accounts and their public-module work; enrollments went with the class.
    const remaining = studentIds[1]!;
    expect(await db.user.count({ where: { id: remaining } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { userId: remaining, moduleId: publicModule.id } })).toBe(1);
    expect(await db.enrollment.count({ where: { studentId: remaining } })).toBe(0);
    // Another teacher's class is untouched.
    expect(await countRows(otherClassStudentIds[0]!)).toEqual(otherStudentBefore);
    expect(await db.class.count({ where: { teacherId: otherTeacherId } })).toBe(1);
  });
});
