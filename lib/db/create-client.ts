import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { gateTransactions } from "@/lib/db/sqlite-gate";
import { cacheAdapterStatements } from "@/lib/db/statement-cache";
import { env } from "@/lib/env";

// Kept apart from lib/db/client.ts, which makes the process's one client when it is imported:
// tests/support/query-counting-client.ts makes its own with this and puts it in that one's place.

type ClientOptions = { log?: { emit: "event"; level: "query" }[] };

// Password hashes never leave the database unless a query asks for them by name.
const OMITTED = { user: { passwordHash: true } } as const;

/** A PostgreSQL URL's `?schema=` is Prisma's, not a server setting: hand it to the adapter instead. */
function postgresAdapter(url: string) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  // A database that does not answer at all (a dropped network, not a refused connection) fails a
  // new connection in 5 s, as a busy SQLite does, instead of holding the request indefinitely.
  // The same holds for the pool's open connections: a statement sent on one has no reply coming,
  // and without a limit it would wait for ever (TCP does not notice a silent peer), holding the
  // request and its connection. query_timeout fails it client-side ("Query read timeout",
  // lib/db/errors.ts: unreachable, 503) and the pool drops that connection. 15 s cannot hurt real
  // work: every statement Parley sends takes milliseconds, the longest being a module import's
  // (lib/modules/import-module.ts, lib/authoring), which runs statement by statement, each a few
  // hundred rows at most, inside its 120 s transaction; the limit is per statement. A statement
  // waiting on another transaction's row lock that long would be failing its user anyway.
  return new PrismaPg(
    { connectionString: parsed.toString(), connectionTimeoutMillis: 5000, query_timeout: 15_000 },
    schema ? { schema } : undefined,
  );
}

/**
 * A better-sqlite3 client: ONE connection for all its queries, its transactions kept to
 * themselves by the gate, its statements compiled once (lib/db/statement-cache.ts). `timeout` is
 * how long a write waits for another connection's lock.
 */
export function createSqliteClient({ timeout = 5000, ...options }: ClientOptions & { timeout?: number } = {}) {
  const adapter = gateTransactions(
    cacheAdapterStatements(new PrismaBetterSqlite3({ url: env.databaseUrl, timeout })),
  );
  return new PrismaClient({ adapter, omit: OMITTED, ...options });
}

/** The app's client type: the SQLite client's, which the PostgreSQL one matches model for model. */
export type ParleyClient = ReturnType<typeof createSqliteClient>;

/**
 * A client for DATABASE_URL: better-sqlite3 for `file:` URLs, node-postgres (a pool) for
 * `postgresql://` ones. Both generated clients come from the same models (the PostgreSQL schema
 * is derived from prisma/schema.prisma), so their query API is the same; TypeScript cannot see
 * that across two generated folders, hence the one cast here.
 */
export function createParleyClient(options: ClientOptions = {}): ParleyClient {
  if (env.databaseProvider === "sqlite") return createSqliteClient(options);
  const client = new PostgresPrismaClient({
    adapter: postgresAdapter(env.databaseUrl),
    omit: OMITTED,
    ...options,
  });
  return client as unknown as ParleyClient;
}
