import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { ParleyClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

/**
 * A client for long interactive transactions (a teacher's module import or regeneration:
 * hundreds of rows written in one go) that cannot swallow other requests' writes.
 *
 * SQLite: a second Prisma client with its own connection. The better-sqlite3 adapter gives each
 * PrismaClient ONE connection, shared by every request in the process. An interactive
 * `db.$transaction(async (tx) => ...)` on the shared client would hold that connection's BEGIN
 * open while other requests' statements run on the same connection, so their writes would join
 * the import's transaction and vanish with it on a rollback. On its own connection the import is
 * isolated: SQLite serialises it against the other connection's writes (busy timeout) instead of
 * mixing them in. Created lazily so that processes that never import (most of them) never open it.
 *
 * PostgreSQL: the adapter's pool already gives each interactive transaction a connection of its
 * own, so the main client is isolated as it is.
 */
function createIsolatedSqliteClient(): ParleyClient {
  const adapter = new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 10_000 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

const globalForIsolated = globalThis as unknown as { parleyIsolatedPrisma?: ParleyClient };

export function isolatedDb(): ParleyClient {
  if (env.databaseProvider === "postgresql") return db;
  globalForIsolated.parleyIsolatedPrisma ??= createIsolatedSqliteClient();
  return globalForIsolated.parleyIsolatedPrisma;
}
