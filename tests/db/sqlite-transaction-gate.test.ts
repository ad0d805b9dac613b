import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { gateTransactions } from "@/lib/db/sqlite-gate";

// Two clients on this file's database, each with its one shared connection, as in the app.
const gated = new PrismaClient({ adapter: gateTransactions(new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 5000 })) });
const ungated = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: env.databaseUrl, timeout: 5000 }) });
afterAll(() => Promise.all([gated.$disconnect(), ungated.$disconnect()]));

const row = (key: string) => ({ key, count: 1, windowStart: new Date() });

/**
 * One request's transaction writes, another request writes meanwhile on the same client, then
 * the transaction fails and rolls back. Returns what is left of each write.
 */
async function concurrentWriteDuringRollback(client: PrismaClient, tag: string) {
  let otherRequest: Promise<unknown> = Promise.resolve();
  await client
    .$transaction(async (tx) => {
      await tx.rateLimit.create({ data: row(`${tag}:in-transaction`) });
      // A single raw statement, like a quiz answer's INSERT ... ON CONFLICT (a Prisma create
      // may wrap itself in a transaction and so wait its turn anyway).
      const key = `${tag}:other-request`;
      // (A Prisma query is lazy: `.then` sends it now, as a request handler's `await` would.)
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

describe("the SQLite transaction gate", () => {
  it("keeps another request's write when a transaction rolls back, and only the transaction's writes are undone", async () => {
    expect(await concurrentWriteDuringRollback(gated, "gated")).toEqual(["gated:other-request"]);
  });

  it("is needed: without it the adapter undoes the other request's acknowledged write", async () => {
    // If this starts failing, the adapter isolates transactions itself and the gate can go.
    expect(await concurrentWriteDuringRollback(ungated, "ungated")).toEqual([]);
  });

  it("lets queries through at once when no transaction is open, and after one commits", async () => {
    await gated.$transaction([gated.rateLimit.create({ data: row("batch:a") }), gated.rateLimit.create({ data: row("batch:b") })]);
    const reads = await Promise.all(Array.from({ length: 20 }, () => gated.rateLimit.count({ where: { key: { startsWith: "batch:" } } })));
    expect(reads).toEqual(Array(20).fill(2));
  });
});
