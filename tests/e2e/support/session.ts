import { expect, type Page } from "@playwright/test";
import { uniqueEmail } from "./users";

export const SAMPLE_MODULE_PATH = "/modules/pakistan-afghan-taliban-talks-2025";

/** Creates a fresh account through the sign-up form and leaves the page signed in. */
export async function signUpNewUser(page: Page, name = "Test Reader", role: "Student" | "Teacher" = "Student") {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const password = "a-long-password";
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(role === "Teacher" ? /\/teach$/ : /\/dashboard$/);
  return { email, password, name };
}
