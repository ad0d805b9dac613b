import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { FIXTURES, modulesOwnedBy, openDetails, reviewedQuestions } from "./support/authoring";
import { signUpNewUser } from "./support/session";

// Generating and storing a module takes a few seconds on a busy machine.
test.setTimeout(120_000);

const PASTED_TEXT = [
  readFileSync(path.join(process.cwd(), "content", "sample", "002_0cefd554b753c38a.txt"), "utf8"),
  "A spokesman wrote <script>window.__pwned = 1</script> in a statement to reporters on Monday.",
  '<img src="x" onerror="window.__pwned = 2">',
].join("\n\n");

test("a teacher builds a module from uploaded and pasted articles, reviews it, publishes it; a student cannot read it", async ({ page, browser }) => {
  await signUpNewUser(page, "Author Teacher", "Teacher");
  await page.goto("/teach/modules");
  await expect(page.getByRole("heading", { name: "Your modules" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "New module" }).click();
  await expect(page.getByRole("heading", { name: "New module" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Module title").fill("Our ceasefire unit");
  await page.getByLabel("Article files").setInputFiles([path.join(FIXTURES, "qatar-talks.txt"), path.join(FIXTURES, "istanbul-round.md")]);
  await page.getByLabel("Title of pasted article 1").fill("Talks collapse in Istanbul");
  await page.getByLabel("Text of pasted article 1").fill(PASTED_TEXT);
  await page.getByRole("button", { name: "Build the draft" }).click();

  await expect(page).toHaveURL(/\/teach\/modules\/(?!new$)[^/]+$/, { timeout: 60_000 });
  const moduleId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "Our ceasefire unit" })).toBeVisible();
  await expect(page.getByText(/Draft/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Generator report" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Untrusted text is shown as text: the removed HTML-ish line appears literally and runs nothing.
  await openDetails(page, "Boundary lines removed");
  await expect(page.getByText('<img src="x" onerror="window.__pwned = 2">')).toBeVisible();

  await openDetails(page, "Edit question 1");
  await page.getByLabel("Question 1 wording").fill("In your own words: which country hosted the first round of talks?");
  await page.getByRole("button", { name: "Save question 1" }).click();
  await expect(page.getByRole("region", { name: /^Questions/ }).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByRole("button", { name: "Remove question 2", exact: true }).click();
  await expect(page.getByRole("button", { name: "Restore question 2", exact: true })).toBeVisible();

  await openDetails(page, "Edit glossary definitions");
  const definition = page.getByLabel(/^Definition of /).first();
  await definition.fill("A definition the teacher wrote for the class.");
  await page.getByRole("button", { name: "Save glossary definitions" }).click();
  // Each form has its own status line; the question's "Saved." may still be showing.
  await expect(page.getByRole("region", { name: "Explainer texts" }).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const questions = reviewedQuestions(moduleId);
  expect(questions[0]!.prompt).toBe("In your own words: which country hosted the first round of talks?");
  expect(questions[1]!.removed).toBe(1);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  await page.getByRole("link", { name: "Preview as students see it" }).click();
  await expect(page).toHaveURL(/\/library\/our-ceasefire-unit-[0-9a-f]{6}$/);
  const libraryPath = new URL(page.url()).pathname;
  const glossary = page.getByRole("region", { name: "Glossary", exact: true });
  await expect(glossary).toContainText("A definition the teacher wrote for the class.");
  await expectNoAxeViolations(page);

  // The pasted article, read under /library: the <script> is text on the page, never run.
  const articleKey = await page.locator("[data-article-link]", { hasText: "Talks collapse in Istanbul" }).getAttribute("data-article-link");
  await page.goto(`${libraryPath}/articles/${articleKey}`);
  await expect(page.getByRole("heading", { level: 1, name: "Talks collapse in Istanbul" })).toBeVisible();
  await expect(page.getByText("<script>window.__pwned = 1</script>", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectNoAxeViolations(page);

  // A student who is not in a class it is assigned to gets not-found, as for an address that does not exist.
  const context = await browser.newContext();
  const studentPage = await context.newPage();
  await signUpNewUser(studentPage, "Curious Student");
  const response = await studentPage.goto(libraryPath);
  expect(response?.status()).toBe(404);
  await expect(studentPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(studentPage.getByText("A definition the teacher wrote")).toHaveCount(0);
  expect((await studentPage.goto(`/teach/modules/${moduleId}`))?.status()).toBe(404);
  await context.close();
});

test("an upload with a PDF or a 2 MB file names each bad file and stores nothing", async ({ page }) => {
  const teacher = await signUpNewUser(page, "Careful Teacher", "Teacher");
  await page.goto("/teach/modules/new");
  await page.getByLabel("Module title").fill("Will not be saved");
  await page.getByLabel("Article files").setInputFiles([
    { name: "qatar-talks.txt", mimeType: "text/plain", buffer: readFileSync(path.join(FIXTURES, "qatar-talks.txt")) },
    { name: "handout.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not an article") },
    { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2_000_000, "a") },
  ]);
  await page.getByRole("button", { name: "Build the draft" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  const problems = page.getByRole("list", { name: "Problems with the articles" });
  await expect(problems.getByRole("listitem").filter({ hasText: "handout.pdf" })).toContainText("Only .txt and .md files");
  await expect(problems.getByRole("listitem").filter({ hasText: "huge.txt" })).toContainText("2.0 MB; an article may be at most 1 MB");
  await expect(problems.getByRole("listitem")).toHaveCount(2);
  await expect(page).toHaveURL(/\/teach\/modules\/new$/);
  // The title typed is still there to try again.
  await expect(page.getByLabel("Module title")).toHaveValue("Will not be saved");
  expect(modulesOwnedBy(teacher.email)).toBe(0);
  await expectNoAxeViolations(page);
});
