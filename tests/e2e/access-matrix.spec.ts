import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  leakedSecret,
  PERSONAS,
  userFingerprint,
  type Persona,
  type World,
  shareOneWorld,
} from "./support/security-world";

// Every page and route handler of app/ against every kind of visitor. Server actions are
// checked the same way in tests/db/access-matrix.test.ts.
//
// Expected outcomes: a status code, "signin" (a redirect to the sign-in page that comes back),
// or "→/path" (a redirect elsewhere).
type Outcome = 200 | 201 | 400 | 401 | 403 | 404 | "signin" | `→${string}`;
type Row = {
  /** The file's route under app/, as Next names it (checked against the directory below). */
  route: string;
  method?: "GET" | "POST";
  /** The concrete address tried, built from the fixtures. */
  url: (w: World) => string;
  body?: (w: World) => unknown;
  expect: Record<Persona, Outcome>;
  /** For writes: whose records a refused request must leave as they were. */
  guards?: (w: World) => string[];
};

const everyone = (outcome: Outcome): Record<Persona, Outcome> => ({
  anonymous: outcome,
  student: outcome,
  otherStudent: outcome,
  teacher: outcome,
  otherTeacher: outcome,
});
const signedIn = (outcome: Outcome): Record<Persona, Outcome> => ({ ...everyone(outcome), anonymous: "signin" });
/** Teacher pages: a student is told nothing exists; another teacher's class does not exist either. */
const ownerTeacherPage: Record<Persona, Outcome> = {
  anonymous: "signin",
  student: 404,
  otherStudent: 404,
  teacher: 200,
  otherTeacher: 404,
};
const anyTeacherPage: Record<Persona, Outcome> = { ...ownerTeacherPage, otherTeacher: 200 };
/** The teacher's module: its owner and the students of a class it is assigned to. */
const teacherModuleReaders = (anonymous: Outcome): Record<Persona, Outcome> => ({
  anonymous,
  student: 200,
  otherStudent: 404,
  teacher: 200,
  otherTeacher: 404,
});
const ownerTeacherCsv: Record<Persona, Outcome> = { ...ownerTeacherPage, anonymous: 401 };

const cls = (w: World) => `/teach/classes/${w.classId}`;
const pub = (w: World) => `/modules/${w.publicModule.slug}`;
const lib = (w: World) => `/library/${w.teacherModule.slug}`;

