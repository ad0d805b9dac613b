import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { leakedSecret, userFingerprint, type Persona, type World, shareOneWorld } from "./support/security-world";

// Every route handler's inputs (path parameters, JSON bodies, query strings) fuzzed with
// fast-check over HTTP against the built app, 1,000 cases each: never a 500, never a stack trace
// or secret in the body, and a refused request (4xx) leaves the caller's records as they were.

const RUNS = 1_000;
const BATCH = 20;
/** Printed by a failing run; set FUZZ_SEED to replay it. */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

test.describe.configure({ mode: "serial" });

let world: World;
let contexts: Record<Persona, APIRequestContext>;

shareOneWorld((built) => ({ world, contexts } = built));

/** A path segment: the real one now and then, else anything (escaped, so it stays one segment). */
const segment = (real: () => string) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.string({ maxLength: 60 }) }).map((s) =>
    encodeURIComponent(s ?? real()),
  );

/** A JSON body: anything at all, or something shaped like an answer with wild parts. */
const answerish = (questionId: () => string) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        questionId: fc.oneof(fc.constant(null).map(() => questionId()), fc.string(), fc.integer(), fc.constant(null)),
        response: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ choiceId: fc.string() }, { requiredKeys: [] }),
          fc.record({ choiceIds: fc.array(fc.string()) }),
          fc.record({ order: fc.array(fc.string()) }),
          fc.record({ pairs: fc.array(fc.record({ left: fc.string(), right: fc.jsonValue({ maxDepth: 1 }) })) }),
        ),
        seed: fc.oneof(fc.integer(), fc.double(), fc.string()),
        extra: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    ),
  );

/** Never a 500, never a secret or stack trace in the body. */
async function check(response: APIResponse, label: string) {
  const body = await response.text();
  expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBeLessThan(500);
  expect(leakedSecret(body), `${label}: the body leaks something`).toBeUndefined();
}

/**
 * Sends `RUNS` fast-check cases as `persona`, a batch at a time over keep-alive, checking each
 * answer. Cases run concurrently, so "a refused request changes nothing" is checked per batch:
 * when every case of a batch was refused, the caller's records must be exactly as before it.
 */
async function fuzz<T>(
  persona: Persona,
  input: fc.Arbitrary<T>,
  send: (c: APIRequestContext, value: T) => Promise<APIResponse>,
  { readsOnly = false } = {},
) {
  const who = persona === "anonymous" ? world.ids.student : world.ids[persona];
  const cases = fc.sample(input, { numRuns: RUNS, seed: SEED });
  let checkedBatches = 0;
  for (let start = 0; start < cases.length; start += BATCH) {
    const before = userFingerprint(who);
    const statuses = await Promise.all(
      cases.slice(start, start + BATCH).map(async (value) => {
        const response = await send(contexts[persona], value);
        await check(response, JSON.stringify(value).slice(0, 300));
        return response.status();
      }),
    );
    if (statuses.every((s) => s >= 400)) {
      expect(userFingerprint(who), `a batch of refused requests changed records (cases ${start}…)`).toBe(before);
      checkedBatches++;
    }
  }
  // The inputs of writes are mostly invalid: some batches are wholly refused, so the check ran.
  if (!readsOnly) expect(checkedBatches).toBeGreaterThan(0);
}

test.setTimeout(120_000);

