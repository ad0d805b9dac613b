import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./e2e-database";

export const FIXTURES = path.join(process.cwd(), "tests", "e2e", "fixtures");

/** How many modules a teacher (by email) owns in the browser tests' database. */
export function modulesOwnedBy(email: string): number {
  return withE2eDatabase(
    (db) =>
      (
        db.prepare('SELECT COUNT(*) AS "n" FROM "Module" m JOIN "User" u ON u."id" = m."ownerId" WHERE u."email" = ?').get(email) as {
          n: number;
        }
      ).n,
  );
}

/** The stored questions of a module's newest version, in review order. */
export function reviewedQuestions(moduleId: string) {
  return withE2eDatabase(
    (db) =>
      db
        .prepare(
          `SELECT q."prompt", q."removed" FROM "Question" q
           WHERE q."versionId" = (SELECT "id" FROM "ModuleVersion" WHERE "moduleId" = ? ORDER BY "number" DESC LIMIT 1)
           ORDER BY q."position"`,
        )
        .all(moduleId) as { prompt: string; removed: number }[],
  );
}

/** Opens a <details> by its summary text and waits for it to be open. */
export async function openDetails(page: Page, summary: string) {
  const toggle = page.locator("summary", { hasText: summary }).first();
  await toggle.click();
  await expect(toggle.locator("xpath=..")).toHaveAttribute("open", "");
}
