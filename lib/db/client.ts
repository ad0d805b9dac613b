import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 5000 });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type ParleyClient = ReturnType<typeof createClient>;

// One client per process, also across Next's hot reloads in development.
const globalForPrisma = globalThis as unknown as { parleyPrisma?: ParleyClient };

export const db: ParleyClient = globalForPrisma.parleyPrisma ?? createClient();
if (!env.isProduction) globalForPrisma.parleyPrisma = db;