test.beforeAll(() => console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it)`));

test("POST /api/modules/[slug]/attempts", async () => {
  await fuzz("otherStudent", fc.tuple(segment(() => world.teacherModule.slug), fc.jsonValue({ maxDepth: 2 })), (c, [slug, body]) =>
    c.post(`/api/modules/${slug}/attempts`, { data: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  );
});

test("POST /api/attempts/[attemptId]/answers", async () => {
  await fuzz("student", fc.tuple(segment(() => world.attemptId), answerish(() => world.teacherModule.questionId)), (c, [id, body]) =>
    c.post(`/api/attempts/${id}/answers`, { data: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  );
});

test("GET /api/attempts/[attemptId] and POST …/finish", async () => {
  // Never the real attempt here: finishing it would be a valid request.
  await fuzz("student", fc.string({ maxLength: 60 }), async (c, id) => {
    const read = await c.get(`/api/attempts/${encodeURIComponent(id)}`);
    await check(read, `GET ${id}`);
    return c.post(`/api/attempts/${encodeURIComponent(id)}/finish`, { data: "{}" });
  });
});

test("POST /api/review/answers", async () => {
  await fuzz("student", answerish(() => world.teacherModule.questionId), (c, body) =>
    c.post("/api/review/answers", { data: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  );
});

test("POST /api/modules/[slug]/quiz-check (anonymous practice)", async () => {
  let n = 0;
  await fuzz("anonymous", fc.tuple(segment(() => world.publicModule.slug), answerish(() => world.publicModule.questionId)), (c, [slug, body]) =>
    c.post(`/api/modules/${slug}/quiz-check`, {
      data: JSON.stringify(body),
      // Each address may check 120 answers a minute: spread the cases over many addresses.
      headers: { "Content-Type": "application/json", "X-Forwarded-For": `198.51.100.${++n % 250}` },
    }),
  );
});

test("GET and POST /api/modules/[slug]/reading", async () => {
  await fuzz(
    "student",
    fc.tuple(segment(() => world.teacherModule.slug), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ location: fc.oneof(fc.string(), fc.string().map((s) => `article:${s}`), fc.string().map((s) => `section:${s}`)) }))),
    async (c, [slug, body]) => {
      await check(await c.get(`/api/modules/${slug}/reading`), `GET ${slug}`);
      return c.post(`/api/modules/${slug}/reading`, { data: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
    },
  );
});

test("GET the map files", async () => {
  await fuzz("student", fc.tuple(segment(() => world.publicModule.slug), segment(() => world.teacherModule.slug)), async (c, [pub, own]) => {
    await check(await c.get(`/modules/${pub}/map.svg`), `map ${pub}`);
    return c.get(`/library/${own}/map.svg`);
  }, { readsOnly: true });
});

test("GET the class exports", async () => {
  await fuzz("teacher", segment(() => world.classId), async (c, id) => {
    await check(await c.get(`/teach/classes/${id}/export/gradebook.csv`), `gradebook ${id}`);
    return c.get(`/teach/classes/${id}/export/questions.csv`);
  }, { readsOnly: true });
});

test("GET /api/health and next-auth's routes with any path and query", async () => {
  const query = fc.dictionary(fc.oneof(fc.constantFrom("callbackUrl", "error", "csrf", "provider"), fc.string({ maxLength: 10 })), fc.string({ maxLength: 80 }), { maxKeys: 3 });
  const authPath = fc.oneof(fc.constantFrom("session", "csrf", "providers", "signin", "signout", "error", "callback/credentials"), fc.string({ maxLength: 30 }).map(encodeURIComponent));
  await fuzz("anonymous", fc.tuple(authPath, query), async (c, [where, q]) => {
    const search = new URLSearchParams(q).toString();
    await check(await c.get(`/api/health?${search}`), `health ${search}`);
    return c.get(`/api/auth/${where}?${search}`, { maxRedirects: 0 });
  }, { readsOnly: true });
});

test("POST next-auth's credentials sign-in with any fields", async () => {
  const csrf = await contexts.anonymous.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const fields = fc.record(
    {
      // Mostly a wrong token (refused before any password check), now and then the right one.
      csrfToken: fc.oneof({ weight: 1, arbitrary: fc.constant(csrfToken) }, { weight: 19, arbitrary: fc.string({ maxLength: 80 }) }),
      identifier: fc.oneof(fc.constant(world.emails.otherStudent), fc.string({ maxLength: 100 }), fc.emailAddress()),
      password: fc.string({ maxLength: 300 }),
      callbackUrl: fc.oneof(fc.webUrl(), fc.string({ maxLength: 80 }), fc.constant("javascript:alert(1)")),
      json: fc.constantFrom("true", "false", ""),
    },
    { requiredKeys: [] },
  );
  let n = 0;
  await fuzz("anonymous", fields, (c, form) =>
    c.post("/api/auth/callback/credentials", { form: form as Record<string, string>, maxRedirects: 0, headers: { "X-Forwarded-For": `192.0.2.${++n % 250}` } }),
    { readsOnly: true },
  );
});

test("GET /signin with any callbackUrl never sends the visitor to another site", async () => {
  await fuzz("anonymous", fc.oneof(fc.webUrl(), fc.string({ maxLength: 100 }), fc.constantFrom("//evil.example", "javascript:alert(1)", "/\\evil.example")), async (c, callbackUrl) => {
    const response = await c.get(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    const body = await response.text();
    expect(body).not.toMatch(/evil\.example"|javascript:alert/);
    return response;
  }, { readsOnly: true });
});
