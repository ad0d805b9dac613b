import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { createUser } from "../support/class-fixtures";
import { form, mockNextForActions, outcome, serverActionExports, session, writableFingerprint } from "../support/action-personas";

// Every server action fuzzed with fast-check, 1,000 cases each, called by the teacher who owns
// the class and the module (the caller who gets furthest): whatever arrives, the action answers
// (no unexpected exception), and when it refuses the input nothing in the database changes.

/** The server actions the cases below called, "file#name" as serverActionExports lists them. */
const fuzzed = new Set<string>();
/** A module's exports, each function noting in `fuzzed` that it was called. */
function noting<T extends Record<string, unknown>>(file: string, exports: T): T {
  const wrap = ([name, value]: [string, unknown]) => [
    name,
    typeof value === "function" ? (...args: unknown[]) => (fuzzed.add(`${file}#${name}`), value(...args)) : value,
  ];
  return Object.fromEntries(Object.entries(exports).map(wrap)) as T;
}

mockNextForActions();
const classes = noting("lib/classes/actions.ts", await import("@/lib/classes/actions"));
const { joinClassAction } = noting("lib/classes/join-action.ts", await import("@/lib/classes/join-action"));
const assignments = noting("lib/assignments/actions.ts", await import("@/lib/assignments/actions"));
const authoring = noting("lib/authoring/actions.ts", await import("@/lib/authoring/actions"));
const { signUp } = noting("lib/auth/sign-up.ts", await import("@/lib/auth/sign-up"));
const privacy = noting("lib/privacy/actions.ts", await import("@/lib/privacy/actions"));

const RUNS = 1_000;
let teacher: SessionUser, student: SessionUser;
let classId = "", assignmentId = "", moduleId = "", questionId = "", joinCode = "";

/** Text of any kind, with the real value now and then so that checks past the id are reached. */
const text = (real?: () => string) =>
  real
    ? fc.oneof({ weight: 1, arbitrary: fc.constant(null).map(() => real()) }, { weight: 5, arbitrary: fc.string({ maxLength: 120 }) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) })
    : fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("", " ", "\n", "0", "-1", "null", "<script>", "2026-02-30T25:61"));
/** An id that is never a real one: calls with it must change nothing. */
const fakeId = fc.string({ maxLength: 70 }).filter((s) => ![classId, assignmentId, moduleId, questionId, teacher.id, student.id].includes(s));

/** What each kind of action says when it did what was asked. */
function succeeded(result: { value?: unknown; thrown?: string }): boolean {
  if (result.thrown) {
    if (/^NEXT_REDIRECT (?!\/signin)/.test(result.thrown)) return true;
    if (/^NEXT_(NOT_FOUND|REDIRECT)/.test(result.thrown)) return false;
    throw new Error(`unexpected exception: ${result.thrown}`);
  }
  const v = result.value as Record<string, unknown> | undefined;
  if (v === undefined) return false;
  return v.status === "success" || v.ok === true || v.saved === true || typeof v.notice === "string" || typeof v.done === "string";
}

/** Runs the cases; every refused call must leave the database exactly as it was. */
async function fuzzAction<T>(input: fc.Arbitrary<T>, call: (value: T) => Promise<unknown>, options: { voidAction?: boolean } = {}) {
  session.user = teacher;
  let refused = 0;
  // After a refused call the database is as before it: its fingerprint is the next "before".
  let before = await writableFingerprint();
  await fc.assert(
    fc.asyncProperty(input, async (value) => {
      const result = await outcome(() => call(value));
      const after = await writableFingerprint();
      if (options.voidAction || !succeeded(result)) {
        refused++;
        expect(after, `refused but changed: ${JSON.stringify(value).slice(0, 200)}`).toBe(before);
      }
      before = after;
    }),
    { numRuns: RUNS },
  );
  // Creating a class accepts almost any name; everything else is mostly refused input.
  expect(refused).toBeGreaterThan(0);
}

beforeAll(async () => {
  const [t, s] = await Promise.all([createUser("Fuzz Teacher", Role.TEACHER), createUser("Fuzz Student", Role.STUDENT)]);
  teacher = { ...t, email: null, role: Role.TEACHER };
  student = { ...s, email: null, role: Role.STUDENT };
  const own = await importArticleFolder(path.join(process.cwd(), "content", "sample"), { slug: "fuzz-own", ownerId: teacher.id, publish: true });
  moduleId = own.moduleId;
  questionId = (await db.question.findFirstOrThrow({ where: { version: { moduleId } }, orderBy: { position: "asc" } })).id;
  const cls = await db.class.create({ data: { teacherId: teacher.id, name: "Fuzz class", joinCode: "FUZZCODE", enrollments: { create: { studentId: student.id } } } });
  classId = cls.id;
  joinCode = cls.joinCode;
  assignmentId = (await db.assignment.create({ data: { classId, moduleId } })).id;
});

