import { onPostgres, testPostgresDatabaseUrl } from "../../support/test-database";

/** The browser tests' port: each run on a machine has its own (E2E_PORT). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * The browser tests' own database, recreated by `npm run setup -- --fresh` on every run: the file
 * data/e2e.db, or with PARLEY_TEST_DATABASE=postgresql a database on the test server named after
 * the port (so that runs on other ports do not share it).
 */
export const E2E_DATABASE_URL = onPostgres
  ? testPostgresDatabaseUrl(`parley_e2e_${E2E_PORT}`)
  : "file:./data/e2e.db";

/**
 * The ports of the servers (and the proxy) some specs start beside the suite's own: one each, so
 * that no two specs can ever share one, whichever run side by side.
 */
export const SPEC_PORTS = {
  faultsKill: E2E_PORT + 1,
  faultsUnavailable: E2E_PORT + 2,
  postgresProxy: E2E_PORT + 3,
  postgresUnavailable: E2E_PORT + 4,
  faultsKillPostgres: E2E_PORT + 5,
  faultsReadOnly: E2E_PORT + 6,
  severalServers: [E2E_PORT + 7, E2E_PORT + 8],
  https: E2E_PORT + 9,
} as const;
