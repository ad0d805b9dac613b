import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { signUpNewUser } from "./session";

/** A fresh signed-in user in their own browser context (their own cookies). */
export async function newSignedInUser(browser: Browser, name: string, role: "Student" | "Teacher") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signUpNewUser(page, name, role);
  return { context, page, ...account };
}

/** Signs in through the form with an email or a username, from a signed-out page. */
export async function signInWith(page: Page, identifier: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Creates a class from /teach and returns its id and join code. */
export async function createClass(page: Page, name: string) {
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Class “${name}” created.` })).toBeVisible();
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  const classId = href!.split("/").at(-1)!;
  await page.goto(`/teach/classes/${classId}/students`);
  const joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  return { classId, joinCode, studentsPath: `/teach/classes/${classId}/students` };
}

/** The username and password on each login card in a set of cards (a page or a section). */
export async function readLoginCards(scope: Page | Locator) {
  const cards = scope.getByTestId("login-card");
  const count = await cards.count();
  const result: { username: string; password: string }[] = [];
  for (let i = 0; i < count; i++) {
    result.push({
      username: (await cards.nth(i).getByTestId("card-username").textContent())!.trim(),
      password: (await cards.nth(i).getByTestId("card-password").textContent())!.trim(),
    });
  }
  return result;
}
