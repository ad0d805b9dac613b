/**
 * Prepares a machine to serve Parley: database migrated, sample module loaded, demo accounts
 * created (outside production). Safe to run again: it reuses the database and loses nothing.
 *
 *   npm run setup             migrate, then load what is missing
 *   npm run setup -- --fresh  start from an empty database (used by the browser tests): SQLite
 *                             removes the file, PostgreSQL drops and recreates the schema
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
// Like Next, read a .env beside the project when there is one (the environment wins).
if (existsSync(".env")) process.loadEnvFile(".env");
const fresh = process.argv.includes("--fresh");
const databaseUrl = process.env.DATABASE_URL || "file:./data/parley.db";
const isProduction = process.env.NODE_ENV === "production";

function log(message: string) {
  console.log(`[setup] ${message}`);
}

function sqlitePath(url: string): string | null {
  return url.startsWith("file:") ? path.resolve(url.slice("file:".length)) : null;
}

function prepareSqliteFile() {
  const file = sqlitePath(databaseUrl);
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  if (fresh) {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    log(`removed ${path.relative(process.cwd(), file)} (--fresh)`);
  }
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * --fresh on PostgreSQL: drop the schema Parley's tables live in (`?schema=`, else public) with
 * everything in it, and create it empty; migrate deploy then builds it again. A database that
 * does not exist yet is left to migrate deploy, which creates it.
 */
async function emptyPostgresSchema() {
  if (!fresh || !isPostgresUrl(databaseUrl)) return;
  const { default: pg } = await import("pg");
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return; // no database yet
    throw error;
  }
  try {
    const quoted = `"${schema.replaceAll('"', '""')}"`;
    await client.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE; CREATE SCHEMA ${quoted}`);
    log(`emptied schema ${schema} of the PostgreSQL database (--fresh)`);
  } finally {
    await client.end();
  }
}

/** A per-machine secret for signing sessions, so that `npm start` works without a .env. */
function ensureLocalSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(process.cwd(), "data", "auth-secret");
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  log("wrote a new session secret to data/auth-secret (set NEXTAUTH_SECRET to use your own)");
}

function migrate() {
  log("applying database migrations");
  const prismaCli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error("prisma migrate deploy failed (see above)");
}

async function main() {
  prepareSqliteFile();
  await emptyPostgresSchema();
  ensureLocalSecret();
  migrate();

  // Imported only now: the env module reads the secret written above.
  const { loadSampleModule } = await import("./sample-module");
  const { ensureDemoAccounts, removeDemoAccounts } = await import("../lib/auth/demo-accounts");
  const { db } = await import("../lib/db/client");
  const { pruneRateLimits } = await import("../lib/auth/rate-limit-store");
  await pruneRateLimits();

  // Write-ahead logging: readers no longer wait for a writer, and a commit is one append and
  // sync of the log instead of several writes and syncs of a rollback journal, which is what
  // bounds how many quiz answers a second Parley can record (npm run bench:quiz). The mode is
  // stored in the database file, so setting it here covers every later connection.
  if (sqlitePath(databaseUrl)) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");

  const sample = await loadSampleModule();
  log(sample.created ? `loaded the sample module "${sample.title}"` : `sample module "${sample.title}" already loaded`);

  if (isProduction) {
    const removed = await removeDemoAccounts();
    log(`NODE_ENV=production: no demo accounts${removed ? ` (removed ${removed})` : ""}`);
  } else {
    const accounts = await ensureDemoAccounts();
    console.log("\nDemo accounts (development only):");
    for (const a of accounts) console.log(`  ${a.role.toLowerCase().padEnd(8)} ${a.email}  password: ${a.password}`);
    console.log("");
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(`[setup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
