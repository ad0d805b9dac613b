import { copyFileSync, mkdtempSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { withPostgres } from "./postgres-client";
import { inject } from "vitest";
import { onPostgres, testPostgresDatabaseUrl, testPostgresServerUrl } from "./test-database";

// Runs before each database test file's imports: the file gets its own copy of the migrated
// template, so tests never see each other's rows or the developer's database.
if (onPostgres) {
  const name = `${inject("testDatabasePrefix")}${randomBytes(4).toString("hex")}`;
  await withPostgres(testPostgresServerUrl(), (server) =>
    server.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`),
  );
  process.env.DATABASE_URL = testPostgresDatabaseUrl(name);
} else {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), "parley-db-")), "test.db");
  copyFileSync(inject("templateDatabase"), copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
