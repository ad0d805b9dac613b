import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { leakedSecret, userFingerprint, type Persona, type World, shareOneWorld } from "./support/security-world";
import { startServer, stopServer } from "../../scripts/bench/server";
import { E2E_DATABASE_URL, SPEC_PORTS } from "./support/e2e-database-url";

// Security headers on every kind of response, CSP-clean pages in the browser, cross-site writes
// refused, and the session cookie's flags (Secure when Parley is served over https).

test.describe.configure({ mode: "serial" });

let world: World;
let contexts: Record<Persona, APIRequestContext>;

shareOneWorld((built) => ({ world, contexts } = built));

/** The map (an SVG file) gets a stricter policy: it may load nothing at all, only style itself. */
const MAP_CSP = ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

const REQUIRED_CSP = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
];

test("every kind of response carries the security headers", async () => {
  const addresses: [Persona, string][] = [
    ["anonymous", "/"],
    ["anonymous", `/modules/${world.publicModule.slug}`],
    ["anonymous", `/modules/${world.publicModule.slug}/articles/${world.publicModule.articleKey}`],
    ["anonymous", `/modules/${world.publicModule.slug}/quiz`],
    ["anonymous", `/modules/${world.publicModule.slug}/map.svg`],
    ["anonymous", "/signin"],
    ["anonymous", "/no-such-page"],
    ["anonymous", "/api/health"],
    ["anonymous", "/api/auth/session"],
    ["anonymous", "/dashboard"],
    ["student", `/library/${world.teacherModule.slug}`],
    ["student", "/api/review/answers"],
    ["teacher", `/teach/classes/${world.classId}`],
    ["teacher", `/teach/classes/${world.classId}/export/gradebook.csv`],
  ];
  for (const [persona, url] of addresses) {
    const response = await contexts[persona].get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of url.endsWith("/map.svg") ? MAP_CSP : REQUIRED_CSP) expect(csp, `${url}: CSP`).toContain(directive);
    expect(csp, url).not.toContain("unsafe-eval");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});

test("the main pages run without a single CSP violation", async ({ browser }) => {
  const context = await browser.newContext({ storageState: await contexts.teacher.storageState() });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|evaluate)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  const pages = [
    "/",
    `/modules/${world.publicModule.slug}`,
    `/modules/${world.publicModule.slug}/articles/${world.publicModule.articleKey}`,
    `/modules/${world.publicModule.slug}/quiz`,
    `/library/${world.teacherModule.slug}`,
    "/teach",
    "/teach/modules",
    "/teach/modules/new",
    `/teach/modules/${world.teacherModule.id}`,
    `/teach/classes/${world.classId}`,
    `/teach/classes/${world.classId}/assignments`,
  ];
  for (const url of pages) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    // Teacher pages validate forms with zod in the browser: its eval probe must not run
    // (instrumentation-client.ts sets it jitless), so not even that is reported.
    expect(violations.splice(0), url).toEqual([]);
  }
  await context.close();
  // Signed out: the sign-in page and its form.
  const anonymous = await browser.newContext();
  const signin = await anonymous.newPage();
  signin.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signin.goto("/signin");
  await signin.getByLabel("Email or username").fill(world.emails.student);
  await signin.getByLabel("Password").fill("security-world-password");
  await signin.getByRole("button", { name: "Sign in" }).click();
  await expect(signin).toHaveURL(/\/dashboard$/);
  expect(violations).toEqual([]);
  await anonymous.close();
});

test("writes from another site are refused and change nothing", async ({ baseURL }) => {
  const foreign = await request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: "https://evil.example" },
    storageState: await contexts.student.storageState(),
  });
  const noOrigin = await request.newContext({ baseURL, storageState: await contexts.student.storageState() });
  const writes: [string, unknown][] = [
    [`/api/modules/${world.teacherModule.slug}/attempts`, {}],
    [`/api/attempts/${world.attemptId}/answers`, { questionId: world.teacherModule.questionId, response: { choiceId: "x" } }],
    [`/api/attempts/${world.attemptId}/finish`, {}],
    ["/api/review/answers", { questionId: world.teacherModule.questionId, response: { choiceId: "x" } }],
    [`/api/modules/${world.publicModule.slug}/quiz-check`, { questionId: world.publicModule.questionId, response: world.publicAnswer }],
    [`/api/modules/${world.teacherModule.slug}/reading`, { location: "section:overview" }],
  ];
  for (const [url, data] of writes) {
    for (const [label, context] of [["foreign Origin", foreign], ["no Origin or Referer", noOrigin]] as const) {
      const before = userFingerprint(world.ids.student);
      const response = await context.post(url, { data });
      expect(response.status(), `${label} ${url}`).toBe(403);
      expect(leakedSecret(await response.text())).toBeUndefined();
      expect(userFingerprint(world.ids.student), `${label} ${url}`).toBe(before);
    }
  }
  // A foreign Referer is no better than a foreign Origin.
  const referer = await noOrigin.post(`/api/modules/${world.teacherModule.slug}/reading`, {
    data: { location: "section:people" },
    headers: { Referer: "https://evil.example/page" },
  });
  expect(referer.status()).toBe(403);
  await Promise.all([foreign.dispose(), noOrigin.dispose()]);
});

/** The Set-Cookie lines of a response, by cookie name. */
function setCookies(headers: { name: string; value: string }[]): Map<string, string> {
  return new Map(headers.filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => [h.value.split("=")[0]!, h.value]));
}

async function signInCookies(baseURL: string, email: string) {
  const context = await request.newContext({ baseURL });
  const csrf = await context.get("/api/auth/csrf");
  const csrfCookies = setCookies(csrf.headersArray());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookieHeader = [...csrfCookies.values()].map((c) => c.split(";")[0]).join("; ");
  const signIn = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: email, password: "security-world-password", json: "true" },
    headers: { Cookie: cookieHeader },
    maxRedirects: 0,
  });
  const cookies = new Map([...csrfCookies, ...setCookies(signIn.headersArray())]);
  await context.dispose();
  return cookies;
}

test("the session cookie is HttpOnly and SameSite=Lax", async ({ baseURL }) => {
  const cookies = await signInCookies(baseURL!, world.emails.student);
  const session = cookies.get("next-auth.session-token");
  expect(session).toBeDefined();
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; SameSite=Lax/i);
  expect(cookies.get("next-auth.csrf-token")).toMatch(/; HttpOnly/i);
});

test("served over https (NEXTAUTH_URL), the session cookie is also Secure", async () => {
  test.setTimeout(90_000);
  // A second server from the same build, told that people reach it over https (as behind a
  // TLS-terminating proxy).
  const port = SPEC_PORTS.https;
  const server = await startServer(port, {
    NODE_ENV: "production",
    DATABASE_URL: E2E_DATABASE_URL,
    NEXTAUTH_SECRET: "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    SIGN_IN_LIMIT_PER_ADDRESS: "1000",
    NEXTAUTH_URL: `https://localhost:${port}`,
  });
  try {
    const cookies = await signInCookies(`http://localhost:${port}`, world.emails.student);
    const session = cookies.get("__Secure-next-auth.session-token");
    expect(session, [...cookies.keys()].join(", ")).toBeDefined();
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(cookies.get("__Host-next-auth.csrf-token")).toMatch(/; Secure/i);
  } finally {
    await stopServer(server);
  }
});