describe("server actions under fuzzed input", { timeout: 600_000 }, () => {
  it("class actions", async () => {
    await fuzzAction(fc.oneof(text(), fc.string({ minLength: 81, maxLength: 200 })), (name) => classes.createClassAction({ status: "idle" }, form({ name })));
    await fuzzAction(fc.record({ classId: text(() => classId), name: text() }), (f) => classes.renameClassAction({ status: "idle" }, form(f)));
    await fuzzAction(fakeId, (id) => classes.archiveClassAction({ status: "idle" }, form({ classId: id })));
    await fuzzAction(fakeId, (id) => classes.unarchiveClassAction({ status: "idle" }, form({ classId: id })));
    await fuzzAction(fakeId, (id) => classes.regenerateJoinCodeAction({ status: "idle" }, form({ classId: id })));
    await fuzzAction(fc.record({ classId: fakeId, names: text() }), (f) => classes.addStudentsAction({ status: "idle" }, form(f)));
    await fuzzAction(fc.record({ classId: text(() => classId), studentId: fakeId }), (f) => classes.resetStudentPasswordAction({ status: "idle" }, form(f)));
    await fuzzAction(fc.record({ classId: text(() => classId), studentId: fakeId }), (f) => classes.removeStudentAction({ status: "idle" }, form(f)));
  });

  it("joining a class", async () => {
    await fuzzAction(text(), async (code) => {
      session.user = student;
      // A student tries codes: only the real one joins (and the student is in that class already).
      return joinClassAction({ status: "idle" }, form({ code: code === joinCode ? "not-it" : code }));
    });
  });

  it("assignment actions", async () => {
    const due = fc.record({ dueAt: text(), timeZone: fc.oneof(text(), fc.constantFrom("UTC", "Europe/Paris")) }, { requiredKeys: [] });
    await fuzzAction(fc.tuple(fc.record({ moduleId: fakeId }), due), ([f, d]) => assignments.assignModule(classId, {}, form({ ...f, ...d })));
    await fuzzAction(fc.tuple(fakeId, due), ([id, d]) => assignments.changeDueDate(classId, {}, form({ assignmentId: id, ...d })));
    await fuzzAction(fc.tuple(fc.record({ assignmentId: text(() => assignmentId), studentId: fakeId }), due), ([f, d]) => assignments.extendDueDate(classId, {}, form({ ...f, ...d })));
    await fuzzAction(fc.record({ assignmentId: fakeId, studentId: fakeId }), (f) => assignments.removeExtension(classId, form(f)), { voidAction: true });
    await fuzzAction(fakeId, (id) => assignments.unassignModule(classId, form({ assignmentId: id })));
    // The class id is bound by the page, but a crafted request can send any.
    await fuzzAction(fakeId, (id) => assignments.changeDueDate(id, {}, form({ assignmentId, dueAt: "2031-01-01T09:00", timeZone: "UTC" })));
  });

  it("authoring actions", async () => {
    const fields = fc.dictionary(fc.oneof(fc.constantFrom("prompt", "choice-0", "choice-1", "answer", "summary-0", "people-0", "timeline-0"), fc.string({ maxLength: 12 })), text(), { maxKeys: 5 });
    await fuzzAction(fc.tuple(text(() => moduleId), fakeId, fields), ([m, q, f]) => authoring.editQuestionAction(m, q, { fieldErrors: {} }, form(f)));
    await fuzzAction(fc.tuple(fakeId, fc.string({ maxLength: 20 }), fields), ([m, kind, f]) => authoring.editSectionAction(m, kind, { fieldErrors: {} }, form(f)));
    await fuzzAction(fc.record({ moduleId: text(() => moduleId), questionId: fakeId, removed: text() }), (f) => authoring.toggleQuestionAction(form(f)), { voidAction: true });
    await fuzzAction(fc.record({ moduleId: fakeId }), (f) => authoring.publishModuleAction(form(f)), { voidAction: true });
    await fuzzAction(fc.record({ moduleId: fakeId }), (f) => authoring.unpublishModuleAction(form(f)), { voidAction: true });
    await fuzzAction(fakeId, (id) => authoring.regenerateModuleAction(id, { fileProblems: [] }, form({})));
    // A title alone, or pasted "articles" of a few characters: refused before anything is stored.
    await fuzzAction(fc.record({ title: text(), "paste-0-title": text(), "paste-0-text": fc.string({ maxLength: 40 }) }, { requiredKeys: [] }), (f) =>
      authoring.createModuleAction({ fieldErrors: {}, fileProblems: [] }, form(f)),
    );
  });

  it("signing up", async () => {
    session.user = null;
    const input = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({ name: text(), email: fc.oneof(text(), fc.constant("not-an-email")), password: fc.string({ maxLength: 12 }), role: fc.oneof(text(), fc.constantFrom("STUDENT", "TEACHER", "ADMIN")) }, { requiredKeys: [] }),
    );
    await fuzzAction(input, (value) => {
      session.address = `203.0.113.${Math.floor(Math.random() * 250)}`;
      return signUp(value);
    });
  });

  it("deleting an account", async () => {
    // A student who never gives the right password (the fixture's account has none), with the
    // confirmation typed right now and then: refused every time, nothing removed.
    const confirmation = fc.oneof(text(), fc.constantFrom("delete my account", " DELETE MY ACCOUNT "));
    await fuzzAction(fc.record({ password: text(), confirmation }, { requiredKeys: [] }), (f) => {
      session.user = student;
      return privacy.deleteAccountAction({ status: "idle" }, form(f));
    });
  });

  // Last: a server action added later without a fuzz case fails here.
  it("fuzzed every exported server action", () => {
    expect([...fuzzed].sort()).toEqual(serverActionExports());
  });
});
