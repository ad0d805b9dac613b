import { db } from "@/lib/db/client";
import { createSqliteClient, type ParleyClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

/**
 * A client for long interactive transactions (a teacher's module import or regeneration:
 * hundreds of rows written in one go) that cannot swallow other requests' writes.
 *
 * SQLite: a second Prisma client with its own connection. The better-sqlite3 adapter gives each
 * PrismaClient ONE connection, shared by every request in the process; the main client's
 * transaction gate (lib/db/sqlite-gate.ts) keeps other requests' statements out of an open
 * transaction by holding them back, which is right for short transactions but would stall the
 * whole app for the seconds an import takes. On its own connection the import is isolated and
 * SQLite serialises it against the main connection's writes (busy timeout). Created lazily so
 * that processes that never import (most of them) never open it.
 *
 * PostgreSQL: the adapter's pool already gives each interactive transaction a connection of its
 * own, so the main client is isolated as it is.
 */
function createIsolatedSqliteClient(): ParleyClient {
  return createSqliteClient({ timeout: 10_000 });
}

const globalForIsolated = globalThis as unknown as { parleyIsolatedPrisma?: ParleyClient };

export function isolatedDb(): ParleyClient {
  if (env.databaseProvider === "postgresql") return db;
  globalForIsolated.parleyIsolatedPrisma ??= createIsolatedSqliteClient();
  return globalForIsolated.parleyIsolatedPrisma;
}
