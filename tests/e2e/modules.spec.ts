import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("the home page lists the sample module and its page shows the five articles", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const moduleLink = page.getByRole("link", { name: /Pakistan|Afghan|Taliban/ }).first();
  await expect(moduleLink).toBeVisible();
  await expectNoAxeViolations(page);

  await moduleLink.click();
  await expect(page).toHaveURL(/\/modules\/[a-z0-9-]+$/);
  const sources = page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem");
  await expect(sources).toHaveCount(5);
  await expect(page.getByRole("link", { name: /Doha/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an article page shows the cleaned article text, without the stripped boilerplate", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Pakistan|Afghan|Taliban/ }).first().click();
  await page.getByRole("link", { name: "Pakistani, Afghan negotiators in Doha for peace talks after deadly clashes", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Pakistani, Afghan negotiators in Doha for peace talks after deadly clashes",
  );
  await expect(page.getByText(/led by Defense Minister Khawaja Muhammad Asif/)).toBeVisible();
  await expect(page.getByText("Share This Article")).toHaveCount(0);
  await expect(page.getByText(/facebook\.com/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the sign-in and sign-up pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/signin", "/signup"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("an unknown module or article is a plain 404", async ({ page }) => {
  for (const path of ["/modules/no-such-module", "/modules/pakistan-afghan-taliban-talks-2025/articles/nope"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
