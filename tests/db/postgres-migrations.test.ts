/**
 * The PostgreSQL migrations (prisma/postgresql/migrations) run through the real Prisma CLI and the
 * project's stand-in schema engine (scripts/prisma-engine/postgres.mjs), each command on a fresh
 * database of the test server. Runs in `npm run test:postgres` (vitest.config.mts); the SQLite
 * twin is tests/db/migrations.test.ts.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withPostgres as onServer } from "../support/postgres-client";
import { migrationsOf, projectRoot, runPrisma } from "../support/prisma-cli";
import { testPostgresDatabaseUrl, testPostgresServerUrl } from "../support/test-database";

const schemaFile = path.join(projectRoot, "prisma/postgresql/schema.prisma");
const migrationsDir = path.join(projectRoot, "prisma/postgresql/migrations");
const { migrationNames, modelNames } = migrationsOf(schemaFile, migrationsDir);

const tmp = mkdtempSync(path.join(tmpdir(), "parley-pg-migrations-"));
const databaseName = `parley_migrations_${randomBytes(4).toString("hex")}`;
const databaseUrl = testPostgresDatabaseUrl(databaseName);

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await onServer(testPostgresServerUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
});

/** The Prisma CLI with our engine on this test's database. */
const prisma = (args: string[]) => runPrisma(args, databaseUrl);

const tableNames = () =>
  onServer(databaseUrl, async (c) => {
    const { rows } = await c.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    return rows.map((row) => row.tablename).sort();
  });

const appliedMigrations = () =>
  onServer(databaseUrl, async (c) => {
    const { rows } = await c.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    return rows.map((row) => row.migration_name);
  });

/** Shadow databases the engine made for a diff and should have dropped again. */
const leftoverShadowDatabases = () =>
  onServer(testPostgresServerUrl(), async (c) => {
    const { rows } = await c.query("SELECT datname FROM pg_database WHERE starts_with(datname, 'prisma_migrate_shadow_db_')");
    return rows.length;
  });

describe("PostgreSQL migrations through the stand-in schema engine", () => {
  it("has migrations to test", () => {
    expect(migrationNames().length).toBeGreaterThan(0);
    expect(modelNames.length).toBeGreaterThan(0);
  });

  it("migrate deploy creates the database and applies every migration", async () => {
    const run = await prisma(["migrate", "deploy"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("All migrations have been successfully applied.");
    expect(await tableNames()).toEqual([...modelNames, "_prisma_migrations"].sort());
    expect(await appliedMigrations()).toEqual(migrationNames().sort());
  });

  it("migrate status reports the database up to date", async () => {
    const run = await prisma(["migrate", "status"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("Database schema is up to date!");
  });

  it("migrate diff finds no drift between the migrations and the derived schema", async () => {
    const before = await leftoverShadowDatabases();
    const args = ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", schemaFile];
    const run = await prisma([...args, "--exit-code"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("No difference detected.");
    expect(await leftoverShadowDatabases()).toBe(before);
  });

  it("migrate diff --exit-code fails when the schema has changes no migration has", async () => {
    const drifted = path.join(tmp, "drifted.prisma");
    writeFileSync(drifted, `${readFileSync(schemaFile, "utf8")}\nmodel DriftCheck {\n  id Int @id\n}\n`);
    const args = ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", drifted];
    const run = await prisma([...args, "--exit-code"]);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toContain("DriftCheck");
  });

  it("migrate reset --force empties the database and applies the migrations again", async () => {
    await onServer(databaseUrl, async (c) => {
      await c.query(`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES ('reset-test', 1, now())`);
      await c.query('CREATE TABLE "Stray" (x INTEGER)');
    });
    const run = await prisma(["migrate", "reset", "--force"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(await tableNames()).toEqual([...modelNames, "_prisma_migrations"].sort());
    const rows = await onServer(databaseUrl, (c) => c.query('SELECT count(*)::int AS n FROM "RateLimit"'));
    expect(rows.rows).toEqual([{ n: 0 }]);
    expect(await appliedMigrations()).toEqual(migrationNames().sort());
  });
});
