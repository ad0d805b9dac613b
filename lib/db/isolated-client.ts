import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * A second Prisma client with its own SQLite connection, only for long interactive
 * transactions (a teacher's module import or regeneration: hundreds of rows written in one go).
 *
 * Why: the better-sqlite3 adapter gives each PrismaClient ONE connection, shared by every
 * request in the process. An interactive `db.$transaction(async (tx) => ...)` on the shared
 * client would hold that connection's BEGIN open while other requests' statements run on the
 * same connection, so their writes would join the import's transaction and vanish with it on a
 * rollback. On its own connection the import is isolated: SQLite serialises it against the
 * other connection's writes (busy timeout) instead of mixing them in.
 *
 * Created lazily so that processes that never import (most of them) never open it.
 */
function createIsolatedClient() {
  const adapter = new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 10_000 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type IsolatedClient = ReturnType<typeof createIsolatedClient>;

const globalForIsolated = globalThis as unknown as { parleyIsolatedPrisma?: IsolatedClient };

export function isolatedDb(): IsolatedClient {
  globalForIsolated.parleyIsolatedPrisma ??= createIsolatedClient();
  return globalForIsolated.parleyIsolatedPrisma;
}
