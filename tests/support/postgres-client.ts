import pg from "pg";

/**
 * One short-lived connection to a PostgreSQL database for a test's own reads and writes (never
 * the app's client). Bounded: a server that does not answer fails the test instead of hanging it.
 */
export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
