import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * The database a benchmark runs on, for every DB-dependent bench (quiz, dashboard, pages):
 * BENCH_DATABASE=sqlite (the default) or postgresql. PostgreSQL needs PARLEY_BENCH_POSTGRES_URL,
 * a server's maintenance database as a role that may create databases, e.g.
 * postgresql://parley:parley@127.0.0.1:5432/postgres; each bench makes its own database there,
 * parley_bench_<name>, dropped and created again on every run.
 */
export type BenchDatabase = "sqlite" | "postgresql";

export const DATABASE_LABEL: Record<BenchDatabase, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

/** A setting the bench cannot run with: said plainly, without a stack trace, before anything starts. */
function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

export function benchDatabase(): BenchDatabase {
  const chosen = process.env.BENCH_DATABASE || "sqlite";
  if (chosen !== "sqlite" && chosen !== "postgresql") {
    refuse(`BENCH_DATABASE must be sqlite or postgresql, not ${chosen}`);
  }
  if (chosen === "postgresql" && !process.env.PARLEY_BENCH_POSTGRES_URL) {
    refuse(
      "BENCH_DATABASE=postgresql needs PARLEY_BENCH_POSTGRES_URL (e.g. postgresql://parley:parley@127.0.0.1:5432/postgres, a role that may create databases)",
    );
  }
  return chosen;
}

/** "SQLite" or "PostgreSQL": every figure a bench prints names it. */
export const benchDatabaseLabel = () => DATABASE_LABEL[benchDatabase()];

function postgresDatabaseUrl(name: string): string {
  const url = new URL(process.env.PARLEY_BENCH_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onPostgresServer<T>(work: (server: pg.Client) => Promise<T>): Promise<T> {
  const server = new pg.Client({ connectionString: process.env.PARLEY_BENCH_POSTGRES_URL });
  await server.connect();
  try {
    return await work(server);
  } finally {
    await server.end();
  }
}

/**
 * An empty database of the bench's own, and its DATABASE_URL: the SQLite file data/bench-<name>.db
 * removed, or the PostgreSQL database parley_bench_<name> dropped and created.
 */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`bench database names are lower-case words: ${name}`);
  if (benchDatabase() === "sqlite") {
    const file = path.join(process.cwd(), "data", `bench-${name}.db`);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    return `file:./data/bench-${name}.db`;
  }
  const database = `parley_bench_${name}`;
  await onPostgresServer(async (server) => {
    await server.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${database}"`);
  });
  return postgresDatabaseUrl(database);
}

/** Drops what freshDatabase made, once the bench is done with it (the SQLite file too). */
export async function dropDatabase(name: string): Promise<void> {
  if (benchDatabase() === "sqlite") {
    const file = path.join(process.cwd(), "data", `bench-${name}.db`);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    return;
  }
  await onPostgresServer((server) => server.query(`DROP DATABASE IF EXISTS "parley_bench_${name}" WITH (FORCE)`));
}

const tsxCli = () => createRequire(import.meta.url).resolve("tsx/cli");
const prismaCli = () => createRequire(import.meta.url).resolve("prisma/build/index.js");

function runOrThrow(what: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout}\n${run.stderr}`);
}

/** freshDatabase, migrated (prisma migrate deploy, which picks the migrations from the URL). */
export async function migratedDatabase(name: string): Promise<string> {
  const url = await freshDatabase(name);
  runOrThrow("prisma migrate deploy", [prismaCli(), "migrate", "deploy"], { DATABASE_URL: url });
  return url;
}

/**
 * freshDatabase set up as a production server's is by `npm run setup` (scripts/setup.ts on either
 * database): migrated, the sample module imported, no demo accounts.
 */
export async function setUpDatabase(name: string): Promise<string> {
  const url = await freshDatabase(name);
  runOrThrow("setup", [tsxCli(), "scripts/setup.ts", "--fresh"], {
    DATABASE_URL: url,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: "x".repeat(32),
  });
  return url;
}

/**
 * SQL on a bench's database, written once for both, as tests/e2e/support/e2e-database.ts writes
 * it: quoted identifiers, `?` for parameters. Rows come back as each driver gives them (JSON
 * columns are text on SQLite, parsed on PostgreSQL: see jsonValue).
 */
export type BenchSql = {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export async function openBenchSql(url: string): Promise<BenchSql> {
  if (url.startsWith("file:")) {
    const db = new Database(path.resolve(url.slice("file:".length)), { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    return {
      async query<T>(sql: string, params: unknown[] = []) {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all(...params) as T[];
        statement.run(...params);
        return [];
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      let n = 0;
      const numbered = sql.replace(/\?/g, () => `$${++n}`);
      return (await client.query(numbered, params)).rows as T[];
    },
    close: () => client.end(),
  };
}

/** A JSON column's value: SQLite stores the text, node-postgres parses jsonb. */
export const jsonValue = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);