const MATRIX: Row[] = [
  // Public pages.
  { route: "/", url: () => "/", expect: everyone(200) },
  { route: "/signin", url: () => "/signin", expect: everyone(200) },
  { route: "/signup", url: () => "/signup", expect: everyone(200) },
  { route: "/modules/[slug]", url: pub, expect: everyone(200) },
  { route: "/modules/[slug]/articles/[articleId]", url: (w) => `${pub(w)}/articles/${w.publicModule.articleKey}`, expect: everyone(200) },
  { route: "/modules/[slug]/map.svg", url: (w) => `${pub(w)}/map.svg`, expect: everyone(200) },
  { route: "/modules/[slug]/quiz", url: (w) => `${pub(w)}/quiz`, expect: everyone(200) },
  // A teacher's module is never public, even at the public addresses.
  { route: "/modules/[slug]", url: (w) => `/modules/${w.teacherModule.slug}`, expect: everyone(404) },
  { route: "/modules/[slug]/articles/[articleId]", url: (w) => `/modules/${w.teacherModule.slug}/articles/${w.teacherModule.articleKey}`, expect: everyone(404) },
  { route: "/modules/[slug]/quiz", url: (w) => `/modules/${w.teacherModule.slug}/quiz`, expect: teacherModuleReaders(404) },
  // The teacher's module where its readers read it.
  { route: "/library/[slug]", url: lib, expect: teacherModuleReaders("signin") },
  { route: "/library/[slug]/articles/[articleId]", url: (w) => `${lib(w)}/articles/${w.teacherModule.articleKey}`, expect: teacherModuleReaders("signin") },
  { route: "/library/[slug]/map.svg", url: (w) => `${lib(w)}/map.svg`, expect: teacherModuleReaders(404) },
  // Anyone signed in.
  { route: "/dashboard", url: () => "/dashboard", expect: { ...signedIn(200), teacher: "→/teach", otherTeacher: "→/teach" } },
  { route: "/join", url: () => "/join", expect: signedIn(200) },
  { route: "/progress", url: () => "/progress", expect: signedIn(200) },
  { route: "/review", url: () => "/review", expect: signedIn(200) },
  { route: "/account", url: () => "/account", expect: signedIn(200) },
  // Shown after a deletion, to whoever lands there: it says the account is gone, nothing more.
  { route: "/account/deleted", url: () => "/account/deleted", expect: everyone(200) },
  // Teachers.
  { route: "/teach", url: () => "/teach", expect: anyTeacherPage },
  { route: "/teach/modules", url: () => "/teach/modules", expect: anyTeacherPage },
  { route: "/teach/modules/new", url: () => "/teach/modules/new", expect: anyTeacherPage },
  { route: "/teach/modules/[moduleId]", url: (w) => `/teach/modules/${w.teacherModule.id}`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]", url: cls, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/students", url: (w) => `${cls(w)}/students`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/students/[studentId]", url: (w) => `${cls(w)}/students/${w.ids.student}`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/settings", url: (w) => `${cls(w)}/settings`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/assignments", url: (w) => `${cls(w)}/assignments`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/assignments/[assignmentId]/analysis", url: (w) => `${cls(w)}/assignments/${w.assignmentId}/analysis`, expect: ownerTeacherPage },
  { route: "/teach/classes/[classId]/assignments/[assignmentId]/unassign", url: (w) => `${cls(w)}/assignments/${w.assignmentId}/unassign`, expect: ownerTeacherPage },
  // A student of another class is not reachable through this class's address.
  { route: "/teach/classes/[classId]/students/[studentId]", url: (w) => `${cls(w)}/students/${w.ids.otherStudent}`, expect: { ...ownerTeacherPage, teacher: 404 } },
  { route: "/teach/classes/[classId]/export/gradebook.csv", url: (w) => `${cls(w)}/export/gradebook.csv`, expect: ownerTeacherCsv },
  { route: "/teach/classes/[classId]/export/questions.csv", url: (w) => `${cls(w)}/export/questions.csv`, expect: ownerTeacherCsv },
  // API routes.
  { route: "/api/health", url: () => "/api/health", expect: everyone(200) },
  // Each user's own data, and nobody else's (the export is scoped by the session alone).
  { route: "/api/account/export", url: () => "/api/account/export", expect: { ...everyone(200), anonymous: 401 } },
  { route: "/api/auth/[...nextauth]", url: () => "/api/auth/session", expect: everyone(200) },
  {
    route: "/api/modules/[slug]/reading",
    url: (w) => `/api/modules/${w.teacherModule.slug}/reading`,
    expect: { ...teacherModuleReaders(200) },
  },
  {
    route: "/api/modules/[slug]/reading",
    method: "POST",
    url: (w) => `/api/modules/${w.teacherModule.slug}/reading`,
    body: () => ({ location: "section:overview" }),
    expect: teacherModuleReaders(401),
    guards: (w) => [w.ids.otherStudent, w.ids.otherTeacher],
  },
  {
    route: "/api/modules/[slug]/quiz-check",
    method: "POST",
    url: (w) => `/api/modules/${w.publicModule.slug}/quiz-check`,
    body: (w) => ({ questionId: w.publicModule.questionId, response: w.publicAnswer, seed: 1 }),
    // Practice shows the right answer: signed-in students answer in their saved attempt instead.
    expect: { ...everyone(403), anonymous: 200 },
  },
  {
    route: "/api/modules/[slug]/quiz-check",
    method: "POST",
    url: (w) => `/api/modules/${w.teacherModule.slug}/quiz-check`,
    body: (w) => ({ questionId: w.teacherModule.questionId, response: { choiceId: "x" }, seed: 1 }),
    expect: { ...everyone(403), anonymous: 404 },
  },
  {
    route: "/api/attempts/[attemptId]",
    url: (w) => `/api/attempts/${w.attemptId}`,
    expect: { anonymous: 401, student: 200, otherStudent: 404, teacher: 404, otherTeacher: 404 },
  },
  {
    route: "/api/attempts/[attemptId]/answers",
    method: "POST",
    url: (w) => `/api/attempts/${w.attemptId}/answers`,
    body: (w) => ({ questionId: w.teacherModule.questionId, response: { choiceId: "not-a-choice" } }),
    // The owner's answer is refused too, for its response (400): nothing is stored by anyone.
    expect: { anonymous: 401, student: 400, otherStudent: 404, teacher: 404, otherTeacher: 404 },
    guards: (w) => [w.ids.student, w.ids.otherStudent, w.ids.teacher, w.ids.otherTeacher],
  },
  {
    route: "/api/review/answers",
    method: "POST",
    url: () => "/api/review/answers",
    body: (w) => ({ questionId: w.teacherModule.questionId, response: { choiceId: "x" } }),
    expect: { ...everyone(404), anonymous: 401 },
    guards: (w) => [w.ids.student, w.ids.otherStudent, w.ids.teacher, w.ids.otherTeacher],
  },
  {
    route: "/api/modules/[slug]/attempts",
    method: "POST",
    url: (w) => `/api/modules/${w.teacherModule.slug}/attempts`,
    body: () => ({}),
    // Both resume an open attempt: the student's from the fixtures, the owner's from their visit
    // to the quiz page above (the owner may try their own quiz).
    expect: { anonymous: 401, student: 200, otherStudent: 404, teacher: 200, otherTeacher: 404 },
    guards: (w) => [w.ids.otherStudent, w.ids.otherTeacher],
  },
  {
    route: "/api/attempts/[attemptId]/finish",
    method: "POST",
    url: (w) => `/api/attempts/${w.attemptId}/finish`,
    body: () => ({}),
    // Last: the owner finishing it closes the attempt the rows above use.
    expect: { anonymous: 401, student: 200, otherStudent: 404, teacher: 404, otherTeacher: 404 },
    guards: (w) => [w.ids.student],
  },
];

