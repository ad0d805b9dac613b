import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./support/users";

const alert = (page: import("@playwright/test").Page, text: string | RegExp) =>
  page.getByRole("alert").filter({ hasText: text });

test("a visitor signs up, sees their name, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("signup");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Nadia Rahimi");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByLabel("Teacher").check();
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByTestId("signed-in-name")).toHaveText("Nadia Rahimi");
  await expect(page.getByText("(teacher)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Teaching", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprogress/);

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByTestId("signed-in-name")).toHaveText("Nadia Rahimi");
});

test("a signed-out visitor is sent from a protected page to sign-in", async ({ page }) => {
  const response = await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprogress/);
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("sign-up shows field errors for bad input and creates nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Test Person");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  // A valid email with a short password is refused as well, and creates nothing: no one is
  // signed in, and the same email can still sign up afterwards (else "already exists").
  const email = uniqueEmail("bad-input");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("an email that is already used gets its own message", async ({ page }) => {
  const email = uniqueEmail("duplicate");
  for (const attempt of [1, 2]) {
    await page.goto("/signup");
    await page.getByLabel("Name").fill(`Person ${attempt}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-long-password");
    await page.getByRole("button", { name: "Create account" }).click();
    if (attempt === 1) {
      await expect(page).toHaveURL(/\/dashboard$/);
      await page.context().clearCookies();
    }
  }
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("student@parley.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert(page, "That email or username and password do not match an account.")).toBeVisible();

  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert(page, "That email or username and password do not match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("too many sign-in tries for one account are refused with a clear message", async ({ page }) => {
  const email = uniqueEmail("locked");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  const submit = page.getByRole("button", { name: "Sign in" });
  const tryOnce = () =>
    Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
      submit.click(),
    ]);
  for (let i = 0; i < 10; i++) {
    await tryOnce();
    await expect(alert(page, "do not match")).toBeVisible();
  }
  await tryOnce();
  await expect(alert(page, /Too many sign-in attempts\. Wait \d+ seconds/)).toBeVisible();
});
