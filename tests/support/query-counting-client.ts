import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Import this before anything that imports lib/db/client: it puts a client that counts its SQL
// statements where lib/db/client looks for the process's one client (outside production).

export const sqlStatements = { count: 0 };

const client = new PrismaClient({
  adapter: new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 5000 }),
  omit: { user: { passwordHash: true } },
  log: [{ emit: "event", level: "query" }],
});
client.$on("query", () => {
  sqlStatements.count++;
});
(globalThis as unknown as { parleyPrisma?: unknown }).parleyPrisma = client;

/** How many SQL statements `work` ran. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = sqlStatements.count;
  const result = await work();
  return { result, statements: sqlStatements.count - before };
}
