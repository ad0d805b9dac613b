import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { createUser } from "../support/class-fixtures";
import { databaseFingerprint, form, mockNextForActions, outcome, serverActionExports, session } from "../support/action-personas";

// Every server action against every kind of caller: anonymous, a student of the class, a student
// of another class, the class's (and module's) teacher, and another teacher. The real exported
// actions run with the session replaced; a refused call must change nothing in the database, an
// allowed one must get past the checks (and, for writes, change something).

mockNextForActions();
const classes = await import("@/lib/classes/actions");
const { joinClassAction } = await import("@/lib/classes/join-action");
const assignments = await import("@/lib/assignments/actions");
const authoring = await import("@/lib/authoring/actions");
const { signUp } = await import("@/lib/auth/sign-up");
const privacy = await import("@/lib/privacy/actions");

const PERSONAS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher"] as const;
type Persona = (typeof PERSONAS)[number];
type Expect = "refused" | "allowed";

let people: Record<Exclude<Persona, "anonymous">, SessionUser>;
let classId = "", otherJoinCode = "", assignmentId = "", moduleId = "", questionId = "", publicModuleId = "";

/** Words (or Next's thrown signals) that mean the caller got no further than the checks. */
const REFUSAL =
  /NEXT_NOT_FOUND|NEXT_REDIRECT \/signin|Sign in|session has ended|Only teachers|teacher account|no such class|no such student|no longer exists|Classes are joined by students/i;

type ActionRow = {
  action: string;
  call: () => Promise<unknown>;
  expect: Record<Persona, Expect>;
  /** An allowed call that must also change something (false: allowed calls that store nothing). */
  writes?: boolean;
};

const only = (...allowed: Persona[]): Record<Persona, Expect> =>
  Object.fromEntries(PERSONAS.map((p) => [p, allowed.includes(p) ? "allowed" : "refused"])) as Record<Persona, Expect>;

const NO_STATE = { status: "idle" } as const;
const emptyEdit = { fieldErrors: {} };

