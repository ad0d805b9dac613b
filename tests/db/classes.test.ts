import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/classes/actor";
import { ClassError, type ClassErrorKind } from "@/lib/classes/errors";
import { JOIN_TRIES_PER_STUDENT, joinClassWithCode } from "@/lib/classes/join";
import { createClass, regenerateJoinCode, renameClass, setClassArchived } from "@/lib/classes/manage";
import { getTeacherClass, listClassRoster, listTeacherClasses } from "@/lib/classes/queries";
import { addStudentsSchema } from "@/lib/classes/schemas";
import { addStudentsToClass, removeStudentFromClass, resetStudentPassword } from "@/lib/classes/students";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

async function newUser(name: string, role: Role): Promise<Actor> {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@db.parley.test`;
  return db.user.create({ data: { name, email, role, passwordHash: "not-a-real-hash" }, select: { id: true, role: true } });
}

async function expectRefused(work: Promise<unknown>, kind: ClassErrorKind) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClassError);
  expect((error as ClassError).kind).toBe(kind);
}

/** Everything a class action could change, to prove a refused one changed nothing. */
async function snapshot() {
  const [classes, enrollments, users] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" }, omit: { passwordHash: false } }),
  ]);
  return { classes, enrollments, users };
}

const names = (text: string) => addStudentsSchema.parse({ classId: "x", names: text }).names;

/** The credentials provider's own authorize(), as next-auth calls it. */
async function authorize(identifier: string, password: string) {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null> };
  };
  return provider.options.authorize({ identifier, password }, { headers: {} });
}

let teacherA: Actor;
let teacherB: Actor;
let studentA: Actor;
let studentB: Actor;
let classA = { id: "", joinCode: "" };
let classB = { id: "", joinCode: "" };

beforeAll(async () => {
  [teacherA, teacherB, studentA, studentB] = await Promise.all([
    newUser("TeacherA", Role.TEACHER),
    newUser("TeacherB", Role.TEACHER),
    newUser("StudentA", Role.STUDENT),
    newUser("StudentB", Role.STUDENT),
  ]);
  classA = await createClass(teacherA, { name: "A's class" });
  classB = await createClass(teacherB, { name: "B's class" });
  await joinClassWithCode(studentA, { code: classA.joinCode });
  await joinClassWithCode(studentB, { code: classB.joinCode });
});

describe("classes and join codes", () => {
  it("gives each class its own well-formed code and lists only the teacher's own classes", async () => {
    expect(classA.joinCode).toMatch(/^[A-Z2-9]{7}$/);
    expect(classA.joinCode).not.toBe(classB.joinCode);
    const listA = await listTeacherClasses(teacherA.id);
    expect(listA.active.map((c) => c.id)).toEqual([classA.id]);
    expect(listA.active[0]!.studentCount).toBe(1);
    expect(await getTeacherClass(teacherB.id, classA.id)).toBeNull();
  });

  it("draws again when a new code is already taken", async () => {
    const codes = [classA.joinCode, classA.joinCode, "ZZZZ222"];
    const created = await createClass(teacherA, { name: "Retry" }, () => codes.shift()!);
    expect(created.joinCode).toBe("ZZZZ222");
    await db.class.delete({ where: { id: created.id } });
  });

  it("regenerates a code: the old one stops working", async () => {
    const created = await createClass(teacherA, { name: "Regen" });
    const fresh = await regenerateJoinCode(teacherA, created.id);
    expect(fresh).not.toBe(created.joinCode);
    const student = await newUser("Late", Role.STUDENT);
    await expectRefused(joinClassWithCode(student, { code: created.joinCode }), "not-found");
    expect(await joinClassWithCode(student, { code: fresh.toLowerCase() })).toEqual({ className: "Regen", alreadyMember: false });
  });
});

describe("teacher B cannot touch teacher A's class by its id", () => {
  it("refuses to read, rename, archive, regenerate, add to, reset in or remove from it, and changes nothing", async () => {
    const before = await snapshot();
    expect(await getTeacherClass(teacherB.id, classA.id)).toBeNull();
    expect(await listClassRoster(teacherB.id, classA.id)).toEqual([]);
    await expectRefused(renameClass(teacherB, { classId: classA.id, name: "Taken over" }), "not-found");
    await expectRefused(setClassArchived(teacherB, classA.id, true), "not-found");
    await expectRefused(regenerateJoinCode(teacherB, classA.id), "not-found");
    await expectRefused(addStudentsToClass(teacherB, { classId: classA.id, names: ["Intruder"] }), "not-found");
    await expectRefused(removeStudentFromClass(teacherB, { classId: classA.id, studentId: studentA.id }), "not-found");
    expect(await snapshot()).toEqual(before);
  });

  it("cannot reset the password of a student A created, even naming B's own class", async () => {
    const [card] = await addStudentsToClass(teacherA, { classId: classA.id, names: ["Made By A"] });
    const student = await db.user.findUniqueOrThrow({ where: { username: card!.username }, select: { id: true } });
    const before = await snapshot();
    await expectRefused(resetStudentPassword(teacherB, { classId: classA.id, studentId: student.id }), "not-found");
    await expectRefused(resetStudentPassword(teacherB, { classId: classB.id, studentId: student.id }), "not-found");
    expect(await snapshot()).toEqual(before);
  });
});

describe("a student cannot act as a teacher", () => {
  it("is refused by every teacher operation, on any class", async () => {
    const before = await snapshot();
    for (const classId of [classA.id, classB.id]) {
      await expectRefused(createClass(studentA, { name: "Mine now" }), "not-allowed");
      await expectRefused(renameClass(studentA, { classId, name: "x" }), "not-allowed");
      await expectRefused(setClassArchived(studentA, classId, true), "not-allowed");
      await expectRefused(regenerateJoinCode(studentA, classId), "not-allowed");
      await expectRefused(addStudentsToClass(studentA, { classId, names: ["Friend"] }), "not-allowed");
      await expectRefused(resetStudentPassword(studentA, { classId, studentId: studentB.id }), "not-allowed");
      await expectRefused(removeStudentFromClass(studentA, { classId, studentId: studentB.id }), "not-allowed");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("and a teacher cannot join a class", async () => {
    await expectRefused(joinClassWithCode(teacherB, { code: classA.joinCode }), "not-allowed");
    expect(await db.enrollment.count({ where: { studentId: teacherB.id } })).toBe(0);
  });
});

describe("joining", () => {
  it("a wrong code changes nothing", async () => {
    const student = await newUser("Wrong", Role.STUDENT);
    const before = await snapshot();
    await expectRefused(joinClassWithCode(student, { code: "ZZZZZZZ" }), "not-found");
    await expectRefused(joinClassWithCode(student, { code: "not a code" }), "not-found");
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it("accepts the code however it is typed, and says so when already a member", async () => {
    const student = await newUser("Typist", Role.STUDENT);
    const typed = `${classA.joinCode.slice(0, 3).toLowerCase()}-${classA.joinCode.slice(3)} `;
    expect(await joinClassWithCode(student, { code: typed })).toEqual({ className: "A's class", alreadyMember: false });
    expect(await joinClassWithCode(student, { code: classA.joinCode })).toEqual({ className: "A's class", alreadyMember: true });
    expect(await db.enrollment.count({ where: { studentId: student.id } })).toBe(1);
  });

  it("refuses an archived class's code, and takes it again once restored", async () => {
    const created = await createClass(teacherA, { name: "Archived" });
    await setClassArchived(teacherA, created.id, true);
    expect((await listTeacherClasses(teacherA.id)).archived.map((c) => c.id)).toContain(created.id);
    const student = await newUser("Archie", Role.STUDENT);
    await expectRefused(joinClassWithCode(student, { code: created.joinCode }), "not-found");
    expect(await db.enrollment.count({ where: { classId: created.id } })).toBe(0);
    await setClassArchived(teacherA, created.id, false);
    expect((await joinClassWithCode(student, { code: created.joinCode })).alreadyMember).toBe(false);
  });

  it("limits tries per student, right codes included, so codes cannot be guessed", async () => {
    const student = await newUser("Guesser", Role.STUDENT);
    const now = new Date();
    for (let i = 0; i < JOIN_TRIES_PER_STUDENT.limit; i++) {
      await expectRefused(joinClassWithCode(student, { code: `ZZZZZ${i + 2}Z` }, now), "not-found");
    }
    await expectRefused(joinClassWithCode(student, { code: classA.joinCode }, now), "rate-limited");
    expect(await db.enrollment.count({ where: { studentId: student.id } })).toBe(0);
    // Another student is not held back by this one's tries.
    const other = await newUser("Other", Role.STUDENT);
    expect((await joinClassWithCode(other, { code: classA.joinCode }, now)).alreadyMember).toBe(false);
  });
});

describe("student accounts a teacher creates", () => {
  it("creates accounts with readable usernames and working passwords, enrolled in the class", async () => {
    await db.user.create({ data: { name: "Taken", username: "amina.khan", passwordHash: "x" } });
    const cards = await addStudentsToClass(teacherA, { classId: classA.id, names: names("Amina Khan\nAmina Khan\nOmar Ali") });
    expect(cards.map((c) => c.username)).toEqual(["amina.khan2", "amina.khan3", "omar.ali"]);
    const stored = await db.user.findMany({
      where: { username: { in: cards.map((c) => c.username) } },
      omit: { passwordHash: false },
      include: { enrollments: true },
    });
    expect(stored).toHaveLength(3);
    for (const user of stored) {
      const card = cards.find((c) => c.username === user.username)!;
      expect(user.role).toBe(Role.STUDENT);
      expect(user.email).toBeNull();
      expect(user.createdByTeacherId).toBe(teacherA.id);
      expect(user.passwordHash).not.toContain(card.password);
      expect(await verifyPassword(card.password, user.passwordHash)).toBe(true);
      expect(user.enrollments.map((e) => e.classId)).toEqual([classA.id]);
    }
    const roster = await listClassRoster(teacherA.id, classA.id);
    expect(roster.find((r) => r.login === "omar.ali")).toMatchObject({ name: "Omar Ali", createdByThisTeacher: true });
    expect(roster.find((r) => r.id === studentA.id)).toMatchObject({ createdByThisTeacher: false });
  });

  it("creates 3 students all or nothing: an invalid name creates none", async () => {
    const before = await snapshot();
    const parsed = addStudentsSchema.safeParse({ classId: classA.id, names: `Ada One\n${"x".repeat(81)}\nAda Three` });
    expect(parsed.success).toBe(false);
    // And a clash the database finds half-way (a username taken between choosing and writing)
    // rolls back the accounts already written in the same batch, the form addStudentsToClass uses.
    await db.user.create({ data: { name: "Clash", username: "ada.three", passwordHash: "x" } });
    const batch = db.$transaction([
      db.user.create({ data: { name: "Ada One", username: "ada.one", passwordHash: "x", enrollments: { create: { classId: classA.id } } } }),
      db.user.create({ data: { name: "Ada Two", username: "ada.two", passwordHash: "x", enrollments: { create: { classId: classA.id } } } }),
      db.user.create({ data: { name: "Ada Three", username: "ada.three", passwordHash: "x" } }),
    ]);
    await expect(batch).rejects.toThrow();
    expect(await db.user.count({ where: { username: { in: ["ada.one", "ada.two"] } } })).toBe(0);
    await db.user.delete({ where: { username: "ada.three" } });
    expect(await snapshot()).toEqual(before);
  });

  it("signs in with the username (any case) and the generated password; a wrong one gets nothing", async () => {
    const [card] = await addStudentsToClass(teacherA, { classId: classA.id, names: ["Sign In Test"] });
    const signedIn = await authorize(card!.username.toUpperCase(), card!.password);
    expect(signedIn?.id).toBeTruthy();
    expect(await authorize(card!.username, "wrong-password")).toBeNull();
    expect(await authorize("no.such.user", card!.password)).toBeNull();
  });

  it("resets the password of a student the teacher created: the old one stops working", async () => {
    const [card] = await addStudentsToClass(teacherA, { classId: classA.id, names: ["Forgetful Fred"] });
    const student = await db.user.findUniqueOrThrow({ where: { username: card!.username }, select: { id: true } });
    const fresh = await resetStudentPassword(teacherA, { classId: classA.id, studentId: student.id });
    expect(fresh.username).toBe(card!.username);
    expect(fresh.password).not.toBe(card!.password);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: student.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(fresh.password, passwordHash)).toBe(true);
    expect(await verifyPassword(card!.password, passwordHash)).toBe(false);
  });

  it("refuses to reset a self-registered student's password, with the reason", async () => {
    const before = await snapshot();
    await expectRefused(resetStudentPassword(teacherA, { classId: classA.id, studentId: studentA.id }), "not-allowed");
    expect(await snapshot()).toEqual(before);
  });

  it("removes a student from the class only: the account stays", async () => {
    const [card] = await addStudentsToClass(teacherA, { classId: classA.id, names: ["Leaving Lee"] });
    const student = await db.user.findUniqueOrThrow({ where: { username: card!.username }, select: { id: true } });
    await removeStudentFromClass(teacherA, { classId: classA.id, studentId: student.id });
    expect(await db.enrollment.count({ where: { studentId: student.id } })).toBe(0);
    expect(await db.user.count({ where: { id: student.id } })).toBe(1);
    await expectRefused(removeStudentFromClass(teacherA, { classId: classA.id, studentId: student.id }), "not-found");
    // Once out of the class, the teacher can no longer reset that password either.
    await expectRefused(resetStudentPassword(teacherA, { classId: classA.id, studentId: student.id }), "not-found");
  });

  it("lets a teacher rename their own class", async () => {
    await renameClass(teacherA, { classId: classA.id, name: "Year 9 History" });
    expect((await getTeacherClass(teacherA.id, classA.id))?.name).toBe("Year 9 History");
  });
});
