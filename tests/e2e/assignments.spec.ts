import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createClassWith } from "./support/class-records";
import { parseCsv } from "./support/csv";
import { storedQuestions } from "./support/e2e-database";
import { SAMPLE_SLUG, answerWholeQuiz } from "./support/quiz";
import { signUpNewUser } from "./support/session";

const MODULE_TITLE = /Pakistan and the Afghan Taliban/;

async function newSignedInPage(browser: Browser, name: string, role: "Student" | "Teacher") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signUpNewUser(page, name, role);
  return { page, account };
}

test("a teacher assigns the sample module, the student completes it, the teacher sees and exports the score", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = await newSignedInPage(browser, "Ms Teacher", "Teacher");
  const student = await newSignedInPage(browser, "Zoë Ağaoğlu", "Student");
  const classId = createClassWith(teacher.account.email, "Year 10, \"Global\" affairs", [student.account.email]);
  const base = `/teach/classes/${classId}`;

  // Nothing assigned yet: the student is pointed to joining a class.
  await student.page.goto("/dashboard");
  await expect(student.page.getByRole("heading", { name: "My assignments" })).toBeVisible();
  await expect(student.page.getByRole("link", { name: "Join a class" })).toHaveAttribute("href", "/join");
  await expectNoAxeViolations(student.page);

  // The teacher assigns the sample module with a due date; a bad date gets a field error.
  const t = teacher.page;
  await t.goto(`${base}/assignments`);
  await expect(t.getByRole("heading", { level: 2, name: "Assignments" })).toContainText("Assignments");
  await expectNoAxeViolations(t);
  await t.getByRole("button", { name: "Assign" }).click();
  await expect(t.getByText("Choose a module to assign.")).toBeVisible();
  await t.getByLabel("Module", { exact: true }).selectOption({ label: (await t.getByRole("option", { name: MODULE_TITLE }).textContent())! });
  await t.getByLabel("Due date (optional)").fill("2030-05-01T09:00");
  await t.getByRole("button", { name: "Assign" }).click();
  await expect(t.getByRole("status").filter({ hasText: /Assigned/ })).toBeVisible();
  const card = t.getByRole("listitem").filter({ has: t.getByRole("heading", { name: MODULE_TITLE }) });
  await expect(card.locator("time")).toHaveAttribute("dateTime", /^2030-05-01T/);
  await expectNoAxeViolations(t);

  // The student sees it, not started, with its due date.
  const s = student.page;
  await s.goto("/dashboard");
  const assignment = s.getByRole("listitem").filter({ hasText: MODULE_TITLE });
  await expect(assignment.getByText("Not started")).toBeVisible();
  await expect(assignment.locator("time")).toHaveAttribute("dateTime", /^2030-05-01T/);
  await expect(assignment.getByRole("link", { name: /Take the quiz/ })).toHaveAttribute("href", `/modules/${SAMPLE_SLUG}/quiz`);
  await expectNoAxeViolations(s);

  // A student cannot open the teacher's pages or exports.
  await s.goto(base);
  await expect(s.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await s.request.get(`${base}/export/gradebook.csv`)).status()).toBe(404);

  await answerWholeQuiz(s);
  await s.goto("/dashboard");
  await expect(s.getByRole("listitem").filter({ hasText: MODULE_TITLE }).getByText("Done")).toBeVisible();
  await expect(s.getByText(/Best score: 100%/)).toBeVisible();

  // The teacher's grid shows the score; the drill-down and the analysis open from it.
  await t.goto(base);
  const grid = t.getByRole("table", { name: /Progress of 1 students/ });
  const row = grid.getByRole("row").filter({ hasText: "Zoë Ağaoğlu" });
  await expect(row.getByText("Done")).toBeVisible();
  await expect(row.getByText("Best 100%")).toBeVisible();
  await expectNoAxeViolations(t);

  await row.getByRole("link", { name: "Zoë Ağaoğlu" }).click();
  await expect(t.getByRole("heading", { level: 2, name: "Zoë Ağaoğlu" })).toBeVisible();
  await expect(t.getByRole("table", { name: /Quiz attempts/ })).toContainText("Attempt 1 (best)");
  await expect(t.getByRole("table", { name: /Answers in the best attempt/ }).getByText("Right").first()).toBeVisible();
  await expectNoAxeViolations(t);

  await t.goto(base);
  await grid.getByRole("link", { name: MODULE_TITLE }).click();
  await expect(t.getByRole("heading", { level: 2, name: /Question analysis/ })).toBeVisible();
  const results = t.getByRole("table", { name: "Results per question" });
  await expect(results.getByRole("row")).toHaveCount(storedQuestions(SAMPLE_SLUG).length + 1);
  await expect(results.getByRole("cell", { name: "100%" }).first()).toBeVisible();
  await expectNoAxeViolations(t);

  // The gradebook downloads as a CSV that parses, with the student's name and score.
  await t.goto(base);
  const [download] = await Promise.all([
    t.waitForEvent("download"),
    t.getByRole("link", { name: "Download gradebook (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/gradebook\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8"));
  expect(rows[0]![0]).toBe("Student");
  const scoreColumn = rows[0]!.findIndex((h) => MODULE_TITLE.test(h) && h.endsWith("best score %"));
  const studentRow = rows.find((r) => r[0] === "Zoë Ağaoğlu")!;
  expect(studentRow[scoreColumn]).toBe("100");
  expect(studentRow[scoreColumn + 1]).toBe("Done");

  // Unassigning asks first; cancelling keeps the assignment.
  await t.goto(`${base}/assignments`);
  await card.getByRole("link", { name: /Unassign/ }).click();
  await expect(t.getByRole("heading", { level: 2, name: /Unassign/ })).toBeVisible();
  await expectNoAxeViolations(t);
  await t.getByRole("link", { name: "Cancel" }).click();
  await expect(card).toBeVisible();
});

test("another teacher gets not-found for the class's pages and exports", async ({ browser }) => {
  const owner = await newSignedInPage(browser, "Owner Teacher", "Teacher");
  const other = await newSignedInPage(browser, "Other Teacher", "Teacher");
  const classId = createClassWith(owner.account.email, "Owner's class", []);
  for (const path of ["", "/assignments"]) {
    await other.page.goto(`/teach/classes/${classId}${path}`);
    await expect(other.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  for (const file of ["gradebook.csv", "questions.csv"]) {
    expect((await other.page.request.get(`/teach/classes/${classId}/export/${file}`)).status()).toBe(404);
    expect((await owner.page.request.get(`/teach/classes/${classId}/export/${file}`)).status()).toBe(200);
  }
});
