import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

// Runs before each database test file's imports: the file gets its own copy of the migrated
// template, so tests never see each other's rows or the developer's database.
const copy = path.join(mkdtempSync(path.join(tmpdir(), "parley-db-")), "test.db");
copyFileSync(inject("templateDatabase"), copy);
process.env.DATABASE_URL = `file:${copy}`;
