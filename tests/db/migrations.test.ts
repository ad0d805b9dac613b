/**
 * The migrations run through the real Prisma CLI and the project's stand-in schema engine
 * (scripts/prisma-engine), each command on a fresh temporary SQLite database.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsOf, projectRoot, runPrisma } from "../support/prisma-cli";

const schemaFile = path.join(projectRoot, "prisma/schema.prisma");
const migrationsDir = path.join(projectRoot, "prisma/migrations");
const { migrationNames, modelNames } = migrationsOf(schemaFile, migrationsDir);

const tmp = mkdtempSync(path.join(tmpdir(), "parley-migrations-"));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A database file in its own, not yet existing, directory. */
function freshDatabase(name: string) {
  const file = path.join(tmp, name, "db", "test.db");
  return { file, url: `file:${file}` };
}

function tableNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return (rows as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

function appliedMigrations(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      )
      .all();
    return (rows as { migration_name: string }[]).map((row) => row.migration_name);
  } finally {
    db.close();
  }
}

describe("prisma migrations through the stand-in schema engine", () => {
  const deployed = freshDatabase("deploy");

  it("has migrations to test", () => {
    expect(migrationNames().length).toBeGreaterThan(0);
    expect(modelNames.length).toBeGreaterThan(0);
  });

  it("migrate deploy creates the database and applies every migration", async () => {
    expect(existsSync(deployed.file)).toBe(false);
    const run = await runPrisma(["migrate", "deploy"], deployed.url);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("All migrations have been successfully applied.");
    expect(tableNames(deployed.file).sort()).toEqual([...modelNames, "_prisma_migrations"].sort());
    expect(appliedMigrations(deployed.file)).toEqual(migrationNames().sort());
  });

  it("migrate status reports the database up to date", async () => {
    const run = await runPrisma(["migrate", "status"], deployed.url);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("Database schema is up to date!");
  });

  it("migrate diff finds no drift between the migrations and the schema", async () => {
    const args = ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", schemaFile];
    const run = await runPrisma([...args, "--exit-code"], deployed.url);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("No difference detected.");
  });

  it("migrate diff --exit-code fails when the schema has changes no migration has", async () => {
    const drifted = path.join(tmp, "drifted.prisma");
    writeFileSync(
      drifted,
      `${readFileSync(schemaFile, "utf8")}\nmodel DriftCheck {\n  id Int @id\n}\n`,
    );
    const args = ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", drifted];
    const run = await runPrisma([...args, "--exit-code"], deployed.url);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toContain("DriftCheck");
  });

  it("migrate reset --force empties the database and applies the migrations again", async () => {
    const db = new Database(deployed.file);
    db.prepare("INSERT INTO RateLimit (key, count, windowStart) VALUES ('reset-test', 1, 0)").run();
    db.exec("CREATE TABLE Stray (x INTEGER)");
    db.close();

    const run = await runPrisma(["migrate", "reset", "--force"], deployed.url);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(tableNames(deployed.file).sort()).toEqual([...modelNames, "_prisma_migrations"].sort());
    const after = new Database(deployed.file, { readonly: true });
    expect(after.prepare("SELECT count(*) AS n FROM RateLimit").get()).toEqual({ n: 0 });
    after.close();
    expect(appliedMigrations(deployed.file)).toEqual(migrationNames().sort());
  });

  it("migrate dev creates and applies a migration for a new field (on a copy of the project)", async () => {
    const project = path.join(tmp, "project");
    cpSync(migrationsDir, path.join(project, "prisma/migrations"), { recursive: true });
    const schema = readFileSync(schemaFile, "utf8");
    expect(schema).toMatch(/^model RateLimit \{$/m);
    writeFileSync(
      path.join(project, "prisma/schema.prisma"),
      schema.replace(/^model RateLimit \{$/m, "model RateLimit {\n  note String?"),
    );
    // Only the paths differ from prisma.config.ts; the engine comes from the environment.
    writeFileSync(
      path.join(project, "prisma.config.mjs"),
      `export default {
        schema: "prisma/schema.prisma",
        migrations: { path: "prisma/migrations" },
        datasource: { url: process.env.DATABASE_URL },
      };\n`,
    );
    const database = freshDatabase("dev");
    const before = migrationNames();

    const config = path.join(project, "prisma.config.mjs");
    const run = await runPrisma(
      ["migrate", "dev", "--name", "add_note", "--config", config],
      database.url,
      project,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const created = readdirSync(path.join(project, "prisma/migrations")).filter((name) =>
      name.endsWith("_add_note"),
    );
    expect(created).toHaveLength(1);
    const script = readFileSync(
      path.join(project, "prisma/migrations", created[0]!, "migration.sql"),
      "utf8",
    );
    expect(script).toContain('ALTER TABLE "RateLimit" ADD COLUMN "note" TEXT;');

    const db = new Database(database.file, { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('RateLimit')").all() as {
      name: string;
    }[];
    db.close();
    expect(columns.map((column) => column.name)).toContain("note");
    expect(appliedMigrations(database.file)).toEqual([...before, created[0]].sort());
    expect(migrationNames()).toEqual(before);
  });
});
