import { copyFileSync, mkdtempSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { onPostgres, testPostgresDatabaseUrl, testPostgresServerUrl } from "./test-database";

// Runs before each database test file's imports: the file gets its own copy of the migrated
// template, so tests never see each other's rows or the developer's database.
if (onPostgres) {
  const name = `${inject("testDatabasePrefix")}${randomBytes(4).toString("hex")}`;
  const server = new pg.Client({ connectionString: testPostgresServerUrl() });
  await server.connect();
  try {
    await server.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  } finally {
    await server.end();
  }
  process.env.DATABASE_URL = testPostgresDatabaseUrl(name);
} else {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), "parley-db-")), "test.db");
  copyFileSync(inject("templateDatabase"), copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
