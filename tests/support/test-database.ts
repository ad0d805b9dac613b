/**
 * Which database the db and browser tests run on. SQLite unless PARLEY_TEST_DATABASE=postgresql
 * (set by `npm run test:postgres`, tests/support/run-postgres-tests.mjs), which also needs
 * PARLEY_TEST_POSTGRES_URL: a PostgreSQL server's maintenance database, as a role that may
 * create databases, e.g. postgresql://parley:parley@127.0.0.1:5432/postgres.
 */
export const onPostgres = process.env.PARLEY_TEST_DATABASE === "postgresql";

export function testPostgresServerUrl(): string {
  const url = process.env.PARLEY_TEST_POSTGRES_URL;
  if (!url) throw new Error("PARLEY_TEST_DATABASE=postgresql needs PARLEY_TEST_POSTGRES_URL");
  return url;
}

/** The URL of another database on the test server. Names start with parley_ (the server is shared). */
export function testPostgresDatabaseUrl(name: string): string {
  if (!name.startsWith("parley_")) throw new Error(`test databases are named parley_...: ${name}`);
  const url = new URL(testPostgresServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