// In order: each allowed call leaves the fixtures usable by the rows after it.
const ROWS: ActionRow[] = [
  { action: "lib/classes/actions.ts#createClassAction", call: () => classes.createClassAction(NO_STATE, form({ name: "New class" })), expect: only("teacher", "otherTeacher"), writes: true },
  { action: "lib/classes/actions.ts#renameClassAction", call: () => classes.renameClassAction(NO_STATE, form({ classId, name: "Renamed" })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#regenerateJoinCodeAction", call: () => classes.regenerateJoinCodeAction(NO_STATE, form({ classId })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#archiveClassAction", call: () => classes.archiveClassAction(NO_STATE, form({ classId })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#unarchiveClassAction", call: () => classes.unarchiveClassAction(NO_STATE, form({ classId })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#addStudentsAction", call: () => classes.addStudentsAction(NO_STATE, form({ classId, names: "New Pupil" })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#resetStudentPasswordAction", call: () => classes.resetStudentPasswordAction(NO_STATE, form({ classId, studentId: people.student.id })), expect: only("teacher"), writes: true },
  // A join code is the capability: any student who has it may join (the other student already has).
  { action: "lib/classes/join-action.ts#joinClassAction", call: () => joinClassAction(NO_STATE, form({ code: otherJoinCode })), expect: only("student", "otherStudent") },
  { action: "lib/assignments/actions.ts#assignModule", call: () => assignments.assignModule(classId, {}, form({ moduleId: publicModuleId, dueAt: "", timeZone: "" })), expect: only("teacher"), writes: true },
  { action: "lib/assignments/actions.ts#changeDueDate", call: () => assignments.changeDueDate(classId, {}, form({ assignmentId, dueAt: "2031-03-10T09:00", timeZone: "UTC" })), expect: only("teacher"), writes: true },
  { action: "lib/assignments/actions.ts#extendDueDate", call: () => assignments.extendDueDate(classId, {}, form({ assignmentId, studentId: people.student.id, dueAt: "2031-04-10T09:00", timeZone: "UTC" })), expect: only("teacher"), writes: true },
  { action: "lib/assignments/actions.ts#removeExtension", call: () => assignments.removeExtension(classId, form({ assignmentId, studentId: people.student.id })), expect: only("teacher"), writes: true },
  // Gets past the checks and refuses the empty form: no edit is made by anyone.
  { action: "lib/authoring/actions.ts#editQuestionAction", call: () => authoring.editQuestionAction(moduleId, questionId, emptyEdit, form({})), expect: only("teacher") },
  { action: "lib/authoring/actions.ts#editSectionAction", call: () => authoring.editSectionAction(moduleId, "summary", emptyEdit, form({ "summary-0": "" })), expect: only("teacher") },
  { action: "lib/authoring/actions.ts#toggleQuestionAction", call: () => authoring.toggleQuestionAction(form({ moduleId, questionId, removed: "true" })), expect: only("teacher"), writes: true },
  { action: "lib/authoring/actions.ts#unpublishModuleAction", call: () => authoring.unpublishModuleAction(form({ moduleId })), expect: only("teacher"), writes: true },
  { action: "lib/authoring/actions.ts#publishModuleAction", call: () => authoring.publishModuleAction(form({ moduleId })), expect: only("teacher"), writes: true },
  { action: "lib/authoring/actions.ts#regenerateModuleAction", call: () => authoring.regenerateModuleAction(moduleId, { fileProblems: [] }, form({})), expect: only("teacher"), writes: true },
  // Gets past the checks and refuses the empty title.
  { action: "lib/authoring/actions.ts#createModuleAction", call: () => authoring.createModuleAction({ fieldErrors: {}, fileProblems: [] }, form({ title: "" })), expect: only("teacher", "otherTeacher") },
  { action: "lib/assignments/actions.ts#unassignModule", call: () => assignments.unassignModule(classId, form({ assignmentId })), expect: only("teacher"), writes: true },
  { action: "lib/classes/actions.ts#removeStudentAction", call: () => classes.removeStudentAction(NO_STATE, form({ classId, studentId: people.student.id })), expect: only("teacher"), writes: true },
  // Creating an account is open to anyone (a fresh email each time).
  { action: "lib/auth/sign-up.ts#signUp", call: () => signUp({ name: "New Person", email: `new-${Math.random().toString(36).slice(2)}@db.parley.test`, password: "a-long-password", role: "STUDENT" }), expect: only(...PERSONAS), writes: true },
  // Anyone signed in may delete their own account, and only with their password: a wrong one
  // gets past the session check and deletes nothing.
  {
    action: "lib/privacy/actions.ts#deleteAccountAction",
    call: () => privacy.deleteAccountAction(NO_STATE, form({ password: "not-the-password", confirmation: "delete my account" })),
    expect: only("student", "otherStudent", "teacher", "otherTeacher"),
  },
];

beforeAll(async () => {
  const [teacher, otherTeacher, student, otherStudent] = await Promise.all([
    createUser("Owner Teacher", Role.TEACHER),
    createUser("Other Teacher", Role.TEACHER),
    createUser("Class Student", Role.STUDENT),
    createUser("Other Student", Role.STUDENT),
  ]);
  const asUser = (u: { id: string; name: string }, role: Role): SessionUser => ({ ...u, email: null, role });
  people = {
    teacher: asUser(teacher, Role.TEACHER),
    otherTeacher: asUser(otherTeacher, Role.TEACHER),
    student: asUser(student, Role.STUDENT),
    otherStudent: asUser(otherStudent, Role.STUDENT),
  };
  // The teacher made the student's account: only such accounts get their password reset.
  await db.user.update({ where: { id: student.id }, data: { createdByTeacherId: teacher.id } });
  const sample = path.join(process.cwd(), "content", "sample");
  const own = await importArticleFolder(sample, { slug: "matrix-own", title: "Teacher's module", ownerId: teacher.id, publish: true });
  const pub = await importArticleFolder(sample, { slug: "matrix-public", publish: true });
  moduleId = own.moduleId;
  publicModuleId = pub.moduleId;
  questionId = (await db.question.findFirstOrThrow({ where: { version: { moduleId } }, orderBy: { position: "asc" } })).id;
  const cls = await db.class.create({ data: { teacherId: teacher.id, name: "Matrix class", joinCode: "MATRIXAA", enrollments: { create: { studentId: student.id } } } });
  const other = await db.class.create({ data: { teacherId: otherTeacher.id, name: "Other class", joinCode: "MATRIXBB", enrollments: { create: { studentId: otherStudent.id } } } });
  classId = cls.id;
  otherJoinCode = other.joinCode;
  assignmentId = (await db.assignment.create({ data: { classId, moduleId } })).id;
});

describe("server actions: who may call them", () => {
  it("lists every exported server action", () => {
    expect(serverActionExports()).toEqual(ROWS.map((r) => r.action).sort());
  });

  for (const row of ROWS) {
    it(row.action, async () => {
      // The refused callers first: an allowed call may change what the next ones would find.
      const order = [...PERSONAS].sort((a, b) => Number(row.expect[a] === "allowed") - Number(row.expect[b] === "allowed"));
      for (const persona of order) {
        session.user = persona === "anonymous" ? null : people[persona];
        const before = await databaseFingerprint();
        const result = await outcome(row.call);
        const after = await databaseFingerprint();
        const said = result.thrown ?? JSON.stringify(result.value ?? "");
        if (row.expect[persona] === "refused") {
          expect(after, `${persona}: a refused call changed the database (${said})`).toBe(before);
          // Void actions say nothing; the others must say why.
          if (result.value !== undefined || result.thrown) expect(said, `${persona} was not refused`).toMatch(REFUSAL);
        } else {
          expect(said, `${persona} was refused`).not.toMatch(/NEXT_NOT_FOUND|NEXT_REDIRECT \/signin|session has ended|Only teachers|teacher account|no such class/i);
          if (row.writes) expect(after, `${persona}: the allowed call changed nothing (${said})`).not.toBe(before);
        }
      }
    });
  }
});
