import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Download, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { FIXTURES } from "./support/authoring";
import { createClass, newSignedInUser } from "./support/classes";
import { parseCsv } from "./support/csv";
import { storedQuestions } from "./support/e2e-database";
import { SAMPLE_SLUG, answerByKeyboard, answerWholeQuiz } from "./support/quiz";

// The whole classroom story of issue 6, through the pages only: no rows written by the test.

const SAMPLE_TITLE = /Pakistan and the Afghan Taliban/;
const unique = () => randomUUID().slice(0, 6);

async function joinClass(page: Page, joinCode: string, className: string) {
  await page.goto("/join");
  await page.getByLabel("Class code").fill(joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: `You joined ${className}.` })).toBeVisible();
}

async function assign(page: Page, classId: string, moduleTitle: RegExp, due?: string) {
  await page.goto(`/teach/classes/${classId}/assignments`);
  const option = page.getByLabel("Module", { exact: true }).getByRole("option", { name: moduleTitle });
  await page.getByLabel("Module", { exact: true }).selectOption({ label: (await option.textContent())! });
  if (due) await page.getByLabel("Due date (optional)").fill(due);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Assigned/ })).toBeVisible();
}

async function csvOf(download: Download) {
  const text = readFileSync((await download.path())!).toString("utf8");
  return parseCsv(text.replace(/^\uFEFF/, ""));
}

test("a teacher makes a class, a student joins with the code and completes the assigned module, the teacher exports the scores", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = await newSignedInUser(browser, "Mr Classroom", "Teacher");
  const t = teacher.page;
  const className = `Current affairs ${unique()}`;
  const { classId, joinCode } = await createClass(t, className);

  const student = await newSignedInUser(browser, "Leyla Ünal", "Student");
  const s = student.page;
  await joinClass(s, joinCode, className);

  // The teacher sees the student and assigns the sample with a due date.
  await t.goto(`/teach/classes/${classId}/students`);
  await expect(t.getByText("Leyla Ünal")).toBeVisible();
  await assign(t, classId, SAMPLE_TITLE, "2031-03-02T15:30");

  // The student's home lists it, not started, due on that day.
  await s.goto("/dashboard");
  const item = s.getByRole("listitem").filter({ hasText: SAMPLE_TITLE });
  await expect(item.getByText("Not started")).toBeVisible();
  await expect(item.locator("time")).toHaveAttribute("dateTime", /^2031-03-02T/);

  await answerWholeQuiz(s);
  await s.goto("/dashboard");
  await expect(s.getByRole("listitem").filter({ hasText: SAMPLE_TITLE }).getByText("Done")).toBeVisible();

  // The teacher's grid shows the score; both exports parse and carry it.
  await t.goto(`/teach/classes/${classId}`);
  const row = t.getByRole("table", { name: /Progress of 1 students/ }).getByRole("row").filter({ hasText: "Leyla Ünal" });
  await expect(row.getByText("Best 100%")).toBeVisible();
  await expectNoAxeViolations(t);

  const [gradebook] = await Promise.all([t.waitForEvent("download"), t.getByRole("link", { name: "Download gradebook (CSV)" }).click()]);
  const grades = await csvOf(gradebook);
  const scoreColumn = grades[0]!.findIndex((h) => SAMPLE_TITLE.test(h) && h.endsWith("best score %"));
  expect(scoreColumn).toBeGreaterThan(0);
  expect(grades.find((r) => r[0] === "Leyla Ünal")![scoreColumn]).toBe("100");

  const [perQuestion] = await Promise.all([
    t.waitForEvent("download"),
    t.getByRole("link", { name: "Download answers per question (CSV)" }).click(),
  ]);
  const answers = (await csvOf(perQuestion)).slice(1).filter((r) => r[0] === "Leyla Ünal");
  expect(answers).toHaveLength(storedQuestions(SAMPLE_SLUG).length);
});

test("a teacher's own module, published and assigned, is read under /library and played by the class only", async ({ browser }) => {
  test.setTimeout(240_000);
  const teacher = await newSignedInUser(browser, "Ms Author", "Teacher");
  const t = teacher.page;
  const title = `Border talks unit ${unique()}`;
  await t.goto("/teach/modules/new");
  await t.getByLabel("Module title").fill(title);
  await t.getByLabel("Article files").setInputFiles([path.join(FIXTURES, "qatar-talks.txt"), path.join(FIXTURES, "istanbul-round.md")]);
  await t.getByRole("button", { name: "Build the draft" }).click();
  await expect(t).toHaveURL(/\/teach\/modules\/(?!new$)[^/]+$/, { timeout: 60_000 });
  await t.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(t.getByRole("button", { name: "Unpublish" })).toBeVisible();

  const className = `Unit class ${unique()}`;
  const { classId, joinCode } = await createClass(t, className);
  await assign(t, classId, new RegExp(title));

  const student = await newSignedInUser(browser, "Omar Class", "Student");
  const s = student.page;
  await joinClass(s, joinCode, className);
  await s.goto("/dashboard");
  const item = s.getByRole("listitem").filter({ hasText: title });
  const readLink = item.getByRole("link", { name: title, exact: true });
  await expect(readLink).toHaveAttribute("href", /^\/library\//);
  await readLink.click();
  await expect(s.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const libraryPath = new URL(s.url()).pathname;
  const slug = libraryPath.split("/").pop()!;
  await expectNoAxeViolations(s);

  // A citation stays under /library and highlights its sentence there.
  const citation = s.locator("#overview a.cite").first();
  const href = (await citation.getAttribute("href"))!;
  expect(href.startsWith(`${libraryPath}/articles/`)).toBe(true);
  await citation.click();
  await expect(s).toHaveURL(new RegExp(`${libraryPath}/articles/`));
  await expect(s.locator(`[id="${href.split("#")[1]}"]`)).toBeVisible();

  // The class plays its quiz; the answer is checked against the teacher's module.
  await s.goto(`/modules/${slug}/quiz`);
  await answerByKeyboard(s, true, slug);

  // A student outside the class reads and plays nothing of it.
  const outsider = await newSignedInUser(browser, "Not Enrolled", "Student");
  expect((await outsider.page.goto(libraryPath))?.status()).toBe(404);
  expect((await outsider.page.goto(`/modules/${slug}/quiz`))?.status()).toBe(404);
  expect((await outsider.page.request.get(`${libraryPath}/map.svg`)).status()).toBe(404);
});
