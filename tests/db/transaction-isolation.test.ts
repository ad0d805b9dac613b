import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db, type ParleyClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onPostgres } from "../support/test-database";

const row = (key: string) => ({ key, count: 1, windowStart: new Date() });

/**
 * One request's transaction writes, another request writes meanwhile on the same client, then
 * the transaction fails and rolls back. Returns what is left of each write.
 */
async function concurrentWriteDuringRollback(client: ParleyClient | PrismaClient, tag: string) {
  let otherRequest: Promise<unknown> = Promise.resolve();
  await client
    .$transaction(async (tx) => {
      await tx.rateLimit.create({ data: row(`${tag}:in-transaction`) });
      // A single raw statement, like a quiz answer's INSERT ... ON CONFLICT (a Prisma create
      // may wrap itself in a transaction and so wait its turn anyway). A Prisma query is lazy:
      // `.then` sends it now, as a request handler's `await` would.
      const key = `${tag}:other-request`;
      otherRequest = client.$executeRaw`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, ${new Date()})`.then(
        (count) => count,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("the import failed half-way");
    })
    .catch(() => undefined);
  await otherRequest;
  const kept = await client.rateLimit.findMany({ where: { key: { startsWith: `${tag}:` } }, select: { key: true } });
  return kept.map((k) => k.key).sort();
}

describe("a transaction that rolls back", () => {
  it("keeps another request's write made meanwhile, and undoes only its own", async () => {
    expect(await concurrentWriteDuringRollback(db, "app")).toEqual(["app:other-request"]);
  });

  it("holds nothing back once it has committed", async () => {
    await db.$transaction([db.rateLimit.create({ data: row("batch:a") }), db.rateLimit.create({ data: row("batch:b") })]);
    const reads = await Promise.all(Array.from({ length: 20 }, () => db.rateLimit.count({ where: { key: { startsWith: "batch:" } } })));
    expect(reads).toEqual(Array(20).fill(2));
  });
});

// Why lib/db/sqlite-gate.ts exists: the bare better-sqlite3 adapter (SQLite only; PostgreSQL's
// pool gives each transaction its own connection).
describe.runIf(!onPostgres)("the bare better-sqlite3 adapter, without the gate", () => {
  const bare = onPostgres ? null : new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 5000 }) });
  afterAll(() => bare?.$disconnect());

  it("undoes another request's acknowledged write when a transaction rolls back", async () => {
    // If this starts failing, the adapter isolates transactions itself and the gate can go.
    expect(await concurrentWriteDuringRollback(bare!, "bare")).toEqual([]);
  });
});
