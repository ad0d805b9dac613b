import { createParleyClient } from "@/lib/db/create-client";

// Import this before anything that imports lib/db/client: it puts a client that counts its SQL
// statements where lib/db/client looks for the process's one client (outside production).

export const sqlStatements = { count: 0 };

const client = createParleyClient({ log: [{ emit: "event", level: "query" }] });
// The client's type does not carry the log option, so name the event's listener by hand.
(client as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
  sqlStatements.count++;
});
(globalThis as unknown as { parleyPrisma?: unknown }).parleyPrisma = client;

/** How many SQL statements `work` ran. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = sqlStatements.count;
  const result = await work();
  return { result, statements: sqlStatements.count - before };
}
