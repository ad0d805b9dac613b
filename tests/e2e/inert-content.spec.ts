import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/e2e-database";
import { answerByKeyboard } from "./support/quiz";
import { runParleyCli } from "./support/security-world";

// An article set full of HTML, script and link payloads, imported with Parley's command line,
// renders as plain text everywhere it shows: the explainer, the article page and the quiz.

const MARK = "__parleyPwned";
const PAYLOADS = [
  `<script>window.${MARK}="script"</script>`,
  `<img src=x onerror="window.${MARK}='img'">`,
  `<svg onload="window.${MARK}='svg'"></svg>`,
  `<iframe src="javascript:window.parent.${MARK}='iframe'"></iframe>`,
  `<a href="javascript:window.${MARK}='link'">Taliban click</a>`,
  `[Doha report](javascript:window.${MARK}='markdown')`,
  `<object data="data:text/html,<script>window.parent.${MARK}='object'</script>"></object>`,
  `"><b onmouseover="window.${MARK}='attr'">Pakistan</b>`,
  `{{constructor.constructor('window.${MARK}=1')()}}`,
];
const PAYLOAD_LINE = PAYLOADS.join(" ");

/** The sample articles with payloads in the header (title, outlet, url) and in the text. */
function payloadArticleSet(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-inert-"));
  const sample = path.join(process.cwd(), "content", "sample");
  for (const [i, file] of readdirSync(sample).sort().entries()) {
    const lines = readFileSync(path.join(sample, file), "utf8").split("\n");
    const [title, ...rest] = lines;
    const header = [
      `title: ${title} <script>window.${MARK}="title"</script>`,
      `outlet: <img src=x onerror="window.${MARK}='outlet'"> News`,
      `url: ${i % 2 === 0 ? `javascript:window.${MARK}='url'` : "data:text/html,<script>alert(1)</script>"}`,
      "date: 2025-10-1" + i,
      "---",
    ];
    // Payloads inside sentences the generator quotes (people, places, dates nearby).
    const body = rest.map((line, n) => (n % 6 === 2 && line.trim() ? `${line} ${PAYLOAD_LINE}` : line));
    writeFileSync(path.join(dir, `${i}.txt`), [...header, ...body, "", `Officials in Doha said ${PAYLOAD_LINE} on Sunday.`].join("\n"));
  }
  return dir;
}

const slug = `inert-${randomUUID().slice(0, 8)}`;
let articleKey = "";

test.beforeAll(() => {
  test.setTimeout(120_000);
  runParleyCli(["import", payloadArticleSet(), "--slug", slug, "--title", `Payloads <script>window.${MARK}="module"</script>`]);
  articleKey = withE2eDatabase(
    (db) =>
      (
        db
          .prepare('SELECT a."key" FROM "Article" a JOIN "Module" m ON m."currentVersionId" = a."versionId" WHERE m."slug" = ? ORDER BY a."position" LIMIT 1')
          .get(slug) as { key: string }
      ).key,
  );
});

/** Visits `url` and checks that no payload ran or became an element or a dangerous link. */
async function expectInert(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState("networkidle");
  // The pointer over the page, so that mouse-event handler payloads would get their chance.
  await page.mouse.move(200, 200);
  expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark], MARK)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const found = await page.evaluate((mark) => {
    const all = [...document.querySelectorAll("*")];
    return {
      scripts: [...document.scripts].filter((s) => s.textContent?.includes(`window.${mark}=`) && !s.textContent.includes("self.__next_f")).length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).map((el) => el.outerHTML.slice(0, 120)),
      embeds: document.querySelectorAll("iframe, object, embed, main svg[onload], main img[src='x']").length,
      badLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? el.getAttribute("formaction") ?? "")
        .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v) && !v.startsWith("data:image/")),
    };
  }, MARK);
  expect(found).toEqual({ scripts: 0, handlers: [], embeds: 0, badLinks: [] });
  // Shown as the text it is.
  await expect(page.locator("main")).toContainText("<script>");
}

test("the explainer shows the payloads as text", async ({ page }) => {
  await expectInert(page, `/modules/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
});

test("the article page shows the payloads as text and no javascript: link", async ({ page }) => {
  await expectInert(page, `/modules/${slug}/articles/${articleKey}`);
  await expect(page.getByRole("link", { name: "Read the original" })).toHaveCount(0);
  // (The article cleaner drops markdown's "__", so the text reads "window.parleyPwned".)
  await expect(page.getByText("<img src=x onerror=").first()).toBeVisible();
  await expect(page.getByText(/<iframe src="javascript:/).first()).toBeVisible();
});

test("the quiz shows the payloads as text, before and after an answer", async ({ page }) => {
  await expectInert(page, `/modules/${slug}/quiz`);
  // Answer the first question (its feedback quotes the source sentence, payloads and all).
  await answerByKeyboard(page, true, slug);
  await expect(page.locator("blockquote").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark], MARK)).toBeUndefined();
  const handlers = await page.evaluate(() => [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length);
  expect(handlers).toBe(0);
});
