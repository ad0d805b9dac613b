import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SAMPLE_MODULE_PATH, signUpNewUser } from "./support/session";

test("each explainer section is present with real content from the articles", async ({ page }) => {
  await page.goto(SAMPLE_MODULE_PATH);

  const overview = page.getByRole("region", { name: "Overview", exact: true });
  await expect(overview.getByRole("paragraph").first()).toBeVisible();

  const people = page.getByRole("region", { name: "Who's who", exact: true });
  const asif = people.getByRole("listitem").filter({ hasText: "Khawaja" }).filter({ hasText: "Asif" });
  await expect(asif).toContainText(/Defen[cs]e Minister/);
  await expect(people.getByRole("heading", { name: "Pakistan" })).toBeVisible();
  await expect(people).toContainText("Zabiullah Mujahid");

  const timeline = page.getByRole("region", { name: "Timeline", exact: true });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Doha" }).first()).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: "Istanbul" }).first()).toBeVisible();

  const differ = page.getByRole("region", { name: "Where the sources differ", exact: true });
  await expect(differ).toContainText(/extended/i);
  await expect(differ).toContainText(/expired/i);

  const glossary = page.getByRole("region", { name: "Glossary", exact: true });
  await expect(glossary.locator("dt", { hasText: "TTP" })).toBeVisible();
  await expect(glossary).toContainText("Tehreek-e-Taliban Pakistan");

  // The map is a prerendered SVG file shown with <img>; the list under it names every place.
  const map = page.getByRole("region", { name: "Map", exact: true });
  const picture = map.getByRole("img", { name: /^Map of Pakistan and Afghanistan\./ });
  await picture.scrollIntoViewIfNeeded();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const svg = await page.request.get(new URL((await picture.getAttribute("src"))!, page.url()).href);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const drawing = await svg.text();
  for (const place of ["Doha", "Istanbul", "Kabul", "Islamabad"]) {
    expect(drawing, place).toMatch(new RegExp(`<text[^>]*>${place}</text>`));
    await expect(map.getByRole("listitem").filter({ hasText: place }).first()).toBeVisible();
  }
  await expect(map.getByRole("listitem").filter({ hasText: "Islamabad" }).first()).toContainText("capital of Pakistan");

  const sources = page.getByRole("region", { name: "Sources", exact: true });
  await expect(sources.getByRole("listitem")).toHaveCount(5);
  await expect(sources).toContainText(/reading level: grade \d/);

  await expectNoAxeViolations(page);
});

test("a citation opens the article at its sentence, highlighted", async ({ page }) => {
  await page.goto(SAMPLE_MODULE_PATH);
  const citation = page.getByRole("region", { name: "Overview", exact: true }).getByRole("link", { name: /^Source \d/ }).first();
  const href = (await citation.getAttribute("href"))!;
  const sentenceId = href.split("#")[1]!;
  await citation.click();

  await expect(page).toHaveURL(new RegExp(`/articles/[^#]+#${sentenceId}$`));
  const target = page.locator(":target");
  await expect(target).toHaveAttribute("id", sentenceId);
  await expect(target).not.toBeEmpty();
  await expect(target).toBeInViewport();
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expectNoAxeViolations(page);
});

test("the explainer can be read by keyboard alone", async ({ page }) => {
  await page.goto(SAMPLE_MODULE_PATH);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Tab forward to the page's own navigation, then jump to the timeline.
  const timelineLink = page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Timeline" });
  for (let i = 0; i < 30 && !(await timelineLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(timelineLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#timeline$/);
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeInViewport();

  // The next tab stops are the timeline's citations; Enter follows one.
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-label", /^Source \d/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/.+#.+/);
});

test("a glossary term is explained where it is first used", async ({ page }) => {
  await page.goto(SAMPLE_MODULE_PATH);
  const term = page.getByRole("main").getByRole("button", { name: "TTP" });
  await expect(term).toHaveCount(1);
  await term.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("note").filter({ hasText: "Tehreek-e-Taliban Pakistan" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("note").filter({ hasText: "Tehreek-e-Taliban Pakistan" })).toBeHidden();
});

test("an anonymous reader records nothing", async ({ page }) => {
  const writes: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/reading")) writes.push(r.url());
  });
  await page.goto(SAMPLE_MODULE_PATH);
  await expect(page.getByText("to keep track of what you have read")).toBeVisible();
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(500);
  expect(writes).toEqual([]);
  const response = await page.request.post(`${SAMPLE_MODULE_PATH.replace("/modules/", "/api/modules/")}/reading`, {
    data: { location: "section:overview" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(401);
});

test("a signed-in reader's progress is recorded and offered on return", async ({ page }) => {
  await signUpNewUser(page, "Progress Reader");
  await page.goto(SAMPLE_MODULE_PATH);
  await expect(page.getByText(/Your reading: 0 of \d+ parts/)).toBeVisible();

  await page.getByRole("region", { name: "Who's who", exact: true }).scrollIntoViewIfNeeded();
  await expect(page.getByText(/Your reading: [1-9]\d* of \d+ parts/)).toBeVisible();

  // An article counts once its end is reached, or when marked as read.
  await page.getByRole("region", { name: "Sources", exact: true }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByText("You have read this article")).toBeVisible();

  await page.goto(SAMPLE_MODULE_PATH);
  await expect(page.getByRole("link", { name: /Continue where you stopped/ })).toBeVisible();

  await page.goto("/progress");
  const card = page.getByRole("listitem").filter({ hasText: "Pakistan and the Afghan Taliban" });
  await expect(card.getByRole("progressbar")).toHaveAttribute("aria-valuenow", /[1-9]/);
});

test("a write from another site is refused", async ({ page }) => {
  await signUpNewUser(page, "Cross Site");
  const response = await page.request.post(`${SAMPLE_MODULE_PATH.replace("/modules/", "/api/modules/")}/reading`, {
    data: { location: "section:overview" },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});

test("the explainer fits a 360-px phone, on screen and in print", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(SAMPLE_MODULE_PATH);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const picture = page.getByRole("region", { name: "Map", exact: true }).getByRole("img");
  const box = (await picture.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);

  await page.emulateMedia({ media: "print" });
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expect(picture).toBeVisible();
});

test("the map file is served only for a public module, and cannot run script when opened", async ({ request }) => {
  const map = await request.get(`${SAMPLE_MODULE_PATH}/map.svg`);
  expect(map.status()).toBe(200);
  expect(map.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(map.headers()["cache-control"]).toMatch(/s-maxage=300/);
  expect((await request.get("/modules/no-such-module/map.svg")).status()).toBe(404);
});
