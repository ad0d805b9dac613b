import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { withPostgres } from "./postgres-client";
import type { TestProject } from "vitest/node";
import { onPostgres, testPostgresDatabaseUrl, testPostgresServerUrl } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the template file. PostgreSQL: the template database's name. */
    templateDatabase: string;
    /** PostgreSQL: every file's database name starts with this. */
    testDatabasePrefix: string;
  }
}

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

function migrateDeploy(databaseUrl: string) {
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}

/** Migrates one template database for the whole run; each test file works on a copy of it. */
export default async function setup(project: TestProject) {
  if (onPostgres) return setupPostgres(project);
  const dir = mkdtempSync(path.join(tmpdir(), "parley-db-tests-"));
  const template = path.join(dir, "template.db");
  migrateDeploy(`file:${template}`);
  project.provide("templateDatabase", template);
  project.provide("testDatabasePrefix", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * PostgreSQL: a migrated template database; each file creates its own from it (CREATE DATABASE
 * ... TEMPLATE, a file copy on the server). All are dropped at the end, by their run's prefix.
 */
async function setupPostgres(project: TestProject) {
  const prefix = `parley_test_${randomBytes(4).toString("hex")}_`;
  const template = `${prefix}template`;
  migrateDeploy(testPostgresDatabaseUrl(template));
  project.provide("templateDatabase", template);
  project.provide("testDatabasePrefix", prefix);
  return async () => {
    await withPostgres(testPostgresServerUrl(), async (server) => {
      const { rows } = await server.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
        [prefix],
      );
      for (const { datname } of rows) await server.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    });
  };
}