/** The route of every page.tsx and route.ts under app/, as Next names it. */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return appRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    return /^(page|route)\.(tsx?|jsx?)$/.test(entry.name) ? [prefix || "/"] : [];
  });
}

async function outcomeOf(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<Outcome | number | string> {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const to = new URL(response.headers().location ?? "", "http://x");
    return to.pathname === "/signin" ? "signin" : `→${to.pathname}`;
  }
  return status;
}

// A write row reads every persona's records before and after each request; on PostgreSQL the
// tests read the database through a child process per statement, which takes longer.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let world: World;
let contexts: Record<Persona, APIRequestContext>;

shareOneWorld((built) => ({ world, contexts } = built));

test("the matrix lists every page and route handler under app/", () => {
  const listed = new Set(MATRIX.map((row) => row.route));
  const missing = appRoutes().filter((route) => !listed.has(route));
  expect(missing, "add these to MATRIX in tests/e2e/access-matrix.spec.ts").toEqual([]);
});

for (const [index, row] of MATRIX.entries()) {
  test(`${row.method ?? "GET"} ${row.route} #${index}`, async () => {
    const url = row.url(world);
    const seen: Record<string, Outcome | number | string> = {};
    for (const persona of PERSONAS) {
      // A request that is allowed may change the requester's own records, nobody else's.
      const allowed = row.expect[persona] === 200 || row.expect[persona] === 201;
      const guarded = (row.guards?.(world) ?? []).filter((id) => !(allowed && id === ownIdOf(persona)));
      const before = guarded.map(userFingerprint);
      const response =
        row.method === "POST"
          ? await contexts[persona].post(url, { data: row.body?.(world) ?? {}, maxRedirects: 0 })
          : await contexts[persona].get(url, { maxRedirects: 0 });
      seen[persona] = await outcomeOf(response);
      const body = await response.text();
      expect(leakedSecret(body), `${persona} ${url}: the body leaks something`).toBeUndefined();
      if (seen[persona] === "signin") {
        // Back to the page asked for (a class's pages come back through the class's own frame).
        const back = new URL(response.headers().location!, world.baseURL).searchParams.get("callbackUrl") ?? "";
        expect(back.startsWith("/") && url.startsWith(back), `${url} → ${back}`).toBe(true);
      }
      expect(guarded.map(userFingerprint), `${persona} ${url} changed someone's records`).toEqual(before);
    }
    expect(seen).toEqual(row.expect);
  });
}

function ownIdOf(persona: Persona): string | undefined {
  return persona === "anonymous" ? undefined : world.ids[persona];
}
