import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// What the two migrations tests (tests/db/migrations.test.ts for SQLite,
// tests/db/postgres-migrations.test.ts for PostgreSQL) share: the Prisma CLI run with the
// project's stand-in schema engine, and the migrations and models a schema has.

export const projectRoot = path.resolve(import.meta.dirname, "../..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const engine = path.join(projectRoot, "scripts/prisma-engine/schema-engine.mjs");

export type PrismaRun = { code: number | null; stdout: string; stderr: string };

/** Runs the Prisma CLI with our engine on the given database; resolves when it exits. */
export function runPrisma(args: string[], databaseUrl: string, cwd = projectRoot): Promise<PrismaRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_SCHEMA_ENGINE_BINARY: engine };
  delete env.SHADOW_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The migration folders' names (read each time: `migrate dev` may add one) and the schema's models. */
export function migrationsOf(schemaFile: string, migrationsDir: string) {
  return {
    migrationNames: () =>
      readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    modelNames: [...readFileSync(schemaFile, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]),
  };
}
